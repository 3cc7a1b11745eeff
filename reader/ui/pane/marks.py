"""Marks in a reading pane: search hits and find-in-article, painted over the highlights."""

from __future__ import annotations

import bisect

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from ...core.script.modes import needle_as_shown
from ..themes import LIGHT, highlight_background
from .text_map import document_text


class PaneMarks:
    """The part of ReadingPane that finds, paints and steps through marked hits."""

    def set_marks(self, needles: list[str], near_block: str | None = None, source: str = "search") -> int:
        """Mark every occurrence of the canonical `needles` (matched as search matches, in any
        script); with `near_block`, make the first hit from that block current and show it."""
        self._mark_needles = [n for n in needles if n]
        self._marks_from = source if self._mark_needles else ""
        self._find_marks()
        self._current_mark = -1
        if self._marks and near_block is not None:
            self.note_jump()  # a search hit
            pos = self._anchor_pos.get(near_block, 0)
            i = bisect.bisect_left(self._marks, (pos, -1))
            self._current_mark = min(i, len(self._marks) - 1)
            self._show_current()
        self._paint_marks()
        return len(self._marks)

    def clear_marks(self) -> None:
        self.set_marks([])

    def step_mark(self, delta: int) -> None:
        """Go to the next (+1) or previous (-1) hit; the first step starts from the viewport."""
        if not self._marks:
            self.marksChanged.emit(0, 0)
            return
        if self._current_mark < 0:
            top = self._top_position()
            i = bisect.bisect_left(self._marks, (top, -1))
            self._current_mark = i % len(self._marks) if delta > 0 else (i - 1) % len(self._marks)
        else:
            self._current_mark = (self._current_mark + delta) % len(self._marks)
        self._show_current()
        self._paint_marks()

    def marked_texts(self) -> list[str]:
        """The text of every hit as the pane shows it (for tests and the status bar)."""
        return [self._span_text(s, e) for s, e in self._marks]

    def current_mark(self) -> tuple[int, str]:
        """(1-based index, text) of the current hit; (0, "") when none is current."""
        if self._current_mark < 0 or not self._marks:
            return 0, ""
        return self._current_mark + 1, self._span_text(*self._marks[self._current_mark])

    def open_find(self) -> None:
        selected = self.browser.textCursor().selectedText().strip()
        self.find_bar.open_bar(selected if 0 < len(selected) <= 50 else "")

    def _find(self, typed: str) -> None:
        from ...core.search.query import needle_text  # search's matching: loaded when first needed, not at start

        needle = needle_text(typed) if typed.strip() else ""
        self.set_marks([needle] if needle else [], near_block=None, source="find")
        if self._marks:  # like a browser: the first hit at or below the top of the view
            top_pos = self._top_position()
            i = bisect.bisect_left(self._marks, (top_pos, -1))
            self._current_mark = i % len(self._marks)
            self._show_current()
            self._paint_marks()

    def _find_closed(self) -> None:
        if self._marks_from == "find":
            self.clear_marks()
        self.browser.setFocus()

    def _find_marks(self) -> None:
        if not self._mark_needles:
            self._marks = []
            return
        from ...core.search.snippet import find_spans

        text, to_qt = document_text(self.browser.document())
        self._marks = [(to_qt(s), to_qt(e)) for s, e in find_spans(self._shown_needles(), text)]

    def _shown_needles(self) -> list[str]:
        """The needles, plus what regional vocabulary made of them in this pane (软件 shown as
        軟體 is still a hit for 软件)."""
        needles = list(self._mark_needles)
        article = self.article
        if not self.effective_vocabulary or article is None or not article.script:
            return needles
        for needle in self._mark_needles:
            variant = needle_as_shown(needle, article.script, self.script_mode, vocabulary=True)
            if variant and variant not in needles:
                needles.append(variant)
        return needles

    def _span_text(self, start: int, end: int) -> str:
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    def _show_current(self) -> None:
        start, _end = self._marks[self._current_mark]
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(start)
        rect = self.browser.cursorRect(cursor)
        height = self.browser.viewport().height()
        if rect.top() < height // 8 or rect.bottom() > height - height // 8:
            bar = self.browser.verticalScrollBar()
            bar.setValue(bar.value() + rect.top() - height // 3)

    def _paint_marks(self, announce: bool = True) -> None:
        """Paint highlights, then search and find hits over them (all as extra selections)."""
        theme = self._theme or LIGHT
        plain, current = QTextCharFormat(), QTextCharFormat()
        plain.setBackground(QColor(theme.mark))
        current.setBackground(QColor(theme.mark_current))
        selections = self._passage_selections()  # compare mode's passage tints, under everything
        doc = self.browser.document()
        formats: dict[str, QTextCharFormat] = {}
        for start, end, hid in self._highlight_spans:
            key = self._highlight_color_of.get(hid, "")
            fmt = formats.get(key)
            if fmt is None:
                fmt = formats[key] = QTextCharFormat()
                fmt.setBackground(QColor(highlight_background(self._highlight_colors.get(key, "#ffe066"), theme)))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = fmt
            selections.append(selection)
        for i, (start, end) in enumerate(self._marks):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(doc)
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            selection.format = current if i == self._current_mark else plain
            selections.append(selection)
        self.browser.setExtraSelections(selections)
        if announce:
            self.marksChanged.emit(self._current_mark + 1, len(self._marks))
