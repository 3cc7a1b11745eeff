"""Printable pages: highlights on the right words in every script, notes as numbered footnotes,
hostile text escaped, nothing loaded from elsewhere, and the aligned passages as a table.

Expected words are written out here, as a reader sees them in each script, never computed by
the code under test."""

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reader.core.compare import align
from reader.core.content.library import Library
from reader.core.highlights.anchoring import anchor_quote
from reader.core.highlights.model import Highlight
from reader.core.printable import Mark, article_page, compare_page
from reader.core.printable.markup import rewrite

REPO = Path(__file__).resolve().parents[3]
TRANSCRIPT = "shuzi-kaiwu-transcript"  # Traditional
NOTES = "dwarkesh-notes"  # Simplified
PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00\x1f\x15\xc4\x89"
       b"\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00\x00\x00\x00IEND\xaeB`\x82")


@pytest.fixture(scope="module")
def library():
    return Library(REPO / "content")


def marked(page: str) -> list[tuple[str, str]]:
    """(colour, text) of every marked run; one highlight cut by inline tags is one run."""
    out: list[list[str]] = []
    current, inside = None, False
    for tag, text in re.findall(r"(<[^>]+>)|([^<]+)", page[page.index("<body>"):]):
        if tag.startswith('<span class="highlight"'):
            color = re.fullmatch(r'<span class="highlight" style="background:(#[0-9a-f]{6})">', tag).group(1)
            if current is None or current[0] != color:
                current = [color, ""]
                out.append(current)
            inside = True
        elif tag == "</span>" and inside:
            inside = False
        elif text:
            if inside:
                current[1] += text
            else:
                current = None
    return [(c, t) for c, t in out]


def highlight(article, quote: str, color: str = "yellow", note: str = "") -> Highlight:
    return Highlight.new(article.id, anchor_quote(article, quote), color, note)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.text, self.tags, self.attrs = [], [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_data(self, data):
        self.text.append(data)


def parsed(page: str) -> _Text:
    p = _Text()
    p.feed(page)
    return p


@pytest.mark.parametrize("mode, expected", [("original", "強化學習的根本缺陷"), ("hans", "强化学习的根本缺陷"),
                                            ("hant", "強化學習的根本缺陷")])
def test_a_highlight_of_a_traditional_article_marks_the_same_words_in_each_script(library, mode, expected):
    article = library.get(TRANSCRIPT)
    page = article_page(article, mode, highlights=[highlight(article, "强化学习的根本缺陷", "red")],
                        colors={"red": "#ff8a80"})
    assert marked(page) == [("#ff8a80", expected)]
    assert "歷史範式轉移、" in page if mode != "hans" else "历史范式转移、" in page  # the words before it


@pytest.mark.parametrize("mode, expected", [("hans", "认知缺陷众多"), ("hant", "認知缺陷衆多"), ("tw", "認知缺陷眾多")])
def test_a_highlight_of_a_simplified_article_marks_the_same_words_in_each_script(library, mode, expected):
    article = library.get(NOTES)
    page = article_page(article, mode, vocabulary=mode == "tw", highlights=[highlight(article, "认知缺陷众多")])
    assert marked(page) == [("#ffe066", expected)]  # the default yellow


def test_a_highlight_after_a_phrase_that_vocabulary_shortened_stays_on_its_words(library):
    article = library.get(TRANSCRIPT)  # 程式設計領域創造最大價值: 程式設計 becomes 编程 in 简体 with vocabulary
    page = article_page(article, "hans", vocabulary=True, highlights=[highlight(article, "創造最大價值")])
    assert marked(page) == [("#ffe066", "创造最大价值")]
    assert "编程领域" in page


def test_notes_become_numbered_footnotes_in_reading_order(library):
    article = library.get(TRANSCRIPT)
    later = highlight(article, "過度預測", "blue", note="业界\n过度乐观")
    plain = highlight(article, "多模態能力不足", "green")  # no note: no footnote
    earlier = highlight(article, "強化學習的根本缺陷", "red", note="核心论点")
    page = article_page(article, "hans", highlights=[later, plain, earlier],
                        colors={"red": "#ff8a80", "blue": "#90caf9", "green": "#a5d6a7"}, notes_heading="注释")
    assert [t for _c, t in marked(page)] == ["强化学习的根本缺陷", "过度预测", "多模态能力不足"]
    refs = re.findall(r'<span class="highlight"[^>]*>([^<]*)</span><sup class="note-ref"><a href="#note-(\d)"', page)
    assert refs == [("强化学习的根本缺陷", "1"), ("过度预测", "2")]
    notes = page[page.index("<h2>注释</h2>"):]
    items = re.findall(r'<li id="note-(\d)"><span class="quote">「([^」]*)」</span> (.*?)</li>', notes)
    assert items == [("1", "强化学习的根本缺陷", "核心论点"), ("2", "过度预测", "业界<br>过度乐观")]
    assert "多模态能力不足" not in notes


def test_without_highlights_there_are_no_marks_and_no_notes(library):
    article = library.get(TRANSCRIPT)
    page = article_page(article, "hans", notes_heading="注释")
    body = page[page.index("<body>"):]
    assert 'class="highlight"' not in body and "<h2>注释</h2>" not in body and "note-ref" not in body
    assert "<h1 class=\"title\">Andrej Karpathy 接受海外播客Dwarkesh Patel的访谈</h1>" in page
    assert '<p class="byline">数字开物 · 2025-10-18</p>' in page
    assert '<html lang="zh-Hans">' in page


def test_highlights_of_other_articles_and_detached_ones_are_left_out(library):
    article, other = library.get(TRANSCRIPT), library.get(NOTES)
    detached = Highlight("x", article.id, "p-gone", 0, 4, "不在文中", detached=True, note="n")
    page = article_page(article, highlights=[highlight(other, "认知缺陷众多", note="n"), detached])
    body = page[page.index("<body>"):]
    assert 'class="highlight"' not in body and "note-ref" not in body


def test_a_highlight_over_inline_markup_marks_each_piece(tmp_path):
    (tmp_path / "a.md").write_text("---\ntitle: 标题\n---\n\n前面的**加粗的文字**和后面的话。\n", encoding="utf-8")
    article = Library(tmp_path).get("a")
    page = article_page(article, highlights=[highlight(article, "文字和后面", note="跨过标记")])
    body = page[page.index("<body>"):]
    assert ('<strong>加粗的<span class="highlight" style="background:#ffe066">文字</span></strong>'
            '<span class="highlight" style="background:#ffe066">和后面</span>'
            '<sup class="note-ref"><a href="#note-1" id="ref-1">1</a></sup>的话。') in body


def test_hostile_text_is_escaped_and_nothing_is_loaded_from_elsewhere(tmp_path):
    (tmp_path / "dot.png").write_bytes(PNG)
    (tmp_path / "a.md").write_text(
        '---\ntitle: "<script>alert(1)</script>标题"\noutlet: "<img src=x onerror=alert(2)>"\n---\n\n'
        "正文里写着 &lt;script&gt;alert(3)&lt;/script&gt; 这几个字。\n\n"
        '<div onclick="alert(4)"><script>alert(5)</script><p style="x">原始 HTML 段落</p></div>\n\n'
        "![远程图片](http://example.com/track.png) 和 ![本地图片](dot.png) 和 ![外面的](../../etc/passwd)\n\n"
        '[链接](javascript:alert(6)) [好链接](https://example.org/a?b=1&c=2)\n',
        encoding="utf-8")
    article = Library(tmp_path).get("a")
    h = highlight(article, "<script>alert(3)", note='</li><script>alert(7)</script>"')
    page = article_page(article, highlights=[h], notes_heading="<b>注释</b>")
    p = parsed(page)
    assert set(p.tags) <= {"html", "head", "meta", "title", "style", "body", "h1", "p", "a", "span", "sup", "img",
                           "div", "hr", "h2", "ol", "li"}
    assert "script" not in p.tags
    assert not [v for k, v in p.attrs if k.startswith("on") or k == "style" and "background" not in v]
    srcs = [v for k, v in p.attrs if k == "src"]
    assert len(srcs) == 1 and srcs[0].startswith("data:image/png;base64,")  # only the article's own image
    hrefs = [v for k, v in p.attrs if k == "href"]
    assert "https://example.org/a?b=1&c=2" in hrefs and not [h for h in hrefs if "javascript" in h]
    text = "".join(p.text)
    assert "<script>alert(1)</script>标题" in text  # the title as written, shown as text
    assert "正文里写着 <script>alert(3)1</script> 这几个字" in text and "[远程图片]" in text and "[外面的]" in text
    assert "alert(5)" not in text and "原始 HTML 段落" in text
    assert marked(page) == [("#ffe066", "&lt;script&gt;alert(3)")]
    assert '</li><script>alert(7)</script>"' in text and "<b>注释</b>" in text


def test_a_colour_that_is_not_one_is_refused():
    with pytest.raises(ValueError):
        Mark(0, 1, "red;background-image:url(http://x)")
    page = rewrite('<p id="b">一二三</p>', {"b": "一二三"}, {"b": [Mark(1, 2, "#112233")]})
    assert page == '<p id="b">一<span class="highlight" style="background:#112233">二</span>三</p>'


def test_the_aligned_passages_are_a_two_column_table_in_each_pane_s_script(tmp_path):
    first = ["强化学习是一种非常糟糕的学习方式，信号太稀疏了。", "模型崩塌是合成数据带来的风险。",
             "只在这一篇里的段落。"]
    second = ["模型崩塌是合成數據帶來的風險，要小心。", "強化學習是一種非常糟糕的學習方式，訊號太稀疏了。"]
    (tmp_path / "a.md").write_text("---\ntitle: 简体文章\noutlet: 甲\n---\n\n" + "\n\n".join(first), encoding="utf-8")
    (tmp_path / "b.md").write_text("---\ntitle: 繁體文章 <i>\noutlet: 乙\n---\n\n" + "\n\n".join(second),
                                   encoding="utf-8")
    library = Library(tmp_path)
    a, b = library.get("a"), library.get("b")
    page = compare_page(a, b, align(a, b), b_mode="hans", score_label="相似度")
    rows = re.findall(r'<tr><td lang="zh-Hans">(.*?)</td><td lang="zh-Hans">(.*?)<div class="score">相似度 (\d\.\d\d)'
                      r"</div></td></tr>", page)
    assert [(x, y) for x, y, _s in rows] == [
        ("强化学习是一种非常糟糕的学习方式，信号太稀疏了。", "强化学习是一种非常糟糕的学习方式，讯号太稀疏了。"),
        ("模型崩塌是合成数据带来的风险。", "模型崩塌是合成数据带来的风险，要小心。"),
    ]  # in the first article's order, the second shown in 简体
    assert all(0 < float(s) <= 1 for _x, _y, s in rows)
    assert "只在这一篇里的段落" not in page
    assert "繁体文章 &lt;i&gt;" in page and "<i>" not in page
