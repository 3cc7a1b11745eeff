import json
import os

import pytest

from reader.core.compare import PinStore
from reader.core.compare.pins import FILENAME, PinStoreError
from reader.core.content.article import Article


def test_pins_are_kept_per_pair_in_either_order(tmp_path):
    store = PinStore(tmp_path)
    store.add("b-article", "p-2", "a-article", "p-1")
    store.add("a-article", "p-3", "b-article", "p-4")
    store.add("a-article", "p-3", "b-article", "p-4")  # again: nothing changes
    assert store.pins("a-article", "b-article") == [("p-1", "p-2"), ("p-3", "p-4")]
    assert store.pins("b-article", "a-article") == [("p-2", "p-1"), ("p-4", "p-3")]
    assert store.pins("a-article", "c-article") == []
    again = PinStore(tmp_path)
    assert again.pins("a-article", "b-article") == [("p-1", "p-2"), ("p-3", "p-4")]
    assert again.remove("b-article", "p-4", "a-article", "p-3")
    assert not again.remove("b-article", "p-4", "a-article", "p-3")
    assert PinStore(tmp_path).pins("a-article", "b-article") == [("p-1", "p-2")]


def test_writes_are_atomic_and_leave_no_temporary_file(tmp_path):
    data_dir = tmp_path / "data"
    store = PinStore(data_dir)
    store.add("a", "p-1", "b", "q-1")
    assert sorted(os.listdir(data_dir)) == [FILENAME]
    data = json.loads((data_dir / FILENAME).read_text(encoding="utf-8"))
    assert data == {"version": 1, "pairs": {"a\tb": [["p-1", "q-1"]]}}


@pytest.mark.parametrize("content", [b"{not json", b"\xff\xfe", b'{"version": 1, "pairs": {"a": 3}}', b"[]"])
def test_a_damaged_file_is_set_aside_never_overwritten(tmp_path, content):
    (tmp_path / FILENAME).write_bytes(content)
    store = PinStore(tmp_path)
    assert store.pins("a", "b") == []
    assert store.recovered_from is not None and store.recovered_from.read_bytes() == content
    assert "set aside" in store.recovery_message
    store.add("a", "p-1", "b", "q-1")
    assert store.recovered_from.read_bytes() == content
    assert PinStore(tmp_path).pins("a", "b") == [("p-1", "q-1")]


def test_a_newer_file_is_an_error_not_set_aside(tmp_path):
    (tmp_path / FILENAME).write_text('{"version": 99, "pairs": {}}', encoding="utf-8")
    with pytest.raises(PinStoreError, match="newer"):
        PinStore(tmp_path)
    assert (tmp_path / FILENAME).is_file()


def test_a_pin_stays_while_both_blocks_exist(tmp_path):
    a = Article.from_text("a", tmp_path / "a.md", "第一段。\n\n第二段。\n")
    b = Article.from_text("b", tmp_path / "b.md", "第一段话。\n\n第二段话。\n")
    store = PinStore(tmp_path)
    store.add("a", a.blocks[0].id, "b", b.blocks[0].id)
    store.add("a", a.blocks[1].id, "b", b.blocks[1].id)
    edited = Article.from_text("a", tmp_path / "a.md", "第一段。\n\n改过的第二段。\n")
    assert store.valid_pins(edited, b) == [(a.blocks[0].id, b.blocks[0].id)]
    assert PinStore(tmp_path).pins("a", "b") == [(a.blocks[0].id, b.blocks[0].id)]
