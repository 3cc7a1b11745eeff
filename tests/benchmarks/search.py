"""Search benchmark: our index vs SQLite FTS5 (trigram) vs a plain substring scan.

    /tmp/venv/bin/python tests/benchmarks/search.py [--sizes 1000 10000]

A deterministic corpus of articles (~5,000 characters each) is written as Markdown files from
the bundled paragraphs (content/*.md, else /work/shared/seeds), half converted to Traditional.
Truth = substring scan of the canonical text (Latin needles must be whole words, as in search).
Not collected by pytest.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.content.article import Article  # noqa: E402
from reader.core.search.analysis import contains  # noqa: E402
from reader.core.search.index import SearchIndex  # noqa: E402
from reader.core.search.query import needle_text  # noqa: E402
from reader.core.text.canonical import canonical, converter  # noqa: E402

QUERIES = [
    "强化学习", "強化學習", "吸管", "斑馬", "斑马", "认知核心", "認知核心", "十年", "特斯拉", "教育",
    "幽灵", "幽靈", "模型", "监督信号", "監督訊號", "预训练", "預訓練", "智能体", "智能體", "演化",
    "动物", "記憶", "自动驾驶", "自動駕駛", "人工智能", "编程", "程式", "数据", "資料", "梯度下降",
    "nanochat", "GDP", "Karpathy", "LLM", "OpenAI", "agent",
]


def paragraphs() -> list[str]:
    files = sorted((REPO / "content").glob("*.md")) or sorted(Path("/work/shared/seeds").glob("*.txt"))
    out = []
    for f in files:
        art = Article.from_text(f.stem, f, f.read_text(encoding="utf-8"))
        out += [b.text for b in art.blocks if b.kind == "paragraph" and 30 < len(b.text) <= 800]
    return out


def write_corpus(folder: Path, n: int) -> list[str]:
    rng = random.Random(20251026)
    paras = paragraphs()
    s2t = converter("s2t")
    canons = []
    for i in range(n):
        chosen, size = [], 0
        while size < 5000:
            p = rng.choice(paras)
            chosen.append(p)
            size += len(p)
        body = "\n\n".join(chosen)
        title = chosen[0][:20]
        if i % 2:
            body, title = s2t.convert(body), s2t.convert(title)
        (folder / f"a{i:05d}.md").write_text(
            f"---\ntitle: \"{title.replace(chr(34), '')}\"\ndate: 2025-{1 + i % 12:02d}-01\noutlet: bench\n---\n\n{body}\n",
            encoding="utf-8")
        canons.append(canonical(Article.load(folder / f"a{i:05d}.md").plain_text))
    return canons


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def timed(fn, reps: int = 3):
    times, result = [], None
    for _ in range(reps):
        t = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t) * 1000)
    return min(times), result


def pr(found: set, truth: set) -> tuple[int, int]:
    return len(found & truth), len(found)


def run(n: int) -> list[tuple]:
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        content.mkdir()
        t = time.perf_counter()
        canons = write_corpus(content, n)
        print(f"[{n}] corpus written in {time.perf_counter() - t:.1f} s ({sum(map(len, canons)) / 1e6:.1f} M chars)",
              file=sys.stderr)
        ids = [f"a{i:05d}" for i in range(n)]
        needles = [needle_text(q) for q in QUERIES]
        truth = {q: {ids[i] for i, c in enumerate(canons) if contains(nd, c)} for q, nd in zip(QUERIES, needles)}

        # plain substring scan over canonical texts held in memory
        scan_times = [timed(lambda nd=nd: [i for i, c in enumerate(canons) if contains(nd, c)])[0] for nd in needles]
        rows.append((n, "substring scan (in memory)", "—", "—", scan_times, 1.0, 1.0))

        # our index
        index = SearchIndex(Path(tmp) / "index", content)
        t = time.perf_counter()
        report = index.update(rebuild=True)
        build = time.perf_counter() - t
        index.close()
        index = SearchIndex(Path(tmp) / "index", content)
        index.update()  # reopen: nothing to do
        top_times, all_times, tp, fp_n, fn_n = [], [], 0, 0, 0
        cjk_tp = cjk_found = cjk_truth = 0
        for q in QUERIES:
            ms, _ = timed(lambda q=q: index.search(q, limit=20))
            top_times.append(ms)
            print(f"  {q}: {ms:.1f} ms", file=sys.stderr)
            ms, hits = timed(lambda q=q: index.search(q, limit=None, passages=False), reps=1)
            all_times.append(ms)
            found = {h.id for h in hits if not h.variant}
            ok = len(found & truth[q])
            tp += ok
            fp_n += len(found)
            fn_n += len(truth[q])
            if not q.isascii():
                cjk_tp, cjk_found, cjk_truth = cjk_tp + ok, cjk_found + len(found), cjk_truth + len(truth[q])
        size = f"{report.size / 1e6:.0f} MB"
        rows.append((n, "ours, top 20 (UI/CLI)", f"{build:.1f} s", size, top_times, None, None))
        rows.append((n, "ours, all matches", "", "", all_times, tp / max(1, fp_n), tp / max(1, fn_n)))
        print(f"[{n}] CJK queries: precision {cjk_tp}/{cjk_found}, recall {cjk_tp}/{cjk_truth}", file=sys.stderr)
        index.close()

        # SQLite FTS5 trigram on the same canonical text
        db = sqlite3.connect(Path(tmp) / "fts.sqlite")
        t = time.perf_counter()
        db.execute("CREATE VIRTUAL TABLE t USING fts5(id UNINDEXED, body, tokenize='trigram')")
        db.executemany("INSERT INTO t VALUES(?, ?)", zip(ids, canons))
        db.commit()
        fts_build = time.perf_counter() - t
        fts_size = (Path(tmp) / "fts.sqlite").stat().st_size
        fts_times, tp, fp_n, fn_n = [], 0, 0, 0
        for q, nd in zip(QUERIES, needles):
            phrase = '"' + nd.replace('"', '""') + '"'
            ms, rows_ = timed(lambda: db.execute("SELECT id FROM t WHERE t MATCH ?", (phrase,)).fetchall())
            fts_times.append(ms)
            found = {r[0] for r in rows_}
            tp += len(found & truth[q])
            fp_n += len(found)
            fn_n += len(truth[q])
        rows.append((n, "SQLite FTS5 trigram", f"{fts_build:.1f} s", f"{fts_size / 1e6:.0f} MB", fts_times,
                     tp / max(1, fp_n), tp / max(1, fn_n)))
        db.close()
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = ap.parse_args()
    print(f"{len(QUERIES)} queries; latency = best of 3 per query (all matches: 1 run)\n")
    print("| docs | engine | build | size | p50 ms | p95 ms | precision | recall |")
    print("|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        for docs, name, build, size, times, p, r in run(n):
            fmt = (lambda x: "—" if x is None else f"{x:.3f}")
            print(f"| {docs:,} | {name} | {build} | {size} | {pct(times, 50):.1f} | {pct(times, 95):.1f} "
                  f"| {fmt(p)} | {fmt(r)} |", flush=True)


if __name__ == "__main__":
    main()
