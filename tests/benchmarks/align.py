"""Alignment speed: the two largest bundled articles cold and cached, against a brute-force
comparison of every passage pair with the same similarity, measured in the same run; one
scroll-position mapping; and how the cold time grows with 10× and 100× the text.

    .venv/bin/python tests/benchmarks/align.py              # 1×, 10×, 100×
    .venv/bin/python tests/benchmarks/align.py --scales 1 10

Targets: cold ≤ 200 ms, cached ≤ 5 ms, a scroll mapping ≤ 1 ms, and cold time growing no faster
than n log n. "Cold" means nothing cached: passages, n-gram counts, the alignment and its spans
(what scroll sync follows) are all computed (the articles' Markdown is rendered beforehand, as a
pane has it). Larger texts are made from the bundled passages: copy k of each article is its
passages in a shuffled order with every Han character replaced through a random permutation of
the characters (the same one for both articles), so each copy is new text with the statistics of the original, and copy k of one
article still has its counterparts in copy k of the other. Medians throughout; the machine is
shared, so the ratios against the brute force measured alongside are what to compare.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.compare import alignment as al  # noqa: E402
from reader.core.compare import passages as ps  # noqa: E402
from reader.core.compare import vectors  # noqa: E402
from reader.core.compare.scroll import anchors, map_position  # noqa: E402
from reader.core.content.article import Article  # noqa: E402
from reader.core.content.blocks import Block, Rendered, block_id_for  # noqa: E402
from reader.core.content.library import Library  # noqa: E402
from reader.core.text.ranges import HAN_RE  # noqa: E402


def clear() -> None:
    al.ALIGNMENT_CACHE.clear()
    ps.PASSAGE_CACHE.clear()


def timed(fn, repeat: int) -> float:
    """Median seconds of `repeat` runs of fn()."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def brute_force(a, b) -> list[list[float]]:
    """Every passage pair's cosine, one by one, with the same vectors as `align`."""
    fa, fb = ps._profile(a), ps._profile(b)
    va, vb = al.fitted_vectors(fa, fb)
    return [[vectors.cosine(u, v) for v in vb] for u in va]


def cold(a, b):
    clear()
    alignment = al.align(a, b)
    alignment.spans  # what scroll sync follows: a pane asks for it with the alignment
    return alignment


def scaled(article, copies: int, cipher: list[dict[str, str]], seed: int) -> Article:
    """`copies` copies of the article's passages, copy k shuffled and enciphered with cipher[k]."""
    rng = random.Random(seed)
    taking_part = {p.block_id for p in ps.passages(article)}
    texts = [blk.text for blk in article.blocks if blk.id in taking_part]
    blocks, seen = [], {}
    for k in range(copies):
        order = texts[:] if k == 0 else rng.sample(texts, len(texts))
        table = cipher[k]
        for text in order:
            if table:
                text = HAN_RE.sub(lambda m: table.get(m.group(), m.group()), text)
            base = block_id_for("paragraph", text)
            seen[base] = seen.get(base, 0) + 1
            blocks.append(Block(base if seen[base] == 1 else f"{base}-{seen[base]}", "paragraph", text))
    body = "\n\n".join(b.text for b in blocks)
    out = Article(f"{article.id}-x{copies}", article.path, dict(article.meta), body)
    out.__dict__["rendered"] = Rendered("", blocks)  # as if rendered: the benchmark times aligning
    return out


def ciphers(a, b, copies: int, seed: int = 11) -> list[dict[str, str]]:
    chars = sorted(set(HAN_RE.findall(a.body + b.body)))
    rng = random.Random(seed)
    out: list[dict[str, str]] = [{}]
    for _ in range(1, copies):
        shuffled = rng.sample(chars, len(chars))
        out.append(dict(zip(chars, shuffled)))
    return out


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    args = parser.parse_args(argv)
    library = Library(REPO / "content")
    by_size = sorted(library.readable, key=lambda x: len(x.body), reverse=True)
    a, b = by_size[0], by_size[1]
    a.blocks, b.blocks  # rendered before the clock starts, as a pane has them
    n_a, n_b = len(ps.passages(a)), len(ps.passages(b))
    print(f"{a.id} ({len(a.body):,} chars, {n_a} passages) × {b.id} ({len(b.body):,} chars, {n_b} passages)")
    print()

    cold(a, b)  # imports and OpenCC loaded
    t_cold = timed(lambda: cold(a, b), 9)
    al.align(a, b)
    t_cached = timed(lambda: al.align(a, b), 201)
    t_brute = timed(lambda: brute_force(a, b), 3)
    chain = al.align(a, b).chain
    tops_a = {p.block_id: float(k * 40) for k, p in enumerate(ps.passages(a))}
    tops_b = {p.block_id: float(k * 25) for k, p in enumerate(ps.passages(b))}
    tops = [(tops_a[p.a_block], tops_b[p.b_block]) for p in chain]
    prepared = anchors(tops)
    ys = [random.Random(5).uniform(0, tops_a[ps.passages(a)[-1].block_id]) for _ in range(10_000)]
    t_map_raw = timed(lambda: [map_position(tops, y) for y in ys], 5) / len(ys)
    t_map = timed(lambda: [map_position(prepared, y) for y in ys], 5) / len(ys)

    print(f"{'measure':52} {'median':>12} {'vs brute force':>15} {'target':>10}")
    print(f"{'align, cold (nothing cached)':52} {t_cold * 1e3:9.1f} ms {t_cold / t_brute:14.3f}× {'≤ 200 ms':>10}")
    print(f"{'align, cached':52} {t_cached * 1e3:9.3f} ms {t_cached / t_brute:14.5f}× {'≤ 5 ms':>10}")
    print(f"{'brute force: every passage pair, same similarity':52} {t_brute * 1e3:9.1f} ms {1.0:14.3f}× {'':>10}")
    print(f"{f'map one scroll position ({len(tops)} anchors, prepared)':52} {t_map * 1e6:9.2f} µs {'':>15} {'≤ 1 ms':>10}")
    print(f"{'map one scroll position (plain list of anchors)':52} {t_map_raw * 1e6:9.2f} µs {'':>15} {'≤ 1 ms':>10}")
    print()

    print("growth with the text (cold; brute force measured where it takes minutes at most, else "
          "extrapolated as the square of the passage count)")
    print(f"{'scale':>6} {'passages a×b':>16} {'cold':>11} {'cold ratio':>11} {'n log n':>9} {'n²':>9} "
          f"{'brute force':>14} {'cold / brute':>13}")
    base_cold = base_n = base_brute = None
    for scale in args.scales:
        table = ciphers(a, b, scale)
        big_a, big_b = scaled(a, scale, table, 1), scaled(b, scale, table, 2)
        n = len(ps._profile(big_a).passages) + len(ps._profile(big_b).passages)
        pairs = len(ps._profile(big_a).passages) * len(ps._profile(big_b).passages)
        repeat = 5 if scale <= 1 else 3 if scale <= 10 else 1
        t = timed(lambda: cold(big_a, big_b), repeat)
        estimated = ""
        if pairs <= 100 * n_a * n_b:
            tb = timed(lambda: brute_force(big_a, big_b), 1 if scale > 1 else 3)
        else:
            tb = base_brute * pairs / (n_a * n_b)
            estimated = " (est.)"
        if base_cold is None:
            base_cold, base_n, base_brute = t, n, tb
        grow = t / base_cold
        nlogn = (n / base_n) * (_log(n) / _log(base_n))
        square = (n / base_n) ** 2
        print(f"{scale:>5}× {f'{len(ps._profile(big_a).passages)}×{len(ps._profile(big_b).passages)}':>16} "
              f"{t:9.2f} s {grow:10.1f}× {nlogn:8.1f}× {square:8.0f}× {tb:9.1f} s{estimated:6} {t / tb:12.4f}×")
        clear()
    return 0


def _log(n: int) -> float:
    import math

    return math.log(max(n, 2))


if __name__ == "__main__":
    sys.exit(main())
