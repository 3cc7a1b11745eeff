"""Adding the reader's own files from the window: File ▸ Import… (Ctrl+O) or dropping files and
folders on it. The work runs in a worker with a progress bar and a Cancel button; afterwards the
library, the search index and the topics follow, and a report says what became of every file."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QProgressBar, QPushButton


class Importing(QObject):
    done = Signal(list)  # the reports of one import (reader.core.importers.importing.Prepared)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.worker = None
        self._thread = None
        self.progress = QProgressBar(window)
        self.progress.setObjectName("importProgress")
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.cancel_button = QPushButton(window)
        self.cancel_button.setObjectName("importCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        window.statusBar().addPermanentWidget(self.progress)
        window.statusBar().addPermanentWidget(self.cancel_button)
        self.retranslate()

    def retranslate(self) -> None:
        self.progress.setFormat(self.tr("Importing %v/%m"))
        self.cancel_button.setText(self.tr("Cancel Import"))
        self.cancel_button.setAccessibleName(self.tr("Cancel the import (what is imported stays)"))

    @property
    def running(self) -> bool:
        return self._thread is not None

    def dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import Into the Library"), "",
            self.tr("Articles (*.html *.htm *.md *.markdown *.txt);;All files (*)"))
        if files:
            self.import_paths(files)

    def import_paths(self, paths: list[str]) -> bool:
        """Import files and folders in a worker; False if an import runs already or there is no data folder."""
        window = self.window
        if self.running or window.paths is None or not paths:
            if self.running:
                window.messages.info(self.tr("An import is running: wait for it or cancel it"), 5000)
            return False
        from ...core.importers.importing import library_hashes
        from ..workers import ImportWorker, start_in_thread

        known = set(library_hashes(window.library))
        warm = (window.paths.content_dir, window.paths.cache_dir, window.paths.library_dir, window.paths.data_dir)
        self.worker = ImportWorker([str(p) for p in paths], window.paths.library_dir, known, warm)
        self.worker.progressed.connect(self._progressed)
        self.worker.finished.connect(self._finished)
        self.worker.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.cancel_button.show()
        window.messages.info(self.tr("Importing…"), 0)
        self._thread = start_in_thread(self.worker, self)
        return True

    def cancel(self) -> None:
        if self.worker is not None:
            self.worker.cancel()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _failed(self, message: str) -> None:
        self._end()
        self.window.messages.error(self.tr("Import failed: {0}").format(message), 10000)

    def _finished(self, reports: list) -> None:
        cancelled = self.worker.cancelled if self.worker is not None else False
        if self.worker is not None and self.worker.tags:
            from ...core.topics.tagging import preload

            preload(self.worker.tags)  # tagged in the child: the timeline need not tag them here
        self._end()
        window = self.window
        if any(r.written for r in reports):
            if window.library_files is not None:
                window.library_files.sync(force=True)
            else:
                from .library_files import reload_library

                reload_library(window)
        lines = [self._line(r) for r in reports]
        imported = sum(1 for r in reports if r.written)
        summary = self.tr("{0} imported, {1} not").format(imported, len(reports) - imported)
        if cancelled:
            summary += " — " + self.tr("cancelled; what was imported before stays")
        window.messages.info(summary, 10000)
        window.messages.notice(self.tr("Import"), summary + "\n\n" + "\n".join(lines[:200]), "importReport")
        self.done.emit(reports)

    def _line(self, report) -> str:
        what = {"imported": self.tr("imported"), "duplicate": self.tr("already in the library"),
                "skipped": self.tr("skipped"), "error": self.tr("failed")}.get(report.status, report.status)
        tail = f": {report.message}" if report.message and report.status != "duplicate" else ""
        title = f" — {report.title}" if report.title else ""
        return f"{report.path}: {what}{title}{tail}"

    def _end(self) -> None:
        self._thread = None
        self.progress.hide()
        self.cancel_button.hide()

