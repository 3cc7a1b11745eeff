"""CLI: `convert`, `show --script` and `list --json`'s detected script; errors are one line."""

import io
import json
import sys

import pytest

from reader.cli import run_cli
from reader.core.text.canonical import converter


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def _stdin(monkeypatch, data: bytes):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_list_json_reports_the_detected_script_apart_from_the_front_matter(content_copy):
    (content_copy / "zz-mislabelled.md").write_text("---\ntitle: t\nscript: hant\n---\n我们发现头发很长。\n",
                                                   encoding="utf-8")
    code, out, err = cli("list", "--json", "--content-dir", str(content_copy))
    assert code == 0, err
    records = {r["id"]: r for r in json.loads(out)}
    assert (records["zz-mislabelled"]["script"], records["zz-mislabelled"]["detected_script"]) == ("hant", "hans")
    assert {r["detected_script"] for r in records.values()} == {"hans", "hant"}
    assert all(r["detected_script"] == r["script"] for i, r in records.items() if i != "zz-mislabelled")


def test_convert_an_article_by_id(content_copy):
    code, plain, _ = cli("show", "dwarkesh-notes", "--content-dir", str(content_copy))
    code, out, err = cli("convert", "--to", "hant", "dwarkesh-notes", "--content-dir", str(content_copy))
    assert code == 0, err
    assert out == converter("s2t").convert(plain) and out != plain
    code, same, _ = cli("convert", "--to", "hans", "dwarkesh-notes", "--content-dir", str(content_copy))
    assert code == 0 and same == plain  # already Simplified: unchanged


def test_convert_a_file_and_stdin_with_and_without_vocabulary(tmp_path, monkeypatch):
    path = tmp_path / "note.txt"
    path.write_text("我们的软件和信息。\n", encoding="utf-8")
    assert cli("convert", "--to", "tw", "--vocabulary", str(path))[1] == "我們的軟體和資訊。\n"
    assert cli("convert", "--to", "tw", str(path))[1] == "我們的軟件和信息。\n"
    assert cli("convert", "--to", "hk", str(path))[1] == "我們的軟件和信息。\n"
    _stdin(monkeypatch, "我們學程式設計的時候".encode("utf-8"))
    assert cli("convert", "--to", "hans", "--vocabulary", "-") == (0, "我们学编程的时候", "")
    _stdin(monkeypatch, "我們學程式設計".encode("utf-8"))
    assert cli("convert", "--to", "hans", "-") == (0, "我们学程式设计", "")


@pytest.mark.parametrize("mode, config", [("hans", "t2s"), ("tw", "t2tw"), ("hk", "t2hk")])
def test_show_in_a_script_mode_keeps_the_block_ids(content_copy, mode, config):
    args = ("--content-dir", str(content_copy))
    _, plain, _ = cli("show", "shuzi-kaiwu-transcript", *args)
    code, converted, err = cli("show", "shuzi-kaiwu-transcript", "--script", mode, *args)
    assert code == 0, err
    assert converted == converter(config).convert(plain)
    _, blocks, _ = cli("show", "shuzi-kaiwu-transcript", "--blocks", *args)
    _, converted_blocks, _ = cli("show", "shuzi-kaiwu-transcript", "--blocks", "--script", mode, *args)
    ids = [line.split("\t")[0] for line in blocks.splitlines()]
    assert ids == [line.split("\t")[0] for line in converted_blocks.splitlines()]
    assert cli("show", "shuzi-kaiwu-transcript", "--script", "original", *args)[1] == plain
    if mode == "hans":
        assert converted != plain


def test_errors_are_one_line_and_non_zero(content_copy, tmp_path, monkeypatch):
    bad = tmp_path / "latin1.txt"
    bad.write_bytes("café 软件".encode("utf-8")[:3] + b"\xe9\xff")
    folder = tmp_path / "folder"
    folder.mkdir()
    cases = [
        (["convert", "--to", "klingon", "-"], 2, "invalid choice: 'klingon'"),
        (["convert", "--to", "original", "-"], 2, "invalid choice: 'original'"),
        (["convert", "dwarkesh-notes"], 2, "the following arguments are required: --to"),
        (["show", "dwarkesh-notes", "--script", "hanz"], 2, "invalid choice: 'hanz'"),
        (["convert", "--to", "hans", "no-such-article"], 1, "no article with id 'no-such-article'"),
        (["show", "no-such-article", "--script", "tw"], 1, "no article with id 'no-such-article'"),
        (["convert", "--to", "hans", str(tmp_path / "missing.md")], 1, "cannot read"),
        (["convert", "--to", "hans", str(folder) + "/"], 1, "cannot read"),
        (["convert", "--to", "hant", str(bad)], 1, "not valid UTF-8"),
    ]
    for args, code, words in cases:
        got, out, err = cli(*args, "--content-dir", str(content_copy))
        assert (got, out) == (code, ""), args
        assert err.startswith("duidu: error: ") and err.count("\n") == 1 and words in err, err
    _stdin(monkeypatch, b"\xff\xfe\x00 not text")
    got, out, err = cli("convert", "--to", "hans", "-")
    assert (got, out) == (1, "") and err == "duidu: error: stdin: not valid UTF-8 (byte 0)\n"
