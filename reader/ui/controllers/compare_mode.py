"""Compare mode in the window: View ▸ Compare and Scroll Sync, the ⇄ menu over each pane, the
passage context menu ("Align This Passage With…"), the bands between panes, the coverage strips
and the export of aligned passages. What is compared and how is `Comparing`'s."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut

from ...core.compare import export_pairs
from ...core.script.modes import ScriptMode
from ..actions import dock_keys
from ..pane.link_map import set_link_maps
from ..pane.reading_pane import ReadingPane
from ..panels.compare_panel import ComparePanel
from .comparing import Comparing


class CompareMode(QObject):
    """The window's side of compare mode, for every pane of its workspace."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        paths = window.paths
        self.comparing = Comparing(window, paths.data_dir if paths is not None else None)
        self.comparing.changed.connect(self._compare_changed)
        self.comparing.aligning.connect(self._aligning)
        self.panel = ComparePanel(window)
        self.panel.pairActivated.connect(self.show_pair)
        self.panel.exportRequested.connect(self.export_aligned_dialog)
        self.dock = window.add_dock("compareDock", self.panel, Qt.DockWidgetArea.RightDockWidgetArea)
        window.tabifyDockWidget(window.toc_dock, self.dock)
        if not window.restoreDockWidget(self.dock):
            self.dock.hide()
        self.dock.toggleViewAction().setShortcut(QKeySequence(dock_keys("compareDock")))
        window.action_set.menus["view"].addAction(self.dock.toggleViewAction())
        self.dock.visibilityChanged.connect(lambda shown: self.refresh_panel() if shown else None)
        self.workspace.currentChanged.connect(lambda _p: self.refresh_panel())
        for pane in self.workspace.panes:
            self._pane_added(pane)
        self.workspace.paneAdded.connect(self._pane_added)
        self.workspace.paneClosed.connect(lambda _p: self._update_action())
        self.window.action_set.group("sync")[self.comparing.sync].setChecked(True)
        self.cancel_pick = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)  # Esc: no sync point after all
        self.cancel_pick.setEnabled(False)
        self.cancel_pick.activated.connect(self.comparing.cancel_pick)
        self.comparing.pickingChanged.connect(self.cancel_pick.setEnabled)
        if self.window.settings.compare_active and len(self.workspace) > 1:
            self.set_compare(True)

    def _update_action(self) -> None:
        if len(self.workspace) < 2 and self.comparing.active:
            self.set_compare(False)

    def _pane_added(self, pane: ReadingPane) -> None:
        pane.compare_menu.aboutToShow.connect(lambda p=pane: self._fill_compare_menu(p))
        pane.coverage_strip.markClicked.connect(lambda block, p=pane: self._coverage_clicked(p, block))
        # the bands follow every scroll: the user's, the sync's, a passage brought level
        pane.browser.verticalScrollBar().valueChanged.connect(self.workspace.splitter.repaint_links)

    def set_compare(self, on: bool) -> None:
        """View ▸ Compare Side by Side: match the panes' passages (two to four panes)."""
        on = bool(on)
        if on and len(self.workspace) < 2:
            self.window.messages.info(self.tr("Open a second article beside this one to compare: Ctrl+click it in the "
                                       "library, or use the ⇄ button over the text"), 8000)
            on = False
        self.comparing.set_active(on)
        self.window.settings.compare_active = on
        self.window.action_set["compareAction"].setChecked(on)

    def set_sync(self, mode: str) -> None:
        self.comparing.set_sync(mode)
        self.window.action_set.group("sync")[mode].setChecked(True)

    def compare_with(self, pane: ReadingPane, article_id: str, mode: str | None = None) -> ReadingPane | None:
        """Open `article_id` beside `pane` and compare the two (the pane header's ⇄ menu)."""
        self.workspace.set_current(pane)
        other = self.window.open_in_new_pane(article_id)
        if other is None:
            return None
        if mode is not None:  # "This Article Again, in …": what the conversion changed, marked
            other.set_script(mode, show_changes=True)
        self.set_compare(True)
        return other

    def _fill_compare_menu(self, pane: ReadingPane) -> None:
        menu = pane.compare_menu
        menu.clear()
        own = pane.article.id if pane.article is not None else ""
        for article in self.window.library_panel.sorted_articles():
            if article.error or article.id == own:
                continue
            action = menu.addAction(self.tr("Compare with {0}").format(f"{article.outlet} · {article.title}"))
            action.triggered.connect(lambda _c=False, a=article.id: self.compare_with(pane, a))
        if pane.article is not None:
            menu.addSeparator()
            other_mode = "hans" if pane.article.script == "hant" else "tw"
            label = ScriptMode(other_mode).label
            same = menu.addAction(self.tr("This Article Again, in {0}").format(label))
            same.triggered.connect(lambda: self.compare_with(pane, own, other_mode))
            if self.comparing.active:
                menu.addSeparator()
                reference = menu.addAction(self.tr("Use as the Coverage Reference"))
                reference.triggered.connect(lambda: self.comparing.set_reference(pane))

    def extend_context_menu(self, menu, pane: ReadingPane, pos) -> None:
        """Compare mode's entries in a pane's context menu: "Align This Passage With…" and "Show the
        Nearest Passages"."""
        if not self.comparing.active:
            return
        block = pane.block_at_point(pos)
        if block is None:
            return
        menu.addSeparator()
        action = menu.addAction(self.tr("Align This Passage With…"))
        action.setObjectName("alignWithAction")
        action.triggered.connect(lambda: self.comparing.start_pick(pane, block))
        nearest = menu.addAction(self.tr("Show the Nearest Passages"))
        nearest.setObjectName("nearestHereAction")
        nearest.setEnabled(not self.comparing.picking)
        nearest.triggered.connect(lambda: self.comparing.show_nearest(pane, block))

    def clear_pins(self) -> None:
        current = self.workspace.current
        for other in self.workspace.panes:
            if other is not current:
                self.comparing.clear_pins(current, other)
        self.window.messages.info(self.tr("Sync points of this pane removed"), 4000)

    def _compare_changed(self) -> None:
        self.refresh_panel()
        active = self.comparing.active
        set_link_maps(self.workspace.splitter, self.comparing.bands if active else None, self.window.theme.band)
        reference = self.comparing.reference_pane() if active else None
        outlets = len({p.article.id for p in self.workspace.panes if p.article is not None}) - 1
        marks = self.comparing.coverage_marks()  # {} when compare mode is off
        for pane in self.workspace.panes:
            pane.coverage_strip.colors = (self.window.theme.covered, self.window.theme.uncovered)
            is_ref = reference is not None and pane.article is not None and pane.article.id == reference.article.id
            pane.coverage_strip.set_marks(marks.get(pane, []), is_ref, outlets)

    def _aligning(self, done: int, total: int) -> None:
        if total:
            self.window.messages.info(self.tr("Aligning the articles' passages… {0} of {1} pairs").format(done, total), 0)
        else:
            self.window.messages.info(self.tr("Passages aligned: click a passage to see what the others say"), 5000)

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Parallel Passages"))
        self.refresh_panel()

    def neighbour(self, pane: ReadingPane) -> ReadingPane | None:
        """The pane the panel pairs `pane` with: the one right of it, else the one left."""
        panes = [p for p in self.workspace.panes if p.article is not None]
        if pane not in panes or len(panes) < 2:
            return None
        i = panes.index(pane)
        return panes[i + 1] if i + 1 < len(panes) else panes[i - 1]

    def refresh_panel(self) -> None:
        """The parallel passages of the current pane and its neighbour, best first."""
        if self.dock.isHidden() or self.comparing.preparing:
            return
        a = self.workspace.current
        b = self.neighbour(a)
        if not self.comparing.active or b is None:
            self.panel.clear_pairs()
            return
        alignment = self.comparing.alignment(a, b)
        text_a = {blk.id: blk.text for blk in a.article.blocks}
        text_b = {blk.id: blk.text for blk in b.article.blocks}
        rows = [(p.a_block, p.b_block, p.score, text_a.get(p.a_block, ""), text_b.get(p.b_block, ""))
                for p in alignment.matches]
        title = self.tr("{0} pairs: {1} ↔ {2}").format(len(rows), a.article.outlet or a.article.title,
                                                        b.article.outlet or b.article.title)
        self.panel.set_pairs(title, rows, a.convert, b.convert)

    def show_pair(self, a_block: str, b_block: str) -> None:
        """A pair clicked in the panel: both panes go there, level with each other."""
        a = self.workspace.current
        b = self.neighbour(a)
        if b is None:
            return
        line = a.browser.viewport().height() // 3
        a.note_jump(), b.note_jump()  # Back returns both panes to where they were
        self.comparing.hold(lambda: (a.bring_block_to(a_block, line), b.bring_block_to(b_block, line)))
        self.comparing.show_counterparts(a, a_block)
        self.comparing.hold(lambda: b.bring_block_to(b_block, a.block_viewport_top(a_block) or line))

    def _coverage_clicked(self, pane: ReadingPane, block_id: str) -> None:
        """A click on a strip: the reference pane goes to that passage, and this pane to what
        covers it (when it does)."""
        reference = self.comparing.reference_pane()
        if reference is None:
            return
        reference.scroll_to_block(block_id)
        self.comparing.show_counterparts(reference, block_id)

    def export_aligned_dialog(self) -> None:
        """File ▸ Export Aligned Passages: the current pane's article and its neighbour's."""
        from PySide6.QtWidgets import QFileDialog

        panes = self.workspace.panes
        current = self.workspace.current
        others = [p for p in panes if p is not current and p.article is not None]
        if current.article is None or not others:
            self.window.messages.info(self.tr("Open two articles side by side to export their aligned passages"))
            return
        other = others[0]
        formats = {self.tr("Markdown (*.md)"): "md", self.tr("HTML (*.html)"): "html", self.tr("CSV (*.csv)"): "csv"}
        suggested = Path.home() / f"{current.article.id}--{other.article.id}.md"
        path, chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export Aligned Passages"), str(suggested),
                                                   ";;".join(formats))
        if not path:
            return
        fmt = formats.get(chosen) or {".html": "html", ".csv": "csv"}.get(Path(path).suffix, "md")
        self.export_aligned(Path(path), fmt, current, other)

    def export_aligned(self, path, fmt: str, a: ReadingPane, b: ReadingPane) -> int:
        alignment = self.comparing.alignment(a, b)
        text = export_pairs(alignment, a.article, b.article, fmt)
        try:
            path.write_text(text, encoding="utf-8")
        except OSError as exc:
            self.window.messages.error(self.tr("Could not export: {0}").format(exc))
            return 0
        self.window.messages.info(self.tr("Exported {0} aligned passages to {1}").format(len(alignment.matches), path), 8000)
        return len(alignment.matches)
