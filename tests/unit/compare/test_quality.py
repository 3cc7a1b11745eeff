"""The hand-checked pairs (tests/data/compare/pairs.toml): best matches right, passages without
counterpart below the threshold. Floors at what the method reaches, so a change that loses
pairs fails; tests/benchmarks/align_quality.py prints the figures step by step."""

import tomllib
from pathlib import Path

import pytest

from reader.core.compare import DEFAULT_THRESHOLD, align

PAIRS = Path(__file__).resolve().parents[2] / "data" / "compare" / "pairs.toml"
BEST_FLOOR = 0.83  # share of pairs whose best candidate is the labelled block (dev 88 %, test 84 %)
ABSENT_FLOOR = 0.80  # share of passages without counterpart that stay below the threshold (≥ 8 of 10)

@pytest.fixture(scope="module")
def labels():
    return tomllib.loads(PAIRS.read_text(encoding="utf-8"))


@pytest.mark.parametrize("split", ["dev", "test"])
def test_labelled_pairs_are_top_matches(library, labels, split):
    pairs = [p for p in labels["pair"] if p["split"] == split]
    right = []
    for p in pairs:
        best = align(library.get(p["a"]), library.get(p["b"])).best(p["a_block"], "a")
        right.append(bool(best) and best[0].b_block in {p["b_block"], *p.get("also", [])})
    assert pairs and sum(right) / len(pairs) >= BEST_FLOOR, f"{sum(right)}/{len(pairs)} best matches right"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_passages_without_counterpart_stay_below_the_threshold(library, labels, split):
    absent = [p for p in labels["absent"] if p["split"] == split]
    below = 0
    for p in absent:
        alignment = align(library.get(p["a"]), library.get(p["b"]))
        below += not alignment.counterparts(p["a_block"])
        assert all(c.score < 1.0 for c in alignment.best(p["a_block"], "a")), p["note"]
    assert absent and below / len(absent) >= ABSENT_FLOOR, f"{below}/{len(absent)} below {DEFAULT_THRESHOLD}"
