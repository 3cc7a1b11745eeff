"""The library folder after an import (reader.core.importers.library_folder): Article Info edits
the front matter and nothing else; a removed article waits aside and comes back under its own id;
bundled articles are not the user's to change."""

from pathlib import Path

import pytest

from reader.core.content.library import Library
from reader.core.errors import ContentError
from reader.core.importers.importing import import_into
from reader.core.importers.library_folder import (
    ArticleInfo,
    check_info,
    discard,
    in_folder,
    info_of,
    remove,
    removed_articles,
    restore,
    save_info,
)
from tests.conftest import CONTENT

TEXT = "第一段:強化學習很糟糕。\n\n第二段:我們在召喚幽靈,而不是建造動物。\n"


@pytest.fixture
def folders(tmp_path):
    source = tmp_path / "in" / "我的 筆記.txt"
    source.parent.mkdir()
    source.write_text(TEXT, encoding="utf-8")
    library_dir = tmp_path / "data" / "library"
    reports = import_into([str(source)], library_dir, set())
    assert reports[0].written is not None
    return library_dir, reports[0].written


def load(library_dir: Path) -> Library:
    return Library(CONTENT, library_dir=library_dir)


def body(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("\n---\n", 1)[1]


def test_article_info_rewrites_the_front_matter_and_keeps_the_body(folders):
    library_dir, path = folders
    before = body(path)
    article = next(a for a in load(library_dir) if in_folder(a.path, library_dir))
    assert info_of(article).title  # a title was made at import
    save_info(path, ArticleInfo("幽靈與動物", "2025-10-21", "我的筆記本", "hans"))
    again = next(a for a in load(library_dir) if a.path == path)
    assert (again.title, again.date, again.outlet, again.script) == ("幽靈與動物", "2025-10-21", "我的筆記本", "hans")
    assert again.language == "zh-Hans"
    assert again.meta["content_hash"].startswith("sha256:") and again.meta["imported_from"].endswith("筆記.txt")
    assert body(path) == before  # the text is the author's: byte for byte


def test_clearing_the_script_goes_back_to_detecting_it(folders):
    library_dir, path = folders
    save_info(path, ArticleInfo("標題", "", "", "hans"))
    save_info(path, ArticleInfo("標題", "", "", ""))
    article = next(a for a in load(library_dir) if a.path == path)
    assert "script" not in article.meta and article.script == "hant"  # the text is Traditional
    assert article.date == "" and article.outlet == ""


@pytest.mark.parametrize("info, word", [
    (ArticleInfo("   "), "title"),
    (ArticleInfo("a\nb"), "one line"),
    (ArticleInfo("t", "2025-02-30"), "not a date"),
    (ArticleInfo("t", "yesterday"), "not a date"),
    (ArticleInfo("t", script="zh"), "script"),
])
def test_bad_info_is_refused_with_the_field_named(folders, info, word):
    _library_dir, path = folders
    before = path.read_bytes()
    with pytest.raises(ContentError, match=word):
        save_info(path, info)
    assert path.read_bytes() == before


def test_check_info_trims_and_keeps_a_date_with_a_time():
    assert check_info(ArticleInfo(" 標題 ", " 2025-10-21T08:00:00+08:00 ", " 新智元 ")) == \
        ArticleInfo("標題", "2025-10-21T08:00:00+08:00", "新智元", "")


def test_a_removed_article_waits_aside_and_comes_back_under_its_own_id(folders):
    library_dir, path = folders
    article = next(a for a in load(library_dir) if a.path == path)
    text = path.read_bytes()
    removed = remove(article, library_dir)
    assert not path.exists() and removed.kept.read_bytes() == text
    assert removed.kept.parent == library_dir.parent / "removed"
    assert article.id not in {a.id for a in load(library_dir)}
    restore(removed)
    assert path.read_bytes() == text
    assert article.id in {a.id for a in load(library_dir)}


def test_restore_refuses_to_overwrite_a_file_that_took_the_name(folders):
    library_dir, path = folders
    removed = remove(next(a for a in load(library_dir) if a.path == path), library_dir)
    path.write_text("---\ntitle: 新的\n---\n\n別的文字。\n", encoding="utf-8")
    with pytest.raises(ContentError, match="in the library again"):
        restore(removed)
    assert removed.kept.exists() and "別的文字" in path.read_text(encoding="utf-8")


def test_discard_deletes_only_the_removed_file(folders):
    library_dir, path = folders
    removed = remove(next(a for a in load(library_dir) if a.path == path), library_dir)
    discard(removed)
    assert not removed.kept.exists()
    discard(removed)  # twice is not an error
    assert {a.id for a in load(library_dir)} == {a.id for a in Library(CONTENT)}


def test_bundled_articles_are_not_removed(folders):
    library_dir, _path = folders
    bundled = next(a for a in load(library_dir) if not in_folder(a.path, library_dir))
    with pytest.raises(ContentError, match="bundled"):
        remove(bundled, library_dir)
    assert bundled.path.exists()


def test_article_info_on_a_file_saved_with_a_bom_and_crlf_replaces_its_front_matter(tmp_path):
    library_dir = tmp_path / "library"
    library_dir.mkdir()
    path = library_dir / "note.md"
    path.write_bytes("\ufeff---\r\ntitle: 舊標題\r\noutlet: 舊報\r\n---\r\n\r\n第一段。\r\n\r\n第二段。\r\n".encode())
    save_info(path, ArticleInfo("新標題", "", "新報", ""))
    article = next(a for a in load(library_dir) if a.path == path)
    assert (article.title, article.outlet) == ("新標題", "新報")
    assert "舊標題" not in path.read_text(encoding="utf-8")  # the old front matter is not left in the text
    raw = path.read_bytes()
    assert raw.count(b"---") == 2 and raw.endswith("\r\n第一段。\r\n\r\n第二段。\r\n".encode())  # body kept
    assert b"---\n\r\n" in raw and b"---\n\n\r\n" not in raw  # no blank line added before a CRLF body


def test_removed_articles_are_remembered_across_a_restart_in_the_order_removed(tmp_path):
    library_dir = tmp_path / "data" / "library"
    library_dir.mkdir(parents=True)
    for name in ("甲", "乙"):
        (library_dir / f"{name}.md").write_text(f"---\ntitle: 文章{name}\n---\n\n{name}的正文。\n", encoding="utf-8")
    articles = {a.id: a for a in load(library_dir)}
    remove(articles["乙"], library_dir)
    remove(articles["甲"], library_dir)
    (library_dir / "甲.md").write_text("---\ntitle: 新的甲\n---\n\n另一篇。\n", encoding="utf-8")  # the name taken again
    remove(next(a for a in load(library_dir) if a.id == "甲"), library_dir)  # kept as 甲-2.md beside the first
    again = removed_articles(library_dir)  # a new session: read from the folder
    assert [(r.article_id, r.title, r.original.name, r.kept.name) for r in again] == [
        ("乙", "文章乙", "乙.md", "乙.md"), ("甲", "文章甲", "甲.md", "甲.md"), ("甲", "新的甲", "甲.md", "甲-2.md")]
    restore(again[-1])
    discard(again[0])
    assert [r.kept.name for r in removed_articles(library_dir)] == ["甲.md"]
    assert (library_dir / "甲.md").read_text(encoding="utf-8").endswith("另一篇。\n")


def test_removed_files_without_their_list_can_still_be_put_back(tmp_path):
    library_dir = tmp_path / "data" / "library"
    library_dir.mkdir(parents=True)
    (library_dir / "丙.md").write_text("---\ntitle: 文章丙\n---\n\n丙的正文。\n", encoding="utf-8")
    remove(next(a for a in load(library_dir) if a.id == "丙"), library_dir)
    (library_dir.parent / "removed" / "removed.json").write_text("{broken", encoding="utf-8")
    [found] = removed_articles(library_dir)
    assert (found.article_id, found.kept.name) == ("丙", "丙.md")
    restore(found)
    assert (library_dir / "丙.md").exists()
