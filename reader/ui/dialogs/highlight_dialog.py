"""Dialogs for highlights: a highlight's colour, note and tags; the names of the colour categories."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.highlights.model import Color, Highlight, normalise_tags
from ..color_names import color_label
from ..i18n import Retranslating
from ..panels.highlights_panel import swatch_icon

# Tags may be separated as a user of either script types them: "a, b", "a b", "甲，乙", "甲、乙".
TAG_SEPARATORS = re.compile(r"[\s,，、;；]+")
QUOTE_LINES = 4  # shown of the quote at the top before it scrolls


def parse_tags(text: str) -> tuple[str, ...]:
    """The tags typed in a tags box; a leading # (as the panel shows them) is dropped."""
    return normalise_tags(t.lstrip("#") for t in TAG_SEPARATORS.split(text))


class _TagCompleter(QCompleter):
    """Completes the tag being typed (the last one), keeping the tags before it."""

    _before = ""  # what was typed before the tag being completed

    def splitPath(self, path: str) -> list[str]:  # noqa: N802 - Qt API
        # `path` is what the user typed; the box's text changes as completions are highlighted
        last = TAG_SEPARATORS.split(path)[-1]
        self._before = path[:len(path) - len(last)]
        return [last.lstrip("#")]

    def pathFromIndex(self, index) -> str:  # noqa: N802 - Qt API
        return self._before + super().pathFromIndex(index) + ", "


class HighlightDialog(Retranslating, QDialog):
    """Edit one highlight's colour, note and tags; the caller writes `values()` to the store."""

    def __init__(self, highlight: Highlight, colors: Sequence[Color], known_tags: Sequence[str] = (),
                 parent: QWidget | None = None, *, convert: Callable[[str], str] | None = None):
        """`colors`: the store's categories (with the user's names); `known_tags`: offered as the
        user types; `convert`: shows the quote in the pane's script (None: as stored)."""
        super().__init__(parent)
        self.setObjectName("highlightDialog")
        self.quote = QPlainTextEdit(convert(highlight.exact) if convert else highlight.exact, self)
        self.quote.setObjectName("highlightQuote")
        self.quote.setReadOnly(True)
        self.quote.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.quote.setBackgroundRole(QPalette.ColorRole.Window)
        self.quote.setFrameShape(QFrame.Shape.NoFrame)
        self.quote.setMaximumHeight(QUOTE_LINES * self.quote.fontMetrics().lineSpacing() + 12)  # a long quote scrolls
        self.color_box = QComboBox(self)
        self.color_box.setObjectName("highlightColor")
        for color in colors:
            self.color_box.addItem(swatch_icon(color.rgb), color_label(color), color.key)
        self.color_box.setCurrentIndex(max(0, self.color_box.findData(highlight.color)))
        self.note_edit = QPlainTextEdit(highlight.note, self)
        self.note_edit.setObjectName("highlightNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.moveCursor(QTextCursor.MoveOperation.End)
        self.tags_edit = QLineEdit(", ".join(highlight.tags), self)
        self.tags_edit.setObjectName("highlightTags")
        completer = _TagCompleter(QStringListModel(list(known_tags), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.tags_edit.setCompleter(completer)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)

        self.color_label, self.note_label, self.tags_label = QLabel(self), QLabel(self), QLabel(self)
        form = QFormLayout()
        for label, field in ((self.color_label, self.color_box), (self.note_label, self.note_edit),
                             (self.tags_label, self.tags_edit)):
            label.setBuddy(field)
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quote)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.note_edit.setFocus()
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Edit Note and Tags"))
        self.color_label.setText(self.tr("&Colour:"))
        self.note_label.setText(self.tr("&Note:"))
        self.tags_label.setText(self.tr("&Tags:"))
        self.note_edit.setPlaceholderText(self.tr("Your thoughts on this passage (Ctrl+Enter saves)"))
        self.tags_edit.setPlaceholderText(self.tr("Separated by commas or spaces, e.g. RL, 认知核心"))

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        """(colour key, note, tags) as the user left them."""
        return self.color_box.currentData(), self.note_edit.toPlainText().strip(), parse_tags(self.tags_edit.text())


class ColorNamesDialog(Retranslating, QDialog):
    """Rename the colour categories (黄 → 重点, 红 → 存疑); an empty name means the default one."""

    def __init__(self, colors: Sequence[Color], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("colorNamesDialog")
        self.colors = list(colors)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout()
        for color in self.colors:
            edit = QLineEdit(color.name, self)
            edit.setObjectName(f"colorName_{color.key}")
            edit.setPlaceholderText(color.default_name)
            edit.setClearButtonEnabled(True)
            label = QWidget(self)
            swatch = QLabel(label)
            swatch.setPixmap(swatch_icon(color.rgb).pixmap(16, 16))
            default = QLabel(color.default_name, label)
            default.setBuddy(edit)
            row = QHBoxLayout(label)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(swatch)
            row.addWidget(default)
            form.addRow(label, edit)
            self.edits[color.key] = edit
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Colour Names"))
        self.intro.setText(self.tr("Name each highlight colour after what you mark with it, e.g. 重点 or 存疑. "
                                   "An empty name brings back the default."))

    def names(self) -> dict[str, str]:
        """Colour key → the name to give it (the default name where the box was left empty)."""
        return {c.key: " ".join(self.edits[c.key].text().split()) or c.default_name for c in self.colors}
