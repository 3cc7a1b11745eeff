"""File ▸ Article Info…: an article's title, date, outlet and script, editable for the reader's own
(imported) articles and shown read-only for the bundled ones; where it came from below."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from ...core.errors import ContentError
from ...core.importers.library_folder import ArticleInfo, check_info
from ..core_messages import shown


class ArticleInfoDialog(QDialog):
    def __init__(self, parent, article, info: ArticleInfo, editable: bool):
        super().__init__(parent)
        self.setObjectName("articleInfoDialog")
        self.setWindowTitle(self.tr("Article Info — {0}").format(article.title))
        self.title = QLineEdit(info.title, self)
        self.title.setObjectName("infoTitle")
        self.date = QLineEdit(info.date, self)
        self.date.setObjectName("infoDate")
        self.date.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.outlet = QLineEdit(info.outlet, self)
        self.outlet.setObjectName("infoOutlet")
        self.script = QComboBox(self)
        self.script.setObjectName("infoScript")
        self.script.addItem(self.tr("Detected from the text"), "")
        self.script.addItem(self.tr("简体 (Simplified)"), "hans")
        self.script.addItem(self.tr("繁體 (Traditional)"), "hant")
        self.script.setCurrentIndex(max(0, self.script.findData(info.script)))
        form = QFormLayout()
        for label, field, name in ((self.tr("&Title:"), self.title, self.tr("Title")),
                                   (self.tr("&Date:"), self.date, self.tr("Publication date")),
                                   (self.tr("&Outlet:"), self.outlet, self.tr("Outlet or site")),
                                   (self.tr("&Script:"), self.script, self.tr("Script of the original"))):
            field.setAccessibleName(name)
            field.setEnabled(editable)
            form.addRow(label, field)
        source = article.meta.get("imported_from") or article.source_file or ""
        if source:
            form.addRow(self.tr("Imported from:"), self._quiet(str(source)))
        if article.meta.get("imported_at"):
            form.addRow(self.tr("Imported at:"), self._quiet(str(article.meta["imported_at"])))
        self.note = QLabel(self)
        self.note.setObjectName("infoNote")
        self.note.setWordWrap(True)
        if not editable:
            self.note.setText(self.tr("This article comes with Duidu and cannot be changed; "
                                      "the reader's own (imported) articles can."))
        self.error = QLabel(self)
        self.error.setObjectName("infoError")
        theme = getattr(parent, "theme", None)  # the window's: its error colour reads on its background
        self.error.setStyleSheet(f"color: {theme.error if theme is not None else '#b3261e'};")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel if editable
            else QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("infoButtons")
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.info: ArticleInfo | None = None  # the checked info, once accepted

    def _quiet(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setWordWrap(True)
        label.setTextInteractionFlags(label.textInteractionFlags() | label.textInteractionFlags().TextSelectableByMouse)
        return label

    def entered(self) -> ArticleInfo:
        return ArticleInfo(self.title.text(), self.date.text(), self.outlet.text(), self.script.currentData() or "")

    def _accept(self) -> None:
        try:
            self.info = check_info(self.entered())
        except ContentError as exc:  # the dialog stays, with what was typed
            self.error.setText(shown(exc))
            self.error.show()
            return
        self.accept()
