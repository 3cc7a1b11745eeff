"""How well the topic tagger matches the hand-labelled set (tests/data/topics/labels.toml).

    .venv/bin/python tests/benchmarks/topics_quality.py [--misses dev|test|all] [LABELS.toml]

Figures: cells (topic × article: covered or not) right; labelled on-topic passages tagged with
their topic; traps (a topic's keyword, another subject) left untagged for that topic; and, on the
blind sample, passage-level precision and recall over every (passage, topic). Passages, traps and
the sample come in dev and test splits: tune on dev, report test. Cells have no split (an article
covers a topic or not); they are reported whole.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.content.library import Library, default_content_dir  # noqa: E402
from reader.core.topics import TopicList, article_tags, build_timeline  # noqa: E402

DEFAULT_LABELS = REPO / "tests" / "data" / "topics" / "labels.toml"


def evaluate(labels: dict, topics: TopicList, library: Library) -> dict:
    timeline = build_timeline(library.readable, topics)
    tags = {a.id: {p.block_id: {t.topic for t in p.tags} for p in article_tags(a, topics).passages}
            for a in library.readable}
    out: dict = {"misses": []}
    labelled = {c["topic"] for c in labels["cell"]}  # the sample is complete for these topics only
    right = 0
    for c in labels["cell"]:
        got = timeline.cell(c["article"], c["topic"]).covers
        right += got == c["covered"]
        if got != c["covered"]:
            out["misses"].append(("cell", "-", c["topic"], c["article"], "", f"got {got}", c.get("note", "")))
    out["cells"] = (right, len(labels["cell"]))
    for split in ("dev", "test"):
        ps = [p for p in labels["passage"] if p["split"] == split]
        hit = [p["topic"] in tags[p["article"]].get(p["block"], set()) for p in ps]
        out[f"passages_{split}"] = (sum(hit), len(ps))
        out["misses"] += [("passage", split, p["topic"], p["article"], p["block"],
                           str(sorted(tags[p["article"]].get(p["block"], set()))), p.get("note", ""))
                          for p, h in zip(ps, hit) if not h]
        ts = [t for t in labels["trap"] if t["split"] == split]
        clean = [t["topic"] not in tags[t["article"]].get(t["block"], set()) for t in ts]
        out[f"traps_{split}"] = (sum(clean), len(ts))
        out["misses"] += [("trap", split, t["topic"], t["article"], t["block"], t.get("keyword", ""), t.get("note", ""))
                          for t, c in zip(ts, clean) if not c]
        tp = fp = fn = 0
        for s in (s for s in labels["sample"] if s["split"] == split):
            want, got = set(s["topics"]) & labelled, tags[s["article"]].get(s["block"], set()) & labelled
            tp, fp, fn = tp + len(want & got), fp + len(got - want), fn + len(want - got)
            for t in got - want:
                out["misses"].append(("sample-fp", split, t, s["article"], s["block"], "", s.get("note", "")))
            for t in want - got:
                out["misses"].append(("sample-fn", split, t, s["article"], s["block"], "", s.get("note", "")))
        out[f"precision_{split}"] = tp / (tp + fp) if tp + fp else 1.0
        out[f"recall_{split}"] = tp / (tp + fn) if tp + fn else 1.0
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("labels", nargs="?", default=str(DEFAULT_LABELS))
    parser.add_argument("--topics", default=str(default_content_dir() / "topics.toml"))
    parser.add_argument("--misses", choices=["dev", "test", "all"])
    args = parser.parse_args(argv)
    labels = tomllib.loads(Path(args.labels).read_text(encoding="utf-8"))
    topics = TopicList.load(args.topics)
    library = Library(default_content_dir())
    r = evaluate(labels, topics, library)
    print(f"cells right        {r['cells'][0]}/{r['cells'][1]} ({r['cells'][0] / r['cells'][1]:.0%})")
    for split in ("dev", "test"):
        p, t = r[f"passages_{split}"], r[f"traps_{split}"]
        print(f"{split:4}  passages tagged {p[0]}/{p[1]} ({p[0] / p[1]:.0%})   traps untagged {t[0]}/{t[1]} "
              f"({t[0] / t[1]:.0%})   sample precision {r[f'precision_{split}']:.2f} recall {r[f'recall_{split}']:.2f}")
    if args.misses:
        for kind, split, topic, article, block, got, note in r["misses"]:
            if args.misses == "all" or split in (args.misses, "-"):
                print(f"  {kind:9} {split:4} {topic:18} {article[:14]:14} {block:11} {got:30} {note[:90]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
