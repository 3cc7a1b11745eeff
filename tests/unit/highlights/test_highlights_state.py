"""A state machine drives the store at random (add, edit, delete, undo, redo, reload, script switch)
and checks it against a plain dictionary after every step."""

import shutil
import sqlite3
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from reader.core.content.library import Library
from reader.core.highlights.anchoring import anchor_selection, shown_span
from reader.core.highlights.database import FILENAME
from reader.core.highlights.model import DEFAULT_COLORS, Highlight
from reader.core.highlights.store import HighlightStore
from reader.core.text.canonical import canonical, converter

REPO = Path(__file__).resolve().parents[3]
LIBRARY = Library(REPO / "content")
ARTICLES = [LIBRARY.get("xinzhiyuan-agi-decade"), LIBRARY.get("shuzi-kaiwu-transcript")]  # 简 and 繁
PASSAGES = [(a, b) for a in ARTICLES for b in a.blocks if b.kind == "paragraph" and len(b.text) > 20][::7]
# what a pane in another script mode shows (OpenCC configurations, phrase tables included)
MODES = ["s2t", "s2tw", "s2hk", "s2twp", "t2s", "tw2sp", "t2tw", "t2hk"]

COLORS = st.sampled_from([c.key for c in DEFAULT_COLORS])
NOTES = st.text(alphabet="笔记要點 ab\n", max_size=8)
TAGS = st.lists(st.sampled_from(["重点", "存疑", "RL", "學習"]), unique=True, max_size=3)


class HighlightMachine(RuleBasedStateMachine):
    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="duidu-hl-"))
        self.store = HighlightStore(self.folder)
        self.model: dict[str, tuple] = {}  # id → (article, block, start, end, colour, note, tags)
        self.undo_stack: list[dict] = []  # the model before each undoable action
        self.redo_stack: list[dict] = []

    def teardown(self):
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _did(self, before: dict) -> None:
        self.undo_stack.append(before)
        self.redo_stack.clear()

    @rule(data=st.data(), color=COLORS, note=NOTES, tags=TAGS)
    def add(self, data, color, note, tags):
        article, block = data.draw(st.sampled_from(PASSAGES))
        start = data.draw(st.integers(0, len(block.text) - 1))
        end = data.draw(st.integers(start + 1, min(len(block.text), start + 40)))
        anchor = anchor_selection(article, block.id, start, end)
        assert canonical(block.text)[anchor.start:anchor.end] == canonical(anchor.exact)
        assert anchor.exact == block.text[start:end]
        h = self.store.add(Highlight.new(article.id, anchor, color=color, note=note, tags=tags))
        before = dict(self.model)
        self.model[h.id] = (article.id, block.id, anchor.start, anchor.end, color, note, tuple(tags))
        self._did(before)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), color=st.none() | COLORS, note=st.none() | NOTES, tags=st.none() | TAGS)
    def edit(self, data, color, note, tags):
        hid = data.draw(st.sampled_from(sorted(self.model)))
        self.store.update(hid, note=note, tags=tags, color=color)
        article, block, start, end, old_color, old_note, old_tags = self.model[hid]
        new = (article, block, start, end, old_color if color is None else color,
               old_note if note is None else note, old_tags if tags is None else tuple(tags))
        if new != self.model[hid]:
            before = dict(self.model)
            self.model[hid] = new
            self._did(before)

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data):
        hid = data.draw(st.sampled_from(sorted(self.model)))
        self.store.delete(hid)
        before = dict(self.model)
        del self.model[hid]
        self._did(before)

    @rule()
    def undo(self):
        command = self.store.undo()
        assert (command is None) == (not self.undo_stack)
        if command is not None:
            self.redo_stack.append(self.model)
            self.model = self.undo_stack.pop()

    @rule()
    def redo(self):
        command = self.store.redo()
        assert (command is None) == (not self.redo_stack)
        if command is not None:
            self.undo_stack.append(self.model)
            self.model = self.redo_stack.pop()

    @rule()
    def reload(self):
        """Quit and start again: the highlights stay, the undo history does not."""
        self.store.close()
        self.store = HighlightStore(self.folder)
        assert self.store.recovered_from is None
        self.undo_stack.clear()
        self.redo_stack.clear()

    @precondition(lambda self: self.model)
    @rule(data=st.data(), mode=st.sampled_from(MODES))
    def switch_script(self, data, mode):
        """In any script a pane shows, each highlight marks its passage, and selecting what it
        marks there gives back the same address."""
        hid = data.draw(st.sampled_from(sorted(self.model)))
        h = self.store.get(hid)
        article = LIBRARY.get(h.article_id)
        block = article.block(h.block_id)
        shown = converter(mode).convert(block.text)
        s, e = shown_span(block.text, h.start, h.end, shown)
        assert 0 <= s < e <= len(shown)
        back = anchor_selection(article, h.block_id, s, e, shown_text=shown)
        if canonical(shown) == canonical(block.text):
            assert (back.start, back.end) == (h.start, h.end)
        else:  # a phrase table changed words: the same place, give or take a changed word
            assert abs(back.start - h.start) <= 4 and abs(back.end - h.end) <= 4

    @invariant()
    def store_matches_model(self):
        stored = {h.id: (h.article_id, h.block_id, h.start, h.end, h.color, h.note, h.tags) for h in self.store.list()}
        assert stored == self.model
        assert self.store.count() == len(self.model)
        assert self.store.can_undo == bool(self.undo_stack) and self.store.can_redo == bool(self.redo_stack)

    @invariant()
    def database_is_consistent(self):
        conn = sqlite3.connect(self.folder / FILENAME)
        try:
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
            tagged = {r[0] for r in conn.execute("SELECT DISTINCT highlight_id FROM highlight_tags")}
            assert tagged == {hid for hid, record in self.model.items() if record[6]}
        finally:
            conn.close()


HighlightMachine.TestCase.settings = settings(max_examples=40, stateful_step_count=15, deadline=None,
                                              suppress_health_check=[HealthCheck.too_slow])
test_highlight_store_state_machine = HighlightMachine.TestCase
