"""Scroll sync: a position in one pane mapped to the other through the chain's anchors.

The GUI passes the top of each anchor's block in both panes (pixels, or characters: any unit
that grows down the page); between two anchors the position is interpolated, as Meld does
between the chunks of a diff, and before the first or after the last anchor it moves one for one.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence


def map_position(chain_tops: Sequence[tuple[float, float]], y: float) -> float:
    """`y` in pane A → the matching position in pane B, piecewise linear through the anchors
    (a_top, b_top) of the chain (sorted by a_top, as the chain is). O(log n)."""
    if not chain_tops:
        return y
    a_tops = [a for a, _ in chain_tops] if not isinstance(chain_tops, _Anchors) else chain_tops.a_tops
    k = bisect_right(a_tops, y)
    if k == 0:
        a0, b0 = chain_tops[0]
        return b0 + (y - a0)
    if k == len(chain_tops):
        a1, b1 = chain_tops[-1]
        return b1 + (y - a1)
    (a0, b0), (a1, b1) = chain_tops[k - 1], chain_tops[k]
    if a1 == a0:
        return b1
    return b0 + (y - a0) * (b1 - b0) / (a1 - a0)


class _Anchors(list):
    """Anchors with their a_tops kept aside, so mapping many positions costs no list building."""

    def __init__(self, tops: Sequence[tuple[float, float]]):
        super().__init__(tops)
        self.a_tops = [a for a, _ in tops]


def anchors(chain_tops: Sequence[tuple[float, float]]) -> Sequence[tuple[float, float]]:
    """`chain_tops` prepared for many calls of `map_position` (each then costs one bisection):
    sorted, and an anchor that would go back in b left out (a long passage's bottom can pass the
    next one's top), so the mapping never runs backwards."""
    kept, last_b = [], float("-inf")
    for a, b in sorted(chain_tops):
        if b >= last_b:
            kept.append((a, b))
            last_b = b
    return _Anchors(kept)
