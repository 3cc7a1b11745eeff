"""Start the window: check the platform can show it, load the library, restore the session."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

from .. import APP_DISPLAY_NAME, APP_ID, APP_NAME

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
    """The window icon: the SVG, and the PNG renderings for the sizes a task bar asks for."""
    from PySide6.QtGui import QIcon

    from ..desktop import ICON_SIZES, icon_file

    icon = QIcon()
    for size in ICON_SIZES:
        if icon_file(size).is_file():
            icon.addFile(str(icon_file(size)))
    if icon_file().is_file():
        icon.addFile(str(icon_file()))
    return icon


def identify_application() -> None:
    """The names Qt gives the desktop (before the QApplication exists): settings folders, the
    window title, and the .desktop file through which Wayland finds the icon and the name."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.setOrganizationName(APP_NAME)
    QGuiApplication.setApplicationName(APP_NAME)
    QGuiApplication.setApplicationDisplayName(APP_DISPLAY_NAME)
    QGuiApplication.setDesktopFileName(APP_ID)


def run_app(argv: Sequence[str]) -> int:
    problem = platform_problem()
    if problem:
        sys.stderr.write(f"duidu: {problem}\n")
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..core.content.paths import resolve_paths
    from ..core.errors import DuiduError
    from ..standard_paths import standard_locations
    from .single_instance import hand_over, serve, server_name

    opts, qt_args = _split_args(argv)
    identify_application()
    app = QApplication([sys.argv[0], *qt_args])
    data_dir = resolve_paths(opts["content_dir"], opts["data_dir"], standard=standard_locations).data_dir
    if hand_over(server_name(data_dir), opts["open_url"] or ""):
        return 0  # the Duidu already running on this data folder shows it
    app.setStyle("Fusion")
    try:
        window = create_window(opts["content_dir"], opts["data_dir"])
    except DuiduError as exc:
        QMessageBox.critical(None, APP_DISPLAY_NAME, str(exc))
        return 1
    window.show()
    window.after_first_paint(lambda: (app.setWindowIcon(app_icon()),  # neither is needed for the first paint
                                      serve(window, data_dir)))
    if opts["open_url"]:
        window.open_url(opts["open_url"])
    return app.exec()
