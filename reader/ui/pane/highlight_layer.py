"""Highlights in a reading pane: where each one is in the document as shown, what is selected,
what the mouse points at. The pane paints them with its marks (PaneMarks._paint_marks)."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextCursor

from ...core.content.blocks import LAYOUT_SPACES as _SPACES
from ...core.text.words import snap_selection


class PaneHighlights:
    """The part of ReadingPane that places highlights and reads the selection."""

    def set_highlights(self, highlights: list, colors: dict[str, str]) -> None:
        """Paint `highlights` (of the article shown) in `colors` (key → "#rrggbb"), in any script."""
        self._highlights = [h for h in highlights if self.article is not None and h.article_id == self.article.id]
        self._highlight_colors = dict(colors)
        self._place_highlights()
        self._paint_marks(announce=False)

    def highlight_spans(self) -> list[tuple[str, str]]:
        """(highlight id, the text it covers as shown) for every highlight painted."""
        return [(hid, self._span_text(s, e)) for s, e, hid in self._highlight_spans]

    def _place_highlights(self) -> None:
        self._highlight_spans = []
        self._highlight_color_of = {h.id: h.color for h in self._highlights}
        if self.article is None or self.shown is None or not self._highlights:
            return
        from ...core.highlights.anchoring import shown_span  # not needed to show an article
        original = {b.id: b.text for b in self.article.blocks}
        shown = {b.id: b.text for b in self.shown.blocks}
        for h in self._highlights:
            if h.detached or h.block_id not in original or h.block_id not in self._anchor_pos:
                continue
            converted = shown.get(h.block_id)
            as_shown = None if converted == original[h.block_id] else converted
            try:
                s, e = shown_span(original[h.block_id], h.start, h.end, as_shown)
            except (ValueError, IndexError):
                continue
            span = self._map.span(h.block_id, s, e)
            if span is not None:
                self._highlight_spans.append((*span, h.id))
        self._highlight_spans.sort()

    def document_span(self, block_id: str, start: int, end: int) -> tuple[int, int] | None:
        """Characters [start, end) of a block's text as shown → document positions [start, end)."""
        return self._map.span(block_id, start, end) if self._map is not None else None

    def shown_block_text(self, block_id: str) -> str:
        """A block's text as the pane shows it (in its script mode)."""
        return next((b.text for b in self.shown.blocks if b.id == block_id), "") if self.shown else ""

    def selection_in_block(self) -> tuple[str, int, int, str] | None:
        """The selection as (block id, start, end, block text as shown), offsets into that text;
        a selection over several passages is cut at the end of the first. None: nothing chosen."""
        cursor = self.browser.textCursor()
        if not cursor.hasSelection() or self.shown is None or not self._anchor_order:
            return None
        text_map = self._map
        a, b = text_map.from_qt(cursor.selectionStart()), text_map.from_qt(cursor.selectionEnd())
        raw = text_map.raw()
        # the passage holding the first selected character that is not a space
        while a < b and raw[a] in _SPACES:
            a += 1
        if a >= b:
            return None
        block_id = text_map.block_at(text_map.to_qt(a))
        if block_id is None or block_id not in text_map.texts:
            return None
        start, end = text_map.offsets(block_id, cursor.selectionStart(), cursor.selectionEnd())
        text = self.shown_block_text(block_id)
        start, end = snap_selection(text, start, end)
        if end <= start:
            return None
        return block_id, start, end, text

    def highlight_at(self, pos: QPoint | None = None) -> str | None:
        """The id of the highlight under a viewport point (default: the text cursor)."""
        at = self.browser.cursorForPosition(pos).position() if pos is not None else self.browser.textCursor().position()
        for start, end, hid in self._highlight_spans:
            if start <= at < end or (pos is None and start <= at <= end):
                return hid
        return None

    def highlight_tooltip(self, point: QPoint) -> str:
        """What hovering a highlight shows: its note and tags ("" when there is no highlight)."""
        hid = self.highlight_at(point)
        h = next((h for h in self._highlights if h.id == hid), None)
        if h is None:
            return ""
        lines = [h.note.strip()] if h.note.strip() else []
        if h.tags:
            lines.append(" ".join(f"#{t}" for t in h.tags))
        return "\n".join(lines) or self.tr("Highlight (N: add a note)")

    def scroll_to_highlight(self, highlight_id: str) -> bool:
        span = next(((s, e) for s, e, hid in self._highlight_spans if hid == highlight_id), None)
        if span is None:
            return False
        self.note_jump()
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(span[0])
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
        return True
