"""Export (Markdown, W3C Web Annotation JSON-LD) and import: round trip, no duplicates, bad files."""

import json
from pathlib import Path

import pytest

from reader.core.content.library import Library
from reader.core.errors import HighlightError
from reader.core.highlights.anchoring import anchor_quote, article_text
from reader.core.highlights.export_import import ANNO_CONTEXT, export_json, export_markdown, parse_annotations
from reader.core.highlights.model import Anchor, Highlight
from reader.core.highlights.store import HighlightStore
from reader.core.text.canonical import canonical

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def library():
    return Library(REPO / "content")


@pytest.fixture
def filled(tmp_path, library):
    """A store with highlights in two articles, a renamed colour and a detached highlight."""
    store = HighlightStore(tmp_path / "source")
    a, b = library.get("xinzhiyuan-agi-decade"), library.get("ghosts-not-animals")
    store.rename_color("red", "存疑")
    store.add(Highlight.new(a.id, anchor_quote(a, "強化學習信號稀薄"), color="red", note="第一行\n第二行",
                            tags=["RL", "信号"]))
    store.add(Highlight.new(a.id, anchor_quote(a, "马斯克认为"), color="blue"))
    store.add(Highlight.new(b.id, anchor_quote(b, "召喚幽靈"), color="green", tags=["幽灵"]))
    gone = Anchor("p-deadbeef", 0, 4, "消失的话", "前文", "后文", 0, "0" * 16)
    store.import_highlights([replace_detached(Highlight.new(b.id, gone, note="detached"))])
    yield store
    store.close()


def replace_detached(h: Highlight) -> Highlight:
    from dataclasses import replace

    return replace(h, detached=True)


def test_json_ld_has_the_w3c_shape(filled, library):
    data = json.loads(export_json(filled.list(), filled.colors()))
    assert data["@context"] == ANNO_CONTEXT and data["type"] == "AnnotationCollection"
    items = data["first"]["items"]
    assert data["total"] == len(items) == 4
    for item in items:
        assert item["@context"] == ANNO_CONTEXT and item["type"] == "Annotation"
        assert item["id"].startswith("urn:uuid:")
        assert item["target"]["source"].startswith("duidu://open?article=")
        kinds = [s["type"] for s in item["target"]["selector"]]
        quote = item["target"]["selector"][0]
        assert kinds[0] == "TextQuoteSelector" and quote["exact"]
        if item["duidu"]["detached"]:
            assert kinds == ["TextQuoteSelector"]
            continue
        assert kinds == ["TextQuoteSelector", "TextPositionSelector"]
        position = item["target"]["selector"][1]
        article = library.get(item["duidu"]["article"])
        canon = canonical(article.plain_text)  # positions count the canonical plain text
        assert canon == article_text(article).canon
        assert canon[position["start"]:position["end"]] == canonical(quote["exact"])
        assert article.plain_text.count(quote["prefix"] + quote["exact"] + quote["suffix"]) == 1
    first = next(i for i in items if i["duidu"]["colorName"] == "存疑")
    purposes = [(b["purpose"], b["value"]) for b in first["body"]]
    assert purposes == [("commenting", "第一行\n第二行"), ("tagging", "RL"), ("tagging", "信号"), ("classifying", "存疑")]


def test_export_then_import_into_an_empty_folder_gives_the_same_highlights(filled, tmp_path, library):
    text = export_json(filled.list(), filled.colors())
    with HighlightStore(tmp_path / "empty") as target:
        highlights, names, notes = parse_annotations(text, library)
        assert notes == []
        report = target.import_highlights(highlights, names)
        assert (report.added, report.skipped) == (4, 0)
        assert target.list() == filled.list()
        assert [c.name for c in target.colors()] == [c.name for c in filled.colors()]
        again = target.import_highlights(*parse_annotations(text, library))
        assert (again.added, again.skipped) == (0, 4) and target.count() == 4
        target.undo()  # an import is one undo step
        assert target.count() == 0


def test_import_matches_by_place_when_ids_differ(filled, tmp_path):
    data = json.loads(export_json(filled.list(), filled.colors()))
    for item in data["first"]["items"]:
        item["id"] = item["id"].replace("urn:uuid:", "urn:uuid:0")
    report = filled.import_highlights(*parse_annotations(json.dumps(data)))
    assert (report.added, report.skipped) == (0, 4)


def test_a_renamed_colour_is_not_overwritten_by_an_import(filled, tmp_path):
    text = export_json(filled.list(), filled.colors())
    with HighlightStore(tmp_path / "other") as target:
        target.rename_color("red", "重要")
        target.import_highlights(*parse_annotations(text))
        assert target.colors()[1].name == "重要"


def test_foreign_annotations_are_placed_by_their_quote(tmp_path, library):
    annotation = {
        "@context": ANNO_CONTEXT, "type": "Annotation", "bodyValue": "from another tool",
        "target": {"source": "duidu://open?article=xinzhiyuan-agi-decade",
                   "selector": {"type": "TextQuoteSelector", "exact": "強化學習信號稀薄"}},
    }
    other = dict(annotation, target={"source": "duidu://open?article=not-here",
                                     "selector": {"type": "TextQuoteSelector", "exact": "某句"}})
    text = json.dumps([annotation, other], ensure_ascii=False)
    with HighlightStore(tmp_path) as store:
        assert store.import_highlights(*parse_annotations(text, library)).added == 2
        placed, unknown = store.list()[::-1] if store.list()[0].article_id == "not-here" else store.list()
        assert placed.block_id == "p-3b9bb0a5" and placed.exact == "强化学习信号稀薄" and not placed.detached
        assert placed.note == "from another tool"
        assert unknown.detached and unknown.exact == "某句"
        assert store.import_highlights(*parse_annotations(text, library)).added == 0  # stable ids


@pytest.mark.parametrize("text, message", [
    ('{"type": "AnnotationCollection", "first": {"items": [', "not valid JSON"),
    ("42", "expected a Web Annotation"),
    ('{"type": "AnnotationCollection"}', "first.items"),
    ('[{"type": "Annotation", "target": {"source": "duidu://open?article=a"}}]', "annotation 1: no TextQuoteSelector"),
    ('[{"type": "Note"}]', "annotation 1: not an object of type Annotation"),
])
def test_malformed_files_are_refused_whole(filled, text, message):
    before = filled.list()
    with pytest.raises(HighlightError, match=message):
        filled.import_highlights(*parse_annotations(text))
    assert filled.list() == before


def test_one_bad_annotation_spoils_the_whole_file(filled, tmp_path):
    data = json.loads(export_json(filled.list(), filled.colors()))
    data["first"]["items"][2]["duidu"]["start"] = "three"
    with HighlightStore(tmp_path / "empty") as target:
        with pytest.raises(HighlightError, match="annotation 3: `start` must be a whole number"):
            target.import_highlights(*parse_annotations(json.dumps(data)))
        assert target.count() == 0


def test_markdown_groups_by_article_with_links(filled, library):
    text = export_markdown(filled.list(), filled.colors(), library)
    assert text.startswith("# Duidu highlights\n")
    ghosts = text.index("## " + library.get("ghosts-not-animals").title)
    decade = text.index("## " + library.get("xinzhiyuan-agi-decade").title)
    assert ghosts < decade  # library order
    assert "> 强化学习信号稀薄" in text and "**存疑** (red)" in text
    assert "- Note: 第一行\n  第二行" in text and "- Tags: RL, 信号" in text
    assert "[open](duidu://open?article=xinzhiyuan-agi-decade&block=p-3b9bb0a5)" in text
    assert "> 消失的话" in text and "- Detached:" in text
    assert text.count("\n> ") == 4


def test_a_duidu_link_reads_back_as_the_article_and_passage_it_names():
    from reader.core.highlights.model import open_link, parse_open_link

    link = open_link("我的 筆記&1", "p-1a2b")
    assert link == "duidu://open?article=%E6%88%91%E7%9A%84%20%E7%AD%86%E8%A8%98%261&block=p-1a2b"
    assert parse_open_link(link) == ("我的 筆記&1", "p-1a2b")
    assert parse_open_link("duidu://open?article=dwarkesh-notes") == ("dwarkesh-notes", "")
    for other in ("https://open?article=x", "duidu://show?article=x", "duidu://open?block=p-1", "not a link"):
        assert parse_open_link(other) is None
