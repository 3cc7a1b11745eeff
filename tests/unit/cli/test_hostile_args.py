"""Hostile arguments: bytes that are not UTF-8, a device as a file, a query word starting with "-",
an impossible date — each one clear line, never a traceback."""

import io
import os
import subprocess
import sys
from pathlib import Path

from reader.cli import run_cli

REPO = Path(__file__).resolve().parents[3]


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_a_query_that_is_not_utf8_is_named_as_such(tmp_path):
    word = os.fsdecode(b"\xe5\xbc\xba\xff")  # how Python hands such bytes over in argv
    code, _, err = cli("search", word, "--data-dir", str(tmp_path))
    assert code == 2 and "not valid UTF-8" in err and "\\xff" in err and err.count("\n") == 1


def test_the_same_through_a_real_process(tmp_path):
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "--data-dir", os.fsencode(tmp_path), "search",
                           b"\xe5\xbc\xba\xff"], capture_output=True, timeout=60, cwd=REPO)
    err = proc.stderr.decode("utf-8", "replace")
    assert proc.returncode == 2 and "not valid UTF-8" in err and "Traceback" not in err


def test_convert_reads_no_more_than_the_limit_of_a_device(tmp_path):
    if not Path("/dev/zero").exists():
        return
    code, out, err = cli("convert", "--to", "hans", "/dev/zero")
    assert code == 1 and "larger than" in err and out == ""


def test_a_word_starting_with_minus_excludes_it_without_double_dash(tmp_path, content_copy):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path)]
    code, out, err = cli("search", "-马斯克", "karpathy", "--json", *base)
    assert code == 0, err
    import json

    ids = {h["id"] for h in json.loads(out)}
    assert ids and "xinzhiyuan-agi-decade" not in ids  # 新智元 tells the Musk story (read by hand)
    code, out2, err = cli("search", "karpathy", "-马斯克", "--json", *base)
    assert code == 0 and {h["id"] for h in json.loads(out2)} == ids
    code, _, _ = cli("search", "--limit", "1", "karpathy", *base)
    assert code == 0


def test_impossible_dates_in_a_query_are_reported(tmp_path, content_copy):
    base = ["--content-dir", str(content_copy), "--data-dir", str(tmp_path)]
    for value in ("date:2025-13", "date:2025-02-30", "date:2025-10..2025-13-01"):
        code, _, err = cli("search", value, *base)
        assert code == 1 and "is not a date" in err, value
    code, _, err = cli("search", "date:2025-10", *base)
    assert code == 0, err
