"""The search index's life in the window: brought up to date in a worker thread at start, rebuilt
on request, closed with the window. Search waits for it; progress and problems are reported."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ...core.content.paths import AppPaths
from ..messages import Messages


class Indexing(QObject):
    """Owns the SearchIndex of one window and the thread that updates it."""

    started = Signal()  # an update began (progress unknown yet)
    progressed = Signal(int, int)  # files done, files in all
    ready = Signal(object)  # the SearchIndex, up to date and ready to search
    failed = Signal(str)  # why search is unavailable

    def __init__(self, paths: AppPaths | None, messages: Messages, parent: QObject | None = None):
        super().__init__(parent)
        self.paths = paths  # None: no index (no data or cache folder)
        self.messages = messages
        self.index = None
        self._thread = None
        self._worker = None
        self._closed = False
        self._again = ""  # "update" or "rebuild": asked for while one ran, to run after it

    @property
    def running(self) -> bool:
        return self._thread is not None

    def update(self, rebuild: bool = False) -> bool:
        """Bring the index up to date (or rebuild it) in a worker thread; False if one runs."""
        if self._thread is not None:  # the files changed, or a rebuild was asked for: once this one is done
            self._again = "rebuild" if rebuild or self._again == "rebuild" else "update"
        if self.paths is None or self._thread is not None or self._closed:
            return False
        from ...core.search.index import SearchIndex
        from ..workers import IndexWorker, start_in_thread

        if self.index is None:
            self.index = SearchIndex.for_paths(self.paths)
        self.started.emit()
        worker = IndexWorker(self.index, rebuild=rebuild)
        worker.progressed.connect(self.progressed)
        worker.finished.connect(self._finished)
        worker.failed.connect(self._failed)
        self._worker = worker
        self._thread = start_in_thread(worker, self)
        return True

    def rebuild(self) -> bool:
        return self.update(rebuild=True)

    def _finished(self, report) -> None:
        self._thread = None
        self.ready.emit(self.index)
        if self._again:
            again, self._again = self._again, ""
            self.update(rebuild=again == "rebuild")
        if report.message or report.reindexed or report.removed:
            text = self._translated(report.message) or self.tr("Search index updated")
            self.messages.info(self.tr("{0}: {1} articles, {2} re-indexed in {3:.1f} s").format(
                text, report.documents, report.reindexed, report.seconds), 8000)

    def _translated(self, message: str) -> str:
        """The core's words for the two rebuilds a user sees every time (the first start, the
        menu's Rebuild) in the interface's language; a diagnosis (a damaged index…) as it is."""
        from ...core.search.index import ASKED, CREATED, REBUILT

        if message == CREATED:
            return self.tr("Search index created")
        if message == f"{REBUILT}: {ASKED}":
            return self.tr("Search index rebuilt")
        return message

    def _failed(self, message: str) -> None:
        self._thread = None
        self._again = ""
        self.failed.emit(message)
        self.messages.error(self.tr("Search index: {0}").format(message))

    def close(self) -> None:
        """Let a running worker finish its transaction, then close the index."""
        self._closed = True
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait(10000)
        if self.index is not None:
            self.index.close()
