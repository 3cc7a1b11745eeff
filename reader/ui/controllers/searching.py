"""Search in the window: the search panel and its dock, the index's progress in the status bar,
and a hit opened in the current pane (or, with Ctrl, in a new one)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ..panels.search_panel import SearchPanel


class Searching(QObject):
    """Connects the search panel to the window's index and panes."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.panel = SearchPanel(window)
        self.panel.passageActivated.connect(self.open_passage)
        self.panel.repaired.connect(lambda message: window.messages.warning(message, 10000))
        self.panel.converter_for = window.scripts.converter_for
        self.panel.as_you_type = window.settings.search_as_you_type
        self.dock = window.add_dock("searchDock", self.panel, Qt.DockWidgetArea.LeftDockWidgetArea)
        window.tabifyDockWidget(window.library_dock, self.dock)
        if not window.restoreDockWidget(self.dock):
            window.library_dock.raise_()
        indexing = window.indexing
        indexing.started.connect(self._index_started)
        indexing.progressed.connect(self._index_progressed)
        indexing.ready.connect(self._index_ready)
        indexing.failed.connect(self._index_failed)

    def show(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.focus_box()

    def open_passage(self, article_id: str, block_id: str, needles: list, new_pane: bool = False) -> bool:
        """Open a search result in the current pane (or a new one): scrolled to the passage, every
        hit marked."""
        window = self.window
        if new_pane:
            pane = window.open_in_new_pane(article_id)
            if pane is None:
                return False
        else:
            pane = window.workspace.current
            if pane.article is None or pane.article.id != article_id:
                if not window.open_article(article_id, pane):
                    return False
        found = pane.set_marks(list(needles), near_block=block_id or None)
        window.messages.info(self.tr("{0} hits in this article · F3 next, Shift+F3 previous").format(found), 6000)
        return True

    def _index_started(self) -> None:
        self.panel.set_index(self.window.indexing.index, ready=False)
        progress = self.window.index_progress
        progress.setRange(0, 0)
        progress.show()

    def _index_progressed(self, done: int, total: int) -> None:
        progress = self.window.index_progress
        progress.setRange(0, max(total, 1))
        progress.setValue(done)

    def _index_ready(self, index) -> None:
        self.window.index_progress.hide()
        self.panel.set_index(index, ready=True)

    def _index_failed(self, message: str) -> None:
        self.window.index_progress.hide()
        self.panel.summary.setText(self.tr("Search is unavailable: {0}").format(message))
