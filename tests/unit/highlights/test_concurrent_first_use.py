"""Eight processes doing their first `highlights add` on a fresh data folder at once (issue 13)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from reader.core.highlights.database import APPLICATION_ID, FILENAME, SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[3]
PROCESSES = 8
ROUNDS = 3


def test_simultaneous_first_adds_all_succeed_and_all_are_kept(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "a.md").write_text("---\ntitle: 文\n---\n\n" + "\n\n".join(f"第{i}段落的文字。" for i in range(PROCESSES))
                                  + "\n", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO))
    for round_ in range(ROUNDS):
        data = tmp_path / f"data{round_}"
        children = [subprocess.Popen([sys.executable, str(REPO / "main.py"), "--content-dir", str(content),
                                      "--data-dir", str(data), "highlights", "add", "a", "--quote", f"第{i}段落",
                                      "--note", f"n{i}"],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True)
                    for i in range(PROCESSES)]
        results = [(child.communicate(timeout=60), child.returncode) for child in children]
        failures = [err for (_, err), code in results if code != 0 or err]
        assert failures == [], failures
        committed = {out.split("\t")[0] for (out, _), _ in results}
        assert len(committed) == PROCESSES

        conn = sqlite3.connect(data / FILENAME)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert {r[0] for r in conn.execute("SELECT id FROM highlights")} == committed
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert conn.execute("SELECT count(*) FROM colors").fetchone()[0] == 5
        conn.close()
        assert not list(data.glob("*.damaged-*"))
