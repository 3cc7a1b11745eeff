"""Compare-mode scrolling benchmark: a wheel event in one pane → every pane painted.

Four panes show four bundled articles in compare mode, scroll sync by passage; the clock starts
when a wheel event is sent to the leading pane and stops when the event loop has painted all four
viewports (and the bands between them). References measured in the same run: the same window
with compare mode off (only the leading pane moves and paints), and a bare QTextBrowser with the
same HTML. Also: mapping one scroll position through the chain (the pure function the sync
uses). Target: ≤ 16 ms from wheel event to all panes painted (60 frames a second).

    .venv/bin/python tests/benchmarks/compare_scroll.py [--steps 80]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEvent, QObject, QPoint, Qt  # noqa: E402
from PySide6.QtGui import QWheelEvent  # noqa: E402
from PySide6.QtWidgets import QApplication, QTextBrowser  # noqa: E402

ARTICLES = ["shuzi-kaiwu-transcript", "dwarkesh-notes", "xinzhiyuan-agi-decade", "ghosts-not-animals"]


class Painted(QObject):
    """Notes which of the watched widgets have painted since the last reset."""

    def __init__(self, widgets):
        super().__init__()
        self.widgets = list(widgets)
        self.seen: set[int] = set()
        for w in self.widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            self.seen.add(id(obj))
        return False

    def reset(self) -> None:
        self.seen.clear()

    def all_painted(self, widgets) -> bool:
        return all(id(w) in self.seen for w in widgets)


def wheel(viewport, delta: int) -> None:
    centre = viewport.rect().center()
    event = QWheelEvent(centre, viewport.mapToGlobal(centre), QPoint(0, 0), QPoint(0, delta),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def time_steps(app, leader_viewport, watched, painted: Painted, steps: int, bars=(), extra=()) -> list[float]:
    """Milliseconds from each wheel event until every viewport in `watched` whose scroll bar (in
    `bars`, same order; none: the first) moved, and every widget of `extra`, has painted."""
    out = []
    bars = list(bars)
    for i in range(steps):
        delta = -120 if (i // 20) % 2 == 0 else 120  # down a while, then up, so the view keeps moving
        before = [b.value() for b in bars]
        painted.reset()
        t0 = time.perf_counter()
        wheel(leader_viewport, delta)
        moved = [w for w, b, v in zip(watched, bars, before) if b.value() != v] if bars else list(watched[:1])
        must = moved + list(extra) if moved else []
        deadline = t0 + 1.0
        while not painted.all_painted(must) and time.perf_counter() < deadline:
            app.processEvents()
        app.processEvents()  # and whatever else the step queued
        out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=80)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    from reader.core.compare.scroll import anchors, map_position
    from reader.ui.app import create_window

    window = create_window(REPO / "content", Path(tempfile.mkdtemp(prefix="duidu-bench-")))
    window.resize(1600, 900)
    window.show()
    while not window.ready:
        app.processEvents()
    # the word list (jieba) loads in a background thread a moment after start and holds the
    # interpreter for a while: let it finish first, so the figures are compare mode's own
    from reader.core.text import words

    words.warm_up()
    window.open_article(ARTICLES[0])
    for article in ARTICLES[1:]:
        window.open_in_new_pane(article)
    panes = window.workspace.panes
    window.set_compare(True)
    window.set_sync("passage")
    while window.comparing.preparing:  # the alignments come from a worker
        app.processEvents()
    leader = panes[0]
    leader.browser.verticalScrollBar().setValue(leader.browser.verticalScrollBar().maximum() // 3)
    viewports = [p.browser.viewport() for p in panes]
    handles = window.workspace.splitter.link_maps()
    painted = Painted(viewports + handles)
    bars = [p.browser.verticalScrollBar() for p in panes]
    time_steps(app, viewports[0], viewports, painted, 10, bars, handles)  # warm up: alignments, anchors, glyphs
    follow = time_steps(app, viewports[0], viewports, painted, args.steps, bars, handles)
    moved = sum(p.browser.verticalScrollBar().value() > 0 for p in panes[1:])

    window.set_compare(False)
    alone = time_steps(app, viewports[0], viewports, painted, args.steps, bars)

    bare = QTextBrowser()
    bare.setFont(leader.browser.font())
    bare.setHtml(leader.browser.toHtml())
    bare.resize(leader.browser.size())
    bare.show()
    bare_painted = Painted([bare.viewport()])
    time_steps(app, bare.viewport(), [bare.viewport()], bare_painted, 5)
    reference = time_steps(app, bare.viewport(), [bare.viewport()], bare_painted, args.steps)

    # the pure mapping the sync runs once per follower and wheel step
    window.set_compare(True)
    while window.comparing.preparing:
        app.processEvents()
    chain = window.comparing.scroll_anchors(panes[0], panes[1])
    prepared = anchors(list(chain))
    ys = [i * 37.0 for i in range(10000)]
    t0 = time.perf_counter()
    for y in ys:
        map_position(prepared, y)
    per_map_us = (time.perf_counter() - t0) / len(ys) * 1e6

    med = statistics.median
    p95 = lambda xs: sorted(xs)[int(0.95 * (len(xs) - 1))]  # noqa: E731
    print(f"{len(panes)} panes, compare mode, sync by passage; {args.steps} wheel steps each; "
          f"{moved} of {len(panes) - 1} followers moved; ms from wheel event to painted")
    print(f"{'':44} median     p95     max")
    for label, xs in (("compare mode: all 4 panes and the bands", follow),
                      ("compare off: the leading pane alone", alone),
                      ("bare QTextBrowser, same HTML", reference)):
        print(f"{label:44} {med(xs):6.1f}  {p95(xs):6.1f}  {max(xs):6.1f}")
    print(f"ratio all panes / leading pane alone: {med(follow) / med(alone):.2f}×; "
          f"/ bare browser: {med(follow) / med(reference):.2f}×")
    print(f"mapping one scroll position through the chain ({len(chain)} anchors): {per_map_us:.2f} µs")
    ok = med(follow) <= 16.0 and per_map_us <= 1000
    print(f"target: ≤ 16 ms wheel → all painted (median {med(follow):.1f} ms), ≤ 1 ms per mapping: "
          f"{'met' if ok else 'NOT met'}")
    window.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
