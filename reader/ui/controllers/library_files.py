"""The reader's own articles as files: File ▸ Article Info…, Remove from Library (with Undo, the
highlights kept until the user confirms), and the library folder watched, so an article edited,
added or deleted outside Duidu shows up without a restart.

Every change — an import, an edit here, a file changed by another program — ends in `sync()`: the
library is read again (renderings come from the cache), the panes showing a changed article show
the new text where they were (their highlights are placed again as the pane shows it), the search
index catches up incrementally, and the topics and alignments follow (both are keyed by the text).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QLabel, QMessageBox, QPushButton

from ...core.content.roots import folder_stamps
from ...core.errors import ContentError, UnknownArticleError
from ...core.importers import library_folder as lf
from ..core_messages import shown

SETTLE_MS = 300  # an editor writes a file in steps: wait for the folder to be quiet


class LibraryFiles(QObject):
    synced = Signal(list, list, list)  # article ids added, changed, removed by the last sync

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.folder: Path | None = window.paths.library_dir if window.paths is not None else None
        # removals the user can still undo, the last one last (those of an earlier session too)
        self.removed: list[lf.Removed] = lf.removed_articles(self.folder) if self.folder is not None else []
        self._stamps = self._read_stamps()
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.watcher.fileChanged.connect(self._folder_changed)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.sync)
        self.banner = QLabel(window)
        self.banner.setObjectName("removedBanner")
        self.undo_button = QPushButton(window)
        self.undo_button.setObjectName("undoRemoveButton")
        self.undo_button.clicked.connect(self.undo_remove)
        self.forget_button = QPushButton(window)
        self.forget_button.setObjectName("deleteRemovedButton")
        self.forget_button.clicked.connect(self.delete_for_good)
        for widget in (self.banner, self.undo_button, self.forget_button):
            widget.hide()
            window.statusBar().addPermanentWidget(widget)
        self._watch()
        self.retranslate()

    def retranslate(self) -> None:
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Put the removed article back into the library"))
        self.forget_button.setText(self.tr("Delete for Good…"))
        self.forget_button.setAccessibleName(self.tr("Delete the removed article and its highlights for good"))
        self._show_banner()

    # -- the folder, watched ------------------------------------------------------------------
    def _watch(self) -> None:
        if self.folder is None:
            return
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return
        wanted = {str(self.folder)} | {str(self.folder / name) for name in self._stamps}
        watched = set(self.watcher.directories()) | set(self.watcher.files())
        if wanted - watched:
            self.watcher.addPaths(sorted(wanted - watched))
        if watched - wanted:
            self.watcher.removePaths(sorted(watched - wanted))

    def _read_stamps(self) -> dict[str, tuple[int, int]]:
        """Name → (size, mtime) of each article file in the library folder."""
        return folder_stamps(self.folder) if self.folder is not None else {}

    def _folder_changed(self, _path: str) -> None:
        importing = self.window.importing
        if importing is not None and importing.running:
            return  # the import writes file after file: it ends with one sync of them all
        self._settle.start()  # one sync for a burst of events

    def sync(self, force: bool = False) -> bool:
        """Read the library again if its folder changed since the last time (or `force`); True if it did."""
        window = self.window
        if window.closed:
            return False
        stamps = self._read_stamps()
        if stamps == self._stamps and not force:
            self._watch()  # a file replaced by rename drops out of the watcher: watch it again
            return False
        touched = {name for name in set(stamps) | set(self._stamps) if stamps.get(name) != self._stamps.get(name)}
        before = {a.id for a in window.library}
        self._stamps = stamps
        reload_library(window)
        after = {a.id for a in window.library}
        added = sorted(after - before)
        gone = sorted(before - after)
        changed = sorted(a.id for a in window.library if a.id in before and lf.in_folder(a.path, self.folder)
                         and a.path.name in touched)
        self._show_again(changed, gone)
        self._watch()
        if added or gone or changed:
            self._tell(added, changed, gone)
        self.synced.emit(added, changed, gone)
        return True

    def _show_again(self, changed: list[str], gone: list[str]) -> None:
        """Panes showing a changed article show its new text where they were; those showing a
        deleted one show another (the article that was removed can be put back)."""
        window = self.window
        for pane in list(window.workspace.panes):
            if pane.article is None:
                continue
            if pane.article.id in changed:
                window.session.open_article(pane.article.id, pane)
            elif pane.article.id in gone:
                others = [a.id for a in window.library_panel.sorted_articles() if not a.error]
                if others:
                    window.session.open_article(others[0], pane)

    def _tell(self, added: list[str], changed: list[str], gone: list[str]) -> None:
        parts = []
        if added:
            parts.append(self.tr("{0} added").format(len(added)))
        if changed:
            parts.append(self.tr("{0} changed").format(len(changed)))
        if gone:
            parts.append(self.tr("{0} removed").format(len(gone)))
        self.window.messages.info(self.tr("Library: {0}").format(", ".join(parts)), 6000)

    # -- Article Info -------------------------------------------------------------------------
    def article_info(self, article_id: str | None = None) -> bool:
        """File ▸ Article Info… for an article (default: the current pane's); True if it was changed."""
        from ..dialogs.article_info import ArticleInfoDialog

        try:
            article = self.window.library.get(article_id) if article_id else self.window.workspace.current.article
        except UnknownArticleError:
            article = None
        if article is None:
            return False
        editable = lf.in_folder(article.path, self.folder)
        dialog = ArticleInfoDialog(self.window, article, lf.info_of(article), editable)
        self.dialog = dialog  # for tests
        if dialog.exec() != QDialog.DialogCode.Accepted or not editable or dialog.info is None:
            return False
        if dialog.info == lf.info_of(article):
            return False
        try:
            lf.save_info(article.path, dialog.info)
        except (ContentError, OSError, UnicodeDecodeError) as exc:
            self.window.messages.error(self.tr("Cannot change {0}: {1}").format(article.title, shown(exc)), 10000)
            return False
        self.sync()
        self.window.messages.info(self.tr("Saved the info of {0}").format(dialog.info.title), 5000)
        return True

    # -- removing, undoing, confirming ------------------------------------------------------------
    def remove_current(self) -> bool:
        """File ▸ Remove from Library: the current pane's article."""
        article = self.window.workspace.current.article
        return self.remove(article.id) if article is not None else False

    def remove(self, article_id: str) -> bool:
        """Remove an imported article from the library; Undo puts it back, its highlights kept."""
        window = self.window
        try:
            article = window.library.get(article_id)
            removed = lf.remove(article, self.folder)
        except (ContentError, UnknownArticleError) as exc:
            window.messages.error(shown(exc), 8000)
            return False
        except OSError as exc:
            window.messages.error(self.tr("Cannot remove {0}: {1}").format(article.title, exc.strerror or exc), 8000)
            return False
        self.removed.append(removed)
        self.sync()
        self._show_banner()
        return True

    def undo_remove(self) -> bool:
        """Put the last removed article back, under its own id: its highlights show again."""
        if not self.removed:
            self.window.messages.info(self.tr("Nothing removed to put back"), 4000)
            return False
        removed = self.removed[-1]
        try:
            lf.restore(removed)
        except (ContentError, OSError) as exc:
            self.window.messages.error(shown(exc), 10000)
            return False
        self.removed.pop()
        self.sync()
        self._show_banner()
        self.window.open_article(removed.article_id)
        self.window.messages.info(self.tr("{0} is back in the library").format(removed.title), 5000)
        return True

    def delete_for_good(self) -> bool:
        """After the user confirms: the last removed article's file and its highlights are deleted."""
        if not self.removed:
            return False
        removed = self.removed[-1]
        store = self.window.highlighting.store if self.window.highlighting is not None else None
        count = len(store.list(article_id=removed.article_id)) if store is not None else 0
        if store is None:  # the highlights cannot be read, so they cannot be deleted: they stay
            question = self.tr("Delete “{0}” for good? The article cannot be put back. Its highlights cannot be "
                               "read now; they stay in the highlights database.").format(removed.title)
        else:
            # the file cannot come back; the highlights' deletion is one step of Highlight ▸ Undo, as any
            question = self.tr("Delete “{0}” and its {1} highlight(s) for good? The article cannot be put back "
                               "(Highlight ▸ Undo brings back only its highlights).").format(removed.title, count)
        answer = QMessageBox.question(
            self.window, self.tr("Delete for Good"), question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        if store is not None and count:
            store.delete_article(removed.article_id)
            self.window.highlighting.refresh()
        lf.discard(removed)
        self.removed.pop()
        self._show_banner()
        self.window.messages.info(self.tr("Deleted {0} for good").format(removed.title), 5000)
        return True

    def _show_banner(self) -> None:
        last = self.removed[-1] if self.removed else None
        for widget in (self.banner, self.undo_button, self.forget_button):
            widget.setVisible(last is not None)
        if last is not None:
            text = self.tr("Removed “{0}” (its highlights are kept)").format(last.title)
            if len(self.removed) > 1:
                text += " " + self.tr("and {0} more to put back or delete").format(len(self.removed) - 1)
            self.banner.setText(text)


def reload_library(window) -> None:
    """Read the library again: the list, the panes' library, the search index and the topics follow."""
    from ...core.content.paths import open_library

    library = open_library(window.paths, cache=True)
    window.library = library
    window.library_panel.set_library(library)
    window.library_panel.set_sort(window.settings.sort_key)
    if window.highlighting is not None:
        window.highlighting.panel.set_store(window.highlighting.store, library)
    window.indexing.update()
    if window.topics is not None:
        window.topics.library_changed()
