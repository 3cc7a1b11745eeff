"""Script modes in the window: the current pane's mode from the menu and keys, the menu's check
marks, the default for new panes, and the interface language that follows the script shown."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...core.errors import UnknownArticleError
from ...core.script.modes import ScriptMode, convert_text
from ..i18n import language_for
from ..pane.reading_pane import ReadingPane


class Scripts(QObject):
    """What the Script menu does, always to the pane that has the focus."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.workspace = window.workspace
        self._followed: tuple | None = None  # (mode, vocabulary, search built) the window follows now

    def set_script(self, mode: ScriptMode | str) -> None:
        """Show the current pane in `mode` (it also becomes the default for new panes)."""
        self.workspace.current.set_script(mode)

    def set_vocabulary(self, on: bool) -> None:
        pane = self.workspace.current
        pane.set_script(pane.script_mode, vocabulary=on)

    def set_show_changes(self, on: bool) -> None:
        pane = self.workspace.current
        pane.set_script(pane.script_mode, show_changes=on)

    def next_script(self) -> None:
        modes = list(ScriptMode)
        self.set_script(modes[(modes.index(self.workspace.current.script_mode) + 1) % len(modes)])

    def script_changed(self, pane: ReadingPane, mode: str) -> None:
        if pane is not self.workspace.current:
            return
        self.window.action_set.group("script")[mode].setChecked(True)
        self.window.action_set["vocabularyAction"].setChecked(pane.vocabulary)
        self.window.action_set["showChangesAction"].setChecked(pane.show_changes)
        self.window.settings.script = mode
        self.window.settings.vocabulary = pane.vocabulary
        self.window.settings.show_changes = pane.show_changes
        # the text first, then the labels and the search snippets: the pane is painted before these;
        # the message after the labels, so that it is in the language they switch to
        QTimer.singleShot(0, self, lambda: self._followed_by_message(pane, mode))

    def _followed_by_message(self, pane: ReadingPane, mode: str) -> None:
        self.follow_script()
        if self.window.closed or pane.script_mode.value != mode:
            return
        config = pane.opencc_config()
        label = ScriptMode(mode).label
        self.window.messages.info(self.tr("Showing {0} (OpenCC {1})").format(label, config) if config
                                  else self.tr("Showing {0}: no conversion needed").format(label), 4000)

    def follow_script(self) -> None:
        """The labels and the search snippets follow the current pane's script (after its paint);
        moving the focus between panes in the same script redoes nothing."""
        if self.window.closed:
            return
        pane = self.workspace.current
        shown = (pane.script_mode, pane.effective_vocabulary, self.window.search_panel is not None)
        if shown == self._followed:
            return
        self._followed = shown
        self.set_ui_language(self.window.settings.ui_language)
        if self.window.search_panel is not None:
            self.window.search_panel.refresh_script()

    def set_ui_language(self, choice: str) -> None:
        """Fix the interface language, or let it follow the script the current pane shows ("auto")."""
        languages = self.window.action_set.group("language")
        if choice not in languages:
            choice = "auto"
        self.window.settings.ui_language = choice
        languages[choice].setChecked(True)
        self.window.ui_language.set_language(language_for(choice, self.workspace.current.script_mode.value))

    def converter_for(self, article_id: str):
        """What search results and highlight quotes of an article look like in the current pane's script."""
        pane = self.workspace.current
        try:
            source = self.window.library.get(article_id).script
        except UnknownArticleError:
            source = None
        return lambda text: convert_text(text, pane.script_mode, pane.effective_vocabulary, source=source)
