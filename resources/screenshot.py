"""Take resources/screenshot.png from the real main window (offscreen, no display needed).

    python resources/screenshot.py [OUTPUT.png]

Uses a throw-away data folder, opens the transcript at its fourth section and grabs the window.
"""

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from reader.ui.app import create_window

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "resources" / "screenshot.png"
    app = QApplication.instance() or QApplication([])
    window = create_window(ROOT / "content", Path(tempfile.mkdtemp(prefix="duidu-shot-")))
    window.resize(1280, 800)
    window.show()
    window.open_article("shuzi-kaiwu-transcript")
    QTest.qWait(100)
    window.pane.scroll_to_block(window.pane.article.toc[3].block_id, -8)
    QTest.qWait(300)  # let the contents pane and the progress label follow the scroll
    window.grab().save(str(out))
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
