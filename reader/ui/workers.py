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


class AlignWorker(QObject):
    """Aligns pairs of articles (`reader.core.compare.align`, which caches each result) off the
    UI thread, so turning compare mode on with four panes does not freeze the window."""

    progressed = Signal(int, int)  # pairs done, pairs in all
    finished = Signal(object)  # the list of Alignments, in the order asked
    failed = Signal(str)

    def __init__(self, jobs: list[tuple]):
        super().__init__()
        self.jobs = jobs  # (article a, article b, pins)

    @Slot()
    def run(self) -> None:
        from ..core.compare import align

        done = []
        try:
            for i, (a, b, pins) in enumerate(self.jobs):
                done.append(align(a, b, pins))
                self.progressed.emit(i + 1, len(self.jobs))
        except (DuiduError, OSError, ValueError) as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(done)


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


class ImportWorker(QObject):
    """Prepares and writes the reader's files into the library folder off the UI thread
    (reader.core.importers.importing). The preparing runs in a child process: decoding, lxml and
    the encoding detector hold the interpreter for long stretches, and the window must answer
    meanwhile. `cancel()` stops after the file in hand, and what was written before stays."""

    progressed = Signal(int, int)  # files done, files in all
    finished = Signal(object)  # the list of Prepared reports (with `written` paths set)
    failed = Signal(str)

    def __init__(self, paths: list[str], folder, known_hashes: set[str], warm: tuple | None = None):
        super().__init__()
        self.paths, self.folder, self.known = paths, folder, set(known_hashes)
        self.warm = warm  # (content_dir, cache_dir, library_dir, data_dir): render and tag ahead, in the child
        self.tags: list = []  # the new library's topic tags, for the window's cache
        self.cancelled = False

    def cancel(self) -> None:
        self.cancelled = True

    @Slot()
    def run(self) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        from ..core.importers import importing as im

        try:
            with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
                reports = im.import_into(
                    self.paths, self.folder, self.known,
                    prepare=lambda path, shown: pool.submit(im.prepare_with_recipes, path, shown).result(),
                    progress=self.progressed.emit, cancelled=lambda: self.cancelled)
                if self.warm is not None and any(r.written for r in reports):
                    self.tags = pool.submit(im.warm_library, *self.warm).result()
        except (DuiduError, OSError) as exc:
            self.failed.emit(str(exc))
        else:
            self.finished.emit(reports)
