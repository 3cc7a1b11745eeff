import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reader.cli import run_cli

REPO = Path(__file__).resolve().parents[3]


def cli(*args, env=None):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def test_list_json_has_the_public_fields(content_copy):
    code, out, err = cli("list", "--json", "--content-dir", str(content_copy))
    assert code == 0, err
    records = json.loads(out)
    assert len(records) == 5
    for r in records:
        assert set(r) == {"id", "title", "date", "outlet", "script", "detected_script", "source_file", "path", "chars"}
        assert r["path"] == f"{r['id']}.md"
        assert r["script"] in ("hans", "hant") and r["detected_script"] == r["script"]
        assert r["chars"] > 1000
        assert r["source_file"].endswith(".txt")


def test_list_text_one_line_per_article(content_copy):
    code, out, _ = cli("--content-dir", str(content_copy), "list")
    assert code == 0
    lines = out.strip().splitlines()
    assert len(lines) == 5 and all(len(line.split("\t")) == 6 for line in lines)


def test_show_plain_and_blocks(content_copy):
    code, out, _ = cli("list", "--json", "--content-dir", str(content_copy))
    first = json.loads(out)[0]["id"]
    code, plain, _ = cli("show", first, "--content-dir", str(content_copy))
    assert code == 0 and len(plain) > 1000
    code, blocks, _ = cli("show", first, "--blocks", "--content-dir", str(content_copy))
    rows = [line.split("\t") for line in blocks.splitlines()]
    assert code == 0 and all(len(r) == 2 and r[0] for r in rows)
    assert len({r[0] for r in rows}) == len(rows)


def test_broken_file_is_listed_with_its_error(content_copy):
    (content_copy / "zz-broken.md").write_text("---\ntitle: [oops\n---\nx\n", encoding="utf-8")
    code, out, _ = cli("list", "--json", "--content-dir", str(content_copy))
    assert code == 0
    records = {r["id"]: r for r in json.loads(out)}
    assert "YAML" in records["zz-broken"]["error"]
    code, _, err = cli("show", "zz-broken", "--content-dir", str(content_copy))
    assert code == 1 and err.count("\n") == 1 and "YAML" in err


@pytest.mark.parametrize(
    "args, code, words",
    [
        (["show", "no-such-article"], 1, "no article with id 'no-such-article'"),
        (["frobnicate"], 2, "invalid choice: 'frobnicate'"),
        (["list", "--bogus"], 2, "unrecognized arguments"),
        (["list", "--content-dir", "/nonexistent/folder"], 1, "content folder not found"),
    ],
)
def test_errors_are_one_line_and_non_zero(args, code, words):
    got, out, err = cli(*args)
    assert got == code
    assert out == ""
    assert err.startswith("duidu: error: ") and err.count("\n") == 1 and words in err


def test_main_py_runs_headless_with_env_dirs(content_copy, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(DUIDU_CONTENT_DIR=str(content_copy), DUIDU_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "list", "--json"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(proc.stdout)) == 5
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "show", "nope"], env=env,
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1 and proc.stderr.strip() == "duidu: error: no article with id 'nope' (try `list` to see the ids)"
