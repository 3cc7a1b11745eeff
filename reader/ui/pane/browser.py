"""The QTextBrowser of a reading pane: word selection on double-click, highlight and topic
tooltips, and a signal before a width change re-wraps the text."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import accumulate
from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QToolTip

from ...core.text.words import word_span


def _NO_IMAGE() -> QImage:  # noqa: N802 - a constant made on first use (needs a QGuiApplication)
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(0)
    return image


class ReaderBrowser(QTextBrowser):
    aboutToReflow = Signal()  # the width is about to change: the text will be laid out again
    resized = Signal(bool)  # True when the width changed
    clicked = Signal(QPoint)  # a plain click (no drag, nothing selected) at this viewport point
    tooltip_for: Callable[[QPoint], str] | None = None  # extra tooltip text for a viewport point
    # the topics of the passage at a viewport point: (rich text, its rectangle), or None
    topics_for: Callable[[QPoint], tuple[str, QRect] | None] | None = None
    _press: QPoint | None = None
    article_path: Path | None = None  # images resolve against this article's folder, and only there

    def loadResource(self, kind: int, url):  # noqa: N802 - Qt API
        """Images only from the article's own folder (reader.core.content.images); nothing else is
        ever read or fetched. Never an empty answer: QTextDocument would then open the file itself."""
        if kind in (QTextDocument.ResourceType.ImageResource, QTextDocument.ResourceType.ImageResource.value):
            from ...core.content.images import read_image

            data = read_image(self.article_path, url.toString()) if self.article_path is not None else None
            image = QImage.fromData(data) if data else QImage()
            return image if not image.isNull() else _NO_IMAGE()
        return QByteArray()

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._press = event.position().toPoint() if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().mouseReleaseEvent(event)
        point, press, self._press = event.position().toPoint(), self._press, None
        if (press is not None and event.button() == Qt.MouseButton.LeftButton
                and (point - press).manhattanLength() < 4 and not self.textCursor().hasSelection()):
            self.clicked.emit(point)

    def viewportEvent(self, event) -> bool:  # noqa: N802 - Qt API
        """A highlight's note and tags as its tooltip (with the original of a converted character);
        elsewhere in a tagged passage, its topics. What is under the pointer comes first: a
        highlight, a changed character or a link keeps its own tooltip."""
        if event.type() != QEvent.Type.ToolTip:
            return super().viewportEvent(event)
        pos = event.pos()
        extra = self.tooltip_for(pos) if self.tooltip_for is not None else ""
        changed = self.cursorForPosition(pos).charFormat().toolTip() if extra or self.topics_for else ""
        if extra:
            text = extra + (f"\n{self.tr('Original: {0}').format(changed)}" if changed else "")
            QToolTip.showText(event.globalPos(), text, self.viewport())
            return True
        topics = self.topics_for(pos) if self.topics_for is not None and not changed and not self.anchorAt(pos) else None
        if topics:
            QToolTip.showText(event.globalPos(), topics[0], self.viewport(), topics[1])
            return True
        return super().viewportEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Select the word under the pointer; in Chinese, a word, not the run of characters."""
        super().mouseDoubleClickEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        # Qt's word runs to the next space: "Agent的發展路徑、深度學習…" is one. The character under
        # the pointer: the one after the nearest boundary, or before it when the pointer is left of it
        point = event.position().toPoint()
        cursor = self.cursorForPosition(point)
        if point.x() < self.cursorRect(cursor).left() and not cursor.atBlockStart():
            cursor.movePosition(QTextCursor.MoveOperation.PreviousCharacter)
        select_word(cursor)
        if cursor.hasSelection():
            self.setTextCursor(cursor)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt API
        reflow = event.oldSize().width() != event.size().width()
        if reflow:
            self.aboutToReflow.emit()
        super().resizeEvent(event)
        self.resized.emit(reflow)


def select_word(cursor: QTextCursor) -> None:
    """Make `cursor` select the word it is in (jieba's words for Chinese), if it is in one."""
    block = cursor.block()
    text = block.text()
    units = list(accumulate((2 if ord(c) > 0xFFFF else 1 for c in text), initial=0))  # index → UTF-16
    at = bisect.bisect_right(units, cursor.positionInBlock()) - 1  # the character after the cursor
    span = word_span(text, at) or (word_span(text, at - 1) if at > 0 else None)
    if span is None:
        return
    cursor.setPosition(block.position() + units[span[0]])
    cursor.setPosition(block.position() + units[span[1]], QTextCursor.MoveMode.KeepAnchor)
