"""Several Duidu processes indexing and searching the same fresh folder at once (issue 13): one
writes at a time, the others wait for it; none fails with a traceback, and the index answers after."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from .hostile_index import QUERY, REPO, TIMEOUT, copy_content, run_cli

BUSY = "being rebuilt by another Duidu"  # the documented refusal (exit code 1) when waiting was not enough
ROUNDS = 3


def _start(content, data, *args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(REPO / "main.py"), "--content-dir", str(content), "--data-dir",
                             str(data), *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=str(REPO),
                            env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"))


def _all_at_once(content, data) -> list[tuple[list[str], int, str, str]]:
    jobs = [["index", "--rebuild"], ["index", "--rebuild"], ["search", QUERY], ["search", QUERY], ["search", QUERY]]
    procs = [(args, _start(content, data, *args)) for args in jobs]
    done = []
    for args, proc in procs:
        try:
            out, err = proc.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"{args} did not finish within {TIMEOUT} s")
        done.append((args, proc.returncode, out.decode("utf-8", "replace"), err.decode("utf-8", "replace")))
    return done


def test_simultaneous_rebuilds_and_first_searches_never_fail_with_a_traceback(tmp_path):
    content = copy_content(tmp_path / "content")
    expected = run_cli(content, tmp_path / "baseline", "search", QUERY).ids
    for round_no in range(ROUNDS + 1):
        data = tmp_path / f"data-{min(round_no, ROUNDS - 1)}"  # the last round runs on an existing index
        for args, code, out, err in _all_at_once(content, data):
            assert "Traceback" not in err, (round_no, args, err)
            assert all(line.startswith("duidu: ") for line in err.splitlines()), (round_no, args, err)
            assert code == 0 or (code == 1 and BUSY in err), (round_no, args, code, err)
            if code == 0 and args[0] == "search":
                assert [line.split("\t")[0] for line in out.splitlines() if not line.startswith(" ")] == expected
        after = run_cli(content, data, "search", QUERY)
        assert after.code == 0 and after.err == "" and after.ids == expected, after.err
        leftovers = sorted(p.name for p in (data / "cache").iterdir())
        assert leftovers == ["index", "index.lock"], leftovers
