"""What the keyboard reaches beyond the menus: the shortcuts sheet (Help ▸ Keyboard Shortcuts,
F1, Ctrl+/) and full screen (View ▸ Full Screen, F11), whose check mark follows the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QToolButton


class Keyboard(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.sheet = None  # the shortcuts dialog, built when first shown
        self._maximized = False  # whether the window was maximised before it went full screen
        window.installEventFilter(self)
        self._name_qt_controls()

    def set_full_screen(self, on: bool) -> None:
        window = self.window
        if on:
            if not window.isFullScreen():
                self._maximized = window.isMaximized()  # showFullScreen() forgets it
            window.showFullScreen()
        elif self._maximized:
            window.showMaximized()  # back as it was before F11
        else:
            window.showNormal()

    def show_shortcuts(self) -> None:
        from ..dialogs.shortcuts import ShortcutsDialog

        if self.sheet is None:
            self.sheet = ShortcutsDialog(self.window)
        self.sheet.show_sheet()

    def _name_qt_controls(self) -> None:
        """Qt's own menu-bar overflow button (shown when the menus do not fit) has no name."""
        more = self.window.menuBar().findChild(QToolButton, "qt_menubar_ext_button")
        if more is not None:
            more.setAccessibleName(self.tr("More menus"))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if watched is self.window and event.type() == QEvent.Type.LanguageChange:
            self._name_qt_controls()
        elif watched is self.window and event.type() == QEvent.Type.WindowStateChange:
            full = bool(self.window.windowState() & Qt.WindowState.WindowFullScreen)
            self.window.action_set["fullScreenAction"].setChecked(full)
        return False
