"""Preparing the reader's own files (reader.core.importers.importing): one report per file and the
rest of the batch goes on, for each bad input of the import issue; any Chinese encoding; the seeds
import as the bundled articles; the same text never twice."""

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from reader.core.content.article import parse_front_matter
from reader.core.content.library import Library
from reader.core.importers.importing import (
    DUPLICATE,
    ERROR,
    READY,
    SKIPPED,
    bundled_recipes,
    import_into,
    prepare_batch,
    prepare_file,
)
from tests.conftest import CONTENT, need_seeds

NOW = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=8)))
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + b"\x00" * 64
ZIP = b"PK\x03\x04" + b"\x00" * 64


@pytest.fixture(scope="module")
def bundled():
    return Library(CONTENT)


def paragraphs(bundled, article_id: str, n: int = 4) -> list[str]:
    return [b.text for b in bundled.get(article_id).blocks if b.kind == "paragraph"][:n]


def body_of(report) -> str:
    return parse_front_matter(report.markdown)[1]


def meta_of(report) -> dict:
    return parse_front_matter(report.markdown)[0]


def test_a_text_file_becomes_an_article_that_records_where_it_came_from(tmp_path, bundled):
    text = "\n\n".join(paragraphs(bundled, "xinzhiyuan-agi-decade"))
    path = tmp_path / "我的 文章.txt"  # Chinese characters and a space in the name
    path.write_text(text, encoding="utf-8")
    report = prepare_file(path, now=NOW)
    assert report.status == READY and report.title
    meta = meta_of(report)
    assert meta["imported_from"] == str(path.resolve()) and meta["imported_at"] == "2026-12-01T09:30:00+08:00"
    assert meta["content_hash"].startswith("sha256:") and meta["script"] == "hans"
    for para in paragraphs(bundled, "xinzhiyuan-agi-decade")[1:]:
        assert para in body_of(report)
    assert path.read_text(encoding="utf-8") == text  # the original is never touched


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "big5", "utf-16", "utf-8-sig"])
def test_chinese_encodings(tmp_path, bundled, codec):
    source = "shuzi-kaiwu-transcript" if codec == "big5" else "xinzhiyuan-agi-decade"
    paras = paragraphs(bundled, source, 3)
    text = "\n\n".join(paras)
    data = text.encode(codec, errors="strict" if codec != "big5" else "replace")
    path = tmp_path / f"a-{codec}.txt"
    path.write_bytes(data)
    report = prepare_file(path, now=NOW)
    assert report.status == READY, report.message
    kept = [p for p in paras if p.encode(codec, errors="ignore").decode(codec) == p]
    assert kept and all(p in body_of(report) for p in kept)


def test_markdown_with_front_matter_keeps_its_fields(tmp_path):
    path = tmp_path / "note.md"
    path.write_text("---\ntitle: 我的笔记\noutlet: 自己\ndate: 2025-11-02\n---\n\n# 我的笔记\n\n第一段。\n\n第二段。\n",
                    encoding="utf-8")
    meta = meta_of(prepare_file(path, now=NOW))
    assert meta["title"] == "我的笔记" and meta["outlet"] == "自己" and str(meta["date"]) == "2025-11-02"


def test_mixed_line_endings_are_normalised(tmp_path):
    path = tmp_path / "mixed.txt"
    path.write_bytes("第一段,讲一件事。\r\n\r\n第二段,讲另一件事。\n\n第三段。\r第四段。\r\n".encode())
    report = prepare_file(path, now=NOW)
    assert report.status == READY and "\r" not in report.markdown
    assert "第一段,讲一件事。" in body_of(report) and "第三段。" in body_of(report)


@pytest.mark.parametrize("name, data, status, words", [
    ("empty.txt", b"", SKIPPED, "empty"),
    ("blank.md", b"\n\n  \n", ERROR, "no text"),
    ("picture.txt", PNG, SKIPPED, "PNG"),
    ("paper.md", PDF, SKIPPED, "PDF"),
    ("archive.html", ZIP, SKIPPED, "zip"),
    ("bad-yaml.md", "---\ntitle: [unclosed\n---\n\n正文。\n".encode(), ERROR, "YAML"),
    ("bad-date.md", "---\ntitle: x\ndate: 2025-02-30\n---\n\n正文。\n".encode(), ERROR, "not a date"),
    ("links.html", ("<html><body><ul>" + "".join(f'<li><a href="/n{i}">新闻标题{i}</a></li>' for i in range(40))
                    + "</ul></body></html>").encode(), ERROR, "article"),
])
def test_bad_files_get_a_line_and_the_batch_goes_on(tmp_path, name, data, status, words):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("这是一篇好文章的第一段。\n\n第二段。\n", encoding="utf-8")
    reports = {Path(r.path).name: r for r in prepare_batch([tmp_path], now=NOW)}
    assert reports[name].status == status and words.lower() in reports[name].message.lower(), reports[name]
    assert reports["good.txt"].status == READY


def test_invalid_utf8_in_the_middle_is_still_read_as_the_text_it_is(tmp_path, bundled):
    paras = paragraphs(bundled, "xinzhiyuan-agi-decade", 3)
    data = paras[0].encode() + b"\n\n\xff\xfe\n\n" + "\n\n".join(paras[1:]).encode()
    (tmp_path / "broken.txt").write_bytes(data)
    report = prepare_file(tmp_path / "broken.txt", now=NOW)
    assert report.status in (READY, ERROR) and report.message is not None
    if report.status == READY:  # decoded (the bad bytes replaced), never misread as another codec
        assert paras[2] in body_of(report)


def test_a_file_over_the_limit_is_refused_with_the_limit_named(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.write("大".encode() * 10)
        f.truncate(40 * 1024 * 1024)
    report = prepare_file(path, now=NOW)
    assert report.status == SKIPPED and "32 MB" in report.message


def test_a_20_mb_text_is_refused_with_the_length_limit_named_and_the_batch_goes_on(tmp_path, bundled):
    paras = paragraphs(bundled, "shuzi-kaiwu-transcript", 40)
    big = tmp_path / "全書.txt"
    with open(big, "w", encoding="gb18030") as f:  # a book in GB18030, 20 MB on disk
        while f.tell() < 20 * 1024 * 1024:
            f.write("\n\n".join(paras) + "\n\n")
    small = tmp_path / "短文.txt"
    small.write_text("\n\n".join(paras[:3]), encoding="utf-8")
    library_dir = tmp_path / "library"
    reports = {Path(r.path).name: r for r in import_into([str(big), str(small)], library_dir, set())}
    assert reports["全書.txt"].status == SKIPPED and "300,000 characters" in reports["全書.txt"].message
    assert reports["短文.txt"].status == READY and reports["短文.txt"].written.exists()
    assert [p.name for p in library_dir.iterdir()] == [reports["短文.txt"].written.name]


def test_a_library_file_over_the_length_limit_is_listed_with_the_reason(tmp_path):
    library_dir = tmp_path / "library"
    library_dir.mkdir()
    (library_dir / "long.md").write_text("---\ntitle: 長\n---\n\n" + "字" * 300_001 + "\n", encoding="utf-8")
    (library_dir / "fine.md").write_text("---\ntitle: 短\n---\n\n" + "字" * 299_000 + "\n", encoding="utf-8")
    articles = {a.id: a for a in Library(CONTENT, library_dir=library_dir)}
    assert "300,000 characters" in articles["long"].error
    assert articles["fine"].error is None


def test_html_with_scripts_and_remote_images_keeps_only_the_text(tmp_path, bundled, monkeypatch):
    import socket

    def refuse(*_args, **_kwargs):
        raise AssertionError("an import tried to connect")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    paras = paragraphs(bundled, "xinzhiyuan-agi-decade", 5)
    html = ("<html><head><title>标题 - 网站</title><script>alert(1)</script></head><body><article><h1>标题</h1>"
            + "".join(f'<p onclick="x()">{p}</p>' for p in paras)
            + '<img src="https://example.com/a.png" onerror="alert(2)"><iframe src="https://evil.example/"></iframe>'
            + '<p><a href="javascript:alert(3)">链</a></p></article></body></html>')
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    report = prepare_file(tmp_path / "page.html", now=NOW)
    assert report.status == READY, report.message
    for bad in ("alert", "javascript", "https://example.com", "evil.example", "onclick", "<script"):
        assert bad not in report.markdown
    assert paras[2] in body_of(report)


def test_loops_unreadable_files_vanishing_files_and_the_same_file_twice(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text("第一篇文章的正文。\n", encoding="utf-8")
    (folder / "sub" / "b.txt").write_text("第二篇文章的正文。\n", encoding="utf-8")
    if os.name == "posix":
        os.symlink(folder, folder / "sub" / "loop")  # a link back up: walked once
    gone = folder / "gone.txt"
    gone.write_text("会被删除。\n", encoding="utf-8")
    reports = prepare_batch([folder, folder / "a.txt", tmp_path / "missing.txt"], now=NOW)
    by_path = [(Path(r.path).name, r.status) for r in reports]
    assert by_path.count(("a.txt", READY)) == 1 and ("a.txt", DUPLICATE) in by_path
    assert ("b.txt", READY) in by_path and ("missing.txt", ERROR) in by_path
    assert len(reports) == 5  # a, gone, b, a again, missing: the loop added nothing
    gone.unlink()  # deleted while importing: one line, not a crash
    assert prepare_file(gone, now=NOW).status == ERROR


def test_the_same_text_twice_is_one_article(tmp_path):
    (tmp_path / "one.txt").write_text("同一篇文章。\n\n第二段。\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text("同一篇文章。\r\n\r\n第二段。  \r\n", encoding="utf-8")  # other line endings
    first = prepare_batch([tmp_path / "one.txt"], now=NOW)
    assert first[0].status == READY
    again = prepare_batch([tmp_path / "one.txt", tmp_path / "two.txt"], known_hashes=[first[0].content_hash], now=NOW)
    assert [r.status for r in again] == [DUPLICATE, DUPLICATE] and "already in the library" in again[0].message


def test_the_seeds_import_as_the_bundled_articles(tmp_path, bundled):
    SEEDS = need_seeds()
    copy = tmp_path / "seeds"
    shutil.copytree(SEEDS, copy)
    reports = prepare_batch([copy], recipes=bundled_recipes(), now=NOW)
    assert [r.status for r in reports] == [READY] * 5
    bodies = {a.body.strip(): a.id for a in bundled}
    assert sorted(bodies.get(body_of(r).strip(), "?") for r in reports) == sorted(a.id for a in bundled)


def test_a_markdown_heading_as_the_only_structure_gives_a_plain_title(tmp_path):
    path = tmp_path / "one-heading.md"
    path.write_text("# 我的一篇笔记\n\n只有一个标题的 Markdown 文件，下面是正文。\n", encoding="utf-8")
    report = prepare_file(path, now=NOW)
    assert report.status == READY and report.title == "我的一篇笔记"


def test_the_length_check_counts_without_a_string_per_character():
    import tracemalloc

    from reader.core.content.article import check_length
    from reader.core.errors import ContentError

    text = "強化學習很糟糕 " * 1_000_000  # 7 million characters to count, as in a 20 MB text
    tracemalloc.start()
    try:
        with pytest.raises(ContentError, match="300,000 characters"):
            check_length(text)
        _now, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 10 * 1024 * 1024  # a list of one-character strings took 60 bytes a character


def test_a_text_just_under_the_length_limit_is_imported_and_then_opens(tmp_path):
    source = tmp_path / "長文.txt"
    source.write_text("字" * 299_990 + "\n", encoding="utf-8")  # its front matter takes it over the limit
    library_dir = tmp_path / "library"
    report = import_into([str(source)], library_dir, set())[0]
    assert report.status == READY
    article = next(a for a in Library(CONTENT, library_dir=library_dir) if a.path == report.written)
    assert article.error is None and article.chars == 299_990
