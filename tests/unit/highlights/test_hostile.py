"""Hostile input to the highlights database, import and export (issue 13): every case is made here.

Each class: the CLI answers with a clear message and no traceback, no highlight is lost, and the
user's data is never rewritten silently (a file that is not ours is set aside byte for byte).
"""

import html
import io
import json
import os
import sqlite3
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path

import markdown
import nh3
import pytest

from reader.cli import run_cli
from reader.core.errors import HighlightError
from reader.core.highlights import export_import
from reader.core.highlights.database import APPLICATION_ID, FILENAME
from reader.core.highlights.export_import import export_json, parse_annotations
from reader.core.highlights.store import HighlightStore
from reader.core.limits import MAX_FOREIGN_COLORS, MAX_JSON_DEPTH

ARTICLE = "plain"
PASSAGES = [f"第{i}段：强化学习信号稀薄，模型崩塌风险，召唤幽灵而非建造动物。" for i in range(40)]


@pytest.fixture
def dirs(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / f"{ARTICLE}.md").write_text("---\ntitle: 一篇文章\ndate: 2025-01-02\n---\n\n"
                                           + "\n\n".join(PASSAGES) + "\n", encoding="utf-8")
    return ("--content-dir", str(content), "--data-dir", str(tmp_path / "data"))


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli([str(a) for a in args], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def clean(code, out, err):
    """No traceback, at most one line per message."""
    assert "Traceback" not in out + err and "Error:" not in err.replace("duidu: error:", ""), err
    return code, out, err


def listed(dirs):
    code, out, err = clean(*cli("highlights", "list", "--json", *dirs))
    assert code == 0, err
    return json.loads(out)


def add(dirs, n: int, **options):
    ids = []
    for i in range(n):
        extra = [x for k, v in options.items() for x in (f"--{k}", v)]
        code, out, err = cli("highlights", "add", ARTICLE, "--quote", f"第{i}段", *extra, *dirs)
        assert code == 0, err
        ids.append(out.split("\t")[0])
    return ids


def data_dir(dirs) -> Path:
    return Path(dirs[3])


# -- the database file ---------------------------------------------------------------------------

def _sqlite(path: Path, *statements: str, wal: bool = False, keep_wal: bool = False) -> None:
    """Another program's SQLite file at `path` (with an uncheckpointed -wal when `keep_wal`)."""
    scratch = path.with_name("scratch.sqlite3")
    conn = sqlite3.connect(scratch)
    if wal:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA wal_autocheckpoint=0")
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    if keep_wal:  # copy while it is open: the -wal holds the data
        for suffix in ("", "-wal"):
            Path(f"{path}{suffix}").write_bytes(Path(f"{scratch}{suffix}").read_bytes())
        conn.close()
    else:
        conn.close()
        os.replace(scratch, path)
    for leftover in path.parent.glob("scratch.sqlite3*"):
        leftover.unlink()


FOREIGN = {
    "another program's tables": lambda p: _sqlite(p, "CREATE TABLE notes (x)", "INSERT INTO notes VALUES ('mine')"),
    "in WAL mode, data in its -wal": lambda p: _sqlite(p, "CREATE TABLE notes (x)", "INSERT INTO notes VALUES (1)",
                                                         wal=True, keep_wal=True),
    "another application id": lambda p: _sqlite(p, "PRAGMA application_id = 1234", "PRAGMA user_version = 1",
                                                 "CREATE TABLE colors (key, name, rgb, position)"),
    "our table names, no version": lambda p: _sqlite(p, "CREATE TABLE highlights (id)", "CREATE TABLE colors (key)"),
    "garbage": lambda p: p.write_bytes(b"\x00not a database\xff" * 300),
    "a truncated SQLite header": lambda p: p.write_bytes(b"SQLite format 3\x00" + b"\x10\x00\x01\x01"),
}


@pytest.mark.parametrize("make", FOREIGN.values(), ids=FOREIGN.keys())
def test_a_file_that_is_not_ours_is_set_aside_untouched(dirs, make):
    data = data_dir(dirs)
    data.mkdir()
    path = data / FILENAME
    make(path)
    before = {p.name: p.read_bytes() for p in data.iterdir()}
    code, out, err = clean(*cli("highlights", "list", *dirs))
    assert code == 1 and out == "" and err.count("\n") == 1 and "set aside" in err  # the message, once
    [aside] = [p for p in data.glob(f"{FILENAME}.damaged-*") if not p.name.endswith(("-wal", "-shm", "-journal"))]
    assert aside.read_bytes() == before[FILENAME]  # never switched to WAL, never written
    for name, content in before.items():  # its -wal went with it, as it was
        if name != FILENAME:
            assert Path(f"{aside}{name[len(FILENAME):]}").read_bytes() == content
    assert not list(data.glob(f"{aside.name}-shm"))  # nothing of ours left next to it
    add(dirs, 2)
    assert len(listed(dirs)) == 2
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


def test_a_special_file_in_place_of_the_database_is_set_aside(dirs):
    data = data_dir(dirs)
    data.mkdir()
    if not hasattr(os, "mkfifo"):
        pytest.skip("os.mkfifo is POSIX only: there is no FIFO to put in place of the database")
    os.mkfifo(data / FILENAME)  # opening it to read the header would wait for ever
    code, _, err = clean(*cli("highlights", "list", *dirs))
    assert code == 1 and "not a regular file" in err and err.count("\n") == 1
    add(dirs, 1)


def test_a_folder_in_place_of_the_database_is_one_message(dirs):
    (data_dir(dirs) / FILENAME).mkdir(parents=True)
    code, _, err = clean(*cli("highlights", "list", *dirs))
    assert code == 1 and err.startswith("duidu: error:") and err.count("\n") == 1


@pytest.mark.parametrize("deleted", [("purple",), ("yellow", "red", "green", "blue", "purple"), ("orange",)])
def test_a_deleted_colour_row_hides_no_highlight(dirs, deleted):
    ids = add(dirs, 30, color="purple")
    data = data_dir(dirs)
    conn = sqlite3.connect(data / FILENAME)  # another tool: foreign keys off
    conn.execute("INSERT INTO colors VALUES ('orange', '橙', '#ffaa00', 9)")
    conn.execute("UPDATE highlights SET color = 'orange' WHERE id = ?", (ids[0],))
    conn.executemany("DELETE FROM colors WHERE key = ?", [(k,) for k in deleted])
    conn.commit()
    conn.close()
    code, out, err = clean(*cli("highlights", "list", *dirs))
    assert code == 0 and out.count("\n") == 30
    assert err.count("\n") == 1 and "put back" in err and all(k in err for k in deleted)
    assert not list(data.glob("*.damaged-*"))
    code, out, err = cli("highlights", "list", *dirs)
    assert out.count("\n") == 30 and err == ""  # repaired once
    with HighlightStore(data) as store:
        assert {c.key for c in store.colors()} >= {"yellow", "red", "green", "blue", "purple", "orange"}
        store.update(ids[0], note="编辑")  # its colour row exists again: edits work


def test_terminal_escapes_in_a_note_are_listed_as_pictures(dirs):
    add(dirs, 1, note="\x1b[2J\x1b]0;title\x07红")
    code, out, _ = cli("highlights", "list", *dirs)
    assert code == 0 and "\x1b" not in out and "\x07" not in out and "␛[2J␛]0;title␇红" in out


def test_text_that_is_not_utf8_in_the_database_reads_as_replacement_characters(dirs):
    add(dirs, 3)
    conn = sqlite3.connect(data_dir(dirs) / FILENAME)
    conn.execute("UPDATE highlights SET note = CAST(X'e5bcbaff' AS TEXT)")
    conn.commit()
    conn.close()
    records = listed(dirs)
    assert len(records) == 3 and all(r["note"] == "强\ufffd" for r in records)


@pytest.mark.parametrize("option", ["--note", "--tag"])
def test_a_note_or_tag_that_is_not_utf8_is_refused_in_one_line(dirs, option):
    add(dirs, 1)
    bad = b"\xe5\xbc\xba\xff".decode("utf-8", "surrogateescape")  # what argv holds for such bytes
    code, out, err = clean(*cli("highlights", "add", ARTICLE, "--quote", "第3段", option, bad, *dirs))
    assert code in (1, 2) and out == "" and "not valid" in err and err.count("\n") == 1  # 2: refused as an argument


def test_text_that_is_not_utf8_is_refused_by_the_store_itself(dirs):
    [hid] = add(dirs, 1)
    bad = "笔记\udcff"
    with HighlightStore(data_dir(dirs)) as store:
        before = store.get(hid)
        for change in ({"note": bad}, {"tags": ["ok", bad]}):
            with pytest.raises(HighlightError, match="not valid"):
                store.update(hid, **change)
        with pytest.raises(HighlightError, match="not valid"):
            store.add(replace(before, id="other", note=bad))
        with pytest.raises(HighlightError, match="not valid"):
            store.rename_color("red", bad)
        assert store.get(hid) == before and store.count() == 1
    assert len(listed(dirs)) == 1


# -- import ----------------------------------------------------------------------------------------

def _export(dirs) -> dict:
    code, out, err = cli("highlights", "export", "--format", "json", *dirs)
    assert code == 0, err
    return json.loads(out)


def _import(dirs, tmp_path, data, name="in.json"):
    path = tmp_path / name
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return clean(*cli("highlights", "import", path, *dirs))


def test_a_new_note_at_a_highlighted_place_is_merged_not_dropped(dirs, tmp_path):
    add(dirs, 2, note="我的笔记", tag="旧")
    data = _export(dirs)
    for item in data["first"]["items"]:
        item["id"] = item["id"].replace("urn:uuid:", "urn:uuid:f")  # another copy: a different id
        item["body"][0]["value"] = "别处的笔记"
        item["body"].insert(1, {"type": "TextualBody", "purpose": "tagging", "value": "新"})
    code, out, err = _import(dirs, tmp_path, data)
    assert code == 0 and "imported 0 highlights (0 already present, 2 merged" in out
    assert err.count("already here") == 2 and "note" in err
    records = listed(dirs)
    assert len(records) == 2 and all(r["note"] == "我的笔记\n\n别处的笔记" and r["tags"] == ["旧", "新"]
                                     for r in records)
    code, out, err = _import(dirs, tmp_path, data)  # nothing new the second time
    assert out == "imported 0 highlights (2 already present)\n" and err == ""
    assert [r["note"] for r in listed(dirs)] == ["我的笔记\n\n别处的笔记"] * 2


def test_an_unknown_colour_is_kept_and_reported_not_guessed(dirs, tmp_path):
    add(dirs, 1)
    data = _export(dirs)
    item = data["first"]["items"][0]
    item["id"] = "urn:uuid:10000000-0000-4000-8000-000000000000"
    item["duidu"]["color"], item["duidu"]["block"] = "orange", "p-other"
    code, out, err = _import(dirs, tmp_path, data)
    assert code == 0 and "imported 1 highlights" in out and "'orange'" in err and "not one of Duidu's" in err
    assert sorted(r["color"] for r in listed(dirs)) == ["orange", "yellow"]

    items = []  # more foreign colours than a person's colour scheme: the rest are skipped, each with its reason
    for i in range(MAX_FOREIGN_COLORS + 3):
        extra = json.loads(json.dumps(item))
        extra["id"] = f"urn:uuid:00000000-0000-0000-0000-{i:012d}"
        extra["duidu"]["color"], extra["duidu"]["start"] = f"c{i}", i + 1
        extra["duidu"]["end"] = i + 3
        items.append(extra)
    code, out, err = _import(dirs, tmp_path, items)
    assert code == 0 and f"imported {MAX_FOREIGN_COLORS - 1} highlights" in out and "4 skipped" in out
    assert err.count("skipped: its colour") == 4
    assert len(listed(dirs)) == 2 + MAX_FOREIGN_COLORS - 1


def _nested(depth: int) -> str:
    return '{"type": "AnnotationCollection", "first": {"items": [' + "[" * depth + "]" * depth + "]}}"


def _with(path: tuple, value):
    def make(data: dict) -> dict:
        target = data["first"]["items"][0]
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        return data
    return make


REFUSED = {  # the whole file is refused, naming the problem; nothing is imported
    "nested 100,000 deep": (lambda data: _nested(100_000), "nested deeper than"),
    "objects nested 100,000 deep": (lambda data: '{"a":' * 100_000 + "1" + "}" * 100_000, "nested deeper than"),
    "nested one too deep": (lambda data: _nested(MAX_JSON_DEPTH), "nested deeper than"),
    "a position of 10^30": (_with(("duidu", "position"), 10**30), "whole number"),
    "an offset of 10^30": (_with(("duidu", "end"), 10**30), "whole number"),
    "a negative offset": (_with(("duidu", "start"), -1), "whole number"),
    "an offset of 1e400": (lambda data: json.dumps(data).replace('"start": 2', '"start": 1e400'), "whole number"),
    "a 5,000-digit number": (lambda data: json.dumps(data).replace('"start": 2', '"start": ' + "9" * 5000),
                             "not valid JSON"),
    "NaN as an offset": (lambda data: json.dumps(data).replace('"start": 2', '"start": NaN'), "whole number"),
    "a colour key with control characters": (_with(("duidu", "color"), "red\x1b[2J"), "colour key"),
    "a colour key of 10,000 characters": (_with(("duidu", "color"), "k" * 10_000), "colour key"),
    "a note that is a number": (_with(("body",), [{"type": "TextualBody", "value": 10**30}]), "TextualBody"),
}


@pytest.mark.parametrize("make, message", REFUSED.values(), ids=REFUSED.keys())
def test_hostile_json_is_refused_whole_with_a_message(dirs, tmp_path, make, message):
    add(dirs, 3)
    before = listed(dirs)
    data = _export(dirs)
    data["first"]["items"][0]["id"] = "urn:uuid:new"
    data["first"]["items"][0]["duidu"]["start"] = 2
    code, out, err = _import(dirs, tmp_path, make(data))
    assert code == 1 and out == "" and message in err and "nothing was imported" in err and err.count("\n") == 1
    assert listed(dirs) == before


def test_nesting_up_to_the_limit_is_read(dirs, tmp_path):
    code, out, err = _import(dirs, tmp_path, _nested(MAX_JSON_DEPTH - 4))
    assert code == 1 and "annotation 1: not an object of type Annotation" in err  # parsed, then judged


@pytest.mark.parametrize("where", ["note", "exact", "tag", "color name"])
def test_a_lone_surrogate_is_replaced_and_reported(dirs, tmp_path, where):
    add(dirs, 1, note="原来的")
    data = _export(dirs)
    item = data["first"]["items"][0]
    item["id"] = "urn:uuid:new"
    item["duidu"]["start"] = 2
    if where == "note":
        item["body"][0]["value"] = "笔记\ud800"
    elif where == "exact":
        item["target"]["selector"][0]["exact"] = "第\udfff段"
    elif where == "tag":
        item["body"].append({"type": "TextualBody", "purpose": "tagging", "value": "\ud800标签"})
    else:
        data["duidu"]["colors"][0]["name"] = "\udc80黄"
        item["duidu"]["colorName"] = "\udc80黄"
    text = json.dumps(data)  # ASCII escapes: \ud800 in the file, as another tool would write it
    assert "\\ud" in text
    code, out, err = _import(dirs, tmp_path, text)
    assert code == 0 and "imported 1 highlights" in out
    assert "not valid Unicode" in err and "U+FFFD" in err
    records = listed(dirs)
    assert len(records) == 2 and records[0]["note"] == "原来的"
    assert "\ufffd" in json.dumps(records, ensure_ascii=False) or where == "color name"


def test_files_that_cannot_be_json_are_one_message(dirs, tmp_path, monkeypatch):
    add(dirs, 1)
    cases = {tmp_path / "latin1.json": "é".encode("latin-1"), tmp_path / "big.json": b"[" + b" " * 2048 + b"]"}
    for path, raw in cases.items():
        path.write_bytes(raw)
    monkeypatch.setattr(export_import, "MAX_IMPORT_BYTES", 1024)
    paths = [*cases, tmp_path, *([Path("/dev/zero")] if Path("/dev/zero").exists() else [])]
    for path in paths:
        code, out, err = clean(*cli("highlights", "import", path, *dirs))
        assert code == 1 and out == "" and err.count("\n") == 1 and "nothing was imported" in err or "cannot read" in err
    assert len(listed(dirs)) == 1


# -- the Markdown export ---------------------------------------------------------------------------

NOTES = [
    "<script>alert('x')</script>",
    '<img src="https://evil.example/p.png" onerror="alert(1)">',
    "[click](javascript:alert(1)) and [also](JaVaScRiPt:alert(2) \"t\")",
    "![remote](https://evil.example/track.png)",
    "<a href=\"javascript:alert(3)\">link</a> <iframe src=//evil.example></iframe>",
    "<https://evil.example/auto> https://evil.example/bare www.evil.example",
    "# heading\n- item\n1. one\n> quote\n    code\n```\nfence\n```\n---\n===\n| a | b |\n|---|---|",
    "&lt;script&gt; is an entity; &#60;b&#62; too; *bold* _it_ `code` ~~s~~ ==m== %%hidden%% $x$ [^1]",
    "[ref]: javascript:alert(4)\n[x][ref] <div onclick=alert(5)>div</div> <!-- comment --> \\<b\\>",
    "\x1b[31mred\x1b[0m \u2028 line separator",
]
ALLOWED_TAGS = {"h1", "h2", "p", "blockquote", "ul", "li", "strong", "a", "br"}  # br: nl2br


class _Markup(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.attrs = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += [(tag, name, value or "") for name, value in attrs]


@pytest.mark.parametrize("extensions", [[], ["extra", "sane_lists", "nl2br"]], ids=["plain", "extra"])
def test_the_markdown_export_renders_notes_quotes_and_titles_as_text(dirs, extensions):
    content = Path(dirs[1])
    (content / "evil.md").write_text(
        "---\ntitle: \"<img src=x onerror=alert(6)> [t](javascript:alert(7))\"\noutlet: \"<b>出版</b>\"\n"
        "date: 2025-01-02\n---\n\n" + "\n\n".join(f"段{i} &lt;b&gt;粗 \\*星\\* \\[方\\](x) 尾" for i in range(3)) + "\n",
        encoding="utf-8")
    for i, note in enumerate(NOTES):
        code, _, err = cli("highlights", "add", ARTICLE, "--quote", f"第{i}段", "--note", note,
                           "--tag", f"<b>{i}</b>", *dirs)
        assert code == 0, err
    code, _, err = cli("highlights", "add", "evil", "--quote", "<b>粗 *星* [方](x)", *dirs)
    assert code == 0, err
    code, text, err = clean(*cli("highlights", "export", "--format", "md", *dirs))
    assert code == 0

    rendered = markdown.markdown(text, extensions=extensions)
    markup = _Markup()
    markup.feed(rendered)
    assert set(markup.tags) <= ALLOWED_TAGS, set(markup.tags) - ALLOWED_TAGS
    assert [a for a in markup.attrs if a[:2] != ("a", "href")] == []
    assert all(value.startswith("duidu://open?") for _, _, value in markup.attrs)
    assert markup.tags.count("a") == len(NOTES) + 1  # only the `open` links
    assert "javascript:" not in " ".join(v for _, _, v in markup.attrs).lower()

    assert nh3.clean(rendered, tags=set()) == nh3.clean(nh3.clean(rendered, tags=set()), tags=set())
    shown = html.unescape(nh3.clean(rendered, tags=set()))  # what a reader sees: the note text, all of it
    for note in NOTES:
        for line in note.split("\n"):
            visible = line.strip().replace("\x1b", "\u241b").replace("\u2028", " ")
            assert visible in shown, visible
    assert "<img src=x onerror=alert(6)> [t](javascript:alert(7))" in shown and "<b>出版</b>" in shown
    assert "<b>粗 *星* [方](x)" in shown and "<b>3</b>" in shown


def test_json_export_of_hostile_notes_round_trips(dirs, tmp_path):
    add(dirs, 1, note=NOTES[0])
    with HighlightStore(data_dir(dirs)) as store:
        text = export_json(store.list(), store.colors())
    highlights, _, notes = parse_annotations(text)
    assert highlights[0].note == NOTES[0] and notes == []
