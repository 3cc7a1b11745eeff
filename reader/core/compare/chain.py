"""The in-order chain: the heaviest run of pairs that goes forward in both articles at once.

Scroll sync follows it, and a pair's agreement with it tells a retelling from a passage that only
shares words. It is a weighted longest increasing subsequence (O(n log n) with a Fenwick tree of
running maxima); pins split both articles into stretches, as Meld's sync points split a diff
into chunks, and the chain goes through every pin and is found stretch by stretch. Scroll sync
follows spans (`chain_spans`): each link widened to the neighbours that retell the same passage.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence

Link = tuple[int, int, float]  # (index in a, index in b, weight)


def heaviest_chain(links: Sequence[Link]) -> list[Link]:
    """The links, increasing strictly in both indices, whose weights add up to the most; ties go
    to the chain that comes first in (a, b) order, so the result does not depend on input order."""
    if not links:
        return []
    order = sorted(set(links), key=lambda l: (l[0], -l[1], -l[2]))
    bs = sorted({l[1] for l in order})
    rank = {b: r + 1 for r, b in enumerate(bs)}
    size = len(bs)
    tree: list[tuple[float, int]] = [(0.0, -1)] * (size + 1)  # (best total, index of its last link)
    best_total = [0.0] * len(order)
    back = [-1] * len(order)

    def query(r: int) -> tuple[float, int]:
        best = (0.0, -1)
        while r > 0:
            if tree[r][0] > best[0]:
                best = tree[r]
            r -= r & -r
        return best

    def update(r: int, value: tuple[float, int]) -> None:
        while r <= size:
            if value[0] > tree[r][0]:
                tree[r] = value
            r += r & -r

    # within one index of a, the larger b comes first, so a chain never takes two links of one a
    for k, (_, b, w) in enumerate(order):
        prev_total, prev = query(rank[b] - 1)
        best_total[k] = prev_total + w
        back[k] = prev
        update(rank[b], (best_total[k], k))
    k = max(range(len(order)), key=lambda x: (best_total[x], -x))
    chain: list[Link] = []
    while k != -1:
        chain.append(order[k])
        k = back[k]
    chain.reverse()
    return chain


def chain_through(links: Sequence[Link], pins: Sequence[tuple[int, int]]) -> list[Link]:
    """The heaviest chain that passes through every pin (pins in order, as `ordered_pins` gives
    them); between two pins only links inside both stretches count."""
    if not pins:
        return heaviest_chain(links)
    bounds = [(-1, -1), *pins, (1 << 60, 1 << 60)]
    a_bounds = [a for a, _ in bounds]
    pinned = set(pins)
    stretches: list[list[Link]] = [[] for _ in range(len(bounds) - 1)]
    for l in links:  # each link into the one stretch it can lie in: O(n log n) however many pins
        k = bisect_right(a_bounds, l[0]) - 1
        if 0 <= k < len(stretches) and a_bounds[k] < l[0] and bounds[k][1] < l[1] < bounds[k + 1][1] \
                and (l[0], l[1]) not in pinned:
            stretches[k].append(l)
    out: list[Link] = []
    for k, inside in enumerate(stretches):
        out.extend(heaviest_chain(inside))
        if bounds[k + 1] in pinned:
            out.append((*bounds[k + 1], 1.0))
    return out


def ordered_pins(pins: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The pins that can stand in one chain: sorted by a, a pin that would go back in b (or
    reuse a passage) is left out of the chain (it still counts as a pair)."""
    chosen = heaviest_chain([(a, b, 1.0) for a, b in pins])
    return [(a, b) for a, b, _ in chosen]


SPAN_REACH = 6  # passages: how far a span looks past its pair for more of the same retelling
Span = tuple[int, int, int, int]  # (first, last passage of a; first, last passage of b)


def chain_spans(chain: Sequence[Link], best_a: dict[int, tuple[int, float]],
                best_b: dict[int, tuple[int, float]], floor: float, n_a: int, n_b: int) -> list[Span]:
    """Each link of the chain widened to the passages next to it that retell the same passage:
    a run of a's passages whose best counterpart (scoring at least `floor`) is the link's passage
    of b, and the same from b. A retelling often spreads one answer over several list items, and
    the chain (strictly in order) can hold only one of them; scroll sync follows the whole run.
    `best_a` maps a passage of a to (its best passage of b, score), `best_b` the other way;
    `n_a`, `n_b` are the numbers of passages."""
    out: list[Span] = []
    a_done = b_done = -1  # the last passages the spans so far took in: the next starts after them
    for k, (i, j, _w) in enumerate(chain):
        a_next = chain[k + 1][0] if k + 1 < len(chain) else n_a
        b_next = chain[k + 1][1] if k + 1 < len(chain) else n_b
        span = (_run(i, j, best_a, a_done, -1, floor), _run(i, j, best_a, a_next, 1, floor),
                _run(j, i, best_b, b_done, -1, floor), _run(j, i, best_b, b_next, 1, floor))
        out.append(span)
        a_done, b_done = span[1], span[3]
    return out


def _run(start: int, other: int, best: dict[int, tuple[int, float]], bound: int, step: int, floor: float) -> int:
    """The passage farthest from `start` towards `bound` (exclusive) whose best counterpart is
    `other`; passages between that retell something else do not stop it (an aside between two
    retold sentences)."""
    at = far = start
    while at + step != bound and (at - start) * step < SPAN_REACH:
        at += step
        found = best.get(at)
        if found is not None and found[0] == other and found[1] >= floor:
            far = at
    return far
