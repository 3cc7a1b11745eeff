"""CLI: `search` and `index` print the public JSON shapes and fail in one line."""

import io
import json

from reader.cli import run_cli

from ..search.test_search import corpus, write_article  # noqa: F401  (fixture)


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_index_json(tmp_path, corpus):  # noqa: F811
    code, out, err = cli("index", "--json", "--content-dir", str(corpus), "--data-dir", str(tmp_path / "d"))
    assert code == 0, err
    record = json.loads(out)
    assert {"documents", "passages", "size", "time"} <= set(record)
    assert record["documents"] == 9 and record["size"] > 0
    assert (tmp_path / "d" / "cache" / "index" / "store.sqlite").exists()
    code, out, _ = cli("index", "--rebuild", "--json", "--content-dir", str(corpus), "--data-dir", str(tmp_path / "d"))
    assert code == 0 and json.loads(out)["rebuilt"]


def test_search_json_shape(tmp_path, corpus):  # noqa: F811
    code, out, err = cli("search", "--json", "--limit", "3", "強化學習", "--content-dir", str(corpus),
                         "--data-dir", str(tmp_path / "d"))
    assert code == 0, err
    records = json.loads(out)
    assert 0 < len(records) <= 3
    for r in records:
        assert set(r) == {"id", "title", "path", "score", "hits", "variant", "passages"}
        assert r["path"] == f"{r['id']}.md" and r["hits"] >= 1 and r["variant"] is False
        assert r["passages"] and all(set(p) == {"block", "snippet"} for p in r["passages"])
        assert all("【" in p["snippet"] for p in r["passages"])
    assert [r["score"] for r in records] == sorted((r["score"] for r in records), reverse=True)


def test_search_text_and_errors(tmp_path, corpus):  # noqa: F811
    args = ("--content-dir", str(corpus), "--data-dir", str(tmp_path / "d"))
    code, out, _ = cli("search", "吸管", *args)
    assert code == 0 and "【吸管】" in out
    code, out, err = cli("search", "，。", *args)
    assert code == 1 and err.startswith("duidu: error:") and err.count("\n") == 1
    code, _, err = cli("search", "x" * 10000, *args)
    assert code == 1 and "too long" in err


def test_search_table_counts_snippets_and_filter_only_matches(tmp_path):
    """What a new user tripped over: "1 hits", a table snippet's tabs and line break breaking the
    layout, and `title:…` / `date:…` listing their articles as "0 hits"."""
    folder = tmp_path / "content"
    folder.mkdir()
    write_article(folder, "once", "幽灵与动物", ["只说一次吸管。"], date="2025-10-18")
    write_article(folder, "table", "表格", ["| 工具 | 用途 |\n| --- | --- |\n| 吸管 | 吸取 |\n| 吸管 | 监督 |",
                                            "吸管又出现。"], date="2025-11-02")
    args = ("--content-dir", str(folder), "--data-dir", str(tmp_path / "d"))
    code, out, err = cli("search", "吸管", *args)
    assert code == 0, err
    lines = out.splitlines()
    rows = {line.split("\t")[0]: line.split("\t") for line in lines if not line.startswith(" ")}
    assert rows["once"][1] == "1 hit"
    assert rows["table"][1] == "3 hits"
    snippets = [line for line in lines if line.startswith("    ")]
    assert len(snippets) == 3  # one line per passage shown: nothing spilled onto a line of its own
    assert all(line.count("\t") == 1 for line in snippets)  # block id, tab, snippet
    table_line = next(line for line in snippets if "工具" in line)
    assert table_line.split("\t")[1] == "工具 用途 【吸管】 吸取 【吸管】 监督"

    code, out, _ = cli("search", "title:幽灵", *args)
    assert code == 0 and out.splitlines() == ["once\ttitle match\t幽灵与动物"]
    code, out, _ = cli("search", "date:2025-10..2025-10", *args)
    assert out.splitlines() == ["once\tdate match\t幽灵与动物"]
    code, out, _ = cli("search", "title:表格", "date:2025-11", *args)
    assert out.splitlines() == ["table\ttitle and date match\t表格"]
    code, out, _ = cli("search", "--json", "title:幽灵", *args)  # --json is unchanged: the raw count
    assert [(r["id"], r["hits"], r["passages"]) for r in json.loads(out)] == [("once", 0, [])]
