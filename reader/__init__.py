"""Duidu 对读 — a reader for comparing Chinese-language articles side by side."""

__version__ = "0.1.0"
APP_NAME = "duidu"
APP_DISPLAY_NAME = "Duidu 对读"
