"""The real main window, driven with clicks and keys (pytest-qt, offscreen)."""


from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reader.core.content.library import Library
from reader.ui import main_window as main_window_module
from reader.ui.panels.library_panel import ARTICLE_ID_ROLE


def click_item(qtbot, window, article_id):
    lst = window.library_panel.list
    item = window.library_panel.item_for(article_id)
    lst.scrollToItem(item)
    rect = lst.visualItemRect(item)
    qtbot.mouseClick(lst.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def shown_text(window) -> str:
    return window.workspace.current.browser.document().toPlainText()


def test_clicking_each_library_entry_shows_its_title_and_toc(qtbot, make_window, content_copy):
    window = make_window()
    library = Library(content_copy)
    assert window.library_panel.list.count() == len(library) == 5
    for article in library:
        click_item(qtbot, window, article.id)
        assert window.workspace.current.article.id == article.id
        assert article.title in shown_text(window)[:400]
        assert window.windowTitle().startswith(article.title)
        assert window.toc.titles() == [e.title for e in article.toc]
        assert len(window.toc.titles()) >= 3


def test_library_entries_show_outlet_badge_and_length(make_window, content_copy):
    window = make_window()
    for row in range(window.library_panel.list.count()):
        item = window.library_panel.list.item(row)
        article = Library(content_copy).get(item.data(ARTICLE_ID_ROLE))
        text = item.text()
        assert article.title in text and article.outlet in text
        assert f"{article.chars:,}" in text and f" {article.reading_minutes} " in text
        assert not item.icon().isNull()


def test_sorting_by_title_and_date(qtbot, make_window):
    window = make_window()
    panel = window.library_panel
    dates = [a.date for a in panel.sorted_articles()]
    assert dates == sorted(dates, reverse=True)
    panel.sort_box.setCurrentIndex(1)
    titles = [panel.list.item(r).text().split("\n")[0] for r in range(panel.list.count())]
    assert titles == sorted(titles)
    assert window.settings.sort_key == "title"


def test_toc_click_scrolls_to_heading(qtbot, make_window):
    window = make_window()
    click_item(qtbot, window, "shuzi-kaiwu-transcript")
    bar = window.workspace.current.browser.verticalScrollBar()
    assert bar.value() == 0
    tree = window.toc
    items = list(tree._walk(tree.invisibleRootItem()))
    target = items[8]
    tree.scrollToItem(target)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualItemRect(target).center())
    assert bar.value() > 0
    assert window.workspace.current.top_block() == target.data(0, Qt.ItemDataRole.UserRole)
    assert window.workspace.current.visible_text().startswith(target.text(0))


def test_zoom_keys_change_the_font_size(qtbot, make_window):
    window = make_window()
    pane = window.workspace.current
    base = pane.font_point_size
    qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    bigger = pane.font_point_size
    assert bigger > base
    qtbot.keyClick(pane.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert pane.font_point_size < base
    qtbot.keyClick(pane.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert pane.font_point_size == base
    qtbot.keyClick(pane.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.settings.zoom > 1.0


def test_restart_restores_article_position_geometry_and_zoom(qtbot, make_window):
    window = make_window()
    window.resize(760, 560)  # the offscreen screen is 800×600
    click_item(qtbot, window, "dwarkesh-notes")
    click_item(qtbot, window, "shuzi-kaiwu-transcript")
    heading = window.workspace.current.article.toc[6]
    assert window.workspace.current.scroll_to_block(heading.block_id, 40)
    qtbot.keyClick(window.workspace.current.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    top_before = window.workspace.current.top_block()
    text_before = window.workspace.current.visible_text()[:40]
    window.close()

    again = make_window()
    assert again.workspace.current.article.id == "shuzi-kaiwu-transcript"
    assert again.size().width() == 760
    assert again.workspace.current.zoom == window.workspace.current.zoom > 1.0
    qtbot.waitUntil(lambda: again.workspace.current.top_block() == top_before)
    assert again.workspace.current.visible_text()[:40] == text_before
    # the other article remembers its own place (the top)
    click_item(qtbot, again, "dwarkesh-notes")
    assert again.workspace.current.browser.verticalScrollBar().value() == 0


def test_broken_file_shows_an_error_badge_and_the_rest_works(qtbot, make_window, content_copy):
    (content_copy / "0-broken.md").write_bytes(b"---\ntitle: [unclosed\n---\nbody\n")
    window = make_window(content_copy)
    panel = window.library_panel
    assert panel.list.count() == 6
    item = panel.item_for("0-broken")
    assert "Cannot open" in item.text() and "YAML" in item.toolTip()
    assert "could not be opened" in window.statusBar().currentMessage()
    click_item(qtbot, window, "0-broken")
    assert "Cannot open 0-broken.md" in window.statusBar().currentMessage()
    click_item(qtbot, window, "aitnt-simulators")
    assert window.workspace.current.article.id == "aitnt-simulators"


def test_theme_menu_switches_palette_and_is_remembered(qtbot, make_window):
    window = make_window()
    window.action_set.group("theme")["dark"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() < 80
    assert "#dcd8cf" in window.workspace.current.browser.document().defaultStyleSheet()
    window.action_set.group("theme")["light"].trigger()
    assert QApplication.palette().color(QPalette.ColorRole.Base).lightness() > 200
    window.close()
    assert make_window().settings.theme == "light"


def test_missing_cjk_font_is_named_in_the_status_bar(qtbot, make_window, monkeypatch):
    monkeypatch.setattr(main_window_module, "has_cjk_font", lambda: False)
    window = make_window()
    message = window.statusBar().currentMessage()
    assert "No installed font can show Chinese" in message and "fonts-noto-cjk" in message


def test_duidu_link_opens_article_at_block(qtbot, make_window, content_copy):
    window = make_window()
    article = Library(content_copy).get("dwarkesh-notes")
    target = article.toc[10].block_id
    assert window.open_url(f"duidu://open?article=dwarkesh-notes&block={target}")
    assert window.workspace.current.article.id == "dwarkesh-notes"
    assert window.workspace.current.top_block() == target
    assert not window.open_url("https://example.com/")
