"""Table of contents of the shown article: click a heading to go there."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from ...core.content.blocks import TocEntry
from ..i18n import Retranslating

BLOCK_ID_ROLE = Qt.ItemDataRole.UserRole


class TocPanel(Retranslating, QTreeWidget):
    headingActivated = Signal(str)  # block id of the heading

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tocTree")
        self.setHeaderHidden(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.itemClicked.connect(lambda item, _col: self.headingActivated.emit(item.data(0, BLOCK_ID_ROLE)))
        self.itemActivated.connect(lambda item, _col: self.headingActivated.emit(item.data(0, BLOCK_ID_ROLE)))
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Contents"))
        self.setAccessibleDescription(self.tr("The article's headings: Enter goes there"))

    def set_entries(self, entries: list[TocEntry]) -> None:
        self.clear()
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for entry in entries:
            while stack and stack[-1][0] >= entry.level:
                stack.pop()
            parent = stack[-1][1] if stack else self.invisibleRootItem()
            item = QTreeWidgetItem(parent, [entry.title])
            item.setToolTip(0, entry.title)
            item.setData(0, BLOCK_ID_ROLE, entry.block_id)
            stack.append((entry.level, item))
        self.expandAll()

    def titles(self) -> list[str]:
        out = []
        it = self._walk(self.invisibleRootItem())
        for item in it:
            out.append(item.text(0))
        return out

    def _walk(self, parent: QTreeWidgetItem):
        for i in range(parent.childCount()):
            child = parent.child(i)
            yield child
            yield from self._walk(child)

    def item_for(self, block_id: str) -> QTreeWidgetItem | None:
        return next((i for i in self._walk(self.invisibleRootItem()) if i.data(0, BLOCK_ID_ROLE) == block_id), None)

    def mark_current(self, block_ids_above: list[str]) -> None:
        """Select the last heading at or above the reading position, without emitting a jump."""
        for block_id in reversed(block_ids_above):
            item = self.item_for(block_id)
            if item is not None:
                self.blockSignals(True)
                self.setCurrentItem(item)
                self.blockSignals(False)
                self.scrollToItem(item)
                return
