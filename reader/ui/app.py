"""Start the window: check the platform can show it, load the library, restore the session."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from .. import APP_DISPLAY_NAME, APP_NAME

XCB_HINT = (
    "Qt cannot open a window: the system library libxcb-cursor0 is missing (Qt 6.5 and later need it "
    "on X11). Install it, e.g. `sudo apt install libxcb-cursor0` on Debian/Ubuntu, then start Duidu again. "
    "The command line (`python main.py list`, `show`) works without it."
)
NO_DISPLAY_HINT = (
    "No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the window cannot open. "
    "Run it in a desktop session, under Xvfb, or use the command line: `python main.py list`."
)


def platform_problem(env=os.environ, find_library=None) -> str | None:
    """A plain explanation when Qt would abort before showing anything, else None."""
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if find_library is None:
        import ctypes.util  # costs ~8 ms, so only where the answer matters

        find_library = ctypes.util.find_library
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        return NO_DISPLAY_HINT
    if not env.get("WAYLAND_DISPLAY") and find_library("xcb-cursor") is None:
        return XCB_HINT
    return None


def _split_args(argv: Sequence[str]) -> tuple[dict, list[str]]:
    opts = {"content_dir": None, "data_dir": None, "open_url": None}
    rest: list[str] = []
    it = iter(argv)
    for token in it:
        if token == "--content-dir":
            opts["content_dir"] = next(it, None)
        elif token == "--data-dir":
            opts["data_dir"] = next(it, None)
        elif token.startswith("duidu://"):
            opts["open_url"] = token
        else:
            rest.append(token)
    return opts, rest


def create_window(content_dir=None, data_dir=None):
    """Build the main window for a QApplication that already exists (the tests use this too)."""
    from ..core.content.paths import open_library, resolve_paths
    from ..standard_paths import standard_locations
    from .main_window import MainWindow
    from .settings import Settings

    paths = resolve_paths(content_dir, data_dir, standard=standard_locations)
    library = open_library(paths, cache=True)
    window = MainWindow(library, Settings.for_paths(paths), paths)
    library.save_stats()  # the next start lists the library without rendering every article
    return window


def app_icon():
    from pathlib import Path

    from PySide6.QtGui import QIcon

    for folder in (Path(__file__).resolve().parents[2] / "resources", Path(__file__).resolve().parents[1] / "resources"):
        if (folder / "duidu.svg").is_file():
            return QIcon(str(folder / "duidu.svg"))
    return QIcon()


def run_app(argv: Sequence[str]) -> int:
    problem = platform_problem()
    if problem:
        sys.stderr.write(f"duidu: {problem}\n")
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.errors import DuiduError

    opts, qt_args = _split_args(argv)
    QApplication.setOrganizationName(APP_NAME)
    QApplication.setApplicationName(APP_NAME)
    QApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    app = QApplication([sys.argv[0], *qt_args])
    app.setStyle("Fusion")
    app.setWindowIcon(app_icon())
    try:
        window = create_window(opts["content_dir"], opts["data_dir"])
    except DuiduError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return 1
    window.show()
    if opts["open_url"]:
        window.open_url(opts["open_url"])
    return app.exec()
