"""The reader's own articles as files, in the real window: the library folder is watched (an article
added, edited or deleted by another program shows up without a restart, with its highlights placed
again and the search caught up), File ▸ Article Info… edits an imported article, and Remove from
Library can be undone with the highlights kept until the user confirms."""

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from .helpers import type_text
from .test_highlights_ui import drag_select, painted

FIRST = "第一段：我們在召喚幽靈，而不是建造動物。"
SECOND = "第二段：強化學習很糟糕，像是通過吸管吸取監督信號。"
ARTICLE = f"---\ntitle: 外面寫的文章\noutlet: 我的筆記本\n---\n\n{FIRST}\n\n{SECOND}\n"
ADDED = "插進來的一段：模型崩潰讓合成數據失去多樣性。"
QUOTE = "通過吸管吸取監督信號"


def titles(window) -> list[str]:
    lst = window.library_panel.list
    return [lst.item(i).text() for i in range(lst.count())]


def ids(window) -> list[str]:
    lst = window.library_panel.list
    return [lst.item(i).data(Qt.ItemDataRole.UserRole) for i in range(lst.count())]


def highlight(qtbot, pane, phrase: str) -> None:
    drag_select(qtbot, pane, phrase)
    pane.browser.setFocus()
    qtbot.keyClick(pane.browser, Qt.Key.Key_3)
    assert painted(pane) == [phrase]


def search_titles(qtbot, window, words: str) -> list[str]:
    qtbot.waitUntil(lambda: not window.indexing.running and window.search_panel.ready, timeout=30000)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    box = window.search_panel.box
    box.clear()
    type_text(qtbot, box, words)
    results = window.search_panel.results
    qtbot.waitUntil(lambda: results.topLevelItemCount() >= 1, timeout=10000)
    return [results.topLevelItem(i).text(0) for i in range(results.topLevelItemCount())]


def test_an_article_added_edited_and_deleted_outside_shows_up_without_a_restart(qtbot, make_window, data_dir):
    window = make_window(wait_index=True)
    folder = data_dir / "library"
    path = folder / "外面的文章.md"
    path.write_text(ARTICLE, encoding="utf-8")  # another program writes a file into the folder
    qtbot.waitUntil(lambda: any("外面寫的文章" in t for t in titles(window)), timeout=10000)
    window.open_article("外面的文章")
    pane = window.workspace.current
    highlight(qtbot, pane, QUOTE)
    cell = window.topics.timeline().cell("外面的文章", "model-collapse")
    assert cell is None or not cell.covers

    # edited outside: a paragraph comes in before the highlighted one
    path.write_text(ARTICLE.replace(FIRST, f"{FIRST}\n\n{ADDED}"), encoding="utf-8")
    qtbot.waitUntil(lambda: ADDED in pane.browser.toPlainText(), timeout=10000)
    assert pane.article.id == "外面的文章"
    assert painted(pane) == [QUOTE]  # the highlight is on the same words in the new text
    assert window.topics.timeline().cell("外面的文章", "model-collapse").covers  # the timeline's data follows
    assert any(t.startswith("外面寫的文章") for t in search_titles(qtbot, window, "合成數據失去多樣性"))

    # deleted outside: it leaves the list, the pane shows another article, the highlight is kept
    path.unlink()
    qtbot.waitUntil(lambda: "外面的文章" not in ids(window), timeout=10000)
    assert pane.article is not None and pane.article.id != "外面的文章"
    assert [h.exact for h in window.highlighting.store.list(article_id="外面的文章")] == [QUOTE]


def accept_dialog_with(qtbot, fill) -> None:
    """Fill the modal dialog that the next action opens, then press Enter in it (Save)."""
    def act():
        dialog = QApplication.activeModalWidget()
        assert dialog is not None and dialog.objectName() == "articleInfoDialog"
        try:
            fill(dialog)
        finally:  # a failed check in `fill` must not leave the modal dialog open (the test would hang)
            qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
            if dialog.isVisible():
                dialog.reject()
    QTimer.singleShot(100, act)


def put_and_open(qtbot, window, data_dir, article_id: str):
    """An article written into the library folder (as another program would), listed, then opened."""
    (data_dir / "library").mkdir(parents=True, exist_ok=True)
    path = data_dir / "library" / f"{article_id}.md"
    path.write_text(ARTICLE, encoding="utf-8")
    qtbot.waitUntil(lambda: article_id in ids(window), timeout=10000)
    window.open_article(article_id)
    return path


def test_article_info_edits_an_imported_article_and_refuses_a_bad_date(qtbot, make_window, data_dir):
    window = make_window()
    path = put_and_open(qtbot, window, data_dir, "筆記")
    seen = {}

    def fill(dialog):
        dialog.title.selectAll()
        type_text(qtbot, dialog.title, "幽靈與動物")
        dialog.date.selectAll()
        type_text(qtbot, dialog.date, "2025-13-01")  # no such month: the dialog stays and says why
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
        seen["error"] = dialog.error.text() if dialog.error.isVisible() else ""
        seen["open"] = dialog.isVisible()
        dialog.date.selectAll()
        type_text(qtbot, dialog.date, "2025-10-21")
        dialog.script.setCurrentIndex(dialog.script.findText("简体 (Simplified)"))

    accept_dialog_with(qtbot, fill)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert "not a date" in seen["error"] and seen["open"]
    assert any(t.startswith("幽靈與動物") for t in titles(window))
    assert window.windowTitle().startswith("幽靈與動物")
    text = path.read_text(encoding="utf-8")
    assert "title: 幽靈與動物" in text and "date: 2025-10-21" in text and "script: hans" in text
    assert text.endswith(f"{FIRST}\n\n{SECOND}\n")  # the text itself is untouched


def test_article_info_of_a_bundled_article_is_read_only(qtbot, make_window):
    window = make_window()
    window.open_article("dwarkesh-notes")
    seen = {}

    def look():
        dialog = QApplication.activeModalWidget()
        seen["enabled"] = dialog.title.isEnabled()
        seen["title"] = dialog.title.text()
        seen["note"] = dialog.note.text()
        dialog.reject()

    QTimer.singleShot(100, look)
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen["enabled"] is False and seen["title"] == window.library.get("dwarkesh-notes").title
    assert "cannot be changed" in seen["note"]
    assert not window.action_set["removeArticleAction"].isEnabled()


def test_remove_from_library_then_undo_brings_back_the_article_and_its_highlights(qtbot, make_window, data_dir,
                                                                                   monkeypatch):
    window = make_window()
    path = put_and_open(qtbot, window, data_dir, "我的")
    pane = window.workspace.current
    highlight(qtbot, pane, QUOTE)

    # the library list's context menu: Remove from Library
    lst = window.library_panel.list
    item = window.library_panel.item_for("我的")
    lst.customContextMenuRequested.emit(lst.visualItemRect(item).center())
    menu = window.library_panel.context_menu
    entry = next(a for a in menu.actions() if a.objectName() == "removeFromLibraryEntry")
    assert entry.isEnabled()
    entry.trigger()
    menu.close()
    assert "我的" not in ids(window) and not path.exists()
    assert pane.article.id != "我的"
    banner = window.findChild(type(window.library_files.banner), "removedBanner")
    assert banner.isVisible() and "外面寫的文章" in banner.text()
    assert [h.exact for h in window.highlighting.store.list(article_id="我的")] == [QUOTE]  # kept

    undo = window.library_files.undo_button
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton, pos=QPoint(undo.width() // 2, undo.height() // 2))
    assert "我的" in ids(window) and path.read_text(encoding="utf-8") == ARTICLE
    assert window.workspace.current.article.id == "我的"
    assert painted(window.workspace.current) == [QUOTE]
    assert not banner.isVisible()

    # removed again, and this time deleted for good once the user says yes
    window.action_set["removeArticleAction"].trigger()
    assert "我的" not in ids(window)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2])
                                                              or QMessageBox.StandardButton.Yes))
    forget = window.library_files.forget_button
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton, pos=QPoint(forget.width() // 2, forget.height() // 2))
    assert asked and "1 highlight" in asked[0]
    assert window.highlighting.store.list(article_id="我的") == []
    assert not any((data_dir / "removed").iterdir())
    assert not banner.isVisible()


def test_delete_for_good_while_the_highlights_are_unavailable_does_not_claim_there_are_none(
        qtbot, make_window, data_dir, monkeypatch):
    from reader.core.errors import HighlightStoreError
    from reader.core.highlights import store as store_module

    def unavailable(*_args, **_kwargs):
        raise HighlightStoreError("cannot open highlights database: locked")

    monkeypatch.setattr(store_module.HighlightStore, "__init__", unavailable)
    window = make_window()
    assert window.highlighting.store is None
    path = put_and_open(qtbot, window, data_dir, "我的")
    window.action_set["removeArticleAction"].trigger()
    assert "我的" not in ids(window) and not path.exists()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2])
                                                              or QMessageBox.StandardButton.Yes))
    forget = window.library_files.forget_button
    qtbot.mouseClick(forget, Qt.MouseButton.LeftButton, pos=QPoint(forget.width() // 2, forget.height() // 2))
    assert asked and "0 highlight" not in asked[0] and "cannot be read" in asked[0]
    assert not any((data_dir / "removed").iterdir())


def test_article_info_says_what_is_wrong_readably_in_the_dark_theme(qtbot, make_window, data_dir):
    from PySide6.QtGui import QPalette

    from tests.unit.ui.test_contrast import contrast

    window = make_window()
    window.action_set.group("theme")["dark"].trigger()
    put_and_open(qtbot, window, data_dir, "筆記")
    seen = {}

    def fill(dialog):
        dialog.date.selectAll()
        type_text(qtbot, dialog.date, "yesterday")
        qtbot.keyClick(dialog.title, Qt.Key.Key_Return)  # refused: the dialog stays and says why
        label = dialog.error
        seen["shown"] = label.isVisible()
        seen["colours"] = (label.palette().color(label.foregroundRole()).name(),
                           dialog.palette().color(QPalette.ColorRole.Window).name())
        dialog.reject()

    QTimer.singleShot(100, lambda: fill(QApplication.activeModalWidget()))
    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert seen["shown"] and contrast(*seen["colours"]) >= 4.5, seen["colours"]


def test_a_removal_can_still_be_undone_after_a_restart(qtbot, make_window, data_dir):
    window = make_window()
    put_and_open(qtbot, window, data_dir, "留著")
    highlight(qtbot, window.workspace.current, QUOTE)
    window.action_set["removeArticleAction"].trigger()
    assert "留著" not in ids(window)
    window.close()

    window = make_window()  # the next session: the removed article is still waiting
    banner = window.library_files.banner
    assert banner.isVisible() and "外面寫的文章" in banner.text()
    undo = window.library_files.undo_button
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton, pos=QPoint(undo.width() // 2, undo.height() // 2))
    assert "留著" in ids(window) and window.workspace.current.article.id == "留著"
    assert painted(window.workspace.current) == [QUOTE]
    assert not banner.isVisible()
