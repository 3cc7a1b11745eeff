"""The highlights panel and dialogs, driven with clicks and keys on a real store (pytest-qt, offscreen)."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QDialog

from reader.core.content.library import Library
from reader.core.highlights.anchoring import anchor_quote
from reader.core.highlights.model import Highlight
from reader.core.highlights.store import HighlightStore
from reader.core.text.canonical import converter
from reader.ui.dialogs.highlight_dialog import ColorNamesDialog, HighlightDialog
from reader.ui.panels.highlights_panel import HighlightsPanel

from .helpers import type_text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CONTENT = Path(__file__).resolve().parents[2] / "content"
ARTICLE = "xinzhiyuan-agi-decade"  # Simplified
GHOSTS = "ghosts-not-animals"  # Traditional
SHUZI = "shuzi-kaiwu-transcript"  # Traditional
DETACHED_MARKER = "detached — quote not found in the current text"


def click_row(qtbot, panel, row: int) -> None:
    item = panel.list.item(row)
    panel.list.scrollToItem(item)
    rect = panel.list.visualItemRect(item)
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def combo_texts(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def choose(box, text: str) -> None:
    """Pick a combo entry by what it says, as a user would."""
    index = box.findText(text)
    assert index >= 0, (text, combo_texts(box))
    box.setCurrentIndex(index)


@pytest.fixture
def library(content_copy) -> Library:
    return Library(content_copy)


@pytest.fixture
def store(tmp_path):
    with HighlightStore(tmp_path / "data") as s:
        yield s


@pytest.fixture
def marked(store, library) -> dict[str, Highlight]:
    """Five highlights on three bundled articles, in both scripts."""
    def add(article_id, quote, **kw):
        return store.add(Highlight.new(article_id, anchor_quote(library.get(article_id), quote), **kw))

    return {
        "signal": add(ARTICLE, "强化学习信号稀薄", color="red", note="要点：信號", tags=["RL", "学习"]),
        "collapse": add(ARTICLE, "模型崩塌风险", color="blue", tags=["RL"]),
        "musk": add(ARTICLE, "马斯克认为"),
        "ghosts": add(GHOSTS, "召喚幽靈", color="green", note="ghost, not animal", tags=["比喻"]),
        "flaw": add(SHUZI, "強化學習的根本缺陷", color="red", tags=["RL"]),
    }


@pytest.fixture
def panel(qtbot, store, library, marked):
    p = HighlightsPanel()
    qtbot.addWidget(p)
    p.resize(360, 640)
    p.set_store(store, library)
    p.set_current_article(ARTICLE)
    p.show()
    qtbot.waitExposed(p)
    return p


def in_reading_order(store, *highlights) -> list[str]:
    wanted = {h.id for h in highlights}
    return [h.id for h in store.list() if h.id in wanted]


# -- what the list shows ------------------------------------------------------------------------

def test_this_article_lists_its_highlights_with_quote_note_tags_and_date(panel, store, marked):
    assert panel.findChild(type(panel.list), "highlightList") is panel.list
    assert panel.rows() == in_reading_order(store, marked["signal"], marked["collapse"], marked["musk"])
    assert panel.count_label.text() == "3 highlights"
    signal = panel.row_text(panel.rows().index(marked["signal"].id))
    assert signal.splitlines() == ["强化学习信号稀薄", "要点：信號", f"#RL #学习 · {marked['signal'].created[:10]}"]
    musk = panel.row_text(panel.rows().index(marked["musk"].id))
    assert musk.splitlines() == ["马斯克认为", marked["musk"].created[:10]]  # no note, no tags
    assert all(DETACHED_MARKER not in panel.row_text(i) for i in range(len(panel.rows())))
    assert [panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())] == panel.rows()


def test_all_articles_scope_lists_every_highlight_with_its_article_title(panel, store, library, marked):
    choose(panel.scope_box, "All articles")
    assert panel.rows() == [h.id for h in store.list()] and len(panel.rows()) == 5
    assert panel.count_label.text() == "5 highlights"
    for row, highlight_id in enumerate(panel.rows()):
        title = library.get(store.get(highlight_id).article_id).title
        assert panel.row_text(row).splitlines()[-1].endswith(f" · {title}")
    choose(panel.scope_box, "This article")
    assert len(panel.rows()) == 3
    assert all(library.get(ARTICLE).title not in panel.row_text(i) for i in range(3))  # no titles here


def test_switching_article_shows_that_articles_highlights(panel, marked):
    panel.set_current_article(GHOSTS)
    assert panel.rows() == [marked["ghosts"].id]
    assert panel.count_label.text() == "1 highlight"
    panel.set_current_article(None)
    assert panel.rows() == [] and panel.count_label.text() == "No article is open"


def test_the_colour_filter_offers_the_users_colour_names_with_swatches(panel, store, marked):
    box = panel.findChild(type(panel.color_box), "highlightColorFilter")
    assert combo_texts(box) == ["All colours", "Yellow", "Red", "Green", "Blue", "Purple"]  # the English UI's names
    assert all(not box.itemIcon(i).isNull() for i in range(1, box.count()))
    choose(box, "Red")
    assert panel.rows() == [marked["signal"].id]
    choose(panel.scope_box, "All articles")
    assert panel.rows() == in_reading_order(store, marked["signal"], marked["flaw"])
    # a renamed colour shows its new name and stays chosen
    store.rename_color("red", "存疑")
    panel.refresh()
    assert combo_texts(box)[2] == "存疑" and box.currentText() == "存疑"
    assert panel.rows() == in_reading_order(store, marked["signal"], marked["flaw"])
    choose(box, "All colours")
    assert len(panel.rows()) == 5


def test_the_tag_filter_lists_tags_in_use_and_filters_by_them(panel, store, marked):
    box = panel.findChild(type(panel.tag_box), "highlightTagFilter")
    assert combo_texts(box) == ["All tags", "#RL", "#学习", "#比喻"]  # the most used first
    choose(panel.scope_box, "All articles")
    choose(box, "#RL")
    assert panel.rows() == in_reading_order(store, marked["signal"], marked["collapse"], marked["flaw"])
    choose(panel.color_box, "Blue")  # filters combine
    assert panel.rows() == [marked["collapse"].id]
    choose(panel.color_box, "All colours")
    choose(box, "#比喻")
    assert panel.rows() == [marked["ghosts"].id]
    # a tag no longer used leaves the list, and the filter falls back to every tag
    store.update(marked["ghosts"].id, tags=[])
    panel.refresh()
    assert "#比喻" not in combo_texts(box) and box.currentText() == "All tags"
    assert len(panel.rows()) == 5


def test_the_text_filter_matches_quotes_and_notes_in_either_script(qtbot, panel, store, marked):
    box = panel.findChild(type(panel.text_box), "highlightTextFilter")
    assert box.placeholderText() == "Filter quotes and notes"
    type_text(qtbot, box, "崩塌風險")  # 繁體 typed, 简体 quote found
    qtbot.waitUntil(lambda: panel.rows() == [marked["collapse"].id])
    assert panel.count_label.text() == "1 highlight"
    box.clear()
    qtbot.waitUntil(lambda: len(panel.rows()) == 3)
    choose(panel.scope_box, "All articles")
    type_text(qtbot, box, "ghost")  # in a note
    qtbot.waitUntil(lambda: panel.rows() == [marked["ghosts"].id])
    box.clear()
    type_text(qtbot, box, "强化学习")  # 简体 typed: finds the 繁體 quote too
    qtbot.waitUntil(lambda: panel.rows() == in_reading_order(store, marked["signal"], marked["flaw"]))
    type_text(qtbot, box, "xyz")
    qtbot.waitUntil(lambda: panel.rows() == [])
    assert panel.count_label.text() == "No highlights"


def test_quotes_and_titles_are_shown_in_the_panes_script(panel, library, marked):
    to_traditional = converter("s2t").convert
    panel.set_converter(to_traditional)
    row = panel.rows().index(marked["signal"].id)
    assert panel.row_text(row).splitlines()[0] == "強化學習信號稀薄"
    assert panel.row_text(row).splitlines()[1] == "要点：信號"  # the note stays as the user wrote it
    panel.set_converter(None)
    assert panel.row_text(row).splitlines()[0] == "强化学习信号稀薄"
    panel.set_converter(converter("t2s").convert)
    choose(panel.scope_box, "All articles")
    ghosts = panel.row_text(panel.rows().index(marked["ghosts"].id)).splitlines()
    assert ghosts[0] == "召唤幽灵"
    assert ghosts[-1].endswith(converter("t2s").convert(library.get(GHOSTS).title))


def test_rows_paint_the_colour_bar_and_elide_a_long_quote(qtbot, panel, store, library, marked):
    article, paragraph = max(((a, b) for a in library.readable for b in a.blocks if b.kind == "paragraph"),
                             key=lambda ab: len(ab[1].text))
    assert len(paragraph.text) > 300
    long = store.add(Highlight.new(article.id, anchor_quote(article, paragraph.text), color="purple"))
    choose(panel.scope_box, "All articles")
    image = panel.list.viewport().grab().toImage()
    for highlight in (marked["signal"], marked["collapse"], long):
        rect = panel.list.visualItemRect(panel.list.item(panel.rows().index(highlight.id)))
        rgb = next(c.rgb for c in store.colors() if c.key == highlight.color)
        assert image.pixelColor(rect.left() + 4, rect.center().y()) == QColor(rgb)
    # three lines of quote at most, then the date: far shorter than the paragraph would need
    line = panel.list.fontMetrics().lineSpacing()
    rect = panel.list.visualItemRect(panel.list.item(panel.rows().index(long.id)))
    assert rect.height() <= 5 * line + 20
    assert panel.row_text(panel.rows().index(long.id)).startswith(paragraph.text[:40])


# -- what the user does with a row ----------------------------------------------------------------

def test_clicking_or_pressing_enter_on_a_row_activates_its_highlight(qtbot, panel, marked):
    choose(panel.scope_box, "All articles")
    row = panel.rows().index(marked["ghosts"].id)
    with qtbot.waitSignal(panel.highlightActivated) as blocker:
        click_row(qtbot, panel, row)
    assert blocker.args == [GHOSTS, marked["ghosts"].id]
    panel.list.setCurrentRow(panel.rows().index(marked["collapse"].id))
    with qtbot.waitSignal(panel.highlightActivated) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args == [ARTICLE, marked["collapse"].id]


def test_delete_key_and_f2_ask_the_window_and_change_nothing(qtbot, panel, store, marked):
    click_row(qtbot, panel, panel.rows().index(marked["musk"].id))
    with qtbot.waitSignal(panel.deleteRequested) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Delete)
    assert blocker.args == [marked["musk"].id]
    assert store.get(marked["musk"].id) is not None and len(panel.rows()) == 3
    with qtbot.waitSignal(panel.editRequested) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_F2)
    assert blocker.args == [marked["musk"].id]


def test_the_context_menu_edits_copies_and_deletes_the_row(qtbot, panel, marked):
    panel.set_converter(converter("s2t").convert)
    click_row(qtbot, panel, panel.rows().index(marked["signal"].id))
    menu = panel.context_menu()
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert [a.text() for a in actions] == ["Edit Note and Tags…", "Copy Quote", "Delete"]
    edit, copy, delete = actions
    with qtbot.waitSignal(panel.editRequested) as blocker:
        edit.trigger()
    assert blocker.args == [marked["signal"].id]
    copy.trigger()
    assert QGuiApplication.clipboard().text() == "強化學習信號稀薄"  # as shown
    with qtbot.waitSignal(panel.deleteRequested) as blocker:
        delete.trigger()
    assert blocker.args == [marked["signal"].id]


def test_refresh_keeps_the_selected_row_while_it_exists(qtbot, panel, store, marked):
    click_row(qtbot, panel, panel.rows().index(marked["collapse"].id))
    store.delete(marked["signal"].id)  # what the window does on deleteRequested
    panel.refresh()
    assert marked["signal"].id not in panel.rows()
    assert panel.current_id() == marked["collapse"].id
    assert panel.count_label.text() == "2 highlights"
    store.delete(marked["collapse"].id)
    panel.refresh()
    assert panel.current_id() is None
    store.undo()
    store.undo()
    panel.refresh()
    assert len(panel.rows()) == 3


def test_detached_highlights_are_listed_with_a_marker(panel, store, library, marked, content_copy):
    path = content_copy / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    passage = library.get(ARTICLE).block(marked["signal"].block_id).text
    assert text.count(passage) == 1 and "模型崩塌风险" in passage
    path.write_text(text.replace(passage, "这一段整个改写了。"), encoding="utf-8")
    changed = Library(content_copy)
    panel.set_store(store, changed)
    store.reanchor(changed.get(ARTICLE))
    panel.refresh()
    gone = {marked["signal"].id, marked["collapse"].id}
    assert {h.id for h in store.list(detached=True)} == gone
    assert len(panel.rows()) == 3  # listed, never dropped
    for row, highlight_id in enumerate(panel.rows()):
        lines = panel.row_text(row).splitlines()
        assert (lines[-1] == DETACHED_MARKER) == (highlight_id in gone)
        assert lines[0] == store.get(highlight_id).exact  # the quote is kept
    assert panel.count_label.text().startswith("3 highlights") and "2 detached" in panel.count_label.text()


# -- dialogs ----------------------------------------------------------------------------------------

@pytest.fixture
def dialog(qtbot, store, marked):
    d = HighlightDialog(marked["signal"], store.colors(), store.tags(), convert=converter("s2t").convert)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.activateWindow()
    qtbot.waitUntil(d.isActiveWindow)
    return d


def test_the_highlight_dialog_edits_colour_note_and_tags(qtbot, dialog):
    assert dialog.quote.toPlainText() == "強化學習信號稀薄" and dialog.quote.isReadOnly()  # in the pane's script
    assert dialog.values() == ("red", "要点：信號", ("RL", "学习"))
    assert dialog.tags_edit.text() == "RL, 学习"
    choose(dialog.color_box, "Green")
    dialog.note_edit.selectAll()
    type_text(qtbot, dialog.note_edit, "稀薄的信号 ok")
    dialog.tags_edit.clear()
    type_text(qtbot, dialog.tags_edit, "RL，认知核心、 agents #loop,,")
    assert dialog.values() == ("green", "稀薄的信号 ok", ("RL", "认知核心", "agents", "loop"))


def test_ctrl_enter_in_the_note_accepts_the_dialog(qtbot, dialog):
    dialog.note_edit.setFocus()
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.note_edit.toPlainText() == "要点：信號"  # no new line typed


def test_the_tags_box_completes_the_tag_being_typed(qtbot, dialog):
    box = dialog.tags_edit
    box.setFocus()
    box.clear()
    type_text(qtbot, box, "学习, r")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    assert [popup.model().index(i, 0).data() for i in range(popup.model().rowCount())] == ["RL"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert box.text() == "学习, RL, "
    assert dialog.values()[2] == ("学习", "RL")


def test_colour_names_dialog_renames_and_empty_means_default(qtbot, store):
    store.rename_color("blue", "背景")
    d = ColorNamesDialog(store.colors())
    qtbot.addWidget(d)
    d.show()
    assert [d.edits[c.key].text() for c in store.colors()] == ["黄", "红", "绿", "背景", "紫"]
    assert d.edits["blue"].placeholderText() == "蓝"
    yellow = d.findChild(type(d.edits["yellow"]), "colorName_yellow")
    yellow.clear()
    type_text(qtbot, yellow, "重点")
    d.edits["blue"].clear()
    type_text(qtbot, d.edits["red"], " ?")
    assert d.names() == {"yellow": "重点", "red": "红 ?", "green": "绿", "blue": "蓝", "purple": "紫"}
    for key, name in d.names().items():
        store.rename_color(key, name)
    assert [c.name for c in store.colors()] == ["重点", "红 ?", "绿", "蓝", "紫"]
