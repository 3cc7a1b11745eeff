"""Search benchmark: our index vs SQLite FTS5 (trigram) vs a plain substring scan.

    .venv/bin/python tests/benchmarks/search.py [--sizes 1000 10000] [--cold-runs 3]

A deterministic corpus of articles (~5,000 characters each) is written as Markdown files from
the plain paragraphs of the bundled articles (content/*.md of this repository), half of them
converted to Traditional. Paragraphs are taken only when they hold no Markdown syntax, so the
text of each file is exactly what the benchmark wrote.

Truth is independent of the project's code: an article matches a query when its title or one
of its paragraphs, put through OpenCC t2s (the `opencc` package directly), NFKC and casefold
(what search calls canonical), contains the query put through the same — with Python's `in`;
a query that begins or ends with a Latin letter or digit must begin or end a word there (no
letter or digit other than CJK next to it), checked with `re`. Regional-vocabulary ("variant")
hits of our index are not counted: truth is the exact text.

Rows (medians over queries; p95 = nearest rank):
  substring scan   the truth scan itself over the texts held in memory (the reference)
  warm             the same process has already answered the query once; median of 5 runs
  cold             a fresh process opens the index and answers one query (Python start-up and
                   imports excluded, the OS file cache is warm); all runs × queries pooled
FTS5's trigram tokenizer cannot answer a query of fewer than 3 characters (by design), so
queries of ≥ 3 and of 2 characters are reported apart, for every engine.
Precision/recall are summed over the queries of a row; "—" = nothing found (or not measured).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
import unicodedata
from pathlib import Path

import opencc

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.search.index import SearchIndex  # noqa: E402  (the engine under test, nothing else)

QUERIES = [
    "强化学习", "強化學習", "吸管", "斑馬", "斑马", "认知核心", "認知核心", "十年", "特斯拉", "教育",
    "幽灵", "幽靈", "模型", "监督信号", "監督訊號", "预训练", "預訓練", "智能体", "智能體", "演化",
    "动物", "記憶", "自动驾驶", "自動駕駛", "人工智能", "编程", "程式", "数据", "資料", "梯度下降",
    "nanochat", "GDP", "Karpathy", "LLM", "OpenAI", "agent",
]
# first queries of fresh processes: 3 of each length class
COLD_QUERIES = ["强化学习", "自動駕駛", "Karpathy", "模型", "資料", "教育"]
WARM_RUNS = 5

# -- truth: plain Python + OpenCC, nothing from the project ------------------------------------

_T2S = opencc.OpenCC("t2s")
_S2T = opencc.OpenCC("s2t")
# letters and digits that are not CJK: what a Latin needle may not touch
_CJK = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af\U00020000-\U0003ffff"
_LATIN_EDGE = re.compile(rf"[^\W_{_CJK}]")


def plain_form(text: str) -> str:
    return unicodedata.normalize("NFKC", _T2S.convert(text)).casefold()


class Needle:
    def __init__(self, query: str):
        self.query = query
        self.text = plain_form(query).strip()
        left, right = _LATIN_EDGE.match(self.text[0]), _LATIN_EDGE.match(self.text[-1])
        self.regex = None
        if left or right:
            self.regex = re.compile((rf"(?<![^\W_{_CJK}])" if left else "") + re.escape(self.text)
                                    + (rf"(?![^\W_{_CJK}])" if right else ""))

    @property
    def long(self) -> bool:
        return len(self.text) >= 3

    def in_(self, text: str) -> bool:
        if self.regex is None:
            return self.text in text
        return self.text in text and self.regex.search(text) is not None


# -- corpus ------------------------------------------------------------------------------------

_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)
_MARKUP = re.compile(r"[*_`\[\]<>\\|#&~\"]")  # a paragraph with any of these is left out
_BLOCK_START = re.compile(r"^(?:[-+>|!]|\d+[.)]\s|=+$)")


def paragraphs() -> list[str]:
    files = sorted((REPO / "content").glob("*.md"))
    if not files:
        raise SystemExit(f"no articles in {REPO / 'content'}")
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8").replace("\r\n", "\n")
        m = _FRONT.match(text)
        for block in re.split(r"\n[ \t]*\n", text[m.end():] if m else text):
            lines = block.strip().splitlines()
            if not lines or any(_BLOCK_START.match(ln.strip()) or ln.startswith(("    ", "\t")) for ln in lines):
                continue
            p = " ".join(" ".join(lines).split())
            if not _MARKUP.search(p) and 30 < len(p) <= 800:
                out.append(p)
    return out


def write_corpus(folder: Path, n: int) -> list[str]:
    """Write n articles; return each one's title and paragraphs in plain form, one per line."""
    rng = random.Random(20251026)
    paras = paragraphs()
    texts = []
    for i in range(n):
        chosen, size = [], 0
        while size < 5000:
            p = rng.choice(paras)
            chosen.append(p)
            size += len(p)
        title = chosen[0][:20]
        if i % 2:
            chosen, title = [_S2T.convert(p) for p in chosen], _S2T.convert(title)
        (folder / f"a{i:05d}.md").write_text(
            f"---\ntitle: \"{title}\"\ndate: 2025-{1 + i % 12:02d}-01\noutlet: bench\n---\n\n"
            + "\n\n".join(chosen) + "\n", encoding="utf-8")
        texts.append("\n".join(plain_form(t) for t in [title, *chosen]))
    return texts


# -- measuring ---------------------------------------------------------------------------------

def p95(values: list[float]) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(0.95 * (len(values) - 1))))]


def warm_ms(fn, runs: int = WARM_RUNS):
    """Median ms of `runs` calls after one untimed call, and the result."""
    result = fn()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), result


_COLD_OURS = textwrap.dedent("""
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from reader.core.search.index import SearchIndex
    t = time.perf_counter()
    hits = SearchIndex(sys.argv[2], sys.argv[3]).search(sys.argv[4], limit=20)
    print((time.perf_counter() - t) * 1000, len(hits))
""")
_COLD_FTS = textwrap.dedent("""
    import sqlite3, sys, time
    t = time.perf_counter()
    rows = sqlite3.connect(sys.argv[1]).execute("SELECT id FROM t WHERE t MATCH ?", (sys.argv[2],)).fetchall()
    print((time.perf_counter() - t) * 1000, len(rows))
""")


def cold_ms(code: str, args_for, queries: list[str], runs: int) -> list[float]:
    """Pooled ms of `runs` fresh processes per query, queries interleaved."""
    times = []
    for _ in range(runs):
        for q in queries:
            out = subprocess.run([sys.executable, "-c", code, *args_for(q)], capture_output=True, text=True,
                                 timeout=300)
            if out.returncode != 0:
                raise SystemExit(f"cold query {q!r} failed:\n{out.stderr}")
            times.append(float(out.stdout.split()[0]))
    return times


def score(results: dict[str, set], truth: dict[str, set], queries: list[Needle]) -> tuple:
    tp = sum(len(results[n.query] & truth[n.query]) for n in queries)
    found = sum(len(results[n.query]) for n in queries)
    wanted = sum(len(truth[n.query]) for n in queries)
    return (tp / found if found else None), (tp / wanted if wanted else None)


def report_misses(engine: str, results: dict[str, set], truth: dict[str, set], needles: list[Needle],
                  texts: dict[str, str]) -> None:
    for nd in needles:
        extra, missed = results[nd.query] - truth[nd.query], truth[nd.query] - results[nd.query]
        if not (extra or missed):
            continue
        line = f"  {engine} {nd.query!r}: truth {len(truth[nd.query])}, +{len(extra)} -{len(missed)}"
        for kind, ids in (("extra", extra), ("missed", missed)):
            if ids:
                aid = min(ids)
                i = texts[aid].find(nd.text)
                where = repr(texts[aid][max(0, i - 8): i + len(nd.text) + 8]) if i >= 0 else "not in the text"
                line += f"; {kind} e.g. {aid}: {where}"
        print(line, file=sys.stderr)


def run(n: int, cold_runs: int) -> list[tuple]:
    rows = []
    needles = [Needle(q) for q in QUERIES]
    classes = [("≥3 chars", [nd for nd in needles if nd.long]), ("2 chars", [nd for nd in needles if not nd.long])]
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        t = time.perf_counter()
        texts = write_corpus(content, n)
        print(f"[{n}] corpus written in {time.perf_counter() - t:.1f} s ({sum(map(len, texts)) / 1e6:.1f} M chars)",
              file=sys.stderr)
        ids = [f"a{i:05d}" for i in range(n)]
        by_id = dict(zip(ids, texts))
        truth = {nd.query: {aid for aid, text in by_id.items() if nd.in_(text)} for nd in needles}
        print(f"[{n}] truth: " + ", ".join(f"{q} {len(s)}" for q, s in truth.items()), file=sys.stderr)

        scan = [warm_ms(lambda nd=nd: [aid for aid, text in by_id.items() if nd.in_(text)])[0] for nd in needles]
        rows.append((n, f"substring scan (in memory), all {len(needles)} queries", "—", "—", scan, 1.0, 1.0))

        # our index
        index_dir = Path(tmp) / "index"
        index = SearchIndex(index_dir, content)
        t = time.perf_counter()
        report = index.update(rebuild=True)
        build = time.perf_counter() - t
        index.close()
        index = SearchIndex(index_dir, content)
        index.update()  # reopen: nothing to do
        top, every, found = {}, {}, {}
        for nd in needles:
            top[nd.query] = warm_ms(lambda q=nd.query: index.search(q, limit=20))[0]
            every[nd.query], hits = warm_ms(lambda q=nd.query: index.search(q, limit=None, passages=False), runs=3)
            found[nd.query] = {h.id for h in hits if not h.variant}
            print(f"  {nd.query}: top 20 {top[nd.query]:.1f} ms, all {every[nd.query]:.1f} ms", file=sys.stderr)
        index.close()
        report_misses("ours", found, truth, needles, by_id)
        build_s, size = f"{build:.1f} s", f"{report.size / 1e6:.0f} MB"
        for label, group in classes:
            rows.append((n, f"ours, top 20 (UI/CLI), warm, {label} ({len(group)} q)", build_s, size,
                         [top[nd.query] for nd in group], None, None))
            build_s = size = ""
        for label, group in classes:
            rows.append((n, f"ours, all matches, warm, {label} ({len(group)} q)", "", "",
                         [every[nd.query] for nd in group], *score(found, truth, group)))
        for label, group in classes:
            cold = [q for q in COLD_QUERIES if Needle(q).long == (label == "≥3 chars")]
            times = cold_ms(_COLD_OURS, lambda q: (str(REPO), str(index_dir), str(content), q), cold, cold_runs)
            rows.append((n, f"ours, top 20, cold, {label} ({len(cold)} q × {cold_runs})", "", "", times, None, None))

        # SQLite FTS5 trigram on the same plain-form text
        fts = Path(tmp) / "fts.sqlite"
        db = sqlite3.connect(fts)
        t = time.perf_counter()
        db.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, body, tokenize='trigram')")
        db.executemany("INSERT INTO t VALUES(?, ?)", zip(ids, texts))
        db.commit()
        fts_build = time.perf_counter() - t
        db.close()
        db = sqlite3.connect(fts)

        def phrase(nd: Needle) -> str:
            return '"' + nd.text.replace('"', '""') + '"'

        fts_times, fts_found = {}, {}
        for nd in needles:
            fts_times[nd.query], result = warm_ms(
                lambda nd=nd: db.execute("SELECT id FROM t WHERE t MATCH ?", (phrase(nd),)).fetchall())
            fts_found[nd.query] = {r[0] for r in result}
        db.close()
        report_misses("FTS5", fts_found, truth, needles, by_id)
        build_s, size = f"{fts_build:.1f} s", f"{fts.stat().st_size / 1e6:.0f} MB"
        for label, group in classes:
            rows.append((n, f"SQLite FTS5 trigram, warm, {label} ({len(group)} q)", build_s, size,
                         [fts_times[nd.query] for nd in group], *score(fts_found, truth, group)))
            build_s = size = ""
        cold = [Needle(q) for q in COLD_QUERIES if Needle(q).long]
        times = cold_ms(_COLD_FTS, lambda q: (str(fts), phrase(Needle(q))), [nd.query for nd in cold], cold_runs)
        rows.append((n, f"SQLite FTS5 trigram, cold, ≥3 chars ({len(cold)} q × {cold_runs})", "", "", times,
                     None, None))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="corpus sizes (articles)")
    ap.add_argument("--cold-runs", type=int, default=3, help="fresh processes per cold query")
    args = ap.parse_args()
    print(f"{len(QUERIES)} queries; warm = median of {WARM_RUNS} runs after one more (all matches: 3); "
          f"cold = a fresh process per query, {len(COLD_QUERIES)} queries × {args.cold_runs} runs; "
          "p50 = median over the queries (cold: over all runs)\n")
    print("| docs | engine | build | size | p50 ms | p95 ms | precision | recall |")
    print("|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        for docs, name, build, size, times, p, r in run(n, args.cold_runs):
            fmt = (lambda x: "—" if x is None else f"{x:.3f}")
            print(f"| {docs:,} | {name} | {build} | {size} | {statistics.median(times):.1f} | {p95(times):.1f} "
                  f"| {fmt(p)} | {fmt(r)} |", flush=True)


if __name__ == "__main__":
    main()
