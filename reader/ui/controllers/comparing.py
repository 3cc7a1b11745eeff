"""Compare mode: the panes' articles aligned passage by passage (reader.core.compare).

A passage chosen in one pane marks what the others say in its place (or says they do not);
scrolling one pane brings the others to the matching passage; the splitter handles draw bands
between matched passages; a strip beside each pane shows what of the reference it covers."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.compare import Alignment, PinStore, PinStoreError, align
from ...core.compare.coverage import passage_reports
from ..pane.reading_pane import ReadingPane
from .compare_scrolling import PanesFollowing

SYNC_MODES = ("off", "position", "passage")


class Comparing(PanesFollowing, QObject):
    """What compare mode does with the workspace's panes."""

    changed = Signal()  # the mode, an article, a layout or the sync points changed: strips and lists anew
    aligning = Signal(int, int)  # pairs of articles aligned so far, in all (0, 0: done)
    pickingChanged = Signal(bool)  # "Align With…" waits for a click in another pane (or stopped)

    def __init__(self, window, data_dir=None):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.messages = window.messages
        self.active = False
        self.sync = window.settings.compare_sync
        self.reference_choice = ""  # article id the user chose as the coverage reference ("" = longest)
        self.pins: PinStore | None = None
        self.problem = ""
        if data_dir is not None:
            try:
                self.pins = PinStore(data_dir)
            except (PinStoreError, OSError) as exc:
                self.problem = self.tr("Sync points are unavailable: {0}").format(exc)
        self._syncing = False
        self._anchors: dict[tuple[int, int], list] = {}  # (leader, follower) → prepared chain anchors
        self._alignments: dict[tuple, Alignment] = {}  # (article ids and objects) → alignment
        self._bands: dict[tuple[int, int], list] = {}  # (left, right) → bands in document pixels
        self._extents: dict[int, dict[str, tuple[int, int]]] = {}  # pane → block id → (top, bottom)
        self._picking: tuple[ReadingPane, str] | None = None  # "Align With…": the passage to pin
        self.chosen: tuple[ReadingPane | None, str] = (None, "")  # the passage chosen last, and its pane
        self._worker_thread = None  # the AlignWorker's thread while it runs
        self._worker = None
        self._pending_prepare = False
        for pane in self.workspace.panes:
            self._pane_added(pane)
        self.workspace.paneAdded.connect(self._pane_added)
        self.workspace.paneClosed.connect(self._pane_closed)

    # -- mode -------------------------------------------------------------------------------------
    def set_active(self, on: bool) -> None:
        self.active = bool(on)
        self.chosen = (None, "")  # the marks go: nothing stays chosen
        if self._picking is not None:
            self.cancel_pick()
        for pane in self.workspace.panes:
            pane.lock_button.setVisible(self.active)
            if not self.active:
                pane.clear_passage_marks()
                pane.show_notice("")
        self._forget_layout()
        if self.active:
            self.prepare()
        else:
            self.changed.emit()

    def prepare(self) -> None:
        """Align every pair of the panes' articles in a worker; the strips, bands and panel
        follow when it is done (a click meanwhile aligns what it needs at once)."""
        from ..workers import AlignWorker, start_in_thread

        shown = {}
        for pane in self.workspace.panes:
            if pane.article is not None:
                shown.setdefault(pane.article.id, pane.article)
        articles = list(shown.values())
        jobs = []
        for i, a in enumerate(articles):
            for b in articles[i + 1:]:
                pins = self.pins.pins(a.id, b.id) if self.pins is not None else []
                jobs.append((a, b, pins))
        if not jobs or self._worker_thread is not None:
            self._pending_prepare = bool(jobs)
            if not jobs:
                self.changed.emit()
            return
        worker = AlignWorker(jobs)
        worker.progressed.connect(self.aligning)
        worker.finished.connect(self._prepared)
        worker.failed.connect(self._prepare_failed)
        self._worker = worker
        self._worker_thread = start_in_thread(worker, self)
        self.aligning.emit(0, len(jobs))

    @property
    def preparing(self) -> bool:
        return self._worker_thread is not None

    def _prepared(self, _alignments) -> None:
        self._worker_thread = None
        self.aligning.emit(0, 0)
        if self._pending_prepare:
            self._pending_prepare = False
            self.prepare()
            return
        if self.active:
            self._forget_layout()
            self.changed.emit()

    def _prepare_failed(self, message: str) -> None:
        self._worker_thread = None
        self.aligning.emit(0, 0)
        self.messages.error(self.tr("Could not align the articles: {0}").format(message))

    def close(self) -> None:
        """Let a running alignment finish before the window goes."""
        if self._worker_thread is not None:
            self._worker_thread.quit()
            self._worker_thread.wait(10000)

    def set_sync(self, mode: str) -> None:
        if mode in SYNC_MODES:
            self.sync = mode
            self.window.settings.compare_sync = mode

    # -- alignments -------------------------------------------------------------------------------
    def alignment(self, a: ReadingPane, b: ReadingPane) -> Alignment | None:
        """The alignment of the articles two panes show, through the user's sync points (kept
        until an article or a sync point changes: scrolling and painting ask for it often)."""
        if a.article is None or b.article is None:
            return None
        key = (a.article.id, id(a.article), b.article.id, id(b.article))
        found = self._alignments.get(key)
        if found is None:
            pins = self.pins.pins(a.article.id, b.article.id) if self.pins is not None else []
            found = self._alignments[key] = align(a.article, b.article, pins)
        return found

    def reference_pane(self) -> ReadingPane | None:
        """The pane whose article the coverage strips measure against: the one chosen, else the
        longest article shown."""
        shown = [p for p in self.workspace.panes if p.article is not None]
        if len({p.article.id for p in shown}) < 2:
            return None
        chosen = [p for p in shown if p.article.id == self.reference_choice]
        return chosen[0] if chosen else max(shown, key=lambda p: (p.article.chars, -self.workspace.panes.index(p)))

    def set_reference(self, pane: ReadingPane) -> None:
        if pane.article is not None:
            self.reference_choice = pane.article.id
            self.changed.emit()

    def coverage_marks(self) -> dict[ReadingPane, list[tuple[str, int, int]]]:
        """What the strip beside each pane shows, top to bottom: (reference passage, its length in
        characters, count). Beside the reference, count = how many of the other articles report
        the passage; beside another article, 1 where it covers the passage and 0 where it does not."""
        reference = self.reference_pane()
        if not self.active or self.preparing or reference is None:
            return {}
        ref = reference.article
        others = {p.article.id: p.article for p in self.workspace.panes
                  if p.article is not None and p.article.id != ref.id}
        pins = {aid: self.pins.pins(ref.id, aid) if self.pins is not None else [] for aid in others}
        reports = passage_reports(ref, list(others.values()), pins)
        marks = {}
        for pane in self.workspace.panes:
            if pane.article is None:
                continue
            if pane.article.id == ref.id:
                marks[pane] = [(r.block_id, r.length, len(r.reported_by)) for r in reports]
            else:
                marks[pane] = [(r.block_id, r.length, int(pane.article.id in r.reported_by)) for r in reports]
        return marks

    # -- a passage chosen -----------------------------------------------------------------------
    def passage_chosen(self, pane: ReadingPane, block_id: str) -> None:
        """A click on a passage: the counterpart of a sync point being set, else what says the same."""
        if self._picking is not None:
            self._finish_pick(pane, block_id)
        else:
            self.show_counterparts(pane, block_id)

    def show_counterparts(self, pane: ReadingPane, block_id: str, nearest: bool = False) -> None:
        """Mark, in every other pane, what says the same as `block_id` and bring it level; with
        `nearest`, the closest passage even below the threshold (Show the Nearest Passages), said so.
        A locked pane is marked but not moved, and says so."""
        if not self.active or pane.article is None:
            return
        self.chosen = (pane, block_id)
        pane.set_passage_marks([block_id], [])
        pane.show_notice("")
        level = pane.block_viewport_top(block_id)
        for other in self.workspace.panes:
            if other is pane or other.article is None:
                continue
            alignment = self.alignment(pane, other)
            found = alignment.counterparts(block_id) if alignment is not None else []
            closest = alignment.best(block_id)[:1] if alignment is not None and nearest and not found else []
            outlet = other.article.outlet or other.article.title
            if not found and not closest:
                other.clear_passage_marks()
                if nearest:
                    other.show_notice(self.tr("Nothing in {0} shares words with the chosen passage").format(outlet))
                else:
                    other.show_notice(self.tr("Not in {0}: no passage there shares enough of its words with the "
                                              "chosen one").format(outlet))
                continue
            shown = found or closest
            other.set_passage_marks([], [p.b_block for p in found], [p.b_block for p in closest])
            best = shown[0]
            if found:
                more = self.tr(" (and {0} more)").format(len(found) - 1) if len(found) > 1 else ""
                notice = self.tr("Says the same: score {0:.2f}{1}").format(best.score, more)
            else:
                notice = self.tr("The nearest in {0}: score {1:.2f}, below the threshold, so perhaps not the "
                                 "same").format(outlet, best.score)
            other.show_notice(notice + (self.tr(" (locked: not moved)") if other.locked else ""))
            if level is not None and not other.locked:
                self.hold(lambda o=other, b=best.b_block: o.bring_block_to(b, level))

    def show_nearest(self, pane: ReadingPane | None = None, block_id: str = "") -> None:
        """View ▸ Show the Nearest Passages: for `block_id` of `pane` (the context menu's passage),
        else for the passage chosen last, in whichever pane."""
        if not pane:
            pane, block_id = self.chosen
        if not self.active:
            self.messages.info(self.tr("Turn on View ▸ Compare Side by Side (Ctrl+Shift+C) first"), 4000)
        elif self._picking is not None:
            self.messages.info(self.tr("Click the passage this one matches first, or press Esc"), 4000)
        elif pane is None or pane not in self.workspace.panes or pane.article is None:
            self.messages.info(self.tr("Click a passage first"), 4000)
        else:
            self.show_counterparts(pane, block_id, nearest=True)

    # -- sync points ------------------------------------------------------------------------------
    def start_pick(self, pane: ReadingPane, block_id: str) -> None:
        """"Align With…": the next passage clicked in another pane is pinned to this one."""
        if self.pins is None:
            self.messages.error(self.problem or self.tr("Sync points need a data folder"))
            return
        self._picking = (pane, block_id)
        self.pickingChanged.emit(True)
        self.messages.info(self.tr("Click the passage in another pane that this one matches (Esc: cancel)"), 0)

    def cancel_pick(self) -> None:
        if self._picking is not None:
            self._picking = None
            self.pickingChanged.emit(False)
            self.messages.info(self.tr("No sync point set"), 3000)

    @property
    def picking(self) -> bool:
        return self._picking is not None

    def _finish_pick(self, pane: ReadingPane, block_id: str) -> None:
        source, source_block = self._picking
        if pane is source or pane.article is None or source.article is None:
            return  # a click in the same pane: still waiting
        self._picking = None
        self.pickingChanged.emit(False)
        try:
            self.pins.add(source.article.id, source_block, pane.article.id, block_id)
        except (PinStoreError, OSError) as exc:
            self.messages.error(self.tr("Could not save the sync point: {0}").format(exc))
            return
        self._forget_layout()
        self.messages.info(self.tr("Sync point set: the alignment now runs through these two passages"), 6000)
        self.passage_chosen(source, source_block)

    def clear_pins(self, a: ReadingPane, b: ReadingPane) -> None:
        if self.pins is not None and a.article is not None and b.article is not None:
            self.pins.clear(a.article.id, b.article.id)
            self._forget_layout()
            self.changed.emit()

    # -- bookkeeping ------------------------------------------------------------------------------
    def _pane_added(self, pane: ReadingPane) -> None:
        pane.lock_button.setVisible(self.active)
        pane.passageClicked.connect(lambda block, p=pane: self.passage_chosen(p, block))
        pane.laidOut.connect(lambda p=pane: self._laid_out(p))
        pane.articleShown.connect(lambda _id, p=pane: self._article_shown(p))
        pane.browser.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._scrolled(p))

    def _pane_closed(self, pane: ReadingPane) -> None:
        self._forget_pane(pane)
        if self.chosen[0] is pane:
            self.chosen = (None, "")
        QTimer.singleShot(0, self, self.changed.emit)

    def _article_shown(self, pane: ReadingPane) -> None:
        if self.chosen[0] is pane:  # another article: its passage is gone
            self.chosen = (None, "")
        self._laid_out(pane)
        if self.active:
            self.prepare()

    def _laid_out(self, pane: ReadingPane) -> None:
        self._forget_pane(pane)
        if self.active and not self.preparing:
            self.changed.emit()

    def _forget_pane(self, pane: ReadingPane) -> None:
        """Block tops of `pane` moved (or it went): its extents, anchors and bands anew."""
        self._extents.pop(id(pane), None)
        self._anchors = {k: v for k, v in self._anchors.items() if id(pane) not in k}
        self._bands = {k: v for k, v in self._bands.items() if id(pane) not in k}

    def _forget_layout(self) -> None:
        """After a sync point changed (or the mode): alignments, anchors and bands anew."""
        self._extents.clear()
        self._anchors.clear()
        self._bands.clear()
        self._alignments.clear()
