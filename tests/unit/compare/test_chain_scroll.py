import random

import pytest

from reader.core.compare import map_position
from reader.core.compare.chain import chain_through, heaviest_chain, ordered_pins
from reader.core.compare.scroll import anchors


def _brute(links):
    best = (0.0, [])
    n = len(links)
    for mask in range(1 << n):
        chosen = sorted((links[k] for k in range(n) if mask >> k & 1), key=lambda l: (l[0], l[1]))
        if all(x[0] < y[0] and x[1] < y[1] for x, y in zip(chosen, chosen[1:])):
            total = sum(l[2] for l in chosen)
            if total > best[0] + 1e-12:
                best = (total, chosen)
    return best[0]


def test_heaviest_chain_is_the_heaviest_increasing_run():
    rng = random.Random(7)
    for _ in range(200):
        links = list({(rng.randrange(6), rng.randrange(6)): rng.random() for _ in range(rng.randrange(1, 10))}.items())
        links = [(i, j, w) for (i, j), w in links]
        chain = heaviest_chain(links)
        assert all(x[0] < y[0] and x[1] < y[1] for x, y in zip(chain, chain[1:]))
        assert sum(l[2] for l in chain) == pytest.approx(_brute(links))


def test_heaviest_chain_does_not_depend_on_input_order():
    links = [(0, 0, 0.5), (1, 1, 0.5), (1, 0, 0.5), (0, 1, 0.5), (2, 2, 0.9)]
    assert heaviest_chain(links) == heaviest_chain(list(reversed(links)))


def test_the_chain_runs_through_the_pins():
    links = [(0, 5, 0.9), (1, 1, 0.6), (2, 2, 0.6), (4, 0, 0.9), (5, 6, 0.7)]
    chain = chain_through(links, ordered_pins([(3, 3)]))
    assert (3, 3, 1.0) in chain
    assert [(i, j) for i, j, _ in chain] == [(1, 1), (2, 2), (3, 3), (5, 6)]
    assert ordered_pins([(3, 3), (1, 5), (5, 6)]) in ([(3, 3), (5, 6)], [(1, 5), (5, 6)])


def test_map_position_interpolates_between_anchors():
    tops = [(0.0, 0.0), (100.0, 300.0), (200.0, 350.0)]
    assert map_position(tops, 50.0) == 150.0
    assert map_position(tops, 150.0) == 325.0
    assert map_position(tops, 100.0) == 300.0
    assert map_position(tops, 250.0) == 400.0  # past the last anchor: one for one
    assert map_position([(10.0, 40.0)], 0.0) == 30.0
    assert map_position([], 12.5) == 12.5
    prepared = anchors(tops)
    assert [map_position(prepared, y) for y in (50.0, 150.0, 250.0)] == [150.0, 325.0, 400.0]


def test_map_position_is_monotonic():
    rng = random.Random(3)
    a = sorted(rng.sample(range(1_000_000), 2000))
    b = sorted(rng.sample(range(1_000_000), 2000))
    prepared = anchors(list(zip(map(float, a), map(float, b))))
    ys = sorted(rng.uniform(0, 1_000_000) for _ in range(1000))
    mapped = [map_position(prepared, y) for y in ys]
    assert mapped == sorted(mapped)
    # its speed (≤ 1 ms a position) is a benchmark's: tests/benchmarks/align.py, compare_scroll.py


def test_anchors_that_would_go_back_are_left_out():
    prepared = anchors([(30.0, 60.0), (0.0, 0.0), (20.0, 40.0), (10.0, 50.0)])
    assert list(prepared) == [(0.0, 0.0), (10.0, 50.0), (30.0, 60.0)]
    assert map_position(prepared, 20.0) == 55.0


def test_a_span_takes_in_the_neighbours_that_retell_the_same_passage():
    from reader.core.compare.chain import chain_spans

    chain = [(2, 1, 0.9), (6, 4, 0.8)]
    # a: passages 0 and 1 retell b's 1 too (1 weakly), 3 is an aside, 4 retells b's 1 again,
    # 5 retells b's 4 but scores below the floor; b: passage 5 retells a's 6
    best_a = {0: (1, 0.5), 1: (1, 0.2), 3: (7, 0.6), 4: (1, 0.45), 5: (4, 0.1)}
    best_b = {5: (6, 0.4), 0: (2, 0.35)}
    spans = chain_spans(chain, best_a, best_b, 0.3, n_a=8, n_b=6)
    assert spans == [(0, 4, 0, 1), (6, 6, 4, 5)]
    # nothing to widen: the chain as it is
    assert chain_spans(chain, {}, {}, 0.3, 8, 6) == [(2, 2, 1, 1), (6, 6, 4, 4)]
