"""Edit ▸ Preferences (Ctrl+,): theme, the reading text's font and spacing, the default script,
the interface language and search as you type. Every change is applied at once (the window's
Preferences controller does it); Close only closes."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.script.modes import ScriptMode
from ..i18n import LANGUAGE_NAMES, UI_LANGUAGES, Retranslating
from ..themes import THEME_CHOICES, ReadingStyle

CONTEXT = "PreferencesDialog"
THEME_TEXTS = {
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("PreferencesDialog", "Light"),
    "dark": QT_TRANSLATE_NOOP("PreferencesDialog", "Dark"),
    "sepia": QT_TRANSLATE_NOOP("PreferencesDialog", "Sepia"),
}
LANGUAGE_TEXTS = {  # the named languages are shown in their own script, untranslated
    "auto": QT_TRANSLATE_NOOP("PreferencesDialog", "Follow the script shown"),
    "system": QT_TRANSLATE_NOOP("PreferencesDialog", "The system's language"),
}
LANGUAGE_CHOICES = ("auto", "system", *UI_LANGUAGES)


@dataclass(frozen=True)
class Choices:
    """Everything the dialog sets, as the window keeps it in Settings."""

    theme: str = "system"
    style: ReadingStyle = field(default_factory=ReadingStyle)
    script: str = ScriptMode.ORIGINAL.value  # the script mode of new panes
    vocabulary: bool = False
    ui_language: str = "auto"
    search_as_you_type: bool = True


class PreferencesDialog(Retranslating, QDialog):
    changed = Signal(object)  # Choices: what the dialog shows now, after every edit
    defaultsRequested = Signal()  # Restore Defaults was pressed

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self._filling = False
        self.theme_box = self._combo("themeBox", THEME_CHOICES)
        self.font_box = QComboBox(self)
        self.font_box.setObjectName("fontFamilyBox")
        self.font_box.addItem("", "")  # the default: the CJK serif fonts, in order
        for family in sorted(QFontDatabase.families(), key=str.casefold):
            self.font_box.addItem(family, family)
        self.font_box.currentIndexChanged.connect(self._emit)
        limits = ReadingStyle.LIMITS
        self.size_box = self._spin(QDoubleSpinBox(self), "fontSizeBox", limits["font_size"], 0.5)
        self.size_box.setDecimals(1)
        self.line_height_box = self._spin(QSpinBox(self), "lineHeightBox", limits["line_height"], 5)
        self.spacing_box = self._spin(QDoubleSpinBox(self), "paragraphSpacingBox", limits["paragraph_spacing"], 0.1)
        self.spacing_box.setDecimals(1)
        self.width_box = self._spin(QSpinBox(self), "pageWidthBox", limits["page_width"], 2)
        self.script_box = self._combo("defaultScriptBox", tuple(m.value for m in ScriptMode))
        for i, mode in enumerate(ScriptMode):
            self.script_box.setItemText(i, mode.label)  # a script's own name, in its script
        self.vocabulary_box = QCheckBox(self)
        self.vocabulary_box.setObjectName("vocabularyBox")
        self.vocabulary_box.toggled.connect(self._emit)
        self.language_box = self._combo("uiLanguageBox", LANGUAGE_CHOICES)
        self.as_you_type_box = QCheckBox(self)
        self.as_you_type_box.setObjectName("searchAsYouTypeBox")
        self.as_you_type_box.toggled.connect(self._emit)

        self.look_group, look = self._group()
        self.theme_label = self._row(look, self.theme_box)
        self.text_group, text = self._group()
        self.font_label = self._row(text, self.font_box)
        self.size_label = self._row(text, self.size_box)
        self.line_height_label = self._row(text, self.line_height_box)
        self.spacing_label = self._row(text, self.spacing_box)
        self.width_label = self._row(text, self.width_box)
        self.script_group, script = self._group()
        self.script_label = self._row(script, self.script_box)
        script.addRow(self.vocabulary_box)
        self.ui_group, ui = self._group()
        self.language_label = self._row(ui, self.language_box)
        ui.addRow(self.as_you_type_box)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.RestoreDefaults
                                        | QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.close)
        for button in self.buttons.buttons():  # Enter in a field takes its value; it presses no button
            button.setAutoDefault(False)
            button.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.defaultsRequested)
        layout = QVBoxLayout(self)
        for group in (self.look_group, self.text_group, self.script_group, self.ui_group):
            layout.addWidget(group)
        layout.addWidget(self.buttons)
        self.retranslate()

    # -- building -------------------------------------------------------------------------------
    def _combo(self, name: str, keys: tuple[str, ...]) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        for key in keys:
            box.addItem(key, key)
        box.currentIndexChanged.connect(self._emit)
        return box

    def _spin(self, box, name: str, limits: tuple, step) -> QSpinBox | QDoubleSpinBox:
        box.setObjectName(name)
        box.setRange(*limits)
        box.setSingleStep(step)
        box.setKeyboardTracking(False)  # typing "16" is one change, not "1" then "16"
        box.valueChanged.connect(self._emit)
        return box

    def _group(self) -> tuple[QGroupBox, QFormLayout]:
        group = QGroupBox(self)
        return group, QFormLayout(group)

    def _row(self, form: QFormLayout, widget: QWidget) -> QLabel:
        label = QLabel(self)
        label.setBuddy(widget)
        form.addRow(label, widget)
        return label

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.look_group.setTitle(self.tr("Appearance"))
        self.theme_label.setText(self.tr("&Theme:"))
        for i, key in enumerate(THEME_CHOICES):
            self.theme_box.setItemText(i, QCoreApplication.translate(CONTEXT, THEME_TEXTS[key]))
        self.text_group.setTitle(self.tr("Reading text"))
        self.font_label.setText(self.tr("&Font:"))
        self.font_box.setItemText(0, self.tr("Default (a Chinese serif font)"))
        self.size_label.setText(self.tr("Font &size:"))
        self.size_box.setSuffix(self.tr(" pt"))
        self.line_height_label.setText(self.tr("&Line height:"))
        self.line_height_box.setSuffix(self.tr(" %"))
        self.spacing_label.setText(self.tr("&Paragraph spacing:"))
        self.spacing_box.setSuffix(self.tr(" em"))
        self.width_label.setText(self.tr("Page &width:"))
        self.width_box.setSuffix(self.tr(" characters"))
        self.width_box.setToolTip(self.tr("The widest line of text, in Chinese characters"))
        self.script_group.setTitle(self.tr("Script"))
        self.script_label.setText(self.tr("&New panes show:"))
        self.vocabulary_box.setText(self.tr("Regional &vocabulary (软件 ↔ 軟體, 程式設計 → 编程)"))
        self.ui_group.setTitle(self.tr("Interface"))
        self.language_label.setText(self.tr("&Interface language:"))
        for i, key in enumerate(LANGUAGE_CHOICES):
            text = LANGUAGE_TEXTS.get(key)
            self.language_box.setItemText(i, QCoreApplication.translate(CONTEXT, text) if text else LANGUAGE_NAMES[key])
        self.as_you_type_box.setText(self.tr("Search as you t&ype (otherwise on Enter)"))

    # -- values ---------------------------------------------------------------------------------
    def set_choices(self, choices: Choices) -> None:
        """Show `choices` without reporting them back as changes."""
        self._filling = True
        try:
            self._select(self.theme_box, choices.theme)
            family = choices.style.font_family
            if family and self.font_box.findData(family) < 0:  # a font no longer installed stays chosen
                self.font_box.addItem(family, family)
            self._select(self.font_box, family)
            self.size_box.setValue(choices.style.font_size)
            self.line_height_box.setValue(choices.style.line_height)
            self.spacing_box.setValue(choices.style.paragraph_spacing)
            self.width_box.setValue(choices.style.page_width)
            self._select(self.script_box, choices.script)
            self.vocabulary_box.setChecked(choices.vocabulary)
            self._select(self.language_box, choices.ui_language)
            self.as_you_type_box.setChecked(choices.search_as_you_type)
        finally:
            self._filling = False

    def choices(self) -> Choices:
        style = ReadingStyle(self.font_box.currentData() or "", round(self.size_box.value(), 1),
                             self.line_height_box.value(), round(self.spacing_box.value(), 1), self.width_box.value())
        return Choices(self.theme_box.currentData(), style, self.script_box.currentData(),
                       self.vocabulary_box.isChecked(), self.language_box.currentData(),
                       self.as_you_type_box.isChecked())

    @staticmethod
    def _select(box: QComboBox, key: str) -> None:
        i = box.findData(key)
        box.setCurrentIndex(max(i, 0))

    def _emit(self, *_args) -> None:
        if not self._filling:
            self.changed.emit(self.choices())
