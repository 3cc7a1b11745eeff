"""Script-switch benchmark: choosing a script mode → the repainted pane, against bare OpenCC.

For the largest bundled article (the 80 KB transcript), each mode is chosen the way a user
chooses it — the View > Script action of the real main window, so the settings, the search
panel and (with the interface language following the script) every label follow too — and
the clock stops when the event loop has painted the pane's viewport. "All done" stops it
once the labels and search snippets have followed too: the events still queued after the
paint have been processed, until a round of the event loop finds nothing left to do. Two
references are
measured in the same run: the bare OpenCC conversion of the article's whole Markdown with the
converter the mode uses, already created; and bare Qt — the same converted HTML set into a
plain QTextBrowser of the same size and repainted, the floor any Qt reader pays.

  cold   the pane's rendering cache is emptied before each switch (OpenCC converters stay
         created: they are made once per configuration and process, reported apart as
         "create": the median of 5 first creations, each in a fresh process)
  warm   the rendering is in the cache: a switch back to a mode already seen

Each figure is the median of --runs switches (≥ 20), alternating with 原文; "all done" is
the median over the same warm switches as "warm". Target: warm ≤ 50 ms; the ratio to bare
OpenCC is printed for the note. Exit status 1 when the target is missed.

    .venv/bin/python tests/benchmarks/script_switch.py [--runs 25]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGET_WARM_MS = 50.0
CREATE_RUNS = 5  # converter creations per mode ("create": their median)


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def first_creation(config: str) -> float:
    """Seconds to create the OpenCC converter `config` in a fresh process (opencc imported)."""
    code = ("import sys, time, opencc; t = time.perf_counter(); opencc.OpenCC(sys.argv[1]); "
            "print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code, config], capture_output=True, text=True, check=True)
    return float(out.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=25, help="switches per figure (at least 20)")
    args = parser.parse_args(argv)
    runs = max(20, args.runs)

    from PySide6.QtCore import QEvent, QEventLoop, QObject
    from PySide6.QtWidgets import QApplication, QTextBrowser

    from reader.core.script.modes import ScriptMode, config_for
    from reader.core.script.rendering import SCRIPT_CACHE, rendered_in_mode
    from reader.core.text.canonical import converter
    from reader.ui.app import create_window

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as data:
        window = create_window(REPO / "content", data)
        window.resize(1200, 800)
        window.show()
        app.processEvents()
        article = max(window.library.readable, key=lambda a: len(a.body.encode("utf-8")))
        window.open_article(article.id)
        window.workspace.current.scroll_to_block(article.blocks[len(article.blocks) // 2].id)
        app.processEvents()
        pane = window.workspace.current
        viewport = pane.browser.viewport()

        painted = []

        class PaintProbe(QObject):
            def eventFilter(self, _obj, event):  # noqa: N802 - Qt API
                if event.type() == QEvent.Type.Paint:
                    painted.append(time.perf_counter())
                return False

        probe = PaintProbe()
        viewport.installEventFilter(probe)
        delivered = [0]

        class EventCounter(QObject):
            def eventFilter(self, _obj, _event):  # noqa: N802 - Qt API
                delivered[0] += 1
                return False

        counter = EventCounter()

        def choose(mode: ScriptMode) -> tuple[float, float]:
            """Choose `mode` as the menu does; seconds until the event loop painted the pane,
            and until what follows the paint (labels, snippets) was done too."""
            if pane.script_mode is mode:
                return 0.0, 0.0  # nothing to do (only ever a set-up step here)
            painted.clear()
            t0 = time.perf_counter()
            window.action_set.group("script")[mode.value].trigger()
            while not painted:
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
            app.processEvents()  # then the labels and the snippets
            finished = time.perf_counter()
            app.installEventFilter(counter)  # only now, so the figures above pay nothing for it
            for _ in range(100):  # anything still queued: until a round finds nothing to do
                delivered[0] = 0
                app.processEvents()
                if not delivered[0]:
                    break
                finished = time.perf_counter()
            app.removeEventFilter(counter)
            return painted[0] - t0, finished - t0

        bare_browser = QTextBrowser()
        bare_browser.resize(pane.browser.size())
        bare_browser.setFont(pane.browser.font())  # the same CJK font, so glyph lookup costs the same
        bare_browser.document().setDefaultFont(pane.browser.document().defaultFont())
        bare_browser.show()

        def bare_qt(html: str) -> float:
            t0 = time.perf_counter()
            bare_browser.setHtml(html)
            bare_browser.verticalScrollBar().setValue(bare_browser.verticalScrollBar().maximum() // 2)
            bare_browser.viewport().repaint()
            return time.perf_counter() - t0

        original = ScriptMode.ORIGINAL
        print(f"article: {article.id} ({len(article.body.encode('utf-8')) / 1024:.0f} KB, {len(article.body):,} "
              f"characters, script {article.script}); {runs} switches per figure; medians in ms")
        header = (f"{'mode':<10}{'OpenCC':<8}{'create':>8}{'OpenCC':>8}{'bare Qt':>9}{'cold':>8}{'warm':>8}"
                  f"{'all done':>10}{'warm/OpenCC':>13}{'warm/Qt':>9}")
        print(header)
        print("-" * len(header))
        worst_warm = 0.0
        for mode in (ScriptMode.HANS, ScriptMode.HANT, ScriptMode.TW, ScriptMode.HK):
            config = config_for(article.script, mode, mode is ScriptMode.TW)
            if config is None:  # the article's own script: a no-op, measured like the others
                create_ms, bare_ms = 0.0, 0.0
            else:
                create_ms = median_ms([first_creation(config) for _ in range(CREATE_RUNS)])
                conv = converter(config)
                bare = []
                for _ in range(runs):
                    t0 = time.perf_counter()
                    conv.convert(article.body)
                    bare.append(time.perf_counter() - t0)
                bare_ms = median_ms(bare)
            html = rendered_in_mode(article, mode, mode is ScriptMode.TW).html
            qt_ms = median_ms([bare_qt(html) for _ in range(runs)])
            cold, warm, done = [], [], []
            for _ in range(runs):
                choose(original)
                SCRIPT_CACHE.clear()
                cold.append(choose(mode)[0])
            for _ in range(runs):
                choose(original)
                paint_s, done_s = choose(mode)
                warm.append(paint_s)
                done.append(done_s)
            cold_ms, warm_ms, done_ms = median_ms(cold), median_ms(warm), median_ms(done)
            worst_warm = max(worst_warm, warm_ms)
            to_opencc = f"{warm_ms / bare_ms:>12.1f}×" if bare_ms else f"{'—':>13}"
            print(f"{mode.label:<8}{config or '(none)':<8}{create_ms:>8.1f}{bare_ms:>8.2f}{qt_ms:>9.1f}{cold_ms:>8.1f}"
                  f"{warm_ms:>8.1f}{done_ms:>10.1f}{to_opencc}{warm_ms / qt_ms:>8.2f}×")
            assert pane.top_block() is not None
        back = []
        for _ in range(runs):
            choose(ScriptMode.HANS)
            back.append(choose(original)[0])
        print(f"back to 原文 (no conversion): {median_ms(back):.1f} ms")
        window.action_set.group("language")["en"].trigger()  # the labels no longer follow: the pane's share alone
        fixed = []
        for _ in range(runs):
            choose(original)
            fixed.append(choose(ScriptMode.HANS)[0])
        print(f"简体 warm with the interface language fixed (no relabelling): {median_ms(fixed):.1f} ms")
        window.close()
    met = worst_warm <= TARGET_WARM_MS
    print(f"target: warm switch ≤ {TARGET_WARM_MS:.0f} ms — worst mode {worst_warm:.1f} ms: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
