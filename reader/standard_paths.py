"""The platform's data and cache folders, as Qt's QStandardPaths names them (QtCore only)."""

from __future__ import annotations

from pathlib import Path

from . import APP_NAME


def standard_locations() -> tuple[Path, Path]:
    from PySide6.QtCore import QCoreApplication, QStandardPaths

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    loc = QStandardPaths.StandardLocation
    data = QStandardPaths.writableLocation(loc.AppDataLocation)
    cache = QStandardPaths.writableLocation(loc.CacheLocation)
    return Path(data), Path(cache)
