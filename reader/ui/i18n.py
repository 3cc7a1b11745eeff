"""The UI language — English, 简体中文, 繁體中文 (臺灣) or 繁體中文 (香港) — switched at run time.

By default the labels follow the script the reader chose for the text (简体 → 简体 UI, 繁體 /
臺灣正體 → 臺灣 UI, 香港繁體 → 香港 UI; 原文 → the system's language), unless the user fixed a
language in the View menu. Installing a QTranslator sends every widget a LanguageChange event,
and each widget sets its labels again in its `retranslate()`.

The Traditional catalogues are made from the Simplified one with OpenCC (s2twp, s2hk) by
`resources/translations/update.py`, so the three never disagree.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QObject, QTranslator, Signal

UI_LANGUAGES = ("en", "zh_CN", "zh_TW", "zh_HK")
LANGUAGE_NAMES = {"auto": "Follow the text's script", "system": "System language", "en": "English",
                  "zh_CN": "简体中文", "zh_TW": "繁體中文（臺灣）", "zh_HK": "繁體中文（香港）"}
# the UI language a script mode asks for ("" = the system's)
LANGUAGE_FOR_MODE = {"original": "", "hans": "zh_CN", "hant": "zh_TW", "tw": "zh_TW", "hk": "zh_HK"}


class Retranslating:
    """Mixin (before the Qt class) for widgets that set their labels in `retranslate()`: a
    language change calls it again, so no widget repeats its own `changeEvent`."""

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def translations_dir() -> Path:
    here = Path(__file__).resolve()
    for folder in (here.parents[2] / "resources" / "translations", here.parents[1] / "resources" / "translations"):
        if folder.is_dir():
            return folder
    return here.parents[2] / "resources" / "translations"


def system_language(locale: QLocale | None = None) -> str:
    """The UI language the system asks for, among those Duidu has."""
    locale = locale or QLocale.system()
    if locale.language() != QLocale.Language.Chinese:
        return "en"
    if locale.territory() == QLocale.Country.HongKong or locale.territory() == QLocale.Country.Macao:
        return "zh_HK"
    if locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() == QLocale.Country.Taiwan:
        return "zh_TW"
    return "zh_CN"


def language_for(choice: str, mode: str) -> str:
    """The UI language to show for the user's choice ("auto", "system" or a language) and the script mode."""
    if choice in UI_LANGUAGES:
        return choice
    if choice == "system":
        return system_language()
    return LANGUAGE_FOR_MODE.get(mode) or system_language()


class UiLanguage(QObject):
    """Owns the translators installed on the application."""

    languageChanged = Signal(str)  # the language now shown

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.current = "en"
        self._translators: list[QTranslator] = []

    def set_language(self, language: str) -> bool:
        """Show the UI in `language`; False when its catalogue is missing (English stays)."""
        if language not in UI_LANGUAGES:
            language = "en"
        if language == self.current:
            return True
        app = QCoreApplication.instance()
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        ok = True
        if language != "en":
            ours = QTranslator(self)
            ok = ours.load(f"duidu_{language}", str(translations_dir()))
            if ok:
                app.installTranslator(ours)
                self._translators.append(ours)
                qt = QTranslator(self)  # Qt's own dialogs and buttons
                if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                    app.installTranslator(qt)
                    self._translators.append(qt)
        self.current = language if ok else "en"
        self.languageChanged.emit(self.current)
        return ok

    def release(self) -> None:
        """Remove the installed translators (the window that owns them is closing)."""
        app = QCoreApplication.instance()
        for old in self._translators:
            app.removeTranslator(old)
        self._translators = []
        self.current = "en"
