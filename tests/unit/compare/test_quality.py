"""The hand-checked pairs (tests/data/compare/pairs*.toml): best matches right, passages without
counterpart below the threshold. Floors at what the method reaches on each split, so a change
that loses pairs fails; tests/benchmarks/align_quality.py prints the figures step by step.

The floors are not the issue's target (≥ 85 % best match): the fresh and holdout splits,
sentence-level retellings labelled later, are far below it (about half of their paraphrases
right), and the note on issue 11 says why."""

import tomllib
from pathlib import Path

import pytest

from reader.core.compare import DEFAULT_THRESHOLD, align

LABELS = Path(__file__).resolve().parents[2] / "data" / "compare"
# share of pairs whose best candidate is the labelled block, per split: what the method reaches
# (dev 51/58 = 88 %, test 48/57 = 84 %, fresh 26/45 = 58 %, holdout 27/40 = 68 %), less a pair or two
BEST_FLOOR = {"dev": 0.83, "test": 0.83, "fresh": 0.55, "holdout": 0.62}
ABSENT_FLOOR = 0.80  # share of passages without counterpart that stay below the threshold (≥ 8 of 10)


@pytest.fixture(scope="module")
def labels():
    merged: dict = {"pair": [], "absent": []}
    for name in ("pairs.toml", "pairs_fresh.toml", "pairs_holdout.toml"):
        for kind, entries in tomllib.loads((LABELS / name).read_text(encoding="utf-8")).items():
            merged[kind] += entries
    return merged


@pytest.mark.parametrize("split", sorted(BEST_FLOOR))
def test_labelled_pairs_are_top_matches(library, labels, split):
    pairs = [p for p in labels["pair"] if p["split"] == split]
    right = []
    for p in pairs:
        best = align(library.get(p["a"]), library.get(p["b"])).best(p["a_block"], "a")
        right.append(bool(best) and best[0].b_block in {p["b_block"], *p.get("also", [])})
    assert pairs and sum(right) / len(pairs) >= BEST_FLOOR[split], f"{sum(right)}/{len(pairs)} best matches right"


@pytest.mark.parametrize("split", sorted(BEST_FLOOR))
def test_passages_without_counterpart_stay_below_the_threshold(library, labels, split):
    absent = [p for p in labels["absent"] if p["split"] == split]
    below = 0
    for p in absent:
        alignment = align(library.get(p["a"]), library.get(p["b"]))
        below += not alignment.counterparts(p["a_block"])
        assert all(c.score < 1.0 for c in alignment.best(p["a_block"], "a")), p["note"]
    assert absent and below / len(absent) >= ABSENT_FLOOR, f"{below}/{len(absent)} below {DEFAULT_THRESHOLD}"
