"""Take resources/screenshot.png from the real main window (offscreen, no display needed).

    python resources/screenshot.py [OUTPUT.png]

Uses a throw-away data folder, searches for 強化學習 (typed in Traditional), opens a hit in a
Simplified article with every hit marked, highlights two passages (one with a note), shows the
article in 臺灣正體 (the labels follow) with the highlights panel, and grabs the window.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def wait(ms: int) -> None:
    """Run the event loop for a while (QTest.qWait would keep the worker thread waiting)."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import create_window

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshot.png"
    app = QApplication.instance() or QApplication([])
    window = create_window(ROOT / "content", Path(tempfile.mkdtemp(prefix="duidu-shot-")))
    window.resize(1280, 800)
    window.show()
    window.open_article("shuzi-kaiwu-transcript")
    wait(100)
    while window.indexing.running:
        wait(50)
    window.show_search()
    window.search_panel.box.setText("強化學習")
    window.search_panel.run_search()
    results = window.search_panel.results
    target = next(results.topLevelItem(i) for i in range(results.topLevelItemCount())
                  if results.topLevelItem(i).data(0, 0x0100 + 2) == "xinzhiyuan-agi-decade")
    results.setCurrentItem(target.child(0))
    window.search_panel._activate(target.child(0))
    wait(300)
    from reader.core.highlights.anchoring import anchor_quote
    from reader.core.highlights.model import Highlight

    article = window.workspace.current.article
    store = window.highlighting.store
    for quote, color, note, tags in (("强化学习信号稀薄", "red", "和访谈原文对照：“用吸管吸取监督信号”", ("RL",)),
                                     ("环境与评估匮乏", "green", "", ("待查",))):
        store.add(Highlight.new(article.id, anchor_quote(article, quote), color, note, tags))
    window.highlighting.refresh()
    window.resize(1500, 860)
    # the retelling beside the transcript it retells, in compare mode, a passage chosen
    left = window.workspace.current
    window.compare_with_current("shuzi-kaiwu-transcript")
    wait(200)
    window.workspace.set_current(left)
    window.compare_mode.dock.show()
    window.compare_mode.dock.raise_()
    wait(300)  # the docks settle before a passage is chosen
    passage = next(b.id for b in left.article.blocks if "对错" in b.text)
    left.scroll_to_block(passage, -220)
    window.comparing.passage_chosen(left, passage)
    panel = window.compare_mode.panel
    row = next((i for i, (a, _b) in enumerate(panel.rows()) if a == passage), None)
    if row is not None:
        panel.list.setCurrentRow(row)
    wait(300)  # let the labels, the bands, the strips and the panel follow
    window.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
