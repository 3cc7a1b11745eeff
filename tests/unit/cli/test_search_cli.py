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
