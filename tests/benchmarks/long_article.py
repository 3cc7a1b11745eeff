"""How long the window takes to show an article as it grows: the figures behind the length limit of
one article (reader/core/limits.py MAX_ARTICLE_CHARS, 300,000 characters).

    .venv/bin/python tests/benchmarks/long_article.py [--sizes 100000,300000,600000,1200000] [--runs 3]

Each size is the bundled articles' paragraphs repeated to that many characters, written into the
library folder of a throw-away data folder and opened in a pane of the real window (offscreen; the
limit is lifted here so the sizes past it can be measured). "first" is the first open (Markdown
rendered, then laid out by Qt), "again" the median of the opens after it (the rendering kept);
each time is from `open_article` to the end of the events it posted, with the bundled transcript
(29,000 characters) opened the same way as the reference of the same run.
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
    parser.add_argument("--sizes", default="100000,300000,600000,1200000")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from reader.core.content import article as article_module
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
    article_module.MAX_ARTICLE_CHARS = 10 * max(sizes)  # measure past the limit too
    window = create_window(REPO / "content", data)
    window.show()
    app.processEvents()
    reload_library(window)

    def timed(article_id: str) -> tuple[float, float]:
        out = []
        for _ in range(args.runs + 1):
            window.open_article("ghosts-not-animals")  # something else, so each open is a real one
            app.processEvents()
            start = time.perf_counter()
            window.open_article(article_id)
            app.processEvents()
            out.append(time.perf_counter() - start)
        return out[0], statistics.median(out[1:])

    first_ref, again_ref = timed("shuzi-kaiwu-transcript")
    print(f"reference: the bundled transcript (29,000 characters) opens in {first_ref * 1000:.0f} ms first, "
          f"{again_ref * 1000:.0f} ms again (median of {args.runs})")
    for n in sizes:
        first, again = timed(f"long-{n}")
        print(f"{n:>10,} characters: first {first * 1000:7.0f} ms ({first / first_ref:5.1f}×), "
              f"again {again * 1000:7.0f} ms ({again / again_ref:5.1f}× the transcript)")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
