"""The highlights database under stress: a writer killed mid-way, damaged files, foreign and newer files."""

import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.errors import HighlightStoreError
from reader.core.highlights.database import FILENAME, SCHEMA_VERSION
from reader.core.highlights.model import Anchor, Highlight
from reader.core.highlights.store import HighlightStore

REPO = Path(__file__).resolve().parents[3]

WRITER = """
import sys
from reader.core.highlights.store import HighlightStore
from reader.core.highlights.model import Anchor, Highlight

store = HighlightStore(sys.argv[1])
for i in range(100000):
    anchor = Anchor("p-00000000", 0, 4, "一段引文", "前文" * 16, "后文" * 16, i, "0" * 16)
    h = store.add(Highlight.new("article", anchor, note="笔记" * 50, tags=["t%d" % (i % 5)]))
    print(h.id, flush=True)  # after the commit: this id must survive
"""


def _highlight(i: int) -> Highlight:
    return Highlight.new("article", Anchor("p-00000000", 0, 4, "一段引文", "", "", i, ""), note=str(i))


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="Windows has no SIGKILL, and the test must kill the writer without letting it clean up")
def test_a_writer_killed_mid_way_loses_no_committed_highlight(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(REPO))
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    reported = []
    try:
        while len(reported) < 60:
            line = child.stdout.readline()
            assert line, child.stderr.read()
            reported.append(line.strip())
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate()
    finally:
        if child.poll() is None:
            child.kill()
    reported += rest.split()
    assert child.returncode == -signal.SIGKILL
    assert (tmp_path / f"{FILENAME}-wal").exists()  # the writer did not get to close the database

    conn = sqlite3.connect(tmp_path / FILENAME)
    assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = {r[0] for r in conn.execute("SELECT id FROM highlights")}
    conn.close()
    assert set(reported) <= stored and len(stored) - len(reported) <= 1
    with HighlightStore(tmp_path) as store:
        assert store.recovered_from is None and store.count() == len(stored)


def test_garbage_is_set_aside_and_a_new_database_works(tmp_path):
    garbage = b"this is not a database\0" * 500
    (tmp_path / FILENAME).write_bytes(garbage)
    (tmp_path / f"{FILENAME}-wal").write_bytes(b"stale")
    with HighlightStore(tmp_path) as store:
        aside = store.recovered_from
        assert aside is not None and re.fullmatch(rf"{re.escape(FILENAME)}\.damaged-\d{{8}}-\d{{6}}", aside.name)
        assert aside.read_bytes() == garbage  # kept as it was, for the user
        assert Path(f"{aside}-wal").read_bytes() == b"stale"
        assert str(aside) in store.recovery_message and "damaged" in store.recovery_message
        h = store.add(_highlight(1))
    with HighlightStore(tmp_path) as store:
        assert store.recovered_from is None and store.get(h.id) == h
    assert aside.exists()


def test_a_damaged_page_is_found_at_open(tmp_path):
    with HighlightStore(tmp_path) as store:
        for i in range(200):
            store.add(_highlight(i))
    path = tmp_path / FILENAME
    data = bytearray(path.read_bytes())
    assert len(data) > 4 * 4096
    data[3 * 4096:3 * 4096 + 300] = b"\xab" * 300
    path.write_bytes(bytes(data))
    with HighlightStore(tmp_path) as store:
        assert store.recovered_from is not None and store.count() == 0
        assert store.recovered_from.read_bytes() == bytes(data)
    # two damaged files in the same second do not overwrite each other
    path.write_bytes(b"garbage again")
    with HighlightStore(tmp_path) as store:
        assert store.recovered_from is not None
    assert len(list(tmp_path.glob(f"{FILENAME}.damaged-*"))) == 2


def test_another_programs_database_is_set_aside(tmp_path):
    conn = sqlite3.connect(tmp_path / FILENAME)
    conn.execute("CREATE TABLE notes (x)")
    conn.commit()
    conn.close()
    with HighlightStore(tmp_path) as store:
        assert "not a Duidu highlights database" in store.recovery_message
        assert store.count() == 0


def test_a_newer_database_is_left_alone(tmp_path):
    with HighlightStore(tmp_path) as store:
        store.add(_highlight(1))
    conn = sqlite3.connect(tmp_path / FILENAME)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = (tmp_path / FILENAME).read_bytes()
    with pytest.raises(HighlightStoreError, match="newer Duidu"):
        HighlightStore(tmp_path)
    assert (tmp_path / FILENAME).read_bytes() == before
    assert not list(tmp_path.glob("*.damaged-*"))


def test_a_locked_database_is_an_error_not_damage(tmp_path):
    with HighlightStore(tmp_path, timeout=0) as store:
        store.add(_highlight(1))
        blocker = sqlite3.connect(tmp_path / FILENAME, timeout=0, isolation_level=None)
        blocker.execute("BEGIN EXCLUSIVE")
        with pytest.raises(HighlightStoreError, match="cannot write"):
            store.add(_highlight(2))
        blocker.execute("ROLLBACK")
        blocker.close()
        assert store.count() == 1 and store.undo_label == "add"
    assert not list(tmp_path.glob("*.damaged-*"))


def test_the_schema_is_versioned_and_checked(tmp_path):
    with HighlightStore(tmp_path) as store:
        h = store.add(_highlight(1))
        store.update(h.id, tags=["a", "b"])
        store.add(_highlight(2))
        store.delete(h.id)  # foreign keys are on: its tags go with it
    conn = sqlite3.connect(tmp_path / FILENAME)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("SELECT count(*) FROM highlight_tags").fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM highlights").fetchone()[0] == 1
    conn.execute("DROP TABLE highlight_tags")
    conn.commit()
    conn.close()
    with HighlightStore(tmp_path) as store:
        assert "highlight_tags is missing" in store.recovery_message
