"""Hostile input to the search index (issue 13): whatever is found where the index lives, the CLI
finishes without a traceback, says what it did in one line, and the good articles still search."""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import SearchIndexError
from reader.core.search.index import SearchIndex
from reader.core.search.lock import IndexLock

from .hostile_index import (
    QUERY,
    copy_content,
    make_read_only,
    make_writable,
    open_to_everyone,
    run_cli,
    tree_digest,
    world_readable_dir,
)

# file modes, another user, and names that are bytes rather than text exist on POSIX only; the
# other cases run everywhere
posix_only = pytest.mark.skipif(os.name != "posix", reason="needs POSIX: chmod, setpriv or a file name of arbitrary bytes")


@pytest.fixture
def library(tmp_path):
    """A copy of content/ with its index built, and the ids a search for QUERY gives."""
    content, data = copy_content(tmp_path / "content"), tmp_path / "data"
    first = run_cli(content, data, "search", QUERY)
    assert first.code == 0 and first.clean() and first.ids, first.err
    return content, data, first.ids


def index_dir(data: Path) -> Path:
    return data / "cache" / "index"


# -- 1. something else where the index folder should be -----------------------------------------
@pytest.mark.parametrize("intruder", ["file", pytest.param("dangling-link", marks=posix_only),
                                      pytest.param("link-to-file", marks=posix_only), "cache-is-a-file"])
def test_a_file_where_the_index_belongs_is_set_aside_and_search_answers(tmp_path, intruder):
    content, data = copy_content(tmp_path / "content"), tmp_path / "data"
    baseline = run_cli(content, tmp_path / "baseline", "search", QUERY).ids
    (data / "cache").parent.mkdir(parents=True)
    where = index_dir(data)
    if intruder == "cache-is-a-file":
        where = data / "cache"
        where.write_bytes(b"the user's own file")
    else:
        where.parent.mkdir()
        if intruder == "file":
            where.write_bytes(b"the user's own file")
        elif intruder == "dangling-link":
            where.symlink_to(tmp_path / "nowhere")
        else:
            (tmp_path / "target.txt").write_bytes(b"the user's own file")
            where.symlink_to(tmp_path / "target.txt")
    for _ in range(2):
        run = run_cli(content, data, "search", QUERY)
        assert run.code == 0 and run.clean(), run.err
        assert run.ids == baseline
    if intruder == "cache-is-a-file":  # nothing can be saved: said, and the file is left alone
        assert "not saved" in run.err and where.read_bytes() == b"the user's own file"
        return
    aside = [p for p in where.parent.iterdir() if p.name.startswith("index.damaged-")]
    assert len(aside) == 1, "set aside once, never deleted"
    if intruder != "dangling-link":
        assert aside[0].read_bytes() == b"the user's own file"
    assert (where / "store.sqlite").is_file()
    assert run_cli(content, data, "index").code == 0


# -- 2. damage found while reading ----------------------------------------------------------------
def _sql(data: Path, statement: str) -> None:
    db = sqlite3.connect(index_dir(data) / "store.sqlite")
    db.execute(statement)
    db.commit()
    db.close()


def _damage(data: Path, kind: str) -> None:
    store, whoosh = index_dir(data) / "store.sqlite", index_dir(data) / "whoosh"
    if kind == "blob-length":
        _sql(data, "UPDATE postings SET docs=x'010203' WHERE term='强化'")
    elif kind == "blob-counts-differ":
        _sql(data, "UPDATE postings SET tfs=x'0100' WHERE term='强化'")
    elif kind == "blob-not-bytes":
        _sql(data, "UPDATE postings SET docs='text', tfs=7 WHERE term='学习'")
    elif kind == "unknown-doc-number":
        _sql(data, "UPDATE postings SET docs=x'ffffff00', tfs=x'0100' WHERE term='强化'")
    elif kind == "passages-gone":
        _sql(data, "DROP TABLE passages")
    elif kind == "store-truncated":
        store.write_bytes(store.read_bytes()[:3000])
    elif kind == "store-garbage":
        store.write_bytes(os.urandom(8192))
    elif kind == "store-empty":
        store.write_bytes(b"")
    elif kind == "store-is-a-folder":
        store.unlink()
        store.mkdir()
    elif kind in ("whoosh-segment", "whoosh-toc"):
        for f in whoosh.glob("*.seg" if kind == "whoosh-segment" else "*.toc"):
            f.write_bytes(os.urandom(100))
    elif kind == "whoosh-gone":
        shutil.rmtree(whoosh)
    elif kind == "whoosh-is-a-file":
        shutil.rmtree(whoosh)
        whoosh.write_bytes(b"x")


DAMAGE = ["blob-length", "blob-counts-differ", "blob-not-bytes", "unknown-doc-number", "passages-gone",
          "store-truncated", "store-garbage", "store-empty", "store-is-a-folder", "whoosh-segment", "whoosh-toc",
          "whoosh-gone", "whoosh-is-a-file"]


@pytest.mark.parametrize("kind", DAMAGE)
def test_damage_found_while_reading_is_rebuilt_once_and_the_search_answered(library, kind):
    content, data, baseline = library
    _damage(data, kind)
    first = run_cli(content, data, "search", QUERY)
    assert first.code == 0 and first.clean(), first.err
    assert first.ids == baseline
    assert first.err.count("rebuilt") == 1, first.err
    again = run_cli(content, data, "search", QUERY)
    assert again.code == 0 and again.err == "" and again.ids == baseline, "repaired for good, not on every search"
    assert run_cli(content, data, "search", "title:Karpathy").code == 0  # the Whoosh part answers too


def test_damage_while_searching_is_repaired_once_in_process(tmp_path):
    content = copy_content(tmp_path / "content")
    ix = SearchIndex(tmp_path / "index", content)
    ix.update()
    baseline = [h.id for h in ix.search(QUERY)]
    db = sqlite3.connect(tmp_path / "index" / "store.sqlite")
    db.execute("UPDATE postings SET docs=x'0102' WHERE term='强化'")
    db.commit()
    db.close()
    ix.close()  # the next search reads the damaged blob from disk
    assert [h.id for h in ix.search(QUERY)] == baseline
    assert ix.repair_report is not None and "damaged" in ix.repair_report.message
    report = ix.repair_report
    assert [h.id for h in ix.search(QUERY)] == baseline and ix.repair_report is report
    ix.close()


# -- 3. a read-only cache -------------------------------------------------------------------------
@pytest.fixture
def shared():
    base = world_readable_dir()
    yield base
    make_writable(base)
    shutil.rmtree(base, ignore_errors=True)


@posix_only
@pytest.mark.parametrize("state", ["up-to-date", "content-changed", "damaged", "no-index-yet"])
def test_a_read_only_cache_still_answers_and_says_it_could_not_save(shared, state):
    content, data = copy_content(shared / "content"), shared / "data"
    baseline = run_cli(content, data, "search", QUERY).ids
    if state == "no-index-yet":
        shutil.rmtree(index_dir(data))
        (data / "cache" / "index.lock").unlink()
    if state == "damaged":
        _damage(data, "blob-length")
    if state == "content-changed":
        (content / "hummingbird.md").write_text("---\ntitle: 蜂鸟\n---\n\n蜂鸟会悬停，也谈强化学习。\n", encoding="utf-8")
    open_to_everyone(content)
    make_read_only(data)
    before = tree_digest(data)
    run = run_cli(content, data, "search", QUERY, other_user=True)
    assert run.code == 0 and run.clean(), run.err
    if state == "content-changed":
        assert set(run.ids) == set(baseline) | {"hummingbird"} and "not saved" in run.err
    else:
        assert run.ids == baseline
        assert "cannot write" in run.err
    assert tree_digest(data) == before, "a read-only folder is read, never written"
    index = run_cli(content, data, "index", "--json", other_user=True)
    assert index.code == 0 and index.clean() and '"saved": false' in index.out, index.err + index.out


# -- 4. another Duidu writing the index -------------------------------------------------------------
def test_a_busy_index_is_searched_as_it_was_or_reported_clearly(tmp_path):
    content = copy_content(tmp_path / "content")
    folder = tmp_path / "cache" / "index"
    SearchIndex(folder, content).update()
    lock = IndexLock(folder.with_name("index.lock"))
    assert lock.acquire(1.0)
    try:
        ix = SearchIndex(folder, content)
        report = ix.update(wait=0.2)
        assert "another Duidu" in report.message and not report.saved
        assert ix.search(QUERY)
        ix.close()
        shutil.rmtree(folder)  # now it is "being built" and there is nothing complete to read
        with pytest.raises(SearchIndexError, match="being rebuilt by another Duidu"):
            SearchIndex(folder, content).update(wait=0.2)
    finally:
        lock.release()
    assert SearchIndex(folder, content).update().rebuilt


def test_leftovers_of_a_build_that_died_are_cleared(tmp_path):
    content = copy_content(tmp_path / "content")
    folder = tmp_path / "cache" / "index"
    folder.parent.mkdir(parents=True)
    (folder.parent / ".index.build-dead").mkdir()
    (folder.parent / ".index.build-dead" / "store.sqlite").write_bytes(b"half")
    ix = SearchIndex(folder, content)
    ix.update(rebuild=True)
    assert sorted(p.name for p in folder.parent.iterdir()) == ["index", "index.lock"]
    assert ix.search(QUERY)
    ix.close()


# -- 5. file names that are not UTF-8, and files that cannot be read ---------------------------------
@posix_only
def test_file_names_that_are_not_utf8_are_indexed_and_shown_escaped(tmp_path):
    content, data = copy_content(tmp_path / "content"), tmp_path / "data"
    baseline = run_cli(content, tmp_path / "baseline", "search", QUERY).ids
    folder = os.fsencode(content)
    with open(folder + b"/caf\xe9.md", "wb") as f:
        f.write("---\ntitle: 咖啡\n---\n\n蜂鸟咖啡。\n".encode())
    with open(folder + b"/\xff\xfe.md", "wb") as f:  # no title: the title is the undecodable name
        f.write("没有标题的蜂鸟。\n".encode())
    with open(folder + b"/surrogate.md", "wb") as f:  # a YAML escape that is not a character
        f.write(b'---\ntitle: "bad \\ud800 title"\n---\n\n\xe8\x9c\x82\xe9\xb8\x9f\xe4\xb9\x9f\xe5\x9c\xa8\xe8\xbf\x99\xe9\x87\x8c\n')
    for args in (("search", QUERY), ("index",), ("index", "--rebuild"), ("search", "--json", "蜂鸟")):
        run = run_cli(content, data, *args)
        assert run.code == 0 and run.clean(), (args, run.err)
    assert run_cli(content, data, "search", QUERY).ids == baseline
    found = run_cli(content, data, "search", "蜂鸟")
    assert "caf\\xe9" in found.ids and "\\xff\\xfe" in found.ids
    again = run_cli(content, data, "index", "--json")
    assert '"added": 0' in again.out and '"rebuilt": false' in again.out


@posix_only
def test_an_unreadable_file_is_an_error_of_that_file_not_a_damaged_index(shared):
    content, data = copy_content(shared / "content"), shared / "data"
    secret = content / "secret.md"
    secret.write_text("---\ntitle: 秘密\n---\n\n强化学习的秘密。\n", encoding="utf-8")
    open_to_everyone(content)
    secret.chmod(0)
    data.mkdir(mode=0o777)
    data.chmod(0o777)
    runs = [run_cli(content, data, "index", "--json", other_user=True) for _ in range(3)]
    for run in runs:
        assert run.code == 0 and run.clean(), run.err
        assert "damaged" not in run.out and '"errors": 1' in run.out, run.out
    assert '"rebuilt": false' in runs[1].out and '"added": 0' in runs[2].out
    search = run_cli(content, data, "search", QUERY, other_user=True)
    assert search.code == 0 and search.err == "" and search.ids and "secret" not in search.ids


def test_the_index_command_checks_every_postings_list(library):
    content, data, baseline = library
    _damage(data, "blob-length")
    run = run_cli(content, data, "index")
    assert run.code == 0 and run.clean() and "rebuilt: it was damaged" in run.out, run.out + run.err
    assert "rebuilt" not in run_cli(content, data, "index").out
    assert run_cli(content, data, "search", QUERY).ids == baseline
