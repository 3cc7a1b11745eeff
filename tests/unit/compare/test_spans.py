"""Alignment.spans, what scroll sync follows: in order, through the chain, symmetric, and holding
the labelled pairs that keep their order (the GUI's scroll test asks 90 % of them to follow)."""

import tomllib
from pathlib import Path

import pytest

from reader.core.compare import align
from reader.core.compare.passages import passages

PAIRS = Path(__file__).resolve().parents[2] / "data" / "compare" / "pairs.toml"
NOTES, TRANSCRIPT = "dwarkesh-notes", "shuzi-kaiwu-transcript"
SPAN_FLOOR = 0.8  # share of the labelled in-order pairs inside a span (dev 24/28, test 25/28)
CHAIN_FLOOR = 0.45  # share of them that are pairs of the chain itself (dev 14/28, test 14/28; 13/28 before CHAIN_WEIGHTS)


def _in_reading_order(pairs, a_pos, b_pos):
    """The largest set of labelled pairs in order in both articles (as the GUI test counts them)."""
    items = sorted((a_pos[a], min(b_pos[b] for b in bs), a, bs) for a, bs in pairs)
    best = [[] for _ in items]
    for i, (_ai, bi, *_rest) in enumerate(items):
        best[i] = max((best[j] for j in range(i) if items[j][1] < bi), key=len, default=[]) + [i]
    return [(items[i][2], items[i][3]) for i in max(best, key=len, default=[])]


def _positions(article):
    return {p.block_id: p.index for p in passages(article)}


def test_spans_are_in_order_and_hold_the_chain(library):
    a, b = library.get(NOTES), library.get(TRANSCRIPT)
    alignment = align(a, b)
    a_pos, b_pos = _positions(a), _positions(b)
    spans = [(a_pos[w], a_pos[x], b_pos[y], b_pos[z]) for w, x, y, z in alignment.spans]
    assert len(spans) >= len(alignment.chain)
    assert all(a0 <= a1 and b0 <= b1 for a0, a1, b0, b1 in spans)
    assert all(s[1] < t[0] and s[3] < t[2] for s, t in zip(spans, spans[1:]))
    for pair in alignment.chain:
        i, j = a_pos[pair.a_block], b_pos[pair.b_block]
        assert any(a0 <= i <= a1 and b0 <= j <= b1 for a0, a1, b0, b1 in spans)


def test_spans_are_the_same_seen_from_either_article(library):
    a, b = library.get(NOTES), library.get(TRANSCRIPT)
    forward, backward = align(a, b), align(b, a)
    assert backward.spans == tuple((y, z, w, x) for w, x, y, z in forward.spans)


def test_no_chain_no_spans(library):
    a = library.get(TRANSCRIPT)
    assert align(a, a).spans == tuple((x.a_block, x.a_block, x.b_block, x.b_block) for x in align(a, a).chain)


@pytest.mark.parametrize("split", ["dev", "test"])
def test_spans_hold_the_labelled_pairs_that_keep_their_order(library, split):
    labels = tomllib.loads(PAIRS.read_text(encoding="utf-8"))
    pairs = []
    for p in labels["pair"]:
        if p["split"] != split:
            continue
        if (p["a"], p["b"]) == (NOTES, TRANSCRIPT):
            pairs.append((p["a_block"], {p["b_block"], *p.get("also", [])}))
        elif (p["a"], p["b"]) == (TRANSCRIPT, NOTES):
            pairs.append((p["b_block"], {p["a_block"]}))
    a, b = library.get(NOTES), library.get(TRANSCRIPT)
    a_pos, b_pos = _positions(a), _positions(b)
    in_order = _in_reading_order(pairs, a_pos, b_pos)
    alignment = align(a, b)
    spans = [(a_pos[w], a_pos[x], b_pos[y], b_pos[z]) for w, x, y, z in alignment.spans]
    held = sum(any(a0 <= a_pos[x] <= a1 and any(b0 <= b_pos[y] <= b1 for y in ys) for a0, a1, b0, b1 in spans)
               for x, ys in in_order)
    assert len(in_order) >= 20 and held >= SPAN_FLOOR * len(in_order), f"{held}/{len(in_order)} in a span"
    chain = {(p.a_block, p.b_block) for p in alignment.chain}
    in_chain = sum(any((x, y) in chain for y in ys) for x, ys in in_order)
    assert in_chain >= CHAIN_FLOOR * len(in_order), f"{in_chain}/{len(in_order)} in the chain"
