"""The bundled corpus: every file loads, carries the right metadata, keeps the authors' text,
holds no site debris, has the structure its source calls for, and is what the importer makes."""

import datetime as dt
import re

import pytest

from reader.core.content.article import parse_front_matter
from reader.core.content.library import Library
from reader.core.importers.decoding import decode_bytes
from reader.core.importers.ingest import build_bundled
from reader.core.script.detection import detect_script
from tests.conftest import CONTENT, need_seeds

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")

EXPECTED = {
    # id: (source_file, script, outlet, date)
    "ghosts-not-animals": ("000_9eae6f3717c25304.txt", "hant", "個人部落格", "2025-12-26T10:00:00+08:00"),
    "dwarkesh-notes": ("001_aa91216148f7fe86.txt", "hans", "Dwarkesh Podcast 整理文档", "2026-01-28"),
    "shuzi-kaiwu-transcript": ("002_1e23a28985602553.txt", "hant", "數字開物", "2025-10-18"),
    "aitnt-simulators": ("003_c515377f78607cd6.txt", "hans", "AITNT", "2025-12-09T14:39:00+08:00"),
    "xinzhiyuan-agi-decade": ("004_cab16bb1e144a08a.txt", "hans", "新智元", "2025-10-20T14:12:00+08:00"),
}
DEBRIS = ["AITNT-国内领先", "热门搜索", "8584点击", "AITNT资源拓展", "项目地址", "本地安装", "在线使用",
          "【开源免费】", "根据文章内容，系统为您匹配", "根据文章内容,系统为您匹配", "最新评论", "g2j2",
          "屏蔽", "关键词:", "关键词：", "{{<", ">}}", "about:blank", "新智元 2025-10-20"]


@pytest.fixture(scope="module")
def library() -> Library:
    return Library(CONTENT)


@pytest.fixture(scope="module")
def articles(library):
    return {a.id: a for a in library}


def han(text: str) -> str:
    return "".join(_HAN.findall(text))


def seed_text(source_file: str) -> str:
    path = need_seeds() / source_file
    return decode_bytes(path.read_bytes(), path.name)


# -- every file -----------------------------------------------------------------------------------

def test_the_five_articles_load_without_error(library):
    assert sorted(a.id for a in library) == sorted(EXPECTED)
    for a in library:
        assert a.error is None, (a.id, a.error)
        assert a.blocks and a.title and a.title != a.id


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_front_matter(articles, article_id):
    a = articles[article_id]
    source_file, script, outlet, date = EXPECTED[article_id]
    for key in ("title", "date", "outlet", "script", "language", "event_date", "source_file"):
        assert key in a.meta, key
    assert list(a.meta)[:2] == ["title", "date"]
    assert a.meta["event_date"] == dt.date(2025, 10, 17)
    assert (a.source_file, a.script, a.outlet, a.date) == (source_file, script, outlet, date)
    assert a.language == {"hans": "zh-Hans", "hant": "zh-Hant"}[script]
    assert detect_script(a.plain_text) == script  # the declared script is the text's script


def test_authors_and_sources(articles):
    assert articles["aitnt-simulators"].meta["author"] == "AI修猫Prompt"
    assert "author" not in articles["xinzhiyuan-agi-decade"].meta
    video = "https://www.youtube.com/watch?v=lXUZvyajciY"
    assert articles["ghosts-not-animals"].source_url == video
    assert articles["dwarkesh-notes"].source_url == video
    ghosts = articles["ghosts-not-animals"].meta
    assert ghosts["tags"] == ["Andrej Karpathy", "LLM", "AGI", "AI 哲學", "Podcast"]
    assert ghosts["description"].startswith("Andrej Karpathy 提出一個引人深思的框架")
    assert articles["dwarkesh-notes"].title == "Andrej Karpathy访谈：AGI仍需十年——我们在召唤幽灵，而非构建动物"


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_no_site_debris(articles, article_id):
    text = articles[article_id].path.read_text(encoding="utf-8")
    for debris in DEBRIS:
        assert debris not in text, debris
    assert "\r" not in text and not re.search(r"[ \t\xa0]+$", text, re.M)
    assert "\n\n\n" not in text


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_title_is_never_a_body_line(articles, article_id):
    a = articles[article_id]
    assert all(b.text != a.title for b in a.blocks)
    assert a.title not in [line.strip().lstrip("# ") for line in a.body.splitlines()]
    if article_id in ("aitnt-simulators", "xinzhiyuan-agi-decade"):
        assert a.title not in a.body


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_no_empty_blocks(articles, article_id):
    assert all(b.text.strip() for b in articles[article_id].blocks)


# -- structure per article -------------------------------------------------------------------------

def test_ghosts_links_the_video(articles):
    a = articles["ghosts-not-animals"]
    assert 'href="https://www.youtube.com/watch?v=lXUZvyajciY"' in a.html
    assert a.blocks[0].kind == "quote"


def test_dwarkesh_notes_tables_toc_and_quotes(articles):
    a = articles["dwarkesh-notes"]
    tables = [b for b in a.blocks if b.kind == "table"]
    assert len(tables) >= 5
    firsts = [t.text.split("\n")[0] for t in tables]
    for header in ("项目\t内容", "观点/预测\t提出者\t时间节点\t详细说明", "阶段\t每token存储的信息量",
                   "大脑部分\tLLM对应物\t状态", "术语\t全称/解释"):
        assert header in firsts
    assert "2. AGI时间线：为什么是十年而非一年" in a.body  # the contents list, without its links
    assert sum(b.kind == "quote" for b in a.blocks) >= 40
    assert not re.search(r"^>\s*$", a.body, re.M)
    # a list right after a paragraph line is a list, not part of the paragraph
    assert any(b.kind == "list_item" and b.text == "无法将上下文中的内容蒸馏回权重" for b in a.blocks)
    assert a.blocks[-1].text == "文档生成时间：2026年1月28日视频ID：lXUZvyajciY"


def test_transcript_sections_and_turns(articles):
    a = articles["shuzi-kaiwu-transcript"]
    headings = [b for b in a.blocks if b.kind == "heading"]
    assert [h.level for h in headings] == [2] * 14
    assert [h.text[:3] for h in headings] == [f"{n:02d} " for n in range(1, 15)]
    assert headings[0].text == "01 AI Agent的十年之路"
    answers = [b for b in a.blocks if b.kind == "paragraph" and b.text.startswith("Andrej Karpathy:")]
    assert len(answers) == 20  # every answer of the source, each opening with its label
    quotes = [b for b in a.blocks if b.kind == "quote"]
    assert len([q for q in quotes if q.text.startswith("主持人:")]) == 6
    # each section opens with the interviewer's question, then the answer
    for k, block in enumerate(a.blocks):
        if block.kind == "heading":
            assert a.blocks[k + 1].kind == "quote"
    assert "**(關於瓶頸)**簡單來說" in a.body
    paragraphs = [b.text for b in a.blocks if b.kind == "paragraph"]
    assert max(map(len, paragraphs)) < 700  # long answers are split into readable paragraphs
    assert paragraphs[-1] == "(數字開物)"
    for p in paragraphs:
        assert p.count("“") == p.count("”"), p[:40]


def test_aitnt_code_headings_and_lists(articles):
    a = articles["aitnt-simulators"]
    code = [b for b in a.blocks if b.kind == "code"]
    assert len(code) == 1
    assert "class SimulationContext" in code[0].text and "return model.generate(prompt)" in code[0].text
    assert code[0].text.startswith("# 伪代码概念演示")
    assert "\n\n\n" not in code[0].text and "\xa0" not in code[0].text
    assert "\n    self.experts = [\n" in code[0].text  # indentation kept
    assert "```python" in a.body and "\nPython\n" not in a.body
    assert [(t.level, t.title[:3]) for t in a.toc] == [
        (2, "引言:"), (2, "一、 "), (3, "拟人化"), (2, "二、 "), (2, "四、 "), (3, "1. "), (3, "2. "),
        (2, "结语:"), (2, "参考资")]
    assert sum(b.kind == "list_item" for b in a.blocks) == 3 + 2 + 2 + 4
    assert "<ol>" in a.html
    assert any(b.text == '"Don\'t think of LLMs as entities but as simulators."' for b in a.blocks)
    assert a.blocks[-1].text.startswith("文章来自于")


def test_xinzhiyuan_headings_and_numbered_lines(articles):
    a = articles["xinzhiyuan-agi-decade"]
    assert [t.title for t in a.toc if t.level == 2] == [
        "马斯克点名Karpathy迎战Grok 5", "Karpathy的辩白", "人工幽灵智能:AGI=Artifical Ghost Intelligence?",
        "LLM是一种不同的形式的智能", "强化学习不是全部答案", "认知内核与“反事实”练习",
        "关于LLM智能体(Agents)", "工作自动化与物理学教育"]
    assert any(b.kind == "paragraph" and b.text.startswith("1)这几年") for b in a.blocks)
    assert a.blocks[-1].text == "“物理学家是智识的胚胎干细胞”——这是Karpathy想认真展开的一篇长文的主题。"


# -- against the seeds ------------------------------------------------------------------------------

def _seed_without_debris(article_id: str, seed: str, title: str) -> str:
    """The seed minus what the brief calls debris, written independently of the importer."""
    lines = seed.replace("\r\n", "\n").split("\n")
    if article_id == "ghosts-not-animals":
        end = lines.index("---", 1)
        return "\n".join(lines[end + 1:])
    if article_id == "dwarkesh-notes":
        return "\n".join(lines[1:])  # the export's file-name header
    if article_id == "aitnt-simulators":
        lines = lines[:lines.index("AITNT资源拓展")]
        skip = ("AITNT-国内领先", "# 热门搜索 #", "关键词:")
        return "\n".join([title] + [ln for ln in lines if ln.strip() != title and not ln.startswith(skip)
                                    and "点击\xa0" not in ln])
    if article_id == "xinzhiyuan-agi-decade":
        lines = lines[:lines.index("  • 最新评论")]
        return "\n".join([title] + [ln for ln in lines if ln.replace(title, "").strip()
                                    and not ln.startswith("新智元 2025")])
    return seed


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_the_authors_text_is_kept_character_for_character(articles, article_id):
    """Han-character streams: nothing rewritten, nothing dropped beyond the debris."""
    a = articles[article_id]
    seed = seed_text(EXPECTED[article_id][0])
    expected = han(_seed_without_debris(article_id, seed, a.title))
    title_moved = article_id in ("dwarkesh-notes", "aitnt-simulators", "xinzhiyuan-agi-decade")
    got = han((a.title if title_moved else "") + a.body)
    assert got == expected
    if article_id == "ghosts-not-animals":
        hugo, _ = parse_front_matter(seed)
        assert (a.title, a.meta["description"], a.meta["date"]) == (hugo["title"], hugo["description"], hugo["date"])


@pytest.mark.parametrize("article_id", sorted(EXPECTED))
def test_rendered_blocks_hold_all_the_text(articles, article_id):
    a = articles[article_id]
    assert han(a.plain_text) == han(a.body)


def test_committed_files_are_what_the_importer_makes():
    built = build_bundled(need_seeds(), CONTENT / "sources.toml")
    committed = {p.name: p.read_bytes() for p in CONTENT.glob("*.md")}
    assert sorted(built) == sorted(committed)
    for name, text in built.items():
        assert text.encode("utf-8") == committed[name], name
