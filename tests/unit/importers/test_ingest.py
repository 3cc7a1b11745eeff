"""The importer on small generated inputs: decoding, debris, structure, recipes."""

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.content.article import parse_front_matter
from reader.core.content.render import render_markdown
from reader.core.errors import ContentError
from reader.core.importers.debris import Chrome, drop_repeated_title_lines, drop_site_chrome, hugo_shortcodes_to_links
from reader.core.importers.decoding import decode_bytes
from reader.core.importers.ingest import import_text
from reader.core.importers.recipes import CodeHint, Recipe, load_recipes
from reader.core.importers.structure import escape_markdown, split_long_paragraph, undouble_blank_lines

CONTENT = Path(__file__).resolve().parents[3] / "content"

SIMPLIFIED = "这是简体中文的文章，说明强化学习为什么很难。"
TRADITIONAL = "這是繁體中文的文章，說明強化學習為什麼很難。"


# -- decoding ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "raw, expected",
    [
        (SIMPLIFIED.encode("utf-8"), SIMPLIFIED),
        (SIMPLIFIED.encode("utf-8-sig"), SIMPLIFIED),
        (TRADITIONAL.encode("utf-16"), TRADITIONAL),  # with its BOM
        (TRADITIONAL.encode("utf-16-be").join([b"\xfe\xff", b""]), TRADITIONAL),
        (SIMPLIFIED.encode("gb18030"), SIMPLIFIED),
        (TRADITIONAL.encode("big5"), TRADITIONAL),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "gb18030", "big5"],
)
def test_decode_bytes(raw, expected):
    assert decode_bytes(raw, "a.txt") == expected


def test_big5_is_not_mistaken_for_gb18030():
    raw = TRADITIONAL.encode("big5")
    raw.decode("gb18030")  # the trap: Big5 bytes are valid GB18030 too
    assert decode_bytes(raw, "a.txt") == TRADITIONAL


@pytest.mark.parametrize("raw", [b"\x80\xff\x80\xff\xfe", b"abc\x00\x01\x02def\xff"])
def test_undecodable_bytes_are_a_content_error_naming_the_file(raw):
    with pytest.raises(ContentError, match="broken.txt"):
        decode_bytes(raw, "broken.txt")


# -- debris -------------------------------------------------------------------------------------

def test_youtube_shortcode_becomes_a_link():
    out = hugo_shortcodes_to_links("前\n\n{{< youtube lXUZvyajciY >}}\n\n后")
    assert "{{" not in out and "}}" not in out
    assert "[YouTube：lXUZvyajciY](https://www.youtube.com/watch?v=lXUZvyajciY)" in out
    assert hugo_shortcodes_to_links('{{< youtube id="abc123" >}}') == \
        "[YouTube：abc123](https://www.youtube.com/watch?v=abc123)"


def test_unknown_shortcodes_vanish_but_their_text_stays():
    assert hugo_shortcodes_to_links("{{< note >}}内文{{< /note >}}") == "内文"


def test_repeated_title_lines_are_dropped():
    title = "别神话LLM,AGI还要等十年"
    lines = [title, "", "正文一。", title, "正文二提到" + title + "。", title * 3, f"  {title}  "]
    assert drop_repeated_title_lines(lines, title) == ["", "正文一。", "正文二提到" + title + "。"]


def test_site_chrome_is_dropped_and_its_facts_kept():
    hints = {}
    lines = ["标题", "AITNT-国内领先的一站式人工智能新闻资讯网站", "# 热门搜索 #",
             "8584点击\xa0\xa0\xa0\xa02025-12-09 14:39", "正文。", "关键词: AI , LLM",
             "AITNT资源拓展", "【开源免费】广告", "项目地址:https://example.com"]
    aitnt = [Chrome("AITNT header", re.compile("AITNT-国内领先的一站式人工智能新闻资讯网站")),
             Chrome("AITNT resources", re.compile("AITNT资源拓展"), ends_article=True)]  # its recipe's
    assert drop_site_chrome(lines, hints, aitnt) == ["标题", "正文。"]
    assert hints["date"].isoformat() == "2025-12-09T14:39:00+08:00"


def test_comment_thread_and_byline_are_dropped():
    hints = {}
    lines = ["新智元 2025-10-20 14:12+-", "正文。", "  • 最新评论", "  • g2j2", "    评论", "    屏蔽", "1"]
    assert drop_site_chrome(lines, hints) == ["正文。"]
    assert hints["outlet"] == "新智元"


# -- escaping -------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["1. 不是列表", "# 不是标题", "> 不是引用", "- 不是列表", "---",
                                  "a *b* _c_ `d` [e](f) <b>g</b> \\h", "2)同时"])
def test_escaped_text_renders_as_itself(text):
    blocks = render_markdown(escape_markdown(text)).blocks
    assert [(b.kind, b.text) for b in blocks] == [("paragraph", text)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="#>-+*_`[]()<>!.1 a中\\&;", min_size=1, max_size=20).map(str.strip).filter(bool))
def test_any_escaped_line_renders_as_one_paragraph_of_the_same_text(text):
    blocks = render_markdown(escape_markdown(text)).blocks
    assert [b.kind for b in blocks] == ["paragraph"]
    assert blocks[0].text == re.sub(r"\s+", " ", text)


# -- structure ------------------------------------------------------------------------------------

def test_long_paragraphs_split_at_sentence_ends_but_never_inside_quotes():
    quote = "“" + "引文。" * 60 + "”"
    text = "甲" * 250 + "。" + quote + "乙" * 100 + "。" + "丙" * 80 + "。"
    parts = split_long_paragraph(text, target=300, min_tail=10)
    assert "".join(parts) == text
    assert all(p.count("“") == p.count("”") for p in parts)
    assert len(parts) == 2 and parts[0].endswith("。”")  # the first sentence end after 300 is outside the quote


def test_blank_line_doubling_in_code_is_removed():
    doubled = ["class A:", "", "  x = 1", "", "", "", "  y = 2"]
    assert undouble_blank_lines(doubled) == ["class A:", "  x = 1", "", "  y = 2"]


def test_generic_web_page_without_recipe():
    page = "\n".join([
        "這是一篇文章的標題", "", "某某網 2024-03-05 09:30", "", "這是一篇文章的標題",
        "第一段說明強化學習為什麼很難。", "", "  • 第一點", "  • 第二點", "", "1. 方法論",
        "", "一、 結論", "", "最後一段。", "", "  • 最新评论", "  • 讀者", "    很好",
    ])
    meta, body = parse_front_matter(import_text(page, None, "mine.txt"))
    assert meta["title"] == "這是一篇文章的標題"
    assert (meta["script"], meta["language"]) == ("hant", "zh-Hant")
    assert meta["source_file"] == "mine.txt"
    assert meta["outlet"] == "某某網" and meta["date"].isoformat() == "2024-03-05T09:30:00+08:00"
    assert "這是一篇文章的標題" not in body and "最新评论" not in body and "讀者" not in body
    blocks = [(b.kind, b.text) for b in render_markdown(body).blocks]
    assert blocks == [("paragraph", "第一段說明強化學習為什麼很難。"), ("list_item", "第一點"),
                      ("list_item", "第二點"), ("paragraph", "1. 方法論"), ("heading", "一、 結論"),
                      ("paragraph", "最後一段。")]


def test_generic_markdown_file_without_recipe():
    text = "# 我的笔记\n\n## 一节\n\n说明：\n- 甲\n- 乙\n\n> 引文\n> \n\n[目录项](about:blank#x)\n"
    meta, body = parse_front_matter(import_text(text, None, "notes.md"))
    assert meta["title"] == "我的笔记" and meta["script"] == "hans"
    kinds = [(b.kind, b.text) for b in render_markdown(body).blocks]
    assert kinds == [("heading", "一节"), ("paragraph", "说明："), ("list_item", "甲"), ("list_item", "乙"),
                     ("quote", "引文"), ("paragraph", "目录项")]
    assert "about:blank" not in body


def _web_recipe(**kw) -> Recipe:
    return Recipe(source_file="x.txt", output="x", kind="webpage", **kw)


def test_recipe_headings_and_code():
    page = "标题\n\n引言:开始\n\n正文。\n\nPython\n\n\nclass A:\n\n\xa0\xa0x = 1\n\n\n1. 小节\n\n文字。\n"
    recipe = _web_recipe(headings_h2=["引言:开始"], headings_h3=["1. 小节"],
                         code_blocks=[CodeHint(start="class A", end="x = 1", language="python", label="Python")])
    meta, body = parse_front_matter(import_text(page, recipe, "x.txt"))
    blocks = [(b.kind, b.level, b.text) for b in render_markdown(body).blocks]
    assert blocks == [("heading", 2, "引言:开始"), ("paragraph", 0, "正文。"), ("code", 0, "class A:\n  x = 1"),
                      ("heading", 3, "1. 小节"), ("paragraph", 0, "文字。")]
    assert "```python" in body


def test_missing_recipe_heading_is_a_content_error():
    with pytest.raises(ContentError, match="不存在的标题"):
        import_text("标题\n\n正文。\n", _web_recipe(headings_h2=["不存在的标题"]), "x.txt")


def test_transcript_turns_and_missing_heading():
    text = ("導言第一句。01 第一節你怎麼看?Andrej Karpathy: 我的回答。(關於細節)細節在此。"
            "主持人:追問一下。Andrej Karpathy:(關於追問)回答追問。02 第二節問題二?Andrej Karpathy: 答二。 (某刊)")
    recipe = Recipe(source_file="t.txt", output="t", kind="transcript", interviewee="Andrej Karpathy:",
                    interviewer=["主持人:"], trailer=["(某刊)"], headings_h2=["01 第一節", "02 第二節"])
    meta, body = parse_front_matter(import_text(text, recipe, "t.txt"))
    blocks = [(b.kind, b.text) for b in render_markdown(body).blocks]
    assert blocks == [
        ("paragraph", "導言第一句。"),
        ("heading", "01 第一節"), ("quote", "你怎麼看?"),
        ("paragraph", "Andrej Karpathy: 我的回答。"), ("paragraph", "(關於細節)細節在此。"),
        ("quote", "主持人:追問一下。"), ("paragraph", "Andrej Karpathy:(關於追問)回答追問。"),
        ("heading", "02 第二節"), ("quote", "問題二?"), ("paragraph", "Andrej Karpathy: 答二。"),
        ("paragraph", "(某刊)"),
    ]
    assert "**(關於細節)**" in body
    recipe.headings_h2 = ["01 第一節", "03 沒有這節"]
    with pytest.raises(ContentError, match="03 沒有這節"):
        import_text(text, recipe, "t.txt")


def test_transcript_headings_must_come_in_order():
    recipe = Recipe(source_file="t.txt", output="t", kind="transcript", headings_h2=["02 乙", "01 甲"])
    with pytest.raises(ContentError, match="01 甲"):
        import_text("01 甲文。02 乙文。", recipe, "t.txt")


def test_bundled_recipes_load():
    recipes = load_recipes(CONTENT / "sources.toml")
    assert [r.output for r in recipes] == ["ghosts-not-animals", "dwarkesh-notes", "shuzi-kaiwu-transcript",
                                           "aitnt-simulators", "xinzhiyuan-agi-decade"]
    assert len(recipes[2].headings_h2) == 14


def test_unknown_kind_is_a_content_error():
    with pytest.raises(ContentError, match="kind"):
        Recipe(source_file="x.txt", output="x", kind="pdf")
