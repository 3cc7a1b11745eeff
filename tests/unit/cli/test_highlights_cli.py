"""CLI: `highlights add | list | export | import` print the public shapes and fail in one line."""

import io
import json

import pytest

from reader.cli import run_cli
from reader.core.highlights.database import FILENAME

ARTICLE = "xinzhiyuan-agi-decade"


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def dirs(content_copy, tmp_path):
    return ("--content-dir", str(content_copy), "--data-dir", str(tmp_path / "data"))


def listed(dirs, *extra):
    code, out, err = cli("highlights", "list", "--json", *extra, *dirs)
    assert code == 0, err
    return json.loads(out)


def test_add_in_traditional_then_list(dirs):
    code, out, err = cli("highlights", "add", ARTICLE, "--quote", "強化學習信號稀薄", "--color", "紅",
                         "--note", "要点", "--tag", "RL", "--tag", "信号", *dirs)
    assert code == 0, err
    hid, block, quote = out.rstrip("\n").split("\t")
    assert (block, quote) == ("p-3b9bb0a5", "强化学习信号稀薄")
    [record] = listed(dirs)
    assert set(record) == {"id", "article", "block", "start", "end", "quote", "prefix", "suffix", "color",
                           "color_name", "note", "tags", "created", "modified", "detached", "link"}
    assert record["id"] == hid and record["article"] == ARTICLE and record["block"] == block
    assert (record["color"], record["color_name"], record["note"], record["tags"]) == ("red", "红", "要点", ["RL", "信号"])
    assert record["end"] - record["start"] == 8 and not record["detached"]
    assert record["link"] == f"duidu://open?article={ARTICLE}&block={block}"
    code, out, _ = cli("highlights", "list", *dirs)
    assert code == 0 and out.split("\t")[:5] == [hid, ARTICLE, block, "红", "强化学习信号稀薄"]


def test_an_ambiguous_quote_takes_the_first_place_and_says_so(dirs):
    code, out, err = cli("highlights", "add", ARTICLE, "--quote", "Karpathy", *dirs)
    assert code == 0 and "the first one" in err
    assert listed(dirs)[0]["block"] == "p-3b9bb0a5"


@pytest.mark.parametrize("args, message", [
    (("add", ARTICLE, "--quote", "这句话不在文章里"), "quote not found"),
    (("add", ARTICLE, "--quote", "强化学习", "--color", "pink"), "unknown colour 'pink'"),
    (("add", "no-such-article", "--quote", "强化学习"), "no article with id"),
    (("add", ARTICLE), "--quote"),
    (("export", "--format", "pdf"), "invalid choice"),
    (("list", "--article", "no-such-article"), "no article with id"),
])
def test_bad_input_is_one_line_and_writes_nothing(dirs, args, message):
    cli("highlights", "add", ARTICLE, "--quote", "模型崩塌风险", *dirs)
    code, out, err = cli("highlights", *args, *dirs)
    assert code != 0 and out == ""
    assert err.startswith("duidu: error:") and err.count("\n") == 1 and message in err
    assert len(listed(dirs)) == 1


def test_export_and_import_round_trip(dirs, tmp_path):
    cli("highlights", "add", ARTICLE, "--quote", "強化學習信號稀薄", "--tag", "RL", *dirs)
    cli("highlights", "add", "ghosts-not-animals", "--quote", "召唤幽灵", "--color", "3", "--note", "鬼", *dirs)
    code, md, _ = cli("highlights", "export", "--format", "md", *dirs)
    assert code == 0 and md.count("\n## ") == 2 and "duidu://open?article=ghosts-not-animals&block=" in md
    code, md_one, _ = cli("highlights", "export", "--format", "md", "--article", ARTICLE, *dirs)
    assert code == 0 and md_one.count("\n## ") == 1
    target = tmp_path / "out.json"
    code, out, err = cli("highlights", "export", "--format", "json", "--output", str(target), *dirs)
    assert code == 0 and "exported 2 highlights" in out, err
    assert json.loads(target.read_text(encoding="utf-8"))["total"] == 2

    other = (dirs[0], dirs[1], "--data-dir", str(tmp_path / "other"))
    code, out, err = cli("highlights", "import", str(target), *other)
    assert code == 0 and out == "imported 2 highlights (0 already present)\n", err
    assert listed(other) == listed(dirs)
    code, out, _ = cli("highlights", "import", str(target), *other)
    assert out == "imported 0 highlights (2 already present)\n" and len(listed(other)) == 2


def test_malformed_json_imports_nothing(dirs, tmp_path):
    cli("highlights", "add", ARTICLE, "--quote", "模型崩塌风险", *dirs)
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "AnnotationCollection", "first": {"items": [{"type": "Annotation",', encoding="utf-8")
    code, out, err = cli("highlights", "import", str(bad), *dirs)
    assert code == 1 and "not valid JSON" in err and "nothing was imported" in err and err.count("\n") == 1
    code, _, err = cli("highlights", "import", str(tmp_path / "missing.json"), *dirs)
    assert code == 1 and "cannot read" in err
    assert len(listed(dirs)) == 1


def test_list_follows_an_edited_article(dirs, content_copy):
    cli("highlights", "add", ARTICLE, "--quote", "强化学习信号稀薄", *dirs)
    cli("highlights", "add", ARTICLE, "--quote", "马斯克认为,Karpathy的确有些观点不错", *dirs)
    path = content_copy / f"{ARTICLE}.md"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("AGI并非明天到", "其实AGI并非明天到").replace("马斯克认为,Karpathy的确有些观点不错。\n", ""),
                    encoding="utf-8")
    moved, gone = listed(dirs)
    assert moved["quote"] == "强化学习信号稀薄" and moved["block"] != "p-3b9bb0a5" and not moved["detached"]
    assert gone["quote"] == "马斯克认为,Karpathy的确有些观点不错" and gone["detached"]
    code, out, _ = cli("highlights", "list", *dirs)
    assert "\tdetached\t" in out and out.count("\n") == 2


def test_a_damaged_database_is_reported_and_set_aside(dirs, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / FILENAME).write_bytes(b"garbage" * 100)
    code, out, err = cli("highlights", "add", ARTICLE, "--quote", "模型崩塌风险", *dirs)
    assert code == 1 and out == "" and err.count("\n") == 1 and "damaged" in err and "set aside" in err
    [aside] = data.glob(f"{FILENAME}.damaged-*")
    assert aside.read_bytes() == b"garbage" * 100
    assert listed(dirs) == []
    code, _, err = cli("highlights", "add", ARTICLE, "--quote", "模型崩塌风险", *dirs)
    assert code == 0, err
    assert len(listed(dirs)) == 1
