"""A state machine drives the real window at random — highlight a selection with a colour key,
edit, delete from the panel, undo, redo (keys), switch the script, open another article,
restart — and after every step checks that the store, the highlights panel and the pane agree,
and that the highlights are the ones the steps should have left."""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule, run_state_machine_as_test
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.text.canonical import canonical
from reader.ui.app import create_window
from reader.ui.dialogs import highlight_dialog

REPO = Path(__file__).resolve().parents[2]
ARTICLES = ("xinzhiyuan-agi-decade", "shuzi-kaiwu-transcript")  # 简 and 繁
MODES = ("original", "hans", "hant", "tw", "hk")
CTRL = Qt.KeyboardModifier.ControlModifier


class WindowMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="duidu-ui-state-"))
        self.window = None
        self.expected: dict[str, tuple] = {}  # id → (article, colour, note)
        self.undo: list[dict] = []
        self.redo: list[dict] = []
        self._start()

    def _start(self) -> None:
        self.window = create_window(REPO / "content", self.folder)
        self.window.show()
        self.window.activateWindow()
        app = QApplication.instance()
        for _ in range(50):
            if self.window.isActiveWindow():
                break
            app.processEvents()
        while not self.window.ready:  # the highlights are built right after the first paint
            app.processEvents()
        self.window.highlights_panel.scope_box.setCurrentIndex(1)  # all articles
        if self.window.workspace.current.article is None or self.window.workspace.current.article.id not in ARTICLES:
            self.window.open_article(ARTICLES[0])

    def _do(self, change) -> None:
        before = dict(self.expected)
        change()
        if self.expected != before:
            self.undo.append(before)
            self.redo.clear()

    @property
    def store(self):
        return self.window.highlighting.store

    # -- rules ------------------------------------------------------------------------------------
    @rule(data=st.data(), key=st.integers(1, 5))
    def highlight(self, data, key):
        pane = self.window.workspace.current
        blocks = [b for b in pane.shown.blocks if b.kind == "paragraph" and len(b.text) > 12]
        block = data.draw(st.sampled_from(blocks[:40]))
        start = data.draw(st.integers(0, len(block.text) - 6))
        end = data.draw(st.integers(start + 2, min(len(block.text), start + 12)))
        qt_start, qt_end = pane.document_span(block.id, start, end)
        cursor = QTextCursor(pane.browser.document())
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_end, QTextCursor.MoveMode.KeepAnchor)
        pane.browser.setTextCursor(cursor)
        if not pane.selection_in_block():
            return  # only punctuation chosen: nothing to highlight
        known = {h.id for h in self.store.list()}

        def press():
            pane.browser.setFocus()
            QTest.keyClick(pane.browser, Qt.Key(Qt.Key.Key_0 + key))
            new = [h for h in self.store.list() if h.id not in known]
            assert len(new) == 1, "a colour key on a selection makes one highlight"
            color = self.store.colors()[key - 1].key
            assert new[0].color == color
            self.expected[new[0].id] = (pane.article.id, color, "")
        self._do(press)

    @precondition(lambda self: self.expected)
    @rule(data=st.data(), note=st.text(alphabet="笔记要點 ab", max_size=6))
    def edit_note(self, data, note):
        hid = data.draw(st.sampled_from(sorted(self.expected)))
        original_exec = highlight_dialog.HighlightDialog.exec
        typed = []

        def fill(dialog):  # the user types the note and presses OK
            dialog.note_edit.setPlainText(note)
            typed.append(dialog.values())
            return QDialog.DialogCode.Accepted

        highlight_dialog.HighlightDialog.exec = fill
        try:
            def edit():
                assert self.window.highlighting.edit(hid)
                article, color, _old = self.expected[hid]
                self.expected[hid] = (article, color, typed[-1][1])
            self._do(edit)
        finally:
            highlight_dialog.HighlightDialog.exec = original_exec

    @precondition(lambda self: self.expected)
    @rule(data=st.data())
    def delete_from_panel(self, data):
        panel = self.window.highlights_panel
        rows = panel.rows()
        hid = data.draw(st.sampled_from(rows))
        panel.list.setCurrentRow(rows.index(hid))
        panel.list.setFocus()

        def delete():
            QTest.keyClick(panel.list, Qt.Key.Key_Delete)
            del self.expected[hid]
        self._do(delete)

    @rule()
    def undo_key(self):
        QTest.keyClick(self.window, Qt.Key.Key_Z, CTRL)
        if self.undo:
            self.redo.append(dict(self.expected))
            self.expected = self.undo.pop()

    @rule()
    def redo_key(self):
        QTest.keyClick(self.window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
        if self.redo:
            self.undo.append(dict(self.expected))
            self.expected = self.redo.pop()

    @rule(mode=st.sampled_from(MODES))
    def switch_script(self, mode):
        self.window.action_set.group("script")[mode].trigger()

    @rule(article=st.sampled_from(ARTICLES))
    def open_article(self, article):
        self.window.open_article(article)

    @rule()
    def restart(self):
        self.window.close()
        self.window.deleteLater()
        self._start()
        self.undo.clear()  # undo history lives as long as the window
        self.redo.clear()

    # -- invariants -----------------------------------------------------------------------------
    @invariant()
    def store_holds_what_the_steps_left(self):
        got = {h.id: (h.article_id, h.color, h.note) for h in self.store.list()}
        assert got == self.expected

    @invariant()
    def panel_lists_every_highlight(self):
        assert sorted(self.window.highlights_panel.rows()) == sorted(self.expected)

    @invariant()
    def pane_paints_the_open_articles_highlights_on_their_words(self):
        pane = self.window.workspace.current
        stored = {h.id: h for h in self.store.list(article_id=pane.article.id)}
        painted = dict(pane.highlight_spans())
        assert set(painted) == set(stored)
        if pane.effective_vocabulary:
            return  # regional phrases may change the words themselves (软件 → 軟體)
        for hid, text in painted.items():
            assert canonical(text) == canonical(stored[hid].exact)

    def teardown(self):
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            QApplication.processEvents()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.mark.usefixtures("qapp")
def test_window_state_machine():
    run_state_machine_as_test(WindowMachine, settings=settings(
        max_examples=8, stateful_step_count=12, deadline=None, suppress_health_check=list(HealthCheck)))
