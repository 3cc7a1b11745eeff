"""Back and forward (Go ▸ Back, Alt+Left; Go ▸ Forward, Alt+Right; the toolbar's arrows; the
mouse's back and forward buttons) through the places the current pane's jumps left. Each pane
keeps its own history (PaneHistory); this goes back in it, opening another article if need be."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QStyle, QToolBar

from ..i18n import Retranslating
from ..pane.reading_pane import ReadingPane


class NavigationToolbar(Retranslating, QToolBar):
    """The back and forward arrows."""

    def __init__(self, parent):
        super().__init__(parent)
        self.setObjectName("navigationToolbar")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Navigation"))


class ReadingHistory(QObject):
    """Steps the current pane back and forward, and keeps the arrows' state up to date."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self.back_action = window.action_set["backAction"]
        self.forward_action = window.action_set["forwardAction"]
        style = window.style()
        self.back_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        self.forward_action.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        self.toolbar = NavigationToolbar(window)
        self.toolbar.addAction(self.back_action)
        self.toolbar.addAction(self.forward_action)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.workspace.paneAdded.connect(self._pane_added)
        self.workspace.currentChanged.connect(lambda _pane: self.update_actions())
        for pane in self.workspace.panes:
            self._pane_added(pane)
        self.update_actions()

    def _pane_added(self, pane: ReadingPane) -> None:
        pane.historyRequested.connect(lambda step, p=pane: self.step(step, p))
        pane.historyChanged.connect(self.update_actions)

    def back(self) -> bool:
        return self.step(-1)

    def forward(self) -> bool:
        return self.step(1)

    def step(self, delta: int, pane: ReadingPane | None = None) -> bool:
        """Go back (-1) or forward (1) in `pane`'s history (default: the current pane's)."""
        pane = pane or self.workspace.current
        current = pane.place()
        if current is None:
            return False
        place = pane.history.back(current) if delta < 0 else pane.history.forward(current)
        if place is None:
            self.window.messages.info(self.tr("Nothing to go back to") if delta < 0 else self.tr("Nothing ahead"), 3000)
            self.update_actions()
            return False
        pane.hold_history(True)
        try:
            if pane.article.id != place.article_id and not self.window.open_article(place.article_id, pane):
                return False
            pane.go_to_position(place.position)
        finally:
            pane.hold_history(False)
        # the session restores where the article was left once laid out: the place wins after it
        article_id = place.article_id
        QTimer.singleShot(0, pane, lambda: pane.go_to_position(place.position)
                          if pane.article is not None and pane.article.id == article_id else None)
        self.workspace.set_current(pane)
        self.update_actions()
        return True

    def update_actions(self) -> None:
        history = self.workspace.current.history if self.workspace.current is not None else None
        self.back_action.setEnabled(history is not None and history.can_go_back)
        self.forward_action.setEnabled(history is not None and history.can_go_forward)
