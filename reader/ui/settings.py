"""Preferences and reading state, kept in QSettings (an .ini in --data-dir when one is given)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QByteArray, QSettings

from ..core.content.paths import AppPaths
from .themes import ReadingStyle


class Settings:
    """Typed access to the few values Duidu remembers between runs."""

    def __init__(self, qsettings: QSettings):
        self.q = qsettings

    @classmethod
    def for_paths(cls, paths: AppPaths) -> Settings:
        if paths.isolated:
            paths.data_dir.mkdir(parents=True, exist_ok=True)
            return cls(QSettings(str(paths.settings_file), QSettings.Format.IniFormat))
        return cls(QSettings())

    def _str(self, key: str, default: str = "") -> str:
        value = self.q.value(key, default)
        return str(value) if value is not None else default

    # window
    def geometry(self) -> QByteArray | None:
        value = self.q.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self.q.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self.q.setValue("window/geometry", geometry)
        self.q.setValue("window/state", state)

    # the panes of the workspace
    def pane_layout(self) -> dict | None:
        """The panes at the last close: {"panes": [pane states], "sizes": [...], "current": i}."""
        import json

        raw = self._str("workspace/layout")
        try:
            value = json.loads(raw) if raw else None
        except ValueError:
            return None
        return value if isinstance(value, dict) and isinstance(value.get("panes"), list) else None

    def set_pane_layout(self, layout: dict) -> None:
        import json

        self.q.setValue("workspace/layout", json.dumps(layout, ensure_ascii=False))

    # reading
    @property
    def last_article(self) -> str:
        return self._str("reading/last_article")

    @last_article.setter
    def last_article(self, article_id: str) -> None:
        self.q.setValue("reading/last_article", article_id)

    def position(self, article_id: str) -> str:
        return self._str(f"positions/{article_id}")

    def set_position(self, article_id: str, position: str) -> None:
        if position:
            self.q.setValue(f"positions/{article_id}", position)
        else:  # back at the top
            self.q.remove(f"positions/{article_id}")

    # view
    @property
    def zoom(self) -> float:
        try:
            return float(self.q.value("view/zoom", 1.0))
        except (TypeError, ValueError):
            return 1.0

    @zoom.setter
    def zoom(self, factor: float) -> None:
        self.q.setValue("view/zoom", factor)

    @property
    def theme(self) -> str:
        return self._str("view/theme", "system")

    @theme.setter
    def theme(self, choice: str) -> None:
        self.q.setValue("view/theme", choice)

    @property
    def sort_key(self) -> str:
        return self._str("library/sort", "date")

    @sort_key.setter
    def sort_key(self, key: str) -> None:
        self.q.setValue("library/sort", key)

    def _bool(self, key: str, default: bool = False) -> bool:
        value = self.q.value(key, default)
        if isinstance(value, str):  # an .ini file gives back "true" / "false"
            return value.strip().lower() in ("1", "true", "yes", "on")
        return bool(value)

    # script
    @property
    def script(self) -> str:
        """The script mode new panes show (a ScriptMode value); the last one chosen."""
        from ..core.script.modes import ScriptMode

        value = self._str("view/script", ScriptMode.ORIGINAL.value)
        return value if value in {m.value for m in ScriptMode} else ScriptMode.ORIGINAL.value

    @script.setter
    def script(self, mode: str) -> None:
        self.q.setValue("view/script", str(mode))

    @property
    def vocabulary(self) -> bool:
        return self._bool("view/vocabulary")

    @vocabulary.setter
    def vocabulary(self, on: bool) -> None:
        self.q.setValue("view/vocabulary", bool(on))

    @property
    def show_changes(self) -> bool:
        return self._bool("view/show_changes")

    @show_changes.setter
    def show_changes(self, on: bool) -> None:
        self.q.setValue("view/show_changes", bool(on))

    @property
    def ui_language(self) -> str:
        """"auto" (follow the script shown), "system" or a fixed UI language (en, zh_CN, zh_TW, zh_HK)."""
        return self._str("view/ui_language", "auto")

    @ui_language.setter
    def ui_language(self, choice: str) -> None:
        self.q.setValue("view/ui_language", choice)

    @property
    def topic_bar(self) -> bool:
        """View ▸ Topic Bar: a coloured bar beside the passages on each topic (off by default)."""
        return self._bool("view/topic_bar")

    @topic_bar.setter
    def topic_bar(self, on: bool) -> None:
        self.q.setValue("view/topic_bar", bool(on))

    @property
    def compare_sync(self) -> str:
        """How compare mode scrolls the other panes: "off", "position" or "passage"."""
        value = self._str("compare/sync", "passage")
        return value if value in ("off", "position", "passage") else "passage"

    @compare_sync.setter
    def compare_sync(self, mode: str) -> None:
        self.q.setValue("compare/sync", mode)

    @property
    def compare_active(self) -> bool:
        return self._bool("compare/active")

    @compare_active.setter
    def compare_active(self, on: bool) -> None:
        self.q.setValue("compare/active", bool(on))

    @property
    def timeline_shown(self) -> bool:
        return self._bool("view/timeline")

    @timeline_shown.setter
    def timeline_shown(self, on: bool) -> None:
        self.q.setValue("view/timeline", bool(on))

    @property
    def timeline_layout(self) -> str:
        """The Timeline's layout: "date" or "position"."""
        value = self._str("view/timeline_layout", "date")
        return value if value in ("date", "position") else "date"

    @timeline_layout.setter
    def timeline_layout(self, kind: str) -> None:
        self.q.setValue("view/timeline_layout", kind)

    # Edit ▸ Preferences
    def reading_style(self) -> ReadingStyle:
        """The font, spacing and column width of the reading panes (defaults where unset or invalid)."""
        default = ReadingStyle()
        values = {name: self.q.value(f"reading/{name}", getattr(default, name))
                  for name in ("font_size", "line_height", "paragraph_spacing", "page_width")}
        return ReadingStyle(self._str("reading/font_family"), **values).clamped()

    def set_reading_style(self, style: ReadingStyle) -> None:
        for name, value in asdict(style).items():
            self.q.setValue(f"reading/{name}", value)

    @property
    def search_as_you_type(self) -> bool:
        return self._bool("search/as_you_type", True)

    @search_as_you_type.setter
    def search_as_you_type(self, on: bool) -> None:
        self.q.setValue("search/as_you_type", bool(on))

    def sync(self) -> None:
        self.q.sync()
