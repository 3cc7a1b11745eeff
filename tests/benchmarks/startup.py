"""Start-up benchmark: process start → first painted main window, Duidu against a bare window.

Each run is a fresh Python process. The reference is an empty QMainWindow holding a
QTextBrowser; Duidu's run goes through the real start-up path (`reader.ui.app.run_app`'s steps:
the application's names, the check for a Duidu already running on the folder, the icon, `create_window`)
with the library listed and the last-read article (the 80 KB transcript) rendered. Both print
the wall-clock time of their first paint; the figure is that minus the time just before spawn.
Reports medians and the ratio (target: Duidu ≤ 2× the bare window). The target applies to an
ordinary start, which finds the library's front matter, lengths and the last rendering in the
cache folder; a first start with an empty cache is reported beside it. The children get no
DUIDU_* variables from the environment, so the bundled content/ and the benchmark's own data
and cache folders are used whatever the machine has set. Besides the ratio of the medians, the
median of the per-run ratios (each Duidu run over the bare run just before it) is printed.
Python's bytecode is cached for both, as it is for an installed app (the warm-up runs write it).

    .venv/bin/python tests/benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

_PAINT_PROBE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not getattr(self, "done", False):
                self.done = True
                QTimer.singleShot(0, lambda: (print(f"PAINT {time.time():.6f}", flush=True), app.quit()))
            return False
    """
)

REFERENCE = _PAINT_PROBE + textwrap.dedent(
    """
    from PySide6.QtWidgets import QMainWindow, QTextBrowser
    app = QApplication(sys.argv)
    w = QMainWindow(); browser = QTextBrowser(); w.setCentralWidget(browser); w.resize(1200, 800)
    probe = FirstPaint(); browser.viewport().installEventFilter(probe)
    w.show(); app.exec()
    """
)

DUIDU = _PAINT_PROBE + textwrap.dedent(
    """
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from reader.ui.app import create_window, identify_application
    from reader.ui.single_instance import hand_over, server_name
    identify_application()
    app = QApplication(sys.argv[:1])
    assert not hand_over(server_name(Path(sys.argv[2])), "")  # as run_app: is a Duidu running on this folder?
    app.setStyle("Fusion")  # the icon and the instance server come after the first paint, as in run_app
    w = create_window(None, sys.argv[2])
    assert w.workspace.current.article is not None and w.library_panel.list.count() >= 5
    print(f"ARTICLE {w.workspace.current.article.id}", flush=True)
    content = getattr(getattr(w, "paths", None), "content_dir", None)
    print(f"CONTENT {content.resolve() if content else '-'}", flush=True)
    probe = FirstPaint(); w.workspace.current.browser.viewport().installEventFilter(probe)
    w.resize(1200, 800); w.show(); app.exec()
    """
)


BYTECODE = Path(tempfile.mkdtemp(prefix="duidu-bench-pycache-"))
atexit.register(shutil.rmtree, BYTECODE, ignore_errors=True)


def run_once(code: str, *args: str) -> tuple[float, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DUIDU_")}
    # as an installed app does, the children keep their compiled bytecode between starts (in a
    # folder of their own, so the checkout stays clean) even where PYTHONDONTWRITEBYTECODE is set
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(BYTECODE)
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, timeout=120)
    if proc.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{proc.stderr}")
    lines = dict(line.split(" ", 1) for line in proc.stdout.splitlines() if " " in line)
    if lines.get("CONTENT", "-") != "-" and Path(lines["CONTENT"]) != (REPO / "content").resolve():
        raise SystemExit(f"the child read {lines['CONTENT']}, not {REPO / 'content'}")
    return float(lines["PAINT"]) - start, lines.get("ARTICLE", "")


def prepare_data_dir(folder: Path, article_id: str) -> None:
    """Leave settings as a user would after reading `article_id`: it is the one restored."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "settings.ini").write_text(f"[reading]\nlast_article={article_id}\n", encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--article", default="shuzi-kaiwu-transcript")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare_data_dir(data, args.article)
        run_once(REFERENCE)  # warm the OS file cache and the bytecode for both
        run_once(REFERENCE)
        _, shown = run_once(DUIDU, str(REPO), str(data))
        if shown != args.article:
            raise SystemExit(f"expected {args.article} to be restored, got {shown!r}")
        ref, app, first = [], [], []
        for i in range(args.runs):  # interleaved, so machine noise hits all alike
            ref.append(run_once(REFERENCE)[0])
            app.append(run_once(DUIDU, str(REPO), str(data))[0])
            fresh = Path(tmp) / f"fresh{i}"  # no cache yet: YAML and Markdown run for real
            prepare_data_dir(fresh, args.article)
            first.append(run_once(DUIDU, str(REPO), str(fresh))[0])
    r, a, f = statistics.median(ref), statistics.median(app), statistics.median(first)
    print(f"runs: {args.runs} each, interleaved, fresh processes; article restored: {args.article}")
    print(f"{'':28} {'median':>8} {'min':>8} {'max':>8}")
    print(f"{'bare QMainWindow+QTextBrowser':28} {r * 1000:7.0f}ms {min(ref) * 1000:7.0f}ms {max(ref) * 1000:7.0f}ms")
    print(f"{'Duidu main window':28} {a * 1000:7.0f}ms {min(app) * 1000:7.0f}ms {max(app) * 1000:7.0f}ms")
    print(f"{'Duidu, first start (no cache)':28} {f * 1000:7.0f}ms {min(first) * 1000:7.0f}ms {max(first) * 1000:7.0f}ms")
    paired = statistics.median(x / y for x, y in zip(app, ref))
    paired_first = statistics.median(x / y for x, y in zip(first, ref))
    print(f"ratio (median Duidu / median bare): {a / r:.2f}×  (target ≤ 2.00×); first start {f / r:.2f}×")
    print(f"median of per-run ratios: {paired:.2f}×; first start {paired_first:.2f}×")
    return 0 if a / r <= 2.0 else 1


if __name__ == "__main__":
    sys.exit(main())
