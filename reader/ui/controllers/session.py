"""The session: which articles the panes show, where each was left, and the pane layout at the
next start. Opening, splitting and closing panes goes through here, so positions are never lost."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from ...core.errors import UnknownArticleError
from ...core.script.modes import ScriptMode
from ..core_messages import shown
from ..pane.reading_pane import ReadingPane


class Session(QObject):
    """Opens articles in the window's panes and remembers them (Settings)."""

    articleOpened = Signal(object)  # the ReadingPane that now shows another article

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.settings = window.settings
        self.messages = window.messages

    @property
    def library(self):
        """The window's library now (an import replaces it with one that holds the new articles)."""
        return self.window.library

    def new_pane(self, after: ReadingPane | None = None, like: ReadingPane | None = None) -> ReadingPane | None:
        """A new pane, shown as `like` shows its article (script, zoom), else with the defaults."""
        pane = self.workspace.add_pane(after)
        if pane is None:
            self.messages.info(self.tr("At most four panes fit side by side: close one first (Ctrl+W)"))
            return None
        pane.set_reading_style(self.settings.reading_style())
        pane.set_theme(self.window.theme)
        if like is not None:
            pane.set_zoom(like.zoom)
            pane.set_script(like.script_mode, like.vocabulary, like.show_changes)
        else:
            pane.set_zoom(self.settings.zoom)
            pane.set_script(self.settings.script, self.settings.vocabulary, self.settings.show_changes)
        return pane

    def split_pane(self) -> ReadingPane | None:
        """View ▸ Split Pane: the current article again, beside it, at the same place."""
        current = self.workspace.current
        pane = self.new_pane(after=current, like=current)
        if pane is None:
            return None
        if current.article is not None:
            position = current.position()
            pane.show_article(current.article)
            self.restore_position(pane, position)
        self.workspace.set_current(pane, focus=True)
        return pane

    def _readable(self, article_id: str):
        """The article, or None after telling the user why it cannot be opened."""
        try:
            article = self.library.get(article_id)
        except UnknownArticleError as exc:
            self.messages.error(shown(exc), 8000)
            return None
        if article.error:
            self.messages.error(self.tr("Cannot open {0}: {1}").format(article.path.name, article.error))
            return None
        return article

    def open_in_new_pane(self, article_id: str) -> ReadingPane | None:
        """Open an article in a new pane right of the current one (library Ctrl+click, search Ctrl+Enter)."""
        if self._readable(article_id) is None:
            return None
        current = self.workspace.current
        pane = self.new_pane(after=current, like=current)
        if pane is None:
            return None
        self.workspace.set_current(pane, focus=True)
        self.open_article(article_id, pane)
        return pane

    def close_pane(self) -> bool:
        """Ctrl+W: close the current pane (the last one stays), remembering where it was."""
        pane = self.workspace.current
        if len(self.workspace) == 1:
            self.messages.info(self.tr("The last pane stays open"))
            return False
        self.save_position(pane)
        return self.workspace.close_pane(pane)

    def open_article(self, article_id: str, pane: ReadingPane | None = None) -> bool:
        """Show an article in `pane` (default: the current one), where it was left last time."""
        pane = pane or self.workspace.current
        article = self._readable(article_id)
        if article is None:
            return False
        self.save_position(pane)
        pane.show_article(article)
        saved = self.settings.position(article.id)
        if saved:
            self.restore_position(pane, saved)
        self.articleOpened.emit(pane)
        return True

    def restore_position(self, pane: ReadingPane, position: str) -> None:
        # the layout of a long article settles after the first paint; restore then as well
        pane.restore_position(position)
        article_id = pane.article.id
        QTimer.singleShot(0, pane, lambda: pane.restore_position(position)
                          if pane.article is not None and pane.article.id == article_id else None)

    def save_position(self, pane: ReadingPane) -> None:
        if pane.article is not None:
            self.settings.set_position(pane.article.id, pane.position())

    def open_initial(self) -> None:
        """The panes as they were at the last close; else the last article (or the newest)."""
        layout = self.settings.pane_layout()
        readable = {a.id for a in self.library if not a.error}
        states = [s for s in (layout or {}).get("panes", []) if s.get("article") in readable]
        if states:
            self._restore_panes(states, layout)
            return
        last = self.settings.last_article
        ids = [a.id for a in self.window.library_panel.sorted_articles() if not a.error]
        if last in ids:
            self.open_article(last)
        elif ids:
            self.open_article(ids[0])

    def _restore_panes(self, states: list[dict], layout: dict) -> None:
        for i, state in enumerate(states[:4]):
            pane = self.workspace.panes[0] if i == 0 else self.new_pane(after=self.workspace.panes[-1])
            try:
                pane.set_zoom(float(state.get("zoom", self.settings.zoom)))
            except (TypeError, ValueError):
                pass
            mode = state.get("script") if state.get("script") in {m.value for m in ScriptMode} else self.settings.script
            pane.set_script(mode, bool(state.get("vocabulary")), bool(state.get("show_changes")))
            pane.show_article(self.library.get(state["article"]))
            pane.set_locked(bool(state.get("locked")))
            position = str(state.get("position") or "")
            if position:
                self.restore_position(pane, position)
        sizes = layout.get("sizes")
        if isinstance(sizes, list):
            self.workspace.set_sizes([int(s) for s in sizes if isinstance(s, (int, float))])
        current = layout.get("current", 0)
        panes = self.workspace.panes
        pane = panes[current] if isinstance(current, int) and 0 <= current < len(panes) else panes[0]
        self.workspace.set_current(pane)
        self.articleOpened.emit(pane)

    def save_layout(self) -> None:
        panes = self.workspace.panes
        self.settings.set_pane_layout({"panes": [p.state() for p in panes], "sizes": self.workspace.sizes(),
                                       "current": panes.index(self.workspace.current)})
