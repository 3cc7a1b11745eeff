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
