"""The start-up checks that run before Qt could abort on a machine that cannot show a window."""

from reader.ui.app import NO_DISPLAY_HINT, XCB_HINT, platform_problem


def test_missing_xcb_cursor_is_explained(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    problem = platform_problem(env={"DISPLAY": ":0"}, find_library=lambda name: None)
    assert problem == XCB_HINT and "libxcb-cursor0" in problem


def test_no_display_is_explained(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    assert platform_problem(env={}, find_library=lambda name: "x") == NO_DISPLAY_HINT


def test_fine_setups_pass(monkeypatch):
    monkeypatch.setattr("sys.platform", "linux")
    assert platform_problem(env={"DISPLAY": ":0"}, find_library=lambda name: "libxcb-cursor.so.0") is None
    assert platform_problem(env={"WAYLAND_DISPLAY": "wayland-0"}, find_library=lambda name: None) is None
    assert platform_problem(env={"QT_QPA_PLATFORM": "offscreen"}, find_library=lambda name: None) is None


def test_what_the_first_paint_needs_does_not_load_the_heavy_parts():
    """Start-up within 2× a bare window depends on what the window's modules import: the parts
    only needed later (YAML and TOML front matter, Markdown, the search engine, the word list,
    HTML import, printing, networking) load after the first paint. In a fresh interpreter, as a
    start is."""
    import subprocess
    import sys

    heavy = ["yaml", "tomllib", "markdown", "whoosh", "jieba", "lxml", "nh3", "readability",
             "PySide6.QtNetwork", "PySide6.QtPrintSupport", "PySide6.QtSvg", "reader.core.importers.library_folder"]
    code = ("import sys, os; os.environ.setdefault('QT_QPA_PLATFORM', 'offscreen');"
            "import reader.ui.app, reader.ui.main_window, reader.ui.single_instance;"
            f"print([m for m in {heavy!r} if m in sys.modules])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
