"""Script switching in the real window: the pane's selector, View > Script, Ctrl+Shift+T."""

import opencc
from PySide6.QtCore import Qt

from reader.core.script.modes import ScriptMode, convert_text
from reader.core.text.canonical import canonical

from .test_search_ui import click_row, type_query

TRANSCRIPT = "shuzi-kaiwu-transcript"  # the largest article, written in Traditional script
NOTES = "dwarkesh-notes"  # written in Simplified script


def flat(text: str) -> str:
    return " ".join(text.replace("\u2029", " ").replace("\u2028", " ").replace("\xa0", " ").split())


def choose_next_in_selector(qtbot, pane) -> None:
    """Pick the next entry of the pane's script selector with the keyboard, as a user can."""
    combo = pane.script_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)


def test_each_mode_from_the_pane_selector_converts_the_text_and_keeps_the_top_passage(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    article = pane.article
    block = article.blocks[5]  # a paragraph with 說, which Hong Kong writes 説
    assert "說" in block.text
    pane.scroll_to_block(block.id)
    assert pane.top_block() == block.id
    assert flat(pane.visible_text()).startswith(flat(block.text)[:30])
    seen = {}
    for mode in list(ScriptMode)[1:]:  # the selector starts at 原文: Down goes through the rest in order
        choose_next_in_selector(qtbot, pane)
        assert pane.script_mode is mode
        assert pane.script_combo.currentText() == mode.label
        assert pane.top_block() == block.id, f"{mode}: the passage at the top moved"
        expected = convert_text(block.text, mode, vocabulary=mode is ScriptMode.TW, source="hant")
        visible = flat(pane.visible_text())
        assert visible.startswith(flat(expected)[:30]), mode
        seen[mode] = visible
    assert "说" in seen[ScriptMode.HANS] and "說" not in seen[ScriptMode.HANS]
    assert convert_text(seen[ScriptMode.HANS], ScriptMode.HANS, source="hant") == seen[ScriptMode.HANS]
    assert "説" in seen[ScriptMode.HK] and "說" in seen[ScriptMode.TW]
    # back to the text as written
    window.action_set.group("script")["original"].trigger()
    assert flat(pane.visible_text()).startswith(flat(block.text)[:30])


def test_taiwan_mode_uses_taiwan_vocabulary_and_the_option_brings_mainland_phrases(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    pane = window.workspace.current
    block = next(b for b in pane.article.blocks if "编程" in b.text)
    window.action_set.group("script")["tw"].trigger()
    assert "程式設計" in pane.shown_block_text(block.id)
    assert "程式設計" in flat(pane.browser.document().toPlainText())
    # 臺灣正體 shown with the Taiwan phrases; back to 简体 with mainland vocabulary
    window.action_set.group("script")["hans"].trigger()
    window.action_set["vocabularyAction"].trigger()
    assert pane.vocabulary and window.action_set["vocabularyAction"].isChecked()
    assert "编程" in pane.shown_block_text(block.id)


def test_ctrl_shift_t_cycles_and_the_choice_is_remembered(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    modes = list(ScriptMode)
    start = window.workspace.current.script_mode
    for step in range(1, len(modes) + 1):
        qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        mode = modes[(modes.index(start) + step) % len(modes)]
        assert window.workspace.current.script_mode is mode
        assert window.action_set.group("script")[mode.value].isChecked()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    chosen = window.workspace.current.script_mode
    assert chosen is not ScriptMode.ORIGINAL
    window.close()
    again = make_window()
    assert again.workspace.current.script_mode is chosen
    assert again.action_set.group("script")[chosen.value].isChecked()


def test_the_interface_follows_the_script_unless_the_user_fixed_a_language(qtbot, make_window):
    window = make_window()

    def view_title(expected: str) -> None:  # a language change reaches the widgets as a posted event
        qtbot.waitUntil(lambda: window.action_set.menus["view"].title() == expected, timeout=3000)

    view_title("&View")
    window.action_set.group("script")["hans"].trigger()
    view_title("视图(&V)")
    assert window.search_dock.windowTitle() == "搜索"
    window.action_set.group("script")["tw"].trigger()
    view_title("檢視(&V)")
    window.action_set.group("language")["en"].trigger()
    view_title("&View")
    window.action_set.group("script")["hans"].trigger()
    qtbot.wait(50)
    view_title("&View")  # a fixed interface language stays
    window.action_set.group("language")["auto"].trigger()
    view_title("视图(&V)")
    window.close()
    window = make_window()  # the choice and the mode were remembered
    view_title("视图(&V)")


def test_search_marks_stay_on_the_same_words_after_a_switch(qtbot, make_window):
    window = make_window(wait_index=True)
    type_query(qtbot, window, "强化学习")
    panel = window.search_panel
    head = next(panel.results.topLevelItem(i) for i in range(panel.results.topLevelItemCount())
                if panel.results.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) == TRANSCRIPT)
    click_row(qtbot, panel.results, head.child(0))
    pane = window.workspace.current
    assert pane.article.id == TRANSCRIPT
    before = pane.marked_texts()
    assert before and all(t == "強化學習" for t in before)
    qtbot.keyClick(pane.browser, Qt.Key.Key_F3)
    current, _ = pane.current_mark()
    for mode, word in (("hans", "强化学习"), ("hk", "強化學習"), ("original", "強化學習")):
        window.action_set.group("script")[mode].trigger()
        assert pane.marked_texts() == [word] * len(before), mode
        assert pane.current_mark()[0] == current


def test_search_snippets_follow_the_script_the_pane_shows(qtbot, make_window):
    window = make_window(wait_index=True)
    type_query(qtbot, window, "強化學習")
    rows = [text for _a, block, text in window.search_panel.result_rows() if block]
    assert any("強化學習" in r for r in rows) and any("强化学习" in r for r in rows)  # each in its own script
    def rows_say(word: str, other: str) -> bool:  # the snippets follow just after the pane is painted
        rows = [text for _a, block, text in window.search_panel.result_rows() if block]
        return bool(rows) and all(word in r and other not in r for r in rows)

    window.action_set.group("script")["hans"].trigger()
    qtbot.waitUntil(lambda: rows_say("强化学习", "強化學習"), timeout=3000)
    window.action_set.group("script")["hk"].trigger()
    qtbot.waitUntil(lambda: rows_say("強化學習", "强化学习"), timeout=3000)


def test_show_what_changed_underlines_each_change_with_the_original_as_tooltip(qtbot, make_window):
    window = make_window()
    window.open_article(TRANSCRIPT)
    pane = window.workspace.current
    window.action_set.group("script")["hans"].trigger()
    assert pane.changed_spans() == []
    qtbot.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.action_set["showChangesAction"].isChecked()
    changes = pane.changed_spans()
    assert len(changes) > 1000
    for shown, original in changes:
        # adjacent changes of the same character (僅僅 → 仅仅) share one format and one span
        assert shown != original and len(shown) % len(original) == 0
    # every changed character is marked, and nothing else: OpenCC itself (not the pane's
    # conversion) says which characters of the article as written t2s changes
    t2s = opencc.OpenCC("t2s").convert
    window.action_set.group("script")["original"].trigger()
    written = pane.browser.document().toPlainText()
    window.action_set.group("script")["hans"].trigger()
    converted = t2s(written)
    assert len(converted) == len(written) == len(pane.browser.document().toPlainText())
    expected = sum(x != y for x, y in zip(written, converted))
    assert sum(len(s) for s, _o in changes) == expected
    assert ("说", "說") in changes and ("复", "覆") in changes  # 反覆 → 反复: the phrase decides
    # nothing changes in 原文, and the option is remembered for the next mode
    window.action_set.group("script")["original"].trigger()
    assert pane.changed_spans() == []
    window.action_set.group("script")["hk"].trigger()
    assert ("説", "說") in pane.changed_spans()
    assert all(canonical(s) == canonical(o) for s, o in pane.changed_spans())


def test_marks_follow_words_that_regional_vocabulary_changed(qtbot, make_window):
    window = make_window()
    window.open_article(NOTES)
    pane = window.workspace.current
    block = next(b for b in pane.article.blocks if "编程" in b.text)
    count = pane.set_marks(["编程"], near_block=block.id)
    assert count >= 1 and set(pane.marked_texts()) == {"编程"}
    window.action_set.group("script")["tw"].trigger()  # Taiwan vocabulary: 编程 is shown as 程式設計
    assert len(pane.marked_texts()) == count
    assert set(pane.marked_texts()) == {"程式設計"}
    window.action_set.group("script")["hk"].trigger()
    assert set(pane.marked_texts()) == {"編程"}
