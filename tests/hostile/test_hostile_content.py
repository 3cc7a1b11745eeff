"""Hostile content files (tests/hostile/corpus.py) through the CLI: `list`, `show`, `search` and
`index` finish within a bound, without a traceback, and the good articles beside them still list,
show and search. Each command runs in a child process, so a hang is a failed test, not a stuck run."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.hostile.corpus import GOOD, make_corpus

REPO = Path(__file__).resolve().parents[2]
BOUND = 60  # seconds for one command on the whole hostile folder (on a quiet machine: ~1 s)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile") / "content"
    classes = make_corpus(folder)
    return folder, tmp_path_factory.mktemp("data"), classes


def run(corpus, *args):
    folder, data, _ = corpus
    proc = subprocess.run([sys.executable, str(REPO / "main.py"), "--content-dir", str(folder), "--data-dir", str(data),
                           *args], capture_output=True, timeout=BOUND, cwd=REPO)
    out, err = proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "Traceback" not in out, err[-2000:]
    return proc.returncode, out, err


def test_list_names_every_file_and_marks_the_bad_ones(corpus):
    code, out, err = run(corpus, "list", "--json")
    assert code == 0, err
    records = {r["id"]: r for r in json.loads(out)}
    for name in GOOD:
        assert not records[Path(name).stem].get("error")
    ids = set(records)
    assert {"dup", "dup.markdown", "Dup.MD"} <= ids  # three files, three ids
    for bad in ("date-feb30", "date-1345", "date-str", "date-event", "yaml-deep-flow", "yaml-deep-block",
                "yaml-bomb", "yaml-alias", "yaml-huge", "empty", "only-front", "bad-utf8", "not-mapping", "huge"):
        assert records[bad].get("error"), bad
    assert "line 3" in records["date-feb30"]["error"]
    assert "32 MB" in records["huge"]["error"]
    for readable in ("md-list-1000", "md-list-5000", "md-brackets-50k", "md-brackets-8k", "md-quotes", "html-raw",
                     "img-device", "controls", "md-links", "md-autolinks", "md-images", "md-tags"):
        assert not records[readable].get("error"), readable
    assert records["yaml-surrogate"]["title"] == "lone \ufffd surrogate" and "␀" in records["yaml-surrogate"]["outlet"]
    assert records["yaml-pyobj"].get("error") and not records["yaml-binary"].get("error")
    if "caf\\xe9" in ids:
        assert records["caf\\xe9"]["title"] == "咖啡"


def test_show_prints_no_control_characters_and_no_markup(corpus):
    code, out, _ = run(corpus, "show", "controls")
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "\x02" not in out
    assert "前␂中␃后" in out and "清屏" in out
    code, out, _ = run(corpus, "show", "html-raw")
    assert code == 0 and "盒子里的文字" in out and "alert" not in out
    for deep in ("md-list-5000", "md-brackets-50k", "md-quotes", "md-links", "md-autolinks", "md-images", "md-tags"):
        code, out, _ = run(corpus, "show", deep)
        assert code == 0 and out.strip(), deep
    for name in ("dup", "dup.markdown", "Dup.MD"):
        code, out, _ = run(corpus, "show", name)
        assert code == 0 and "正文一段" in out


def test_a_bad_file_is_one_clear_error(corpus):
    code, out, err = run(corpus, "show", "date-feb30")
    assert code == 1 and "2025-02-30" in err and "not a date" in err and err.count("\n") <= 2


def test_search_and_index_answer_beside_the_bad_files(corpus):
    code, out, err = run(corpus, "index")
    assert code == 0, err
    code, out, err = run(corpus, "search", "强化学习", "--json")
    assert code == 0, err
    hits = {h["id"] for h in json.loads(out)}
    assert {"good-hans", "good-hant"} <= hits
    code, out, err = run(corpus, "search", "盒子里的文字", "--json")
    assert code == 0 and {h["id"] for h in json.loads(out)} == {"html-raw"}
    code, _, err = run(corpus, "index")  # a second run does not call the index damaged
    assert code == 0 and "damaged" not in err and "rebuilt" not in err


def test_colliding_names_are_three_articles_in_search_too(corpus):
    run(corpus, "index")
    code, out, err = run(corpus, "search", "正文一段", "--json", "--limit", "50")
    assert code == 0, err
    ids = {h["id"] for h in json.loads(out)}
    assert {"dup", "dup.markdown", "Dup.MD"} <= ids  # the same ids as `list`, one per file
    code, out, _ = run(corpus, "search", "title:dup markdown", "--json")
    assert [h["id"] for h in json.loads(out)] == ["dup.markdown"]
