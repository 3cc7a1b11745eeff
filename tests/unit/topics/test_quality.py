"""The hand-labelled set (tests/data/topics/labels.toml): cells, on-topic passages, traps and the
blind sample, at floors just below what the tagger reaches, so a change that loses ground fails.
tests/benchmarks/topics_quality.py prints the figures and the misses; tune on split="dev" only."""

import tomllib
from pathlib import Path

import pytest

from reader.core.topics import article_tags, build_timeline

LABELS = Path(__file__).resolve().parents[2] / "data" / "topics" / "labels.toml"
CELL_FLOOR = 0.92  # reached: 67/70 (target of the issue ≥ 90 %)
PASSAGE_FLOOR = 0.85  # reached: dev 90 %, test 91 % (target ≥ 80 %)
TRAP_FLOOR = 0.80  # reached: dev 21/23, test 18/22 (target ≥ 9 of 12)
PRECISION_FLOOR, RECALL_FLOOR = 0.72, 0.68  # blind sample, reached: dev 0.78/0.75, test 0.77/0.73


@pytest.fixture(scope="module")
def labels():
    return tomllib.loads(LABELS.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def tags(library, bundled):
    return {a.id: {p.block_id: {t.topic for t in p.tags} for p in article_tags(a, bundled).passages}
            for a in library.readable}


def test_every_labelled_block_exists_and_on_topic_ones_are_passages(library, labels, tags):
    for section in ("passage", "trap", "sample"):
        for entry in labels[section]:
            assert library.get(entry["article"]).block(entry["block"]), (section, entry["article"], entry["block"])
    for entry in labels["passage"]:  # a table-of-contents line (a trap) is not a passage at all
        assert entry["block"] in tags[entry["article"]], (entry["article"], entry["block"])


def test_cells(library, bundled, labels):
    timeline = build_timeline(library.readable, bundled)
    right = [timeline.cell(c["article"], c["topic"]).covers == c["covered"] for c in labels["cell"]]
    assert len(right) == 70 and sum(right) / len(right) >= CELL_FLOOR, f"{sum(right)}/70 cells right"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_on_topic_passages_are_tagged(labels, tags, split):
    ps = [p for p in labels["passage"] if p["split"] == split]
    hit = [p["topic"] in tags[p["article"]][p["block"]] for p in ps]
    assert ps and sum(hit) / len(ps) >= PASSAGE_FLOOR, f"{sum(hit)}/{len(ps)} on-topic passages tagged"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_traps_stay_untagged(labels, tags, split):
    ts = [t for t in labels["trap"] if t["split"] == split]
    clean = [t["topic"] not in tags[t["article"]].get(t["block"], set()) for t in ts]
    assert ts and sum(clean) / len(ts) >= TRAP_FLOOR, f"{sum(clean)}/{len(ts)} traps untagged"


@pytest.mark.parametrize("split", ["dev", "test"])
def test_blind_sample_precision_and_recall(labels, tags, split):
    labelled = {c["topic"] for c in labels["cell"]}
    tp = fp = fn = 0
    for s in (s for s in labels["sample"] if s["split"] == split):
        want, got = set(s["topics"]) & labelled, tags[s["article"]].get(s["block"], set()) & labelled
        tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
    assert tp / (tp + fp) >= PRECISION_FLOOR and tp / (tp + fn) >= RECALL_FLOOR, (tp, fp, fn)


def test_each_outlets_word_for_model_collapse_tags_the_one_topic(library, bundled):
    """数字开物 writes 坍塌, the Dwarkesh notes 坍缩, AITNT 模式坍缩 (read in the articles)."""
    for article_id, word in (("shuzi-kaiwu-transcript", "坍塌"), ("dwarkesh-notes", "坍缩"),
                             ("aitnt-simulators", "坍缩")):
        tags = article_tags(library.get(article_id), bundled)
        about = tags.about("model-collapse")
        assert about, article_id
        article = library.get(article_id)
        assert any(word in article.block(p.block_id).text.replace("坍縮", "坍缩") for p in about), (article_id, word)
