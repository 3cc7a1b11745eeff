"""Help ▸ About: the name, version and licence, and the versions of what Duidu runs on (for a bug
report: a Copy button puts them on the clipboard as text)."""

from __future__ import annotations

import platform
from importlib import metadata

from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from ... import APP_DISPLAY_NAME, APP_LICENSE, __version__
from ..i18n import Retranslating

# (shown name, distribution name) of the libraries whose versions are listed after Qt and PySide6
LIBRARIES = (("OpenCC", "opencc"), ("Whoosh", "whoosh-reloaded"), ("Python-Markdown", "markdown"))


def distribution_version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "?"


def component_versions() -> list[tuple[str, str]]:
    """(component, version) for Qt, PySide6, the libraries and Python, in the order shown."""
    import PySide6

    rows = [("Qt", qVersion()), ("PySide6", PySide6.__version__)]
    rows += [(shown, distribution_version(dist)) for shown, dist in LIBRARIES]
    rows.append(("Python", platform.python_version()))
    return rows


class AboutDialog(Retranslating, QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        icon = QGuiApplication.windowIcon()
        self.icon_label = QLabel(self)
        if not icon.isNull():
            self.icon_label.setPixmap(icon.pixmap(64, 64))
        self.icon_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.name_label = QLabel(f"<h2>{APP_DISPLAY_NAME}</h2>", self)
        self.name_label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.version_label = QLabel(self)
        self.version_label.setObjectName("aboutVersion")
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.license_label = QLabel(self)
        self.license_label.setObjectName("aboutLicense")
        for label in (self.version_label, self.summary_label, self.license_label):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)

        self.versions = component_versions()
        self.version_labels: dict[str, QLabel] = {}  # component → the label showing its version
        form = QFormLayout()
        for name, version in self.versions:
            value = QLabel(version, self)
            value.setObjectName(f"aboutVersion_{name}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name, value)
            self.version_labels[name] = value

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("aboutCopyButton")
        self.copy_button.clicked.connect(self.copy_versions)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        for widget in (self.icon_label, self.name_label, self.version_label, self.summary_label, self.license_label):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About Duidu"))
        self.version_label.setText(self.tr("Version {0}").format(__version__))
        self.summary_label.setText(self.tr("Read Chinese-language articles side by side, offline."))
        self.license_label.setText(self.tr("Licence: {0}").format(APP_LICENSE))
        self.copy_button.setText(self.tr("&Copy Versions"))

    def versions_text(self) -> str:
        lines = [f"{APP_DISPLAY_NAME} {__version__}"] + [f"{name} {version}" for name, version in self.versions]
        return "\n".join(lines) + "\n"

    def copy_versions(self) -> None:
        QGuiApplication.clipboard().setText(self.versions_text())
