"""The Timeline of topics in the window (View ▸ Timeline, Ctrl+Shift+M): a dock at the bottom
that shows the Topics controller's timeline and opens what its marks stand for.

A mark by date opens the articles covering its topic side by side in compare mode, each at its
first passage on the topic with the topic's passages marked; a strip by position jumps to that
place in the pane showing the article. Built the first time it is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer

from ...core.errors import UnknownArticleError
from ...core.topics import ArticleTimeline, Timeline
from ..pane.reading_pane import ReadingPane
from ..panels.timeline_panel import TimelinePanel
from ..workspace import MAX_PANES

NAME_SCRIPT = {"en": "en", "zh_CN": "hans", "zh_TW": "hant", "zh_HK": "hant"}  # UI language → topic names
FIRST_WORDS = 40
SETTLE_MS = 8000  # how long panes opened from a mark are kept at their passage while compare mode settles


class TopicTimeline(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.panel = TimelinePanel(window)
        self.view = self.panel.view
        self.view.describe = self.describe
        self.dock = window.add_dock("timelineDock", self.panel, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.dock.setMinimumHeight(160)
        window.restoreDockWidget(self.dock)
        self.action = window.action_set["timelineAction"]
        self.dock.visibilityChanged.connect(self._visibility_changed)
        self.view.markActivated.connect(self.open_topic)
        self.view.passageActivated.connect(self.open_passage)
        self.view.stripClicked.connect(self.open_at)
        self.view.rowActivated.connect(lambda article_id: self.open_at(article_id, None))
        self.panel.exportRequested.connect(self.export_dialog)
        self.panel.layout_combo.currentIndexChanged.connect(
            lambda _i: setattr(window.settings, "timeline_layout", self.view.kind))
        window.topics.topicsChanged.connect(self.refresh)
        window.ui_language.languageChanged.connect(self._language_changed)
        self.timeline: Timeline | None = None
        self._articles: dict[str, ArticleTimeline] = {}
        self._stale = True
        self._placing: dict[ReadingPane, tuple[str, str, tuple[str, ...]]] = {}  # pane → (article, first, blocks)
        self._left_out = ""
        self._sync: str | None = None  # compare mode's scroll sync, held off while panes are placed
        self._place_timer = QTimer(self, singleShot=True, interval=30)
        self._place_timer.timeout.connect(self._place)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self._settled)
        window.comparing.changed.connect(self._compare_changed)
        self.workspace.paneAdded.connect(lambda pane: pane.laidOut.connect(lambda p=pane: self._laid_out(p)))
        for pane in self.workspace.panes:
            pane.laidOut.connect(lambda p=pane: self._laid_out(p))
        self.panel.set_layout(window.settings.timeline_layout)
        self.panel.set_script(NAME_SCRIPT.get(window.ui_language.current, "hans"))

    # -- showing ----------------------------------------------------------------------------------
    def set_shown(self, on: bool) -> None:
        self.dock.setVisible(on)
        self.window.settings.timeline_shown = on
        if on:
            self.dock.raise_()
            if self._stale:
                self.refresh()
            self.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.action.setChecked(on)

    def _visibility_changed(self, _visible: bool) -> None:
        shown = not self.dock.isHidden()
        self.action.setChecked(shown)
        if not self.window.closed:
            self.window.settings.timeline_shown = shown
        if shown and self._stale:
            self.refresh()

    def refresh(self) -> None:
        """The timeline anew (the topic list or the library changed); later if the dock is hidden."""
        if self.dock.isHidden():
            self._stale = True
            return
        self._stale = False
        topics = self.window.topics
        self.timeline = topics.timeline()
        self._articles = {a.id: a for a in self.timeline.articles}
        self.panel.set_timeline(self.timeline, topics.problem)

    def _language_changed(self, language: str) -> None:
        self.panel.set_script(NAME_SCRIPT.get(language, "hans"))

    def retranslate(self) -> None:
        self.dock.setWindowTitle(self.tr("Timeline of Topics"))

    # -- what a mark says -------------------------------------------------------------------------
    def describe(self, article_id: str, topic_id: str) -> str:
        """The tooltip of a mark (and its accessible description): the article, how many of its
        passages are on the topic, and the first one's first words in the script the pane shows."""
        article = self._articles.get(article_id)
        topic = self.timeline.topics.get(topic_id) if self.timeline else None
        cell = article.topics.get(topic_id) if article else None
        if article is None or topic is None or cell is None:
            return ""
        name = topic.name(self.panel.script)
        lines = [article.title, f"{article.outlet} · {(article.date or '')[:10]}",
                 self.tr("{0}: {1} passage(s)").format(name, cell.count)]
        words = self.first_words(article_id, cell.first_block)
        if words:
            lines.append(f"“{words}”")
        return "\n".join(lines)

    def first_words(self, article_id: str, block_id: str | None) -> str:
        if not block_id:
            return ""
        try:
            block = self.window.library.get(article_id).block(block_id)
        except UnknownArticleError:
            return ""
        if block is None:
            return ""
        text = " ".join(block.text.split())
        text = self.window.scripts.converter_for(article_id)(text[:FIRST_WORDS * 2])
        return text[:FIRST_WORDS] + ("…" if len(text) > FIRST_WORDS else "")

    # -- opening ------------------------------------------------------------------------------------
    def open_topic(self, article_id: str, topic_id: str) -> list[str]:
        """The articles covering the topic (those the filters show), side by side in compare mode:
        the one clicked and those with the most passages on it, at most four; returns their ids."""
        shown = {a.id for a in self.panel.visible_articles()}
        covering = [a for a in self.timeline.covering(topic_id) if a.id in shown] if self.timeline else []
        if not covering:
            return []
        ranked = sorted(covering, key=lambda a: (a.id != article_id, -a.topics[topic_id].count))
        chosen_ids = {a.id for a in ranked[:MAX_PANES]}
        chosen = [a for a in covering if a.id in chosen_ids]  # in date order, left to right
        left_out = [a for a in covering if a.id not in chosen_ids]
        window = self.window
        window.set_compare(False)  # no sync while the panes are arranged
        panes = list(self.workspace.panes)
        placing = {}
        for i, article in enumerate(chosen):
            pane = panes[i] if i < len(panes) else window.session.new_pane(after=self.workspace.panes[-1],
                                                                            like=self.workspace.current)
            if pane is None:
                break
            if pane.article is None or pane.article.id != article.id:
                window.open_article(article.id, pane)
            cell = article.topics[topic_id]
            placing[pane] = (article.id, cell.first_block, cell.blocks)
        for pane in panes[len(chosen):]:
            window.session.save_position(pane)
            self.workspace.close_pane(pane)
        self.workspace.set_current(next(iter(placing)), focus=False)
        topic = self.timeline.topics.get(topic_id)
        name = topic.name(self.panel.script) if topic else topic_id
        self._left_out = (self.tr("{0}: {1} more article(s) cover it, left out (at most four side by side): {2}")
                          .format(name, len(left_out), ", ".join(a.outlet or a.title for a in left_out))
                          if left_out else "")
        self._start_placing(placing)
        if len(placing) > 1:
            window.set_compare(True)
        else:
            self._settle_timer.start(300)
        if self._left_out:
            window.messages.info(self._left_out, 10000)
        return [a.id for a in chosen]

    def open_passage(self, article_id: str, topic_id: str, index: int) -> None:
        """A segment of a strip: that passage, in the pane showing the article (opened if none does)."""
        cell = self.timeline.cell(article_id, topic_id) if self.timeline else None
        if cell is None or not cell.blocks:
            return
        block = cell.blocks[min(max(0, index), len(cell.blocks) - 1)]
        pane = self._pane_for(article_id)
        if pane is not None:
            self._start_placing({pane: (article_id, block, cell.blocks)})
            self._settle_timer.start(300)

    def open_at(self, article_id: str, fraction: float | None) -> None:
        """A click on a strip off the marks (or on its label: None): that place in the article."""
        pane = self._pane_for(article_id)
        if pane is None or fraction is None:
            return
        try:
            article = self.window.library.get(article_id)
        except UnknownArticleError:
            return
        tags = self.window.topics.tags(article)
        total = max(1, tags.total)
        block = ""
        for passage in tags.passages:
            if passage.start / total > fraction:
                break
            block = passage.block_id
        block = block or (tags.passages[0].block_id if tags.passages else "")
        if block:
            self._start_placing({pane: (article_id, block, ())})
            self._settle_timer.start(300)

    def _pane_for(self, article_id: str) -> ReadingPane | None:
        showing = self.workspace.showing(article_id)
        if showing:
            self.workspace.set_current(showing[0])
            return showing[0]
        return self.workspace.current if self.window.open_article(article_id) else None

    # -- keeping the panes at their passage while they settle ------------------------------------
    def _start_placing(self, placing: dict) -> None:
        for pane in placing:
            pane.note_jump()  # a timeline mark or strip is a jump: Back returns to the place left
        comparing = self.window.comparing
        if self._sync is None:  # the other panes do not follow these moves (nor the re-wraps) until settled
            self._sync, comparing.sync = comparing.sync, "off"
        self._placing = dict(placing)
        self._place()
        self._place_timer.start()  # once more after the session restored the old positions
        self._settle_timer.start(SETTLE_MS)

    def _place(self) -> None:
        """Each pane at its passage, the passage marked (the others on the topic fainter);
        moved without compare mode's sync making the others follow."""
        def move():
            for pane, (article_id, first, blocks) in list(self._placing.items()):
                if pane not in self.workspace.panes or pane.article is None or pane.article.id != article_id:
                    continue
                pane.restore_position(f"{first}:0")
                pane.set_passage_marks([first], [b for b in blocks if b != first])

        self.window.comparing.hold(move)

    def _laid_out(self, pane: ReadingPane) -> None:
        if pane in self._placing:
            self._place_timer.start()

    def _compare_changed(self) -> None:
        if self._placing and not self.window.comparing.preparing and self.window.comparing.active:
            self._settle_timer.start(150)  # the strips are there: once more when their reflow is done

    def _settled(self) -> None:
        if not self._placing:
            return
        self._place()
        self._placing = {}
        if self._sync is not None:
            if self.window.comparing.sync == "off":  # unless the user chose another meanwhile
                self.window.comparing.sync = self._sync
            self._sync = None
        if self._left_out:
            self.window.messages.info(self._left_out, 10000)
            self._left_out = ""

    # -- export ---------------------------------------------------------------------------------------
    def export_dialog(self, fmt: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        filters = {"png": self.tr("PNG image (*.png)"), "svg": self.tr("SVG drawing (*.svg)")}
        suggested = Path.home() / f"duidu-timeline.{fmt}"
        path, _chosen = QFileDialog.getSaveFileName(self.window, self.tr("Export the Timeline"), str(suggested),
                                                    filters.get(fmt, filters["png"]))
        if path:
            self.export(Path(path), fmt)

    def export(self, path: Path, fmt: str) -> bool:
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            ok = self.view.export_svg(path, self.tr("Timeline of Topics")) if fmt == "svg" else self.view.export_png(path)
        except OSError as exc:
            ok, reason = False, str(exc)
        else:
            reason = ""
        if ok:
            self.window.messages.info(self.tr("Timeline exported to {0}").format(path), 8000)
        else:
            self.window.messages.error(self.tr("Could not export the timeline to {0} {1}").format(path, reason))
        return ok

