"""Edit ▸ Preferences in the window: the dialog, and each choice applied at once — the theme to the
application, the reading style to every open pane, the language to the labels — and kept in
Settings, from which the next start (and every new pane) takes them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from ..themes import ReadingStyle

if TYPE_CHECKING:  # the dialog's module loads when the dialog is first shown, not at start-up
    from ..dialogs.preferences import Choices, PreferencesDialog

STYLE_DELAY_MS = 120  # a spin box held down re-sets every pane's text once, not at every step


class Preferences(QObject):
    """Shows the Preferences dialog and applies what it says."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.dialog: PreferencesDialog | None = None
        self._style_timer = QTimer(self, singleShot=True, interval=STYLE_DELAY_MS)
        self._style_timer.timeout.connect(self._apply_style)

    def current(self) -> Choices:
        from ..dialogs.preferences import Choices

        s = self.settings
        return Choices(s.theme, s.reading_style(), s.script, s.vocabulary, s.ui_language, s.search_as_you_type)

    def show_dialog(self) -> PreferencesDialog:
        if self.dialog is None:
            from ..dialogs.preferences import PreferencesDialog

            self.dialog = PreferencesDialog(self.window)
            self.dialog.changed.connect(self.apply)
            self.dialog.defaultsRequested.connect(self.restore_defaults)
        self.dialog.set_choices(self.current())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def restore_defaults(self) -> None:
        from ..dialogs.preferences import Choices

        self.apply(Choices())
        if self.dialog is not None:
            self.dialog.set_choices(self.current())

    def apply(self, choices: Choices) -> None:
        """Make the window show `choices` and remember them; a choice that did not change does nothing."""
        s = self.settings
        if choices.theme != s.theme:
            self.window.apply_theme(choices.theme)  # the palette, every pane, the View menu's check mark
        style = choices.style.clamped()
        if style != s.reading_style():
            s.set_reading_style(style)
            self._style_timer.start()
        s.script, s.vocabulary = choices.script, choices.vocabulary  # what new panes show
        if choices.ui_language != s.ui_language:
            self.window.scripts.set_ui_language(choices.ui_language)
        s.search_as_you_type = choices.search_as_you_type
        if self.window.search_panel is not None:
            self.window.search_panel.as_you_type = choices.search_as_you_type

    def _apply_style(self) -> None:
        self.set_style(self.settings.reading_style())

    def set_style(self, style: ReadingStyle) -> None:
        for pane in self.window.workspace.panes:
            pane.set_reading_style(style)
