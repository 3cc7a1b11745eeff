"""Import speed: 500 generated files (the saved web pages and the bundled articles, re-encoded),
against reading and decoding the same bytes alone, in the same run; and, while the window imports
them, the longest stall of its event loop (target ≤ 100 ms).

    .venv/bin/python tests/benchmarks/import.py [--files 500]

The files: the ten pages of ../shared/web-pages (skipped where absent) as they are, and the bundled
articles' text as .txt and .md in UTF-8, GB18030 and (the Traditional ones) Big5, each copy with a
few characters of its own in its text so no two are the same. "Import" is what `python main.py import` does per
file: checks, decoding, extraction or cleaning, front matter, the duplicate check and the write
into the library folder. The reference reads each file and decodes it (decode_page for pages,
decode_bytes for text). The stall: a 5 ms QTimer runs while File ▸ Import works in its worker;
the longest gap between two ticks, minus 5 ms, is the longest the window did not answer (the
word list for double-click, which holds the interpreter ~0.5 s once after start, is loaded first).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.core.content.library import Library, default_content_dir  # noqa: E402
from reader.core.importers import importing as im  # noqa: E402
from reader.core.importers.decoding import decode_bytes, decode_page  # noqa: E402

PAGES = REPO.parent / "shared" / "web-pages"


def generate(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    pages = sorted(PAGES.glob("*.html")) if PAGES.is_dir() else []
    articles = [a for a in Library(default_content_dir()).readable]
    out = []
    i = 0
    while len(out) < count:
        k = len(out)
        if pages and k % 3 == 0:
            src = pages[(k // 3) % len(pages)]
            raw = src.read_bytes().replace(b"</p>", f"（副本{k}）</p>".encode(), 1)  # a text of its own
            path = folder / f"page-{k:04d}.html"
            path.write_bytes(raw)
        else:
            art = articles[i % len(articles)]
            i += 1
            text = "\n\n".join(b.text for b in art.blocks if b.kind == "paragraph") + f"（第{k}份）"
            codec = ("big5" if art.script == "hant" else "gb18030") if k % 2 else "utf-8"
            suffix = ".md" if k % 4 == 1 else ".txt"
            path = folder / f"text-{k:04d}{suffix}"
            path.write_bytes(text.encode(codec, errors="replace"))
        out.append(path)
    return out


def decode_only(files: list[Path]) -> None:
    for path in files:
        raw = path.read_bytes()
        if path.suffix == ".html":
            decode_page(raw, path.name)
        else:
            decode_bytes(raw, path.name)


def import_all(files: list[Path], library: Path) -> dict[str, int]:
    reports = im.prepare_batch(files, recipes=im.bundled_recipes())
    counts: dict[str, int] = {}
    for report in reports:
        if report.status == im.READY:
            im.write_into(library, report)
        counts[report.status] = counts.get(report.status, 0) + 1
    return counts


def window_stall(files: list[Path], content: Path, data: Path) -> tuple[float, int]:
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import create_window

    app = QApplication.instance() or QApplication([])
    window = create_window(content, data)
    window.show()
    app.processEvents()
    window._start_late_work()
    while window.indexing.running:
        app.processEvents()
    # the word list (jieba) loads in a thread a moment after start and holds the interpreter for
    # ~0.5 s: load it before the clock starts, as compare_scroll.py does (a stall of its own)
    from reader.core.text import words

    words.warm_up()
    clock, gaps, done = QElapsedTimer(), [], []
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    timer.start()
    window.import_files([str(files[0].parent)])
    window.importing.done.connect(lambda reports: done.append(len(reports)))
    deadline = time.monotonic() + 600
    while not done and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.001)
    timer.stop()
    window.close()
    worst = max(gaps) if gaps else 0
    if os.environ.get("DUIDU_BENCH_VERBOSE"):
        at = sum(gaps[: gaps.index(worst) + 1]) if gaps else 0
        print(f"  longest gap at {at} ms of {sum(gaps)} ms; gaps over 100 ms: {sorted(g for g in gaps if g > 100)}")
    return worst - 5 if gaps else 0.0, done[0] if done else 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--files", type=int, default=500)
    args = parser.parse_args(argv)
    tmp = Path(tempfile.mkdtemp(prefix="duidu-import-bench-"))
    try:
        files = generate(tmp / "in", args.files)
        size = sum(f.stat().st_size for f in files) / 1e6
        t = time.perf_counter()
        decode_only(files)
        decode_s = time.perf_counter() - t
        t = time.perf_counter()
        counts = import_all(files, tmp / "library")
        import_s = time.perf_counter() - t
        print(f"{len(files)} files, {size:.1f} MB ({'with' if PAGES.is_dir() else 'without'} the saved web pages)")
        print(f"read + decode alone   {decode_s:7.2f} s   {len(files) / decode_s:7.0f} files/s")
        print(f"import                {import_s:7.2f} s   {len(files) / import_s:7.0f} files/s   "
              f"ratio {import_s / decode_s:.1f}×   {counts}")
        content = tmp / "content"
        shutil.copytree(default_content_dir(), content)
        stall, reported = window_stall(files, content, tmp / "data")
        print(f"window importing them: longest event-loop stall {stall:.0f} ms (target ≤ 100 ms), "
              f"{reported} files reported")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
