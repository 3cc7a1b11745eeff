"""Highlights in the window: the actions (keys 1–5, H, context menu, toolbar), the panel, undo
and redo, export and import. The store (reader.core.highlight_store) does the work; this only
turns what the user does in a pane into store calls and paints the result.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ...core.errors import HighlightError, HighlightStoreError
from ...core.highlights.model import Highlight
from ..color_names import color_label
from ..panels.highlights_panel import HighlightsPanel, swatch_icon


class Highlighting(QObject):
    """Everything about highlights in one main window, in every pane of its workspace.

    The actions come from the window's action table (reader/ui/actions.py); this object holds
    what they do, always to the pane that has the focus."""

    def __init__(self, window, data_dir: Path | None):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.messages = window.messages
        self.action_set = window.action_set
        self.store = None
        self.problem = ""  # why highlights are unavailable, or what recovery did
        self.last_color = ""
        if data_dir is not None:
            self._open_store(data_dir)
        self.color_actions: list[QAction] = list(self.action_set.group("color").values())
        self.undo_action = self.action_set["undoHighlightAction"]
        self.redo_action = self.action_set["redoHighlightAction"]
        self.edit_action = self.action_set["editHighlightAction"]
        self.delete_action = self.action_set["deleteHighlightAction"]
        self.export_action = self.action_set["exportHighlightsAction"]
        self.import_action = self.action_set["importHighlightsAction"]
        self.action_set.set_enabled_with("store", self.store is not None)
        self.panel = HighlightsPanel(window)
        self.panel.set_store(self.store, window.library)
        self.panel.set_converter_for(window.scripts.converter_for)
        self.panel.highlightActivated.connect(self.go_to)
        self.panel.editRequested.connect(self.edit)
        self.panel.deleteRequested.connect(self.delete)
        for pane in self.workspace.panes:
            self._pane_added(pane)
        self.workspace.paneAdded.connect(self._pane_added)
        self.workspace.currentChanged.connect(lambda _pane: self._show_current())
        self._update_colors()
        self._update_undo()

    def _open_store(self, data_dir: Path) -> None:
        from ...core.highlights.store import HighlightStore

        try:
            self.store = HighlightStore(data_dir)
        except (HighlightStoreError, OSError) as exc:
            self.problem = self.tr("Highlights are unavailable: {0}").format(exc)
            return
        if self.store.recovered_from is not None:
            self.problem = self.tr("The highlights database was damaged. It was set aside as {0}, with everything "
                                   "it held, and a new one was started.").format(self.store.recovered_from)
        elif self.store.recovery_message:  # repaired in place: a missing colour was put back
            self.problem = self.store.recovery_message

    def _pane_added(self, pane) -> None:
        """A new pane gets the pane keys (1–5, H, N, Delete), the context menu and its highlights."""
        for action in self.action_set.with_scope("pane"):
            pane.addAction(action)
        pane.browser.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        pane.browser.customContextMenuRequested.connect(lambda pos, p=pane: self._context_menu(p, pos))
        pane.articleShown.connect(lambda article_id, p=pane: self._article_shown(p, article_id))
        # the pane places its highlights again itself; the panel shows quotes in the new script
        pane.scriptChanged.connect(lambda _mode, p=pane: self.panel.refresh() if p is self.workspace.current else None)

    def retranslate(self) -> None:
        """The texts that depend on the store: colour names, what undo and redo would undo."""
        self._update_colors()
        self._update_undo()

    def _update_colors(self) -> None:
        colors = self.store.colors() if self.store is not None else []
        for i, action in enumerate(self.color_actions):
            if i < len(colors):
                c = colors[i]
                action.setIcon(swatch_icon(c.rgb))
                action.setText(self.tr("Highlight {0}").format(color_label(c)))
                action.setToolTip(self.tr("Highlight the selection: {0} ({1})").format(color_label(c), i + 1))
                action.setData(c.key)

    def _update_undo(self) -> None:
        store = self.store
        self.undo_action.setEnabled(bool(store and store.can_undo))
        self.redo_action.setEnabled(bool(store and store.can_redo))
        self.undo_action.setText(self.tr("&Undo {0}").format(self._verb(store.undo_label)) if store and store.can_undo
                                 else self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo {0}").format(self._verb(store.redo_label)) if store and store.can_redo
                                 else self.tr("&Redo"))

    def _verb(self, label: str) -> str:
        return {"add": self.tr("Highlight"), "edit": self.tr("Edit"), "delete": self.tr("Delete"),
                "import": self.tr("Import")}.get(label, label)

    def _color_at(self, i: int) -> str:
        colors = self.store.colors() if self.store is not None else []
        return colors[i].key if i < len(colors) else ""

    def _message(self, text: str, ms: int = 5000) -> None:
        self.messages.info(text, ms)

    # -- what the user does -------------------------------------------------------------------
    def highlight_in_color(self, index: int) -> Highlight | None:
        """Keys 1–5: highlight the selection in the colour at that place."""
        return self.highlight_selection(self._color_at(index))

    def highlight_again(self) -> Highlight | None:
        """H: the colour used last (the first colour at first)."""
        return self.highlight_selection(self.last_color or self._color_at(0))

    def edit_at_cursor(self) -> bool:
        return self.edit(self.workspace.current.highlight_at())

    def delete_at_cursor(self) -> bool:
        return self.delete(self.workspace.current.highlight_at())

    def highlight_selection(self, color: str) -> Highlight | None:
        """Highlight the pane's selection in `color`; the selection must lie in one passage."""
        from ...core.highlights.anchoring import anchor_selection

        pane = self.workspace.current
        article = pane.article
        if self.store is None or article is None or not color:
            return None
        picked = pane.selection_in_block()
        if picked is None:
            self._message(self.tr("Select some text to highlight first"))
            return None
        block_id, start, end, shown = picked
        original = next((b.text for b in article.blocks if b.id == block_id), None)
        try:
            anchor = anchor_selection(article, block_id, start, end, None if shown == original else shown)
            highlight = self.store.add(Highlight.new(article.id, anchor, color))
        except (HighlightError, HighlightStoreError) as exc:
            self._message(self.tr("Could not highlight: {0}").format(exc), 8000)
            return None
        self.last_color = color
        cursor = pane.browser.textCursor()
        cursor.clearSelection()  # so the highlight shows at once
        pane.browser.setTextCursor(cursor)
        self.refresh()
        self._message(self.tr("Highlighted “{0}” — N: note and tags, Ctrl+Z: undo").format(_short(highlight.exact)))
        return highlight

    def edit(self, highlight_id: str | None) -> bool:
        """Edit a highlight's colour, note and tags in a dialog (one undo step)."""
        from ..dialogs.highlight_dialog import HighlightDialog

        if self.store is None or not highlight_id:
            self._message(self.tr("Put the cursor in a highlight, or pick one in the Highlights panel"))
            return False
        highlight = self.store.get(highlight_id)
        if highlight is None:
            return False
        dialog = HighlightDialog(highlight, self.store.colors(), self.store.tags(), self.window,
                                 convert=self.workspace.current.convert)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        color, note, tags = dialog.values()
        try:
            self.store.update(highlight_id, note=note, tags=tags, color=color)
        except (HighlightError, HighlightStoreError) as exc:
            self._message(self.tr("Could not save: {0}").format(exc), 8000)
            return False
        self.refresh()
        return True

    def delete(self, highlight_id: str | None) -> bool:
        if self.store is None or not highlight_id:
            return False
        try:
            gone = self.store.delete(highlight_id)
        except (HighlightError, HighlightStoreError) as exc:
            self._message(str(exc), 8000)
            return False
        self.refresh()
        self._message(self.tr("Deleted the highlight “{0}” — Ctrl+Z to undo").format(_short(gone.exact)))
        return True

    def undo(self) -> None:
        if self.store is None:
            return
        command = self.store.undo()
        if command is not None:
            self.refresh()
            self._message(self.tr("Undone: {0}").format(self._verb(command.label)))

    def redo(self) -> None:
        if self.store is None:
            return
        command = self.store.redo()
        if command is not None:
            self.refresh()
            self._message(self.tr("Redone: {0}").format(self._verb(command.label)))

    def rename_colors(self) -> None:
        from ..dialogs.highlight_dialog import ColorNamesDialog

        if self.store is None:
            return
        dialog = ColorNamesDialog(self.store.colors(), self.window)
        self.dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        for key, name in dialog.names().items():
            self.store.rename_color(key, name)
        self._update_colors()
        self.refresh()

    # -- export and import -----------------------------------------------------------------------
    def export_dialog(self, article_id: str | None = None) -> None:
        """Ask where, then export the highlights (of one article, or all of them)."""
        if self.store is None:
            return
        md, js = self.tr("Markdown (*.md)"), self.tr("Web Annotation JSON-LD (*.jsonld *.json)")
        name = f"{article_id}-highlights.md" if article_id else "duidu-highlights.md"
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export Highlights"),
                                                   str(Path.home() / name), f"{md};;{js}")
        if path:
            fmt = "json" if chosen == js or path.endswith((".json", ".jsonld")) else "md"
            self.export_to(Path(path), fmt, article_id)

    def export_to(self, path: Path, fmt: str, article_id: str | None = None) -> int:
        """Write the highlights (of one article, or all) to `path`; returns how many."""
        from ...core.highlights.export_import import export_text, write_export

        try:
            text, count = export_text(self.store, self.window.library, fmt, article_id)
            write_export(path, text)
        except (HighlightError, HighlightStoreError) as exc:
            self._message(self.tr("Could not export: {0}").format(exc), 10000)
            return 0
        self._message(self.tr("Exported {0} highlights to {1}").format(count, path), 8000)
        return count

    def export_current_dialog(self) -> None:
        """Export the highlights of the article in the current pane only."""
        article = self.workspace.current.article
        if article is not None:
            self.export_dialog(article.id)

    def import_dialog(self) -> None:
        if self.store is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Import Highlights"), str(Path.home()),
                                              self.tr("Web Annotation JSON-LD (*.jsonld *.json)"))
        if path:
            self.import_from(Path(path))

    def import_from(self, path: Path):
        """Add the highlights of a JSON-LD export; returns the ImportReport (None on error)."""
        from ...core.highlights.export_import import import_file

        try:
            report = import_file(self.store, path, self.window.library)
        except (HighlightError, HighlightStoreError) as exc:
            QMessageBox.warning(self.window, self.tr("Import Highlights"),
                                self.tr("Nothing was imported from {0}:\n{1}").format(path.name, exc))
            return None
        for article in self.window.library.readable:
            self.store.reanchor(article)
        self._update_colors()
        self.refresh()
        done = self.tr("Imported {0} highlights ({1} were already here)").format(report.added, report.skipped)
        if report.notes:  # merged, skipped or repaired, each with its reason (the core's words, as its errors)
            self.window.messages.notice(self.tr("Import Highlights"), "\n".join([done, *report.notes]), "importNotesBox")
        self._message(done, 8000)
        return report

    # -- showing -----------------------------------------------------------------------------------
    def _article_shown(self, pane, article_id: str) -> None:
        if self.store is not None:
            try:
                article = self.window.library.get(article_id)
                report = self.store.reanchor(article)
            except (HighlightError, HighlightStoreError, KeyError) as exc:
                self._message(str(exc), 8000)
            else:
                if report.detached:
                    self._message(self.tr("{0} highlights could not be placed in the changed text: "
                                          "they are kept and listed as detached").format(len(report.detached)), 10000)
        self._paint(pane)
        if pane is self.workspace.current:
            self._show_current()

    def refresh(self) -> None:
        """Paint the highlights in every pane and update the panel and the undo actions."""
        for pane in self.workspace.panes:
            self._paint(pane)
        self._show_current()

    def _paint(self, pane) -> None:
        article = pane.article
        if self.store is not None and article is not None:
            colors = {c.key: c.rgb for c in self.store.colors()}
            pane.set_highlights(self.store.list(article_id=article.id), colors)

    def _show_current(self) -> None:
        """The panel's "this article" is the current pane's; its quotes are in that pane's script."""
        article = self.workspace.current.article if self.workspace.current is not None else None
        self.panel.set_current_article(article.id if article is not None else None)
        self.panel.refresh()  # rows and filters (a new tag, a renamed colour)
        self._update_undo()

    def go_to(self, article_id: str, highlight_id: str) -> bool:
        """Scroll to a highlight: in the current pane, or another that shows its article, or open
        the article in the current pane."""
        showing = self.workspace.showing(article_id)
        if showing:
            pane = showing[0]
            self.workspace.set_current(pane)
        else:
            pane = self.workspace.current
            if not self.window.open_article(article_id):
                return False
        if pane.scroll_to_highlight(highlight_id):
            return True
        highlight = self.store.get(highlight_id) if self.store is not None else None
        if highlight is not None and highlight.detached:
            self._message(self.tr("This highlight is detached: its quote is no longer in the article"), 6000)
        return False

    def _context_menu(self, pane, pos: QPoint) -> None:
        self.workspace.set_current(pane)
        browser = pane.browser
        menu = browser.createStandardContextMenu(pos)
        menu.addSeparator()
        if browser.textCursor().hasSelection():
            for action in self.color_actions:
                menu.addAction(action)
        under = pane.highlight_at(pos)
        if under is not None:
            menu.addSeparator()
            edit = menu.addAction(self.edit_action.text())
            edit.triggered.connect(lambda: self.edit(under))
            delete = menu.addAction(self.delete_action.text())
            delete.triggered.connect(lambda: self.delete(under))
        self.window.extend_context_menu(menu, pane, pos)
        self.context_menu = menu  # for tests
        menu.popup(browser.viewport().mapToGlobal(pos))

    def close(self) -> None:
        if self.store is not None:
            self.store.close()
            self.store = None  # a late language change must not reach a closed database
            self.panel.set_store(None, self.window.library)


def _short(text: str, n: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"

