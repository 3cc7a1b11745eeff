"""The names of the highlight colours as the interface shows them: a colour the user renamed keeps
the name given (重点, 存疑); one with its default name is named in the interface's language
(Yellow in English, 黄 in 简体, 黃 in 繁體)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..core.highlights.model import Color

DEFAULT_NAMES = {
    "yellow": QT_TRANSLATE_NOOP("ColorNames", "Yellow"),
    "red": QT_TRANSLATE_NOOP("ColorNames", "Red"),
    "green": QT_TRANSLATE_NOOP("ColorNames", "Green"),
    "blue": QT_TRANSLATE_NOOP("ColorNames", "Blue"),
    "purple": QT_TRANSLATE_NOOP("ColorNames", "Purple"),
}


def color_label(color: Color) -> str:
    """What the menus, the toolbar and the filters call `color`."""
    if color.renamed or color.key not in DEFAULT_NAMES:
        return color.name
    return QCoreApplication.translate("ColorNames", DEFAULT_NAMES[color.key])
