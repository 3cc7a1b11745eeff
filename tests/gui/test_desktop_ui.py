"""The window as a desktop application: a second start hands its duidu:// link to the running window,
a link that cannot be followed says so in a notice that stays, and Help ▸ About lists the versions."""

import os
import subprocess
import sys
from importlib import metadata

import PySide6
import pytest
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from reader import __version__
from reader.core.content.library import Library
from reader.ui.app import create_window
from reader.ui.controllers.links import LINK_NOTICE
from reader.ui.dialogs.about import AboutDialog
from reader.ui.single_instance import serve
from tests.conftest import REPO

TARGET = "shuzi-kaiwu-transcript"  # not the one a first start shows


def second_start(data_dir, *args) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, str(REPO / "main.py"), "--data-dir", str(data_dir), *args], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finished(qtbot, proc: subprocess.Popen, timeout: int = 30000) -> tuple[int, str]:
    """Wait for the process while the window's event loop runs (it has to answer)."""
    qtbot.waitUntil(lambda: proc.poll() is not None, timeout=timeout)
    return proc.returncode, proc.stderr.read()


@pytest.fixture
def serving(make_window, data_dir):
    """A window that a second start on `data_dir` hands over to, as `main.py` makes it."""
    windows = []

    def make():
        window = make_window()
        instance = serve(window, data_dir)
        assert instance is not None
        windows.append(instance)
        return window

    yield make
    for instance in windows:
        instance.close()


def test_a_second_start_with_a_link_opens_it_in_the_running_window(qtbot, serving, data_dir, content_copy):
    window = serving()
    assert window.workspace.current.article.id != TARGET
    block = Library(content_copy).get(TARGET).toc[5].block_id
    proc = second_start(data_dir, f"duidu://open?article={TARGET}&block={block}")
    code, err = finished(qtbot, proc)
    assert code == 0, err
    qtbot.waitUntil(lambda: window.workspace.current.article.id == TARGET)
    qtbot.waitUntil(lambda: window.workspace.current.top_block() == block)
    assert window.windowTitle().startswith(Library(content_copy).get(TARGET).title)
    assert QApplication.topLevelWidgets().count(window) == 1 and len(window.workspace) == 1


def test_a_second_start_without_a_link_brings_back_the_minimised_window(qtbot, serving, data_dir):
    window = serving()
    shown = window.workspace.current.article.id
    window.showMinimized()
    qtbot.waitUntil(window.isMinimized)
    code, err = finished(qtbot, second_start(data_dir))
    assert code == 0, err
    qtbot.waitUntil(lambda: not window.isMinimized())
    assert window.isVisible() and window.workspace.current.article.id == shown


def test_a_link_to_an_unknown_article_at_start_leaves_a_notice_the_index_does_not_replace(qtbot, content_copy,
                                                                                         data_dir):
    window = create_window(content_copy, data_dir)  # as main.py starts with a link: show, then follow it
    qtbot.addWidget(window)
    window.show()
    assert not window.open_url("duidu://open?article=no-such-article&block=p-1")
    qtbot.waitUntil(lambda: window.ready, timeout=10000)
    qtbot.waitUntil(lambda: window.indexing.index is not None and not window.indexing.running, timeout=30000)
    qtbot.waitUntil(lambda: "articles" in window.statusBar().currentMessage(), timeout=5000)  # the index spoke
    box = window.notices[LINK_NOTICE]
    assert box.isVisible() and "no-such-article" in box.text() and "in the library" in box.text()
    assert window.workspace.current.article is not None  # the default article is shown meanwhile
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_link_to_a_passage_that_is_gone_says_so(qtbot, make_window):
    window = make_window()
    assert not window.open_url(f"duidu://open?article={TARGET}&block=p-9999")
    assert window.workspace.current.article.id == TARGET
    box = window.notices[LINK_NOTICE]
    assert box.isVisible() and "p-9999" in box.text()


def test_help_about_shows_name_version_licence_and_the_libraries(qtbot, make_window):
    window = make_window()
    help_menu = window.action_set.menus["help"]
    about = next(a for a in help_menu.actions() if a.text().replace("&", "") == "About Duidu")
    about.trigger()
    qtbot.waitUntil(lambda: window.findChild(AboutDialog) is not None)
    dialog = window.findChild(AboutDialog)
    qtbot.waitUntil(dialog.isVisible)
    texts = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert __version__ in texts["aboutVersion"] and "MIT" in texts["aboutLicense"]
    assert texts["aboutVersion_Qt"] == qVersion()
    assert texts["aboutVersion_PySide6"] == PySide6.__version__
    assert texts["aboutVersion_OpenCC"] == metadata.version("opencc")
    assert texts["aboutVersion_Whoosh"] == metadata.version("whoosh-reloaded")
    assert texts["aboutVersion_Python-Markdown"] == metadata.version("markdown")
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    copied = QApplication.clipboard().text()
    assert f"Qt {qVersion()}" in copied and f"OpenCC {metadata.version('opencc')}" in copied
