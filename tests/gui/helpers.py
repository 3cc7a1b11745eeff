"""Helpers for driving widgets the way a user does."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent


def type_text(qtbot, widget, text: str) -> None:
    """Type like a user: ASCII as key presses, Chinese as an input method commits it
    (QTest.keyClicks cannot type characters outside ASCII)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QCoreApplication.sendEvent(widget, event)
