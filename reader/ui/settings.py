"""Preferences and reading state, kept in QSettings (an .ini in --data-dir when one is given)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

from ..core.paths import AppPaths


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

    def sync(self) -> None:
        self.q.sync()
