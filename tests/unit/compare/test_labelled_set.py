"""The hand-labelled sets of parallel passages (tests/data/compare/pairs*.toml) are well formed.

pairs.toml (dev and test splits) came first; pairs_fresh.toml (split fresh) and
pairs_holdout.toml (split holdout) were labelled later, each by reading, with sentence-level
retellings and the entries of the earlier files left out.

It is ground truth for an aligner, so a label that points at a block that no longer exists, or
that contradicts another label, would silently skew every measurement made with it.
"""

from __future__ import annotations

import tomllib
from collections import Counter
from pathlib import Path

import pytest

from reader.core.content.library import Library

REPO = Path(__file__).resolve().parents[3]
LABELS = REPO / "tests" / "data" / "compare"
PAIRS_FILE = LABELS / "pairs.toml"
SPLITS_OF = {"pairs.toml": {"dev", "test"}, "pairs_fresh.toml": {"fresh"}, "pairs_holdout.toml": {"holdout"}}
CONTENT = REPO / "content"

PAIR_KEYS = {"a", "a_block", "b", "b_block", "kind", "split", "note"}
ABSENT_KEYS = {"a", "a_block", "b", "split", "note"}
KINDS = {"paraphrase", "close"}


def _load(name: str) -> dict:
    with (LABELS / name).open("rb") as f:
        return tomllib.load(f)


def test_every_label_file_is_known():
    assert {f.name for f in LABELS.glob("pairs*.toml")} <= set(SPLITS_OF)


@pytest.fixture(scope="module", params=[n for n in SPLITS_OF if (LABELS / n).is_file()])
def any_labels(request) -> tuple[str, dict]:
    return request.param, _load(request.param)


@pytest.fixture(scope="module")
def labels() -> dict:
    return _load(PAIRS_FILE.name)


@pytest.fixture(scope="module")
def block_ids() -> dict[str, set[str]]:
    library = Library(CONTENT)
    assert not [a.id for a in library if a.error], "every bundled article should load"
    return {a.id: {b.id for b in a.blocks} for a in library}


def test_only_pairs_and_absent_entries(any_labels):
    _, labels = any_labels
    assert set(labels) == {"pair", "absent"}


def test_entries_have_exactly_the_documented_fields(any_labels):
    name, labels = any_labels
    splits = SPLITS_OF[name]
    for p in labels["pair"]:
        assert PAIR_KEYS <= set(p) <= PAIR_KEYS | {"also"}, p
        assert p["kind"] in KINDS, p
        assert p["split"] in splits, p
        assert p["note"].strip(), p
        assert isinstance(p.get("also", []), list), p
    for e in labels["absent"]:
        assert set(e) == ABSENT_KEYS, e
        assert e["split"] in splits, e
        assert e["note"].strip(), e


def test_every_article_and_block_exists(any_labels, block_ids):
    _, labels = any_labels
    for p in labels["pair"]:
        assert p["a"] in block_ids and p["b"] in block_ids, p
        assert p["a_block"] in block_ids[p["a"]], p
        for b in [p["b_block"], *p.get("also", [])]:
            assert b in block_ids[p["b"]], (b, p)
    for e in labels["absent"]:
        assert e["a"] in block_ids and e["b"] in block_ids, e
        assert e["a_block"] in block_ids[e["a"]], e


def test_labels_are_between_different_articles(any_labels):
    _, labels = any_labels
    for entry in labels["pair"] + labels["absent"]:
        assert entry["a"] != entry["b"], entry


def test_also_blocks_are_extra_blocks(any_labels):
    _, labels = any_labels
    for p in labels["pair"]:
        also = p.get("also", [])
        assert p["b_block"] not in also and len(set(also)) == len(also), p


def test_the_labelled_passage_is_a_passage_not_a_heading_or_table(any_labels):
    """What is asked about is a paragraph, list item or quote; its counterpart may be anything (an
    outlet may say it only in a heading, which the aligner then cannot match: a miss, on purpose)."""
    _, labels = any_labels
    for p in labels["pair"]:
        assert p["a_block"].split("-")[0] in {"p", "li", "q"}, p
    for e in labels["absent"]:
        assert e["a_block"].split("-")[0] in {"p", "li", "q"}, e


def test_later_files_leave_out_what_earlier_ones_label():
    """A passage labelled in one file, or given as a counterpart there, is not asked about again
    for the same two articles in a later file, so each file measures on passages the others have
    not (a later file may still name an earlier passage as a counterpart)."""
    seen: set[tuple[str, str, str]] = set()
    for name in SPLITS_OF:
        if not (LABELS / name).is_file():
            continue
        labels = _load(name)
        asked = {(p["a"], p["a_block"], p["b"]) for p in labels["pair"] + labels["absent"]}
        # a labelled pair seen from b: its counterpart blocks are passages of b asked about in a
        answered = {(p["b"], b, p["a"]) for p in labels["pair"] for b in [p["b_block"], *p.get("also", [])]}
        assert not asked & seen, (name, sorted(asked & seen)[:3])
        seen |= asked | answered


def test_no_duplicates_and_no_contradictions(any_labels):
    _, labels = any_labels
    pairs = [(p["a"], p["a_block"], p["b"], p["b_block"]) for p in labels["pair"]]
    assert len(pairs) == len(set(pairs))
    absent = [(e["a"], e["a_block"], e["b"]) for e in labels["absent"]]
    assert len(absent) == len(set(absent))
    # a block cannot both have a counterpart in B and have none
    paired = {(a, ab, b) for a, ab, b, _ in pairs}
    assert not paired & set(absent)
    # nor may the same two blocks be labelled in both directions with different verdicts
    counterpart_blocks = {(p["b"], x, p["a"]) for p in labels["pair"] for x in [p["b_block"], *p.get("also", [])]}
    assert not counterpart_blocks & set(absent)


def test_counts_and_spread(labels):
    pairs, absent = labels["pair"], labels["absent"]
    assert len(pairs) >= 60
    assert sum(p["kind"] == "paraphrase" for p in pairs) >= 35
    assert len(absent) >= 20
    by_articles = Counter(frozenset((p["a"], p["b"])) for p in pairs)
    for a, b in [("shuzi-kaiwu-transcript", "xinzhiyuan-agi-decade"),
                 ("shuzi-kaiwu-transcript", "dwarkesh-notes"),
                 ("shuzi-kaiwu-transcript", "ghosts-not-animals"),
                 ("dwarkesh-notes", "xinzhiyuan-agi-decade"),
                 ("ghosts-not-animals", "xinzhiyuan-agi-decade")]:
        assert by_articles[frozenset((a, b))] >= 5, (a, b)
    assert len({frozenset((e["a"], e["b"])) for e in absent}) >= 5


@pytest.mark.parametrize("section", ["pair", "absent"])
def test_dev_and_test_splits_are_about_half_each(labels, section):
    splits = Counter(e["split"] for e in labels[section])
    assert abs(splits["dev"] - splits["test"]) <= 1, splits
    if section == "pair":
        for kind in KINDS:
            of_kind = Counter(p["split"] for p in labels["pair"] if p["kind"] == kind)
            assert min(of_kind["dev"], of_kind["test"]) >= len([p for p in labels["pair"] if p["kind"] == kind]) // 4, (kind, of_kind)
