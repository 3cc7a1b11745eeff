"""Help ▸ Keyboard Shortcuts (F1, Ctrl+/): every shortcut, grouped by menu, in the UI's language,
with a box that narrows the rows as you type (either script: 快捷 finds 快捷, 搜尋 finds 搜索)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.text.canonical import canonical
from ..actions import translate
from ..i18n import Retranslating
from ..shortcuts import sections


def native_keys(keys: list[QKeySequence]) -> str:
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


class ShortcutsDialog(Retranslating, QDialog):
    """The shortcuts sheet; not modal, so the reader can try the keys with it open."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self.resize(640, 620)
        self.filter_label = QLabel(self)
        self.filter_box = QLineEdit(self)
        self.filter_box.setObjectName("shortcutsFilter")
        self.filter_box.setClearButtonEnabled(True)
        self.filter_label.setBuddy(self.filter_box)
        self.filter_box.textChanged.connect(self._filter)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutsTree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.filter_label)
        row.addWidget(self.filter_box, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_label.setText(self.tr("&Filter:"))
        self.filter_box.setPlaceholderText(self.tr("Type part of an action or a key"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self._fill()

    def _fill(self) -> None:
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for section in sections(translate, native_keys):
            head = QTreeWidgetItem(self.tree, [section.title])
            head.setFont(0, bold)
            head.setFirstColumnSpanned(True)
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in section.rows:
                item = QTreeWidgetItem(head, [text, keys])
                item.setData(0, Qt.ItemDataRole.UserRole, canonical(f"{section.title} {text} {keys}"))
        self.tree.expandAll()
        self._filter(self.filter_box.text())

    def _filter(self, typed: str) -> None:
        """Rows whose menu, text or keys hold every word typed; a section without any is hidden."""
        words = canonical(typed).split()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            shown = 0
            for j in range(head.childCount()):
                item = head.child(j)
                match = all(w in item.data(0, Qt.ItemDataRole.UserRole) for w in words)
                item.setHidden(not match)
                shown += match
            head.setHidden(shown == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        """(text, keys) of every row shown (for tests)."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            if head.isHidden():
                continue
            out += [(head.child(j).text(0), head.child(j).text(1)) for j in range(head.childCount())
                    if not head.child(j).isHidden()]
        return out

    def show_sheet(self) -> None:
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter_box.setFocus()
        self.filter_box.selectAll()
