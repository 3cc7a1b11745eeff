"""How long the window takes to show an article as it grows: the figures behind the length limit of
one article (reader/core/limits.py MAX_ARTICLE_CHARS, 300,000 characters).

    .venv/bin/python tests/benchmarks/long_article.py [--sizes 30000,100000,300000,600000] [--runs 3]

Each size is the bundled articles' paragraphs repeated to that many characters, written into the
library folder of a throw-away data folder and opened in a pane of the real window (offscreen);
the time is from `open_article` to the end of the events it posted, median of the runs, with the
bundled transcript (29,000 characters) opened the same way as the reference of the same run.
Qt's QTextDocument.setHtml dominates and grows faster than the text (600,000 characters is well
over twice 300,000), so a longer text is refused where it enters, with the limit named.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="30000,100000,300000,600000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reader.core.content.library import Library, default_content_dir
    from reader.ui.app import create_window
    from reader.ui.controllers.library_files import reload_library

    app = QApplication.instance() or QApplication([])
    paras = [b.text for a in Library(default_content_dir()).readable for b in a.blocks if b.kind == "paragraph"]
    data = Path(tempfile.mkdtemp(prefix="duidu-long-"))
    (data / "library").mkdir(parents=True)
    sizes = [int(s) for s in args.sizes.split(",")]
    for n in sizes:
        text, i = [], 0
        while sum(map(len, text)) < n:
            text.append(paras[i % len(paras)])
            i += 1
        body = "\n\n".join(text)[:n]
        (data / "library" / f"long-{n}.md").write_text(f"---\ntitle: {n}\n---\n\n{body}\n", encoding="utf-8")
    window = create_window(REPO / "content", data)
    window.show()
    app.processEvents()
    reload_library(window)

    def timed(article_id: str) -> float:
        out = []
        for _ in range(args.runs):
            window.open_article("ghosts-not-animals")  # something else, so each open is a real one
            app.processEvents()
            start = time.perf_counter()
            window.open_article(article_id)
            app.processEvents()
            out.append(time.perf_counter() - start)
        return statistics.median(out)

    reference = timed("shuzi-kaiwu-transcript")
    print(f"reference: the bundled transcript (29,000 characters) opens in {reference * 1000:.0f} ms (median of {args.runs})")
    for n in sizes:
        seconds = timed(f"long-{n}")
        print(f"{n:>9,} characters: {seconds * 1000:8.0f} ms  ({seconds / reference:5.1f}× the transcript)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
