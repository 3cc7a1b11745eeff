from pathlib import Path

import pytest

from reader.core.content.article import Article, parse_front_matter
from reader.core.content.library import Library
from reader.core.errors import ContentError, UnknownArticleError


def write(folder: Path, name: str, data) -> Path:
    p = folder / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def test_front_matter_fields_and_body():
    meta, body = parse_front_matter("---\ntitle: 标题\ndate: 2025-10-20T14:12:00+08:00\n---\n正文\n")
    assert meta["title"] == "标题"
    assert body == "正文\n"


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "empty"),
        ("   \n\n", "empty"),
        ("---\ntitle: [broken\n---\n正文\n", "not valid YAML"),
        ("---\n- a\n- b\n---\n正文\n", "mapping"),
        ("---\ntitle: x\n---\n\n", "no text"),
    ],
)
def test_bad_front_matter_is_a_content_error(text, message):
    with pytest.raises(ContentError, match=message):
        parse_front_matter(text)


def test_article_metadata_and_length(tmp_path):
    p = write(tmp_path, "a.md", "---\ntitle: 标题\ndate: 2025-10-20T14:12:00+08:00\noutlet: 新智元\n---\n"
              "# 小节\n\n" + "字" * 800 + "\n")
    a = Article.load(p)
    assert a.error is None
    assert (a.id, a.title, a.outlet) == ("a", "标题", "新智元")
    assert a.date.startswith("2025-10-20T14:12:00")
    assert a.chars == 802
    assert a.reading_minutes == 2
    assert [t.title for t in a.toc] == ["小节"]


def test_script_from_front_matter_wins_and_detection_fills_in(tmp_path):
    declared = Article.load(write(tmp_path, "d.md", "---\nscript: hant\n---\n这是简体字写的文章。\n"))
    assert declared.script == "hant"
    detected = Article.load(write(tmp_path, "e.md", "這是用繁體字寫的文章，說明強化學習。\n"))
    assert detected.script == "hant"
    assert detected.language == "zh-Hant"


def test_library_keeps_going_past_broken_files(tmp_path):
    write(tmp_path, "good.md", "---\ntitle: 好\n---\n正文。\n")
    write(tmp_path, "bad-yaml.md", "---\ntitle: [\n---\n正文\n")
    write(tmp_path, "bad-bytes.md", b"\xff\xfe\x00\xd8 broken")
    write(tmp_path, "empty.md", "")
    write(tmp_path, "notes.txt", "not an article")
    lib = Library(tmp_path)
    assert [a.id for a in lib] == ["bad-bytes", "bad-yaml", "empty", "good"]
    errors = {a.id: a.error for a in lib}
    assert errors["good"] is None
    assert "YAML" in errors["bad-yaml"]
    assert "UTF-8" in errors["bad-bytes"]
    assert "empty" in errors["empty"]
    assert [a.id for a in lib.readable] == ["good"]


def test_unknown_id_and_missing_folder(tmp_path):
    with pytest.raises(UnknownArticleError, match="nope"):
        Library(tmp_path).get("nope")
    with pytest.raises(ContentError, match="not found"):
        Library(tmp_path / "missing")


def test_library_cache_remembers_front_matter_and_length_until_the_file_changes(content_copy, tmp_path):
    cache = tmp_path / "cache"
    first = Library(content_copy, cache_dir=cache)
    expected = {a.id: (a.title, a.date, a.chars, [b.id for b in a.blocks]) for a in first}
    first.save_stats()
    assert (cache / "library-stats.json").is_file() and list((cache / "rendered").glob("*.json"))

    again = Library(content_copy, cache_dir=cache)
    assert {a.id: (a.title, a.date, a.chars, [b.id for b in a.blocks]) for a in again} == expected
    assert all("chars" in a.__dict__ for a in again)  # taken from the cache, not recomputed

    # editing a file (new size and time) makes the library read it afresh
    path = content_copy / "xinzhiyuan-agi-decade.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("title:", "title: 改过的", 1) + "\n新加的一段。\n", encoding="utf-8")
    edited = Library(content_copy, cache_dir=cache).get("xinzhiyuan-agi-decade")
    assert edited.title.startswith("改过的")
    assert "新加的一段。" in edited.plain_text
    assert edited.chars == expected["xinzhiyuan-agi-decade"][2] + len("新加的一段。")


def test_a_damaged_library_cache_is_only_a_slower_start(content_copy, tmp_path):
    cache = tmp_path / "cache"
    lib = Library(content_copy, cache_dir=cache)
    expected = {a.id: (a.title, a.chars, a.plain_text) for a in lib}
    lib.save_stats()
    (cache / "library-stats.json").write_bytes(b"\x00{not json")
    for f in (cache / "rendered").glob("*.json"):
        f.write_text('{"html": 1}', encoding="utf-8")
    again = Library(content_copy, cache_dir=cache)
    assert {a.id: (a.title, a.chars, a.plain_text) for a in again} == expected
