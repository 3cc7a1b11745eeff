"""Fixtures shared by the GUI tests: the real main window on a copy of the bundled articles."""

from pathlib import Path

import pytest

from reader.ui.app import create_window


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def make_window(qtbot, content_copy, data_dir):
    """`make(content=None, wait_index=False)`: a shown, active main window on `data_dir`."""

    def make(content=None, wait_index: bool = False):
        w = create_window(content or content_copy, data_dir)
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        # Shortcuts only reach the active window; offscreen activation is asynchronous.
        qtbot.waitUntil(w.isActiveWindow)
        qtbot.waitUntil(lambda: w.ready)  # the highlights come right after the first paint
        if wait_index:
            qtbot.waitUntil(lambda: not w.indexing.running and w.search_panel.ready, timeout=30000)
        return w

    return make
