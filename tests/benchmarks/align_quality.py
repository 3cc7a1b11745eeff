"""How well `align` finds the hand-checked passage pairs, step by step, on the dev and test splits.

    .venv/bin/python tests/benchmarks/align_quality.py [PAIRS.toml ...] [--misses]
    # default: every tests/data/compare/pairs*.toml, merged; one block of rows per split

For every labelled pair: is the best candidate of `a_block` in article b the labelled block (or
one listed in `also`)? At the default threshold: precision (matches of labelled blocks that are
right), recall (labelled pairs that are matches), and how many passages without counterpart stay
below it. Each row adds one step of the method (reader/core/compare/alignment.py) to the plain
TF-IDF with numerals folded (the last two rows add two steps each); each row's threshold is
calibrated on the dev split as the shipped one was, so rows compare at equal footing.
"""

from __future__ import annotations

import argparse
import math
import sys
import tomllib
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.compare import alignment as al  # noqa: E402
from reader.core.compare import passages as ps  # noqa: E402
from reader.core.compare import vectors  # noqa: E402
from reader.core.content.library import Library  # noqa: E402

DEFAULT_PAIRS = REPO / "tests" / "data" / "compare" / "pairs.toml"


def load_labels(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


LABEL_FILES = sorted(DEFAULT_PAIRS.parent.glob("pairs*.toml"))  # pairs.toml, pairs_fresh.toml, pairs_holdout.toml


def merged_labels(paths=LABEL_FILES) -> dict:
    """The pairs and passages without counterpart of several label files, as one."""
    labels: dict = {"pair": [], "absent": []}
    for path in paths:
        for kind, entries in load_labels(path).items():
            labels.setdefault(kind, []).extend(entries)
    return labels


def evaluate(library: Library, labels: dict, split: str, method: al.Method) -> dict:
    """Figures for one split with one method (alignments computed uncached)."""
    alignments: dict[tuple[str, str], al.Alignment] = {}

    def alignment(a: str, b: str) -> al.Alignment:
        if (a, b) not in alignments:
            alignments[(a, b)] = al.compute_alignment(library.get(a), library.get(b), method=method)
        return alignments[(a, b)]

    right = total = tp = fp = found = below = absent = 0
    misses = []
    by_kind: dict[str, list[int]] = {}  # kind → [right, pairs, right among the best 3]
    unmatched = [0, 0]  # labelled pairs with no match at the threshold: [nearest right, all]
    for p in labels.get("pair", []):
        if p.get("split") != split:
            continue
        total += 1
        good = {p["b_block"], *p.get("also", [])}
        candidates = alignment(p["a"], p["b"]).best(p["a_block"], "a")
        tally = by_kind.setdefault(p.get("kind", "?"), [0, 0, 0])
        tally[1] += 1
        tally[2] += any(c.b_block in good for c in candidates[:3])
        if candidates and candidates[0].b_block in good:
            right += 1
            tally[0] += 1
        else:
            misses.append((p.get("note", ""), p["a_block"], p["b_block"],
                           candidates[0].b_block if candidates else None,
                           candidates[0].score if candidates else 0.0))
        matches = [c for c in candidates if c.score >= al.DEFAULT_THRESHOLD]
        if not matches:  # what View ▸ Show the Nearest Passages shows
            unmatched[1] += 1
            unmatched[0] += bool(candidates) and candidates[0].b_block in good
        tp += sum(c.b_block in good for c in matches)
        fp += sum(c.b_block not in good for c in matches)
        found += any(c.b_block in good for c in matches)
    for p in labels.get("absent", []):
        if p.get("split") != split:
            continue
        absent += 1
        candidates = alignment(p["a"], p["b"]).best(p["a_block"], "a")
        if not candidates or candidates[0].score < al.DEFAULT_THRESHOLD:
            below += 1
        else:
            fp += 1
    return {"right": right, "total": total, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": found / total if total else 0.0, "below": below, "absent": absent, "misses": misses,
            "by_kind": by_kind, "unmatched": unmatched}


@contextmanager
def text_steps(folded: bool, latin: bool):
    """Switch numeral folding (step 0 of the comparison text) and Latin words as one token
    (`vectors.LATIN_WORDS`) on or off."""
    saved, saved_latin = ps.fold_numerals, vectors.LATIN_WORDS
    if not folded:
        ps.fold_numerals = lambda text: text
    vectors.LATIN_WORDS = latin
    ps.PASSAGE_CACHE.clear()
    try:
        yield
    finally:
        ps.fold_numerals, vectors.LATIN_WORDS = saved, saved_latin
        ps.PASSAGE_CACHE.clear()


OFF = al.Method(rare_boost=1.0, margin=0.0, chain_bonus=0.0, short=0.0, hub=0.0)
SHORT = al.Method(rare_boost=1.0, margin=0.0, chain_bonus=0.0, short=al.SHORT_DAMPING, hub=0.0)
STEPS = [  # name, numerals folded, Latin words as one token, method
    ("plain TF-IDF (char n-grams, canonical text)", False, False, OFF),
    ("+ numerals folded", True, False, OFF),
    ("+ rare shared strings x1.5", True, False, replace(OFF, rare_boost=1.5)),
    ("+ margin 0.25 (Bertalign)", True, False, replace(OFF, margin=0.25)),
    ("+ margin 1.0 (Bertalign)", True, False, replace(OFF, margin=1.0)),
    ("+ chain agreement 0.02", True, False, replace(OFF, chain_bonus=0.02)),
    ("+ unigrams x1.4", True, False, replace(OFF, unigram=1.4)),
    (f"+ short passages damped ({al.SHORT_DAMPING})", True, False, SHORT),
    (f"+ short damped, hub penalty {al.HUB_WEIGHT}", True, False, replace(SHORT, hub=al.HUB_WEIGHT)),
    ("+ Latin words as one token", True, True, replace(SHORT, hub=al.HUB_WEIGHT)),
    ("shipped (alignment.Method())", True, vectors.LATIN_WORDS, al.Method()),
]


def calibrated(library: Library, labels: dict, method: al.Method, share: float = 0.85) -> float:
    """The raw threshold that keeps `share` of the dev split's passages without counterpart
    below it with this method, as RAW_THRESHOLD was chosen for the shipped one: each step's
    precision and recall are then read at the same share of passages left alone."""
    saved = al.RAW_THRESHOLD
    al.RAW_THRESHOLD = 0.5  # a score is then the raw score itself (up to 1)
    try:
        alignments: dict[tuple[str, str], al.Alignment] = {}
        tops = []
        for p in labels.get("absent", []):
            if p.get("split") != "dev":
                continue
            key = (p["a"], p["b"])
            if key not in alignments:
                alignments[key] = al.compute_alignment(library.get(p["a"]), library.get(p["b"]), method=method)
            best = alignments[key].best(p["a_block"], "a")
            tops.append(best[0].score if best else 0.0)
    finally:
        al.RAW_THRESHOLD = saved
    if not tops:
        return saved
    tops.sort()
    keep = min(len(tops), math.ceil(share * len(tops)))
    return tops[keep - 1] + 1e-4


@contextmanager
def raw_threshold(value: float):
    saved = al.RAW_THRESHOLD
    al.RAW_THRESHOLD = value
    try:
        yield
    finally:
        al.RAW_THRESHOLD = saved


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pairs", nargs="*", type=Path, default=LABEL_FILES,
                        help="labelled pairs (default: every tests/data/compare/pairs*.toml, merged)")
    parser.add_argument("--misses", action="store_true", help="list the pairs whose best match is wrong")
    args = parser.parse_args(argv)
    missing = [str(path) for path in args.pairs if not path.is_file()]
    if missing or not args.pairs:
        print(f"no labelled pairs at {', '.join(missing) or DEFAULT_PAIRS.parent}", file=sys.stderr)
        return 1
    labels = merged_labels(args.pairs)
    library = Library(REPO / "content")
    print(f"threshold {al.DEFAULT_THRESHOLD}; best match right / pairs; precision, recall at the threshold; "
          "passages without counterpart below it. Each step's raw threshold (raw) keeps 85 % of the dev "
          "split's passages without counterpart below, as the shipped RAW_THRESHOLD does")
    print(f"{'step':46} {'raw':>5} {'split':7} {'best':>8} {'prec':>5} {'rec':>5} {'absent':>7}")
    entries = [p for kind in ("pair", "absent") for p in labels.get(kind, [])]
    splits = sorted({p["split"] for p in entries if p.get("split")}, key=lambda x: (x != "dev", x != "test", x))
    if any(not p.get("split") for p in entries):
        print(f"{sum(not p.get('split') for p in entries)} labelled entries have no split: left out", file=sys.stderr)
    if not any(p.get("split") == "dev" for p in labels.get("absent", [])):
        print("no dev passages without counterpart to calibrate on: every step keeps the shipped threshold",
              file=sys.stderr)
    for name, folded, latin, method in STEPS:
        with text_steps(folded, latin):
            shipped = name == STEPS[-1][0]
            raw = al.RAW_THRESHOLD if shipped else calibrated(library, labels, method)
            with raw_threshold(raw):
                for split in splits:
                    r = evaluate(library, labels, split, method)
                    if not r["total"] and not r["absent"]:
                        continue
                    share = r["right"] / r["total"] if r["total"] else 0.0
                    print(f"{name:46} {raw:5.3f} {split:7} {r['right']:>3}/{r['total']:<3} {share:4.0%} "
                          f"{r['precision']:5.2f} {r['recall']:5.2f} {r['below']:>3}/{r['absent']:<3}")
                    if shipped:
                        kinds = ", ".join(f"{k} {r_}/{n} (among the best 3: {r3})"
                                          for k, (r_, n, r3) in sorted(r["by_kind"].items()))
                        print(f"{'':46} {'':5} {split:7}   best match by kind: {kinds}")
                        print(f"{'':46} {'':5} {split:7}   no match at the threshold: {r['unmatched'][1]}, "
                              f"of which the nearest is right: {r['unmatched'][0]}")
                    if args.misses and shipped:
                        for m in r["misses"]:
                            print(f"    {split} miss:", *m)
    return 0


if __name__ == "__main__":
    sys.exit(main())
