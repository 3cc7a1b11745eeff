"""Timeline painting benchmark: 1,000 articles × 15 topics, both layouts. Target ≤ 16 ms a paint.

A synthetic Timeline (the core's dataclasses, fixed seed) is shown in the Timeline dock's panel
at 1200×800; the panel is rendered offscreen into a QImage N times per layout (what a repaint of
the dock costs: the view paints only the rows in its exposed rectangle). Reference in the same
run: painting as many plain rectangles with QPainter as the layout has marks or segments in
view. Also: the geometry (computed on a data or width change, never in a paint).

    .venv/bin/python tests/benchmarks/topics_paint.py [--repeat 40]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QPoint, QRectF  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from reader.core.topics import ArticleTimeline, Timeline, Topic, TopicInArticle, TopicList  # noqa: E402

OUTLETS = ["新智元", "數字開物", "AITNT", "量子位", "机器之心", "36氪", "虎嗅", "钛媒体", "InfoQ", "CSDN", "個人部落格", "Dwarkesh"]
COLORS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22",
          "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173"]


def synthetic_timeline(articles: int = 1000, topics: int = 15, seed: int = 20251017) -> Timeline:
    rng = random.Random(seed)
    topic_list = TopicList(tuple(Topic(f"t{i}", {"hans": f"话题{i}", "hant": f"話題{i}", "en": f"Topic {i}"},
                                       COLORS[i % len(COLORS)], (f"词{i}",)) for i in range(topics)))
    start = dt.date(2025, 10, 1)
    rows = []
    for n in range(articles):
        cells = {}
        for t in topic_list:
            if rng.random() < 0.5:
                count = rng.randint(1, 20)
                positions = tuple(sorted(rng.random() * 0.98 for _ in range(count)))
                lengths = tuple(rng.uniform(0.002, 0.02) for _ in range(count))
                blocks = tuple(f"p-{n}-{t.id}-{k}" for k in range(count))
                cells[t.id] = TopicInArticle(True, count, sum(lengths), blocks[0], blocks, positions, lengths)
            else:
                cells[t.id] = TopicInArticle(False, 0, 0.0, None, (), ())
        date = start + dt.timedelta(days=rng.randint(0, 120))
        rows.append(ArticleTimeline(f"a{n:04d}", f"文章 {n}", rng.choice(OUTLETS), date.isoformat(),
                                    rng.choice(["hans", "hant"]), cells))
    rows.sort(key=lambda a: (a.date, a.id))
    return Timeline(topic_list, tuple(rows), "2025-10-17")


def median_ms(fn, repeat: int) -> float:
    fn()  # warm up (fonts, glyph caches)
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return statistics.median(times)


def primitives_in_view(view, top: float, bottom: float) -> int:
    lay = view.layout_
    marks = [lay.marks[m] for i in lay.row_range(top, bottom) for m in lay.row_marks[i]]
    return sum(len(m.segments) or 1 for m in marks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=40)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    from reader.ui.panels.timeline_panel import TimelinePanel

    timeline = synthetic_timeline()
    panel = TimelinePanel()
    panel.resize(1200, 800)
    panel.show()
    app.processEvents()
    t0 = time.perf_counter()
    panel.set_timeline(timeline)
    first_geometry = (time.perf_counter() - t0) * 1000
    app.processEvents()
    image = QImage(panel.size(), QImage.Format.Format_ARGB32_Premultiplied)
    print(f"synthetic timeline: {len(timeline.articles)} articles × {len(timeline.topics)} topics, "
          f"{sum(len(a.covered()) for a in timeline.articles)} covered pairs; panel {panel.width()}×{panel.height()}")
    print(f"geometry by date (set_timeline, once per data change): {first_geometry:.1f} ms")
    failures = 0
    for kind in ("date", "position"):
        panel.set_layout(kind)
        app.processEvents()
        view, scroll = panel.view, panel.scroll
        t0 = time.perf_counter()
        view.relayout()
        geometry = (time.perf_counter() - t0) * 1000
        if kind == "position":
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum() // 2)  # the middle of 1,000 strips
            app.processEvents()
        top = scroll.verticalScrollBar().value()
        count = primitives_in_view(view, top, top + scroll.viewport().height())

        def paint_panel():
            image.fill(0)
            painter = QPainter(image)
            panel.render(painter, QPoint())
            painter.end()

        def paint_rects(n=count):
            image.fill(0)
            painter = QPainter(image)
            color = QColor("#1f77b4")
            for i in range(n):
                painter.fillRect(QRectF(10 + (i * 7) % 1100, 40 + (i * 13) % 700, 6, 6), color)
            painter.end()

        ms = median_ms(paint_panel, args.repeat)
        ref = median_ms(paint_rects, args.repeat)
        verdict = "ok" if ms <= 16 else "OVER 16 ms"
        failures += ms > 16
        print(f"by {kind:8s}: {len(view.marks()):6d} marks, {count:6d} marks/segments in view; paint median "
              f"{ms:6.2f} ms ({verdict}); {count} plain rects {ref:6.2f} ms; ratio {ms / ref if ref else 0:5.1f}×; "
              f"geometry {geometry:.1f} ms")
    panel.close()
    print("over target" if failures else "within target")
    return 0


if __name__ == "__main__":
    sys.exit(main())
