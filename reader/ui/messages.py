"""The one channel through which every part of the window tells the user something.

As qutebrowser's `utils/message.py`: controllers and panels say *what* (`info`, `warning`,
`error`, `notice`); the main window decides *how* (status bar, a box that does not block).
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)

INFO, WARNING, ERROR = "info", "warning", "error"


class Messages(QObject):
    """Messages for the user of one main window."""

    shown = Signal(str, str, int)  # level (info, warning, error), text, milliseconds (0: until the next one)
    noticed = Signal(str, str, str)  # title, text, object name of the box: a notice that needs reading

    def info(self, text: str, ms: int = 5000) -> None:
        self.shown.emit(INFO, text, ms)

    def warning(self, text: str, ms: int = 10000) -> None:
        log.warning("%s", text)
        self.shown.emit(WARNING, text, ms)

    def error(self, text: str, ms: int = 0) -> None:
        log.error("%s", text)
        self.shown.emit(ERROR, text, ms)

    def notice(self, title: str, text: str, name: str = "") -> None:
        """Something the user must read (e.g. a damaged database was set aside)."""
        log.warning("%s: %s", title, text)
        self.noticed.emit(title, text, name)
