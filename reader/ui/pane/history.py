"""Reading history of a pane: the place each jump leaves is recorded here, in the pane, so that
no caller has to. A jump is another article (show_article), a heading, link or coverage click
(scroll_to_block), a search hit (set_marks near a block) or a highlight (scroll_to_highlight);
restoring a position (zoom, reflow, a script switch, the start) is none. Moves the pane cannot
tell from compare mode's following (a parallel passage, a timeline mark) call note_jump().
The mouse's back and forward buttons over the text ask for a step (historyRequested)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

from ...core.history import History, Place


class _MouseButtons(QObject):
    """The back / forward buttons of a mouse over the text: a step in the history."""

    def __init__(self, pane):
        super().__init__(pane)
        self.pane = pane

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.MouseButtonPress:
            step = {Qt.MouseButton.BackButton: -1, Qt.MouseButton.ForwardButton: 1}.get(event.button())
            if step is not None:
                self.pane.historyRequested.emit(step)
                return True
        return False


class PaneHistory:
    """The part of ReadingPane that remembers where its jumps left (Back / Forward)."""

    def _init_history(self) -> None:
        self.history = History()
        self._history_held = False  # while going back or forward: those steps are no jumps
        self._left_this_turn = False  # one user action moves a pane in several steps: one place
        self._mouse_buttons = _MouseButtons(self)
        self.browser.viewport().installEventFilter(self._mouse_buttons)

    def place(self) -> Place | None:
        """Where the pane is now (None: no article)."""
        return Place(self.article.id, self.position()) if self.article is not None else None

    def note_jump(self) -> None:
        """Record the place the pane is about to leave (once per turn of the event loop)."""
        if self._history_held or self._left_this_turn or self.article is None:
            return
        self.history.visit(self.place())
        self._left_this_turn = True
        QTimer.singleShot(0, self, self._turn_over)
        self.historyChanged.emit()

    def _turn_over(self) -> None:
        self._left_this_turn = False

    def hold_history(self, held: bool) -> None:
        """While held, moves are not jumps (Back and Forward themselves)."""
        self._history_held = held

    def go_to_position(self, position: str) -> None:
        """Scroll to a `position()` — "" is the top, which restore_position does not scroll to."""
        if position:
            self.restore_position(position)
        else:
            self.browser.verticalScrollBar().setValue(0)
