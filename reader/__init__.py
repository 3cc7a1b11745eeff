"""Duidu 对读 — a reader for comparing Chinese-language articles side by side."""

__version__ = "0.1.0"
APP_NAME = "duidu"
APP_DISPLAY_NAME = "Duidu 对读"
APP_LICENSE = "MIT"  # as pyproject.toml says; shown in Help ▸ About and the AppStream metainfo
APP_ID = "io.github.duidu.Duidu"  # reverse-DNS id: the .desktop file, the icon, the AppStream metainfo
