"""Several processes indexing, searching and adding highlights on one fresh data folder at once:
no traceback, every committed highlight present, the database's integrity_check ok, the index
answering afterwards (issue 13: the mixed case; tests/unit/search and tests/unit/highlights try
each kind alone)."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from reader.core.highlights.database import FILENAME

REPO = Path(__file__).resolve().parents[2]
TIMEOUT = 90
BUSY = "being rebuilt by another Duidu"  # the documented refusal when waiting for the writer was not enough
ROUNDS = 2


def start(content: Path, data: Path, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "main.py"), "--content-dir", str(content),
                             "--data-dir", str(data), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            cwd=str(REPO), text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))


def test_indexing_searching_and_highlighting_at_once(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    paragraphs = [f"第{i}段讲强化学习和模型坍缩的关系,还有别的。" for i in range(4)]
    (content / "a.md").write_text("---\ntitle: 甲\n---\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    (content / "b.md").write_text("---\ntitle: 乙\n---\n\n強化學習在這裡。\n", encoding="utf-8")
    for round_ in range(ROUNDS):
        data = tmp_path / f"data{round_}"
        jobs = ([("index", "--rebuild")] * 2 + [("search", "强化学习")] * 2
                + [("highlights", "add", "a", "--quote", f"第{i}段讲", "--note", f"n{i}") for i in range(4)])
        procs = [(job, start(content, data, *job)) for job in jobs]
        added = set()
        for job, proc in procs:
            try:
                out, err = proc.communicate(timeout=TIMEOUT)
            except subprocess.TimeoutExpired:
                proc.kill()
                pytest.fail(f"{job} did not finish within {TIMEOUT} s")
            assert "Traceback" not in err, (job, err)
            if job[0] == "highlights":
                assert proc.returncode == 0 and not err, (job, err)
                added.add(out.split("\t")[0])
            else:
                assert proc.returncode == 0 or (proc.returncode == 1 and BUSY in err), (job, proc.returncode, err)
        conn = sqlite3.connect(data / FILENAME)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert {r[0] for r in conn.execute("SELECT id FROM highlights")} == added and len(added) == 4
        conn.close()
        after = start(content, data, "search", "强化学习")
        out, err = after.communicate(timeout=TIMEOUT)
        assert after.returncode == 0 and {line.split("\t")[0] for line in out.splitlines()
                                          if line and not line.startswith(" ")} == {"a", "b"}, err
