"""What to put on a printed or exported page: the one choice, the user's highlights and notes."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class PrintOptionsDialog(QDialog):
    """Include the article's highlights (and their notes as footnotes) or print the bare text.
    Space toggles the box, Enter goes on, Esc cancels."""

    def __init__(self, title: str, highlights: int, notes: int, include: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("printOptionsDialog")
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        self.include_box = QCheckBox(self.tr("&Include highlights and notes"), self)
        self.include_box.setObjectName("includeHighlightsBox")
        self.include_box.setChecked(include)
        layout.addWidget(self.include_box)
        self.count_label = QLabel(self.tr("{0} highlights, {1} with a note (printed as numbered footnotes)")
                                  .format(highlights, notes), self)
        layout.addWidget(self.count_label)
        self.include_box.setAccessibleDescription(self.count_label.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.include_box.setFocus()

    @property
    def include(self) -> bool:
        return self.include_box.isChecked()
