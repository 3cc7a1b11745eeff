"""Find in article: a bar under a reading pane (Ctrl+F), matching the way search matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ..i18n import Retranslating


class FindBar(Retranslating, QWidget):
    """A search box with a hit counter; the pane does the finding and tells the counter."""

    textChanged = Signal(str)  # what to find (debounced); "" clears the marks
    stepRequested = Signal(int)  # +1 next hit, -1 previous hit
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self.box = QLineEdit(self)
        self.box.setObjectName("findBox")
        self.box.setClearButtonEnabled(True)
        self.counter = QLabel(self)
        self.counter.setObjectName("findCounter")
        self.counter.setMinimumWidth(64)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.prev_button = self._button("▲", lambda: self.stepRequested.emit(-1))
        self.next_button = self._button("▼", lambda: self.stepRequested.emit(+1))
        self.close_button = self._button("✕", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.counter)
        for button in (self.prev_button, self.next_button, self.close_button):
            layout.addWidget(button)
        self.retranslate()
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.textChanged.emit(self.box.text()))
        self.box.textEdited.connect(lambda _t: self._debounce.start())
        self.box.returnPressed.connect(self._enter)
        self.box.installEventFilter(self)
        self.hide()

    def retranslate(self) -> None:
        self.box.setPlaceholderText(self.tr("Find in article (学习 also finds 學習)"))
        self.prev_button.setToolTip(self.tr("Previous hit (Shift+F3, Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next hit (F3, Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))
        self.box.setAccessibleName(self.tr("Find in article"))
        self.prev_button.setAccessibleName(self.tr("Previous hit"))
        self.next_button.setAccessibleName(self.tr("Next hit"))
        self.close_button.setAccessibleName(self.tr("Close the find bar"))

    def _button(self, text: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def open_bar(self, text: str = "") -> None:
        self.show()
        if text:
            self.box.setText(text)
            self.textChanged.emit(text)
        self.box.setFocus()
        self.box.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._debounce.stop()
        self.closed.emit()

    def show_count(self, current: int, total: int) -> None:
        """`current` is 1-based (0: none chosen yet)."""
        if not self.box.text().strip():
            self.counter.setText("")
        elif total == 0:
            self.counter.setText(self.tr("no hits"))
        else:
            self.counter.setText(f"{current}/{total}")

    def _enter(self) -> None:
        if self._debounce.isActive():  # typed and pressed Enter at once: find first
            self._debounce.stop()
            self.textChanged.emit(self.box.text())
        else:
            self.stepRequested.emit(+1)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        # the box sees keys first: Shift+Enter must not also count as Enter
        if obj is self.box and event.type() == QEvent.Type.KeyPress:
            key, shift = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            if key == Qt.Key.Key_Escape:
                self.close_bar()
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and shift:
                self.stepRequested.emit(-1)
                return True
            if event.matches(QKeySequence.StandardKey.FindNext):
                self.stepRequested.emit(+1)
                return True
            if event.matches(QKeySequence.StandardKey.FindPrevious):
                self.stepRequested.emit(-1)
                return True
        return super().eventFilter(obj, event)
