"""`import PATH… [--json]`: the public fields, exit codes, the same text never twice, and the
imported articles beside the bundled ones in list, show, search and topics."""

import io
import json
import os
import shutil

from reader.cli import run_cli
from tests.conftest import need_seeds

FIELDS = {"path", "status", "id", "title", "message"}


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_import_json_fields_statuses_and_exit_codes(tmp_path, content_copy):
    src = tmp_path / "in"
    src.mkdir()
    (src / "我的 笔记.txt").write_text("第一段，讲强化学习为什么很糟糕的那个比喻。\n\n第二段，讲通过吸管吸取监督信号。\n",
                                    encoding="utf-8")
    (src / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    original = (src / "我的 笔记.txt").read_bytes()
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path / "data")]
    code, out, err = cli("import", str(src), "--json", *base)
    records = json.loads(out)
    assert code == 1 and all(set(r) == FIELDS for r in records), err  # one skipped: exit 1, the rest imported
    by_name = {os.path.basename(r["path"]): r for r in records}
    note, picture = by_name["我的 笔记.txt"], by_name["picture.md"]
    assert note["status"] == "imported" and note["id"] and picture["status"] == "skipped" and picture["id"] is None
    assert "PNG" in picture["message"] and (src / "我的 笔记.txt").read_bytes() == original
    # beside the bundled ones
    code, out, _ = cli("list", "--json", *base)
    ids = {r["id"] for r in json.loads(out)}
    assert note["id"] in ids and "xinzhiyuan-agi-decade" in ids
    code, out, _ = cli("show", note["id"], *base)
    assert code == 0 and "通过吸管吸取监督信号" in out
    code, out, _ = cli("search", "吸管吸取监督", "--json", *base)
    assert code == 0 and note["id"] in {h["id"] for h in json.loads(out)}
    code, out, _ = cli("topics", "--article", note["id"], "--json", *base)
    assert code == 0 and any("rl" in r["topics"] for r in json.loads(out))
    # again: already there, exit 0 when nothing else is wrong
    code, out, _ = cli("import", str(src / "我的 笔记.txt"), "--json", *base)
    again = json.loads(out)
    assert code == 0 and again[0]["status"] == "duplicate" and again[0]["id"] == note["id"]
    assert "already in the library" in again[0]["message"]
    assert len(list((tmp_path / "data" / "library").glob("*.md"))) == 1


def test_a_bundled_text_is_already_in_the_library(tmp_path, content_copy):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path / "data")]
    copy = tmp_path / "copy.md"
    shutil.copy(content_copy / "ghosts-not-animals.md", copy)
    code, out, _ = cli("import", str(copy), "--json", *base)
    record = json.loads(out)[0]
    assert code == 0 and record["status"] == "duplicate" and record["id"] == "ghosts-not-animals"


def test_the_seeds_import_into_an_empty_library_as_the_bundled_articles(tmp_path, content_copy):
    SEEDS = need_seeds()
    empty = tmp_path / "empty"
    empty.mkdir()
    base = ["--content-dir", str(empty), "--data-dir", str(tmp_path / "data")]
    code, out, err = cli("import", str(SEEDS), "--json", *base)
    records = json.loads(out)
    assert code == 0 and [r["status"] for r in records] == ["imported"] * 5, err
    from reader.core.content.library import Library

    bundled = {a.body.strip() for a in Library(content_copy)}
    imported = Library(empty, library_dir=tmp_path / "data" / "library")
    assert {a.body.strip() for a in imported} == bundled


def test_a_path_that_does_not_exist_is_a_line_of_the_report(tmp_path, content_copy):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path / "data")]
    code, out, err = cli("import", str(tmp_path / "nope.txt"), *base)
    assert code == 1 and "nope.txt" in out and "failed" in out and "0 imported" in err
