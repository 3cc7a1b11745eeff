"""Background work: each job is a QObject moved to its own QThread, reporting through signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ..core.errors import DuiduError


class IndexWorker(QObject):
    """Brings the search index up to date (`SearchIndex.update`) off the UI thread."""

    progressed = Signal(int, int)  # files done, files in all
    finished = Signal(object)  # the IndexReport
    failed = Signal(str)  # a message for the status bar

    def __init__(self, index, rebuild: bool = False):
        super().__init__()
        self.index = index
        self.rebuild = rebuild

    @Slot()
    def run(self) -> None:
        try:
            report = self.index.update(progress=self.progressed.emit, rebuild=self.rebuild)
        except (DuiduError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(report)


def start_in_thread(worker: QObject, parent: QObject) -> QThread:
    """Run `worker.run` in a new thread that ends, and cleans up, when the worker reports."""
    thread = QThread(parent)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    for signal in (worker.finished, worker.failed):
        signal.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread.start()
    return thread
