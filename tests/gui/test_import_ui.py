"""Importing from the window: files dropped on it or chosen with File ▸ Import… (Ctrl+O) join the
library list, the search and the topics; a report names every file; a cancel keeps what was
imported before it."""

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from .helpers import type_text
from .test_topic_hints_ui import entries

NOTE = "第一段，讲强化学习为什么很糟糕：通过吸管吸取监督信号。\n\n第二段，讲别的事情。\n"


def drop(window, paths) -> None:
    """Drag files over the window and drop them, as a file manager does (enter, then drop)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    enter = QDragEnterEvent(QPoint(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()  # the window takes files
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, event)


def test_dropped_files_join_the_library_the_search_and_the_report(qtbot, make_window, tmp_path):
    window = make_window(wait_index=True)
    src = tmp_path / "mine"
    src.mkdir()
    (src / "我的笔记.txt").write_text(NOTE, encoding="utf-8")
    (src / "picture.md").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
    before = entries(window)
    drop(window, [src])
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=20000)
    report = window.notices["importReport"].text()
    assert "我的笔记.txt: imported" in report and "picture.md: skipped" in report and "PNG" in report
    assert len(entries(window)) == len(before) + 1
    new_id = (set(entries(window)) - set(before)).pop()
    assert window.library.get(new_id).title  # listed, with its title
    qtbot.waitUntil(lambda: not window.indexing.running and window.search_panel.ready, timeout=30000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, window.search_panel.box, "吸管吸取监督")
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() >= 1, timeout=10000)
    title = window.library.get(new_id).title
    assert any(results.topLevelItem(i).text(0).startswith(title) for i in range(results.topLevelItemCount()))
    # the same file again: already there, nothing added
    window.notices.pop("importReport").close()
    drop(window, [src / "我的笔记.txt"])
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=20000)
    assert "already in the library" in window.notices["importReport"].text()
    assert len(entries(window)) == len(before) + 1


def test_ctrl_o_imports_the_chosen_files(qtbot, make_window, tmp_path, monkeypatch):
    window = make_window()
    path = tmp_path / "chosen.txt"
    path.write_text(NOTE.replace("第二段", "另一篇的第二段"), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(path)], "")))
    window.workspace.current.browser.setFocus()
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=20000)
    assert "chosen.txt: imported" in window.notices["importReport"].text()
    assert "chosen" in entries(window)


def distinct_texts(folder, count: int):
    """`count` small text files, each a text of its own (篇00.txt, 篇01.txt, …)."""
    folder.mkdir()
    for i in range(count):
        (folder / f"篇{i:02d}.txt").write_text(f"第{i}篇文章的正文，各不相同。\n", encoding="utf-8")
    return folder


def test_a_cancel_keeps_what_was_imported_before_it(qtbot, make_window, tmp_path):
    window = make_window()
    src = distinct_texts(tmp_path / "many", 12)
    window.import_files([str(src)])
    assert window.importing.cancel_button.isVisible()
    worker = window.importing.worker

    def cancel_after_three(done: int, _total: int) -> None:
        if done == 3:
            worker.cancel()  # what the Cancel button does, right after the third file

    # in the worker's thread, at once (the child process takes a moment to start, so this is in time)
    worker.progressed.connect(cancel_after_three, Qt.ConnectionType.DirectConnection)
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=30000)
    assert "cancelled" in window.notices["importReport"].text()
    imported = sorted((window.paths.library_dir).glob("*.md"))
    assert [p.stem for p in imported] == ["篇00", "篇01", "篇02"]
    assert {"篇00", "篇01", "篇02"} <= set(entries(window)) and "篇03" not in entries(window)
    assert not window.importing.cancel_button.isVisible()


def test_the_cancel_button_cancels(qtbot, make_window, tmp_path):
    window = make_window()
    src = distinct_texts(tmp_path / "some", 6)
    window.import_files([str(src)])
    qtbot.mouseClick(window.importing.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "importReport" in window.notices, timeout=30000)
    text = window.notices["importReport"].text()
    assert "cancelled" in text and len(list(window.paths.library_dir.glob("*.md"))) < 6
