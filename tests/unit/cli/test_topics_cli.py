"""`topics` on the command line: the public JSON shape, the passage listings and one-line errors."""

import io
import json

from reader.cli import run_cli
from reader.core.content.library import Library

TOPIC_KEYS = {"id", "names", "color", "keywords"}
CELL_KEYS = {"covers", "count", "share", "first_block", "blocks", "positions"}


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_topics_json_has_exactly_the_public_fields(content_copy, tmp_path):
    code, out, err = cli("topics", "--json", "--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"topics", "articles"}
    ids = [t["id"] for t in data["topics"]]
    assert len(ids) >= 15 and "model-collapse" in ids
    for t in data["topics"]:
        assert set(t) == TOPIC_KEYS and set(t["names"]) == {"hans", "hant", "en"} and t["keywords"]
    library = Library(content_copy)
    assert {a["id"] for a in data["articles"]} == {a.id for a in library.readable}
    for a in data["articles"]:
        assert set(a) == {"id", "date", "topics"} and set(a["topics"]) == set(ids)
        article = library.get(a["id"])
        order = [b.id for b in article.blocks]
        for cell in a["topics"].values():
            assert set(cell) == CELL_KEYS
            assert cell["covers"] == (cell["count"] > 0) and len(cell["blocks"]) == cell["count"]
            assert len(cell["positions"]) == cell["count"] and cell["positions"] == sorted(cell["positions"])
            assert all(0 <= p < 1 for p in cell["positions"]) and 0 <= cell["share"] <= 1
            assert [order.index(b) for b in cell["blocks"]] == sorted(order.index(b) for b in cell["blocks"])
            assert cell["first_block"] == (cell["blocks"][0] if cell["blocks"] else None)
    musk = {a["id"]: a["topics"]["musk-grok"]["covers"] for a in data["articles"]}
    assert musk["xinzhiyuan-agi-decade"] and not musk["ghosts-not-animals"]  # read in the articles by hand


def test_topics_table_and_passage_listings(content_copy, tmp_path):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path)]
    code, out, _ = cli("topics", *base)
    assert code == 0 and "model-collapse" in out and "xinzhiyuan-agi-decade" in out
    code, out, _ = cli("topics", "--topic", "musk-grok", "--json", *base)
    records = json.loads(out)
    assert code == 0 and records and all("musk-grok" in r["topics"] for r in records)
    assert any("马斯克" in r["text"] for r in records)
    code, out, _ = cli("topics", "--article", "ghosts-not-animals", *base)
    assert code == 0 and "ghosts-animals" in out and "幽靈" in out


def test_unknown_topic_and_broken_list_are_one_line(content_copy, tmp_path):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path)]
    code, _, err = cli("topics", "--topic", "nope", *base)
    assert code == 1 and "no topic 'nope'" in err and "rl" in err and err.count("\n") == 1
    (tmp_path / "topics.toml").write_text('[[topic]]\nid = "x"\nnames = 3\n', encoding="utf-8")
    code, out, err = cli("topics", *base)
    assert code == 0 and "line 3" in err and "topics.toml" in err
    assert "model-collapse" in out  # the last good (here: bundled) list still answers
