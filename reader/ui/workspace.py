"""The workspace: one to four reading panes side by side, and the one that has the focus.

As Mu's tab manager knows `current_tab`, the workspace knows `current`: menu actions, the table of
contents, find and the highlight keys all go to it. The window never keeps a pane of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from .pane.link_map import PaneSplitter
from .pane.reading_pane import ReadingPane

MAX_PANES = 4


class Workspace(QWidget):
    """Owns the reading panes (in a splitter) and knows which one is current."""

    paneAdded = Signal(object)  # the new ReadingPane
    paneClosed = Signal(object)  # the ReadingPane about to be deleted
    currentChanged = Signal(object)  # the ReadingPane that now has the focus

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("workspace")
        self.splitter = PaneSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("paneSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.panes: list[ReadingPane] = []
        self._current: ReadingPane | None = None
        self._pending_sizes: list[int] | None = None  # widths asked for before the first show
        QApplication.instance().focusChanged.connect(self._focus_changed)

    @property
    def current(self) -> ReadingPane:
        """The pane the user works in: the one that had the focus last (never None)."""
        return self._current

    def __len__(self) -> int:
        return len(self.panes)

    @property
    def full(self) -> bool:
        return len(self.panes) >= MAX_PANES

    def add_pane(self, after: ReadingPane | None = None) -> ReadingPane | None:
        """A new empty pane right of `after` (default: at the end); None when four are open."""
        if self.full:
            return None
        pane = ReadingPane(self.splitter)
        pane.setObjectName(f"readingPane{len(self.panes) + 1}")
        index = self.panes.index(after) + 1 if after in self.panes else len(self.panes)
        self.panes.insert(index, pane)
        self.splitter.insertWidget(index, pane)
        pane.activated.connect(lambda p=pane: self.set_current(p))
        self._even_sizes()
        self.paneAdded.emit(pane)
        if self._current is None:
            self.set_current(pane)
        self._update_accents()
        return pane

    def close_pane(self, pane: ReadingPane | None = None) -> bool:
        """Close `pane` (default: the current one); the last pane stays."""
        pane = pane or self._current
        if pane not in self.panes or len(self.panes) == 1:
            return False
        index = self.panes.index(pane)
        self.paneClosed.emit(pane)
        self.panes.remove(pane)
        if pane is self._current:
            self._current = None
            self.set_current(self.panes[min(index, len(self.panes) - 1)], focus=True)
        pane.hide()
        pane.setParent(None)
        pane.deleteLater()
        self._update_accents()
        return True

    def set_current(self, pane: ReadingPane, focus: bool = False) -> None:
        if pane not in self.panes:
            return
        if focus:
            pane.browser.setFocus(Qt.FocusReason.OtherFocusReason)
        if pane is self._current:
            return
        self._current = pane
        self._update_accents()
        self.currentChanged.emit(pane)

    def step(self, delta: int) -> ReadingPane:
        """Make the next (delta 1) or previous (-1) pane current, round the end, and focus it."""
        i = (self.panes.index(self._current) + delta) % len(self.panes)
        self.set_current(self.panes[i], focus=True)
        return self.panes[i]

    def showing(self, article_id: str) -> list[ReadingPane]:
        """The panes that show an article, the current one first."""
        panes = [p for p in self.panes if p.article is not None and p.article.id == article_id]
        return sorted(panes, key=lambda p: p is not self._current)

    def sizes(self) -> list[int]:
        return self.splitter.sizes()

    def set_sizes(self, sizes: list[int]) -> None:
        """Give the panes these widths (in proportion, once the window has its real size)."""
        if len(sizes) != len(self.panes) or not all(s > 0 for s in sizes):
            return
        if self.isVisible():
            self.splitter.setSizes(sizes)
        else:  # before the first show the splitter is tiny and would squeeze them to their minimum
            self._pending_sizes = list(sizes)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        pending, self._pending_sizes = self._pending_sizes, None
        if pending and len(pending) == len(self.panes):
            total = sum(self.splitter.sizes()) or sum(pending)
            self.splitter.setSizes([round(total * s / sum(pending)) for s in pending])

    def _even_sizes(self) -> None:
        width = max(self.splitter.width(), 400)
        self.splitter.setSizes([width // len(self.panes)] * len(self.panes))

    def _update_accents(self) -> None:
        several = len(self.panes) > 1
        for pane in self.panes:
            pane.set_current(several and pane is self._current)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        widget: QObject | None = new
        while widget is not None:
            if isinstance(widget, ReadingPane) and widget in self.panes:
                self.set_current(widget)
                return
            widget = widget.parent()
