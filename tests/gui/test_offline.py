"""Duidu never goes online: the main flows in the real window with every way Python opens a
connection patched to record the attempt and fail, in this process and in the child processes
(importing and indexing spawn them) — and Qt's own networking never in use, nor any resource of a
rendered article asked for from anywhere but the article's own folder."""

import os
import socket
import sys

import pytest
from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reader.core.content.library import Library
from reader.ui.pane.browser import ReaderBrowser

from .helpers import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>离线测试：远程图片与脚本</title>
<script src="http://example.com/tracker.js"></script>
<link rel="stylesheet" href="https://example.com/site.css">
</head><body><article><h1>离线测试：远程图片与脚本</h1>
<p>这一页引用了远程图片和脚本，导入时它们都不应被下载，阅读时也不应被请求。</p>
<p><img src="http://example.com/x.png" alt="远程图片"></p>
<p>第二段正文说明对读始终离线工作，即使文章里有指向网络的链接。</p>
<script>fetch("https://example.com/beacon")</script>
</article></body></html>
"""
NOTE = "---\ntitle: 远程图片的笔记\n---\n\n这篇笔记引用一张网络上的图片。\n\n![远程](http://example.com/y.png)\n"
# the same guard in every child process Python starts from here (spawned: it imports sitecustomize)
SITECUSTOMIZE = '''
import os, socket
_log = os.environ["DUIDU_OFFLINE_LOG"]
def _refuse(name):
    def refuse(*args, **kwargs):
        with open(_log, "a", encoding="utf-8") as f:
            f.write(f"{os.getpid()} {name} {args[1:] if name.startswith('socket.') else args}\\n")
        raise OSError(f"offline test: {name} attempted")
    return refuse
socket.socket.connect = _refuse("socket.connect")
socket.socket.connect_ex = _refuse("socket.connect_ex")
socket.create_connection = _refuse("create_connection")
socket.getaddrinfo = _refuse("getaddrinfo")
'''


@pytest.fixture
def no_network(monkeypatch, tmp_path):
    """Every attempt to connect, recorded (and refused) here and in child processes."""
    attempts: list[str] = []

    def refuse(name):
        def attempt(*args, **kwargs):
            attempts.append(f"{name} {args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"offline test: {name} attempted")
        return attempt

    monkeypatch.setattr(socket.socket, "connect", refuse("socket.connect"))
    monkeypatch.setattr(socket.socket, "connect_ex", refuse("socket.connect_ex"))
    monkeypatch.setattr(socket, "create_connection", refuse("create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("getaddrinfo"))
    site = tmp_path / "offline-site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(SITECUSTOMIZE, encoding="utf-8")
    log = tmp_path / "child-attempts.log"
    monkeypatch.setenv("DUIDU_OFFLINE_LOG", str(log))
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p))

    def all_attempts() -> list[str]:
        return attempts + (log.read_text(encoding="utf-8").splitlines() if log.exists() else [])

    return all_attempts


@pytest.fixture
def resources(monkeypatch):
    """Every URL a reading pane's document asks for (images, style sheets…)."""
    asked: list[str] = []
    original = ReaderBrowser.loadResource

    def load(self, kind, url):
        asked.append(url.toString() if isinstance(url, QUrl) else str(url))
        return original(self, kind, url)

    monkeypatch.setattr(ReaderBrowser, "loadResource", load)
    return asked


def select_and_highlight(qtbot, pane, length: int = 6) -> str:
    """Select the first words of the article's first paragraph and press 1."""
    block = next(b for b in pane.shown.blocks if b.kind == "paragraph")
    start, _end = pane.block_span(block.id)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(start)
    cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
    pane.browser.setTextCursor(cursor)
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_1)
    return cursor.selectedText()


def test_the_main_flows_never_open_a_connection(qtbot, make_window, content_copy, tmp_path, no_network, resources):
    (content_copy / "remote-image.md").write_text(NOTE, encoding="utf-8")  # an article with a remote picture
    window = make_window(wait_index=True)  # start: the library, the index (built in the background)

    for article in Library(content_copy).readable:  # open every article
        assert window.open_article(article.id)
        assert window.workspace.current.article.id == article.id

    window.show_search()  # search
    type_text(qtbot, window.search_panel.box, "强化学习")
    qtbot.keyClick(window.search_panel.box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.search_panel.results.topLevelItemCount() > 0)

    pane = window.workspace.current
    for _ in range(5):  # every script mode, and back to 原文
        qtbot.keyClick(pane.browser, Qt.Key.Key_T, CTRL | SHIFT)
    assert pane.script_mode.value == "original"

    quote = select_and_highlight(qtbot, pane)  # highlight
    qtbot.waitUntil(lambda: any(t == quote for _i, t in pane.highlight_spans()))
    out = tmp_path / "highlights.md"  # export (what File ▸ Export does once the file is chosen)
    assert window.highlighting.export_to(out, "md") >= 1
    assert quote in out.read_text(encoding="utf-8")

    window.open_article("dwarkesh-notes")
    window.open_in_new_pane("shuzi-kaiwu-transcript")
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_C, CTRL | SHIFT)  # View ▸ Compare
    qtbot.waitUntil(lambda: "Passages aligned" in window.statusBar().currentMessage(), timeout=20000)

    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_M, CTRL | SHIFT)  # View ▸ Timeline of Topics
    qtbot.waitUntil(lambda: window.timeline is not None and bool(window.timeline.view.marks()))

    page = tmp_path / "saved" / "remote.html"  # import a saved page that points at the network
    page.parent.mkdir()
    page.write_text(PAGE, encoding="utf-8")
    window.import_files([str(page)])
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=30000)
    assert "remote.html: imported" in window.notices["importReport"].text()
    window.notices["importReport"].close()
    imported = next(a for a in window.library if a.title.startswith("离线测试"))
    assert "example.com" not in imported.path.read_text(encoding="utf-8")  # the page's own text only
    assert window.open_article(imported.id)
    assert "远程图片和脚本" in window.workspace.current.browser.document().toPlainText()

    assert no_network() == []
    # the article's remote picture is asked for, and answered with nothing (pane/browser.py reads
    # only the article's own folder); the saved page's images, scripts and style sheets never reach a pane
    remote = {u for u in resources if QUrl(u).scheme() not in ("", "file", "data")}
    assert remote == {"http://example.com/y.png"}, remote
    # Qt's own networking does not go through Python's socket: none of it exists
    if "PySide6.QtNetwork" in sys.modules:
        from PySide6.QtNetwork import QNetworkAccessManager

        managers = [o for o in QApplication.instance().findChildren(QObject) + window.findChildren(QObject)
                    if isinstance(o, QNetworkAccessManager)]
        assert managers == []


def test_the_guard_catches_an_attempt(no_network):
    """The test above can fail: a connection attempt is caught and recorded."""
    with pytest.raises(OSError):
        socket.create_connection(("example.com", 80))
    with pytest.raises(OSError):
        socket.getaddrinfo("example.com", 80)
    with pytest.raises(OSError):
        socket.socket().connect(("127.0.0.1", 9))
    assert len(no_network()) == 3


def test_the_guard_reaches_child_processes(no_network):
    import multiprocessing

    ctx = multiprocessing.get_context("spawn")
    child = ctx.Process(target=_connect_somewhere)
    child.start()
    child.join(60)
    assert child.exitcode == 0
    assert any("create_connection" in line for line in no_network()), no_network()


def _connect_somewhere() -> None:
    try:
        socket.create_connection(("example.com", 80), timeout=1)
    except OSError:
        pass

