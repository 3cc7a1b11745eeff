"""Compare mode's scrolling: the others follow the pane scrolled (by relative position or by
passage, through the chain's spans), and the bands between adjacent panes. A mixin of
`Comparing`, which holds the state it reads (`active`, `sync`, the caches, `alignment`)."""

from __future__ import annotations

from ...core.compare.scroll import anchors as prepared_anchors
from ...core.compare.scroll import map_position
from ..pane.reading_pane import ReadingPane

READING_LINE = 1 / 3  # the height of a pane's viewport at which passages are brought level


class PanesFollowing:
    """Comparing's methods that move the panes and measure where their passages are."""

    def hold(self, move) -> None:
        """Run `move` (which scrolls panes) without the others following it."""
        self._syncing = True
        try:
            move()
        finally:
            self._syncing = False

    def _scrolled(self, leader: ReadingPane) -> None:
        if self._syncing or not self.active or self.sync == "off" or leader.article is None:
            return
        self._syncing = True
        try:
            for follower in self.workspace.panes:
                if follower is leader or follower.locked or follower.article is None:
                    continue
                target = self.follow_position(leader, follower)
                if target is not None:
                    follower.browser.verticalScrollBar().setValue(round(target))
        finally:
            self._syncing = False

    def follow_position(self, leader: ReadingPane, follower: ReadingPane) -> float | None:
        """Where `follower` scrolls when `leader` is where it is (scroll bar values)."""
        bar, other = leader.browser.verticalScrollBar(), follower.browser.verticalScrollBar()
        if self.sync == "position":
            return other.maximum() * (bar.value() / bar.maximum()) if bar.maximum() > 0 else 0.0
        tops = self.scroll_anchors(leader, follower)
        if not tops:
            return None
        line_a = leader.browser.viewport().height() * READING_LINE
        line_b = follower.browser.viewport().height() * READING_LINE
        return map_position(tops, bar.value() + line_a) - line_b

    def scroll_anchors(self, leader: ReadingPane, follower: ReadingPane) -> list:
        """The chain's spans (`Alignment.spans`) as (leader y, follower y) at their tops and
        bottoms: between two matched spans the follower moves through what lies between, and a
        passage without counterpart is passed over, not stretched."""
        key = (id(leader), id(follower))
        cached = self._anchors.get(key)
        if cached is not None:
            return cached
        alignment = self.alignment(leader, follower)
        points = []
        for a_first, a_last, b_first, b_last in alignment.spans if alignment is not None else ():
            a0, a1 = self.extent(leader, a_first), self.extent(leader, a_last)
            b0, b1 = self.extent(follower, b_first), self.extent(follower, b_last)
            if None not in (a0, a1, b0, b1):
                points += [(a0[0], b0[0]), (a1[1], b1[1])]
        self._anchors[key] = prepared_anchors(points)
        return self._anchors[key]

    def extent(self, pane: ReadingPane, block_id: str) -> tuple[int, int] | None:
        """A block's top and bottom in the pane's document (cached until it is laid out anew)."""
        cache = self._extents.setdefault(id(pane), {})
        if block_id not in cache:
            cache[block_id] = pane.block_extent(block_id)
        return cache[block_id]

    def bands(self, left: ReadingPane, right: ReadingPane) -> list[tuple[int, int, int, int, float]]:
        """The matched passages of two adjacent panes that show in either viewport: (left top,
        left bottom, right top, right bottom, score) in viewport pixels."""
        if not self.active or self.preparing:  # no aligning in a paint: the worker is at it
            return []
        key = (id(left), id(right))
        in_document = self._bands.get(key)
        if in_document is None:
            alignment = self.alignment(left, right)
            in_document = []
            for pair in alignment.matches if alignment is not None else ():
                a, b = self.extent(left, pair.a_block), self.extent(right, pair.b_block)
                if a is not None and b is not None:
                    in_document.append((a[0], a[1], b[0], b[1], pair.score))
            self._bands[key] = in_document
        ly, ry = left.browser.verticalScrollBar().value(), right.browser.verticalScrollBar().value()
        lh, rh = left.browser.viewport().height(), right.browser.viewport().height()
        out = []
        for a0, a1, b0, b1, score in in_document:
            a0, a1, b0, b1 = a0 - ly, a1 - ly, b0 - ry, b1 - ry
            if (a1 >= 0 and a0 <= lh) or (b1 >= 0 and b0 <= rh):
                out.append((a0, a1, b0, b1, score))
        return out
