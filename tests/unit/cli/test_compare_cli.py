"""`align` and `coverage` on the command line: the public JSON fields, options and one-line errors."""

import csv
import io
import json

from reader.cli import run_cli
from reader.core.compare.alignment import DEFAULT_THRESHOLD
from reader.core.compare.passages import passages
from reader.core.content.library import Library

A, B = "dwarkesh-notes", "shuzi-kaiwu-transcript"


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_align_json_has_exactly_the_public_fields(content_copy, tmp_path):
    code, out, err = cli("align", A, B, "--json", "--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    assert code == 0, err
    records = json.loads(out)
    assert records and all(set(r) == {"a_block", "b_block", "score", "a_text", "b_text"} for r in records)
    scores = [r["score"] for r in records]
    assert scores == sorted(scores, reverse=True) and min(scores) >= DEFAULT_THRESHOLD and max(scores) <= 1
    library = Library(content_copy)
    first = records[0]
    assert first["a_text"] == library.get(A).block(first["a_block"]).text  # as written (Simplified)
    assert first["b_text"] == library.get(B).block(first["b_block"]).text  # as written (Traditional)


def test_min_score_zero_gives_every_block_its_candidates_and_limit_cuts(content_copy, tmp_path):
    common = ("--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    _, matches, _ = cli("align", A, B, "--json", *common)
    code, everything, _ = cli("align", A, B, "--json", "--min-score", "0", *common)
    assert code == 0
    matches, everything = json.loads(matches), json.loads(everything)
    assert len(everything) > len(matches)
    a_blocks = {r["a_block"] for r in everything}
    assert len(a_blocks) >= 0.9 * len(passages(Library(content_copy).get(A)))
    _, limited, _ = cli("align", A, B, "--json", "--limit", "3", *common)
    assert json.loads(limited) == matches[:3]


def test_align_text_and_export(content_copy, tmp_path):
    common = ("--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    code, out, _ = cli("align", A, B, "--limit", "2", *common)
    assert code == 0 and len(out.splitlines()) == 2 and out.split("\t")[1].startswith(("q-", "p-", "li-"))
    target = tmp_path / "pairs.csv"
    code, out, err = cli("align", A, B, "--format", "csv", "--output", str(target), *common)
    assert code == 0 and out == "", err
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert rows and rows[0]["a_link"].startswith(f"duidu://open?article={A}&block=")
    code, out, _ = cli("align", A, B, "--format", "md", "--limit", "1", *common)
    assert code == 0 and "duidu://open?article=" in out


def test_bad_input_is_one_line_and_a_non_zero_exit(content_copy, tmp_path):
    (content_copy / "zz-broken.md").write_text("---\ntitle: [oops\n---\nx\n", encoding="utf-8")
    common = ("--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    for args, words in [
        (("align", A, "nope"), "no article with id 'nope'"),
        (("align", A, A), "itself"),
        (("align", A, "zz-broken"), "YAML"),
        (("align", A, B, "--min-score", "2"), "--min-score"),
        (("align", A, B, "--limit", "0"), "--limit"),
        (("align", A, B, "--output", "x.md"), "--format"),
        (("coverage", "nope"), "no article with id 'nope'"),
        (("coverage", B, A, A), "twice"),
        (("coverage", B, B), "twice"),
        (("coverage", B, "zz-broken"), "YAML"),
    ]:
        code, out, err = cli(*args, *common)
        assert code != 0 and out == "", args
        assert err.count("\n") == 1 and err.startswith("duidu: error:") and words in err, (args, err)


def test_coverage_json_and_every_other_article_by_default(content_copy, tmp_path):
    common = ("--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    code, out, err = cli("coverage", B, "--json", *common)
    assert code == 0, err
    records = json.loads(out)
    assert {r["article"] for r in records} == {a.id for a in Library(content_copy).readable} - {B}
    total = len(passages(Library(content_copy).get(B)))
    for r in records:
        assert set(r) == {"article", "reference", "share", "covered", "uncovered"} and r["reference"] == B
        assert len(r["covered"]) + len(r["uncovered"]) == total
        assert abs(r["share"] - len(r["covered"]) / total) < 1e-3
    notes = next(r for r in records if r["article"] == A)
    assert notes["share"] == max(r["share"] for r in records)
    code, out, _ = cli("coverage", B, A, *common)
    assert code == 0 and out.startswith(f"{A}\t") and len(out.splitlines()) == 1


def test_pins_made_in_the_window_count_on_the_command_line(content_copy, tmp_path):
    from reader.core.compare import PinStore

    library = Library(content_copy)
    a_block, b_block = passages(library.get(A))[-1].block_id, passages(library.get(B))[0].block_id
    PinStore(tmp_path).add(A, a_block, B, b_block)
    code, out, _ = cli("align", A, B, "--json", "--content-dir", str(content_copy), "--data-dir", str(tmp_path))
    assert code == 0
    assert {"a_block": a_block, "b_block": b_block, "score": 1.0} in [
        {k: r[k] for k in ("a_block", "b_block", "score")} for r in json.loads(out)]
