"""Take the README's and the user guide's pictures from the real main window (offscreen, no
display needed), driving it as a user would: open an article, trigger the menus' actions, type
into the search box, click passages and select text.

    python resources/screenshots.py [OUTPUT_DIR]     # default: docs/images/

Each picture starts from a fresh window on the bundled articles and a throw-away data folder, at
1280×800, and is saved with Qt's strongest PNG compression (then `optipng -o2` when installed):
main-window.png, search.png, compare.png, timeline.png and timeline-position.png, highlights.png,
import.png.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SIZE = (1280, 800)
NOTES = "dwarkesh-notes"  # Simplified, the longest notes with many headings
TRANSCRIPT = "shuzi-kaiwu-transcript"  # Traditional, the full transcript
XIN = "xinzhiyuan-agi-decade"  # Simplified, a retelling
GHOSTS = "ghosts-not-animals"  # Traditional, a blog post


def wait(ms: int) -> None:
    """Run the event loop for a while (QTest.qWait would keep the worker threads waiting)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition, timeout_ms: int = 20000) -> None:
    deadline = time.monotonic() + timeout_ms / 1000
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"waited {timeout_ms} ms for {condition}")
        wait(30)


def new_window(data_dir: Path):
    """A shown window on the bundled articles, its late parts built and its index up to date."""
    from reader.ui.app import create_window

    window = create_window(ROOT / "content", data_dir)
    window.resize(*SIZE)
    window.show()
    window.activateWindow()
    wait_until(lambda: window.ready)
    wait_until(lambda: not window.indexing.running and window.search_panel.ready)
    return window


def trigger(window, name: str) -> None:
    """A menu action, as chosen from its menu."""
    window.action_set[name].trigger()


def point_in(pane, block_id: str, offset: int = 1) -> QPoint:
    """Where a passage is on screen (the pane brings it into view first)."""
    start, _end = pane.block_span(block_id)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(start + offset)
    return pane.browser.cursorRect(cursor).center()


def block_with(pane, text: str) -> str:
    return next(b.id for b in pane.article.blocks if text in b.text)


def select_text(pane, phrase: str) -> None:
    """Drag over `phrase` (as shown) with the mouse."""
    text = pane.browser.document().toPlainText()
    at = text.index(phrase)
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(at)
    pane.browser.setTextCursor(cursor)
    start = pane.browser.cursorRect(cursor)
    cursor.setPosition(at + len(phrase))
    end = pane.browser.cursorRect(cursor)
    viewport = pane.browser.viewport()
    press, release = QPoint(start.left() + 1, start.center().y()), QPoint(end.left() - 1, end.center().y())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, press)
    QTest.mouseMove(viewport, release)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, release)


def type_into(widget: QWidget, text: str) -> None:
    """Type as a user does (the GUI tests' helper: Chinese as an input method commits it)."""
    from tests.gui.helpers import type_text

    widget.setFocus()
    type_text(QTest, widget, text)  # QTest.keyClicks is the qtbot method the helper calls


def save(widget: QWidget, path: Path) -> Path:
    wait(300)  # the last repaints (bands, strips, labels) settle
    return save_image(widget.grab().toImage(), path)


def save_image(image, path: Path) -> Path:
    image.save(str(path), "PNG", 0)  # 0: the strongest compression
    if shutil.which("optipng"):
        subprocess.run(["optipng", "-quiet", "-o2", str(path)], check=False)
    print(f"{path}  {image.width()}×{image.height()}  {path.stat().st_size // 1024} KB")
    return path


# -- the pictures ---------------------------------------------------------------------------------
def main_window(window, out: Path) -> Path:
    """Reading: the library, an article in 简体 at one of its sections, the table of contents."""
    window.open_article(NOTES)
    pane = window.workspace.current
    window.toc_dock.show()
    window.toc_dock.raise_()
    wait(200)
    heading = next(e.block_id for e in pane.article.toc if "幽灵" in e.title)
    window.toc.headingActivated.emit(heading)  # as a click on the entry
    wait(200)
    return save(window, out / "main-window.png")


def search(window, out: Path) -> Path:
    """Search: 強化學習 typed in Traditional finds every article; a hit in a Simplified one opened,
    every hit marked."""
    from reader.ui.panels.search_panel import ARTICLE_ROLE

    trigger(window, "searchAction")
    box = window.search_panel.box
    type_into(box, "強化學習")
    results = window.search_panel.results
    wait_until(lambda: results.topLevelItemCount() > 0)
    article = next(results.topLevelItem(i) for i in range(results.topLevelItemCount())
                   if results.topLevelItem(i).data(0, ARTICLE_ROLE) == NOTES)
    hit = article.child(min(1, article.childCount() - 1))
    results.scrollToItem(hit)
    QTest.mouseClick(results.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     results.visualItemRect(hit).center())
    wait(300)
    return save(window, out / "search.png")


def compare(window, out: Path) -> Path:
    """Compare mode: a retelling beside the transcript, a passage clicked, bands and strips."""
    window.library_dock.hide()
    window.open_article(XIN)
    left = window.workspace.current
    window.open_in_new_pane(TRANSCRIPT)
    window.workspace.set_current(left)
    trigger(window, "compareAction")
    wait_until(lambda: "Passages aligned" in window.statusBar().currentMessage())
    window.compare_mode.dock.show()
    window.compare_mode.dock.raise_()
    window.resizeDocks([window.compare_mode.dock], [380], Qt.Orientation.Horizontal)
    wait(300)
    passage = block_with(left, "对错")
    left.scroll_to_block(passage, -200)
    wait(100)
    QTest.mouseClick(left.browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     point_in(left, passage))
    panel = window.compare_mode.panel
    row = next((i for i, (a, _b) in enumerate(panel.rows()) if a == passage), None)
    if row is not None:
        panel.list.setCurrentRow(row)
    wait(300)
    return save(window, out / "compare.png")


def timeline(window, out: Path) -> list[Path]:
    """The Timeline of Topics below the article: by date, then by position."""
    from reader.ui.panels.timeline_layout import BY_POSITION

    window.library_dock.hide()
    window.toc_dock.hide()
    window.open_article(XIN)
    trigger(window, "timelineAction")
    wait_until(lambda: window.timeline is not None and bool(window.timeline.view.marks()))
    window.resizeDocks([window.timeline.dock], [470], Qt.Orientation.Vertical)
    wait(300)
    by_date = save(window, out / "timeline.png")
    combo = window.timeline.panel.layout_combo
    combo.setCurrentIndex(combo.findData(BY_POSITION))  # as chosen in the dock's first box
    wait(300)
    return [by_date, save(window, out / "timeline-position.png")]


def highlights(window, out: Path) -> Path:
    """Highlights in four colours, one with a note and tags, and the panel listing them."""
    window.library_dock.hide()
    window.open_article(NOTES)
    pane = window.workspace.current
    heading = next(e.block_id for e in pane.article.toc if "直接类比动物" in e.title)
    for phrase, action in (("我在类比动物时非常谨慎", "highlightColor1"), ("小斑马出生几分钟后就能奔跑", "highlightColor4"),
                           ("进化以某种方式将神经网络的权重编码在ATCG中", "highlightColor3"),
                           ("我们是在构建幽灵或精灵", "highlightColor2")):
        select_text(pane, phrase)
        trigger(window, action)
    # a click in the last one, then N: the note and tags typed into the dialog, and OK
    text = pane.browser.document().toPlainText()
    at = text.index("构建幽灵或精灵") + 2
    cursor = QTextCursor(pane.browser.document())
    cursor.setPosition(at)
    QTest.mouseClick(pane.browser.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     pane.browser.cursorRect(cursor).center())

    def fill() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "highlightDialog")
        try:
            type_into(dialog.note_edit, "“幽灵”：模仿人类数据而来，不是演化出来的动物")
            type_into(dialog.tags_edit, "比喻, 核心观点")
        finally:
            dialog.accept()  # Ctrl+Enter

    QTimer.singleShot(300, fill)
    trigger(window, "editHighlightAction")
    trigger(window, "showHighlightsAction")
    window.resizeDocks([window.highlights_dock], [400], Qt.Orientation.Horizontal)
    pane.scroll_to_block(heading, 0)
    wait(300)
    return save(window, out / "highlights.png")


def import_files(window, out: Path) -> Path:
    """Importing: a saved web page (GB18030, with its page furniture), a text file and a file
    already in the library dropped on the window; the report, and the new article open."""
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QColor, QDropEvent, QPainter

    from reader.core.script.modes import convert_text

    folder = Path(tempfile.gettempdir()) / "duidu-screenshots" / "Downloads"  # a short path in the report
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ghosts = (ROOT / "content" / f"{GHOSTS}.md").read_text(encoding="utf-8")
    paragraphs = [p for p in ghosts.split("\n\n") if p and p[0] not in "-#>[" and "：" not in p[:4]][:4]
    body = "".join(f"<p>{convert_text(p, 'hans')}</p>" for p in paragraphs)
    page = f"""<!DOCTYPE html><html><head><meta charset="gb18030">
<title>我们不是在建造动物，是在召唤幽灵 | 示例转载站</title>
<meta property="og:site_name" content="示例转载站"><meta property="article:published_time" content="2025-12-28">
</head><body><nav><a href="/">首页</a> <a href="/ai">人工智能</a> <a href="/login">登录</a></nav>
<article><h1>我们不是在建造动物，是在召唤幽灵</h1>{body}</article>
<aside><h3>相关阅读</h3><ul><li><a href="/1">大模型周报</a></li><li><a href="/2">一文读懂 AGI</a></li></ul></aside>
<div class="share">分享到：微信 微博</div><footer>© 示例转载站 版权所有</footer></body></html>"""
    (folder / "reprint.html").write_bytes(page.encode("gb18030"))
    (folder / "notes.txt").write_text("读后记\n\n" + convert_text(paragraphs[1], "hans"), encoding="utf-8")
    shutil.copy(ROOT / "content" / f"{GHOSTS}.md", folder / "ghosts.md")  # already in the library
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in sorted(folder.iterdir())])
    drop = QDropEvent(QPointF(640, 400), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    window.dropEvent(drop)  # as files let go over the window
    wait_until(lambda: "importReport" in window.notices)
    box = window.notices["importReport"]
    new = next(a.id for a in window.library if "召唤幽灵" in a.title and a.outlet == "示例转载站")
    window.toc_dock.hide()  # a page without headings: nothing to list
    window.open_article(new)
    wait(300)
    image = window.grab().toImage()
    shot = box.grab()
    painter = QPainter(image)  # offscreen there is no window manager to frame the box: a shadow and a line
    x, y = (image.width() - shot.width()) // 2, (image.height() - shot.height()) // 2
    painter.fillRect(x + 4, y + 4, shot.width(), shot.height(), QColor(0, 0, 0, 60))
    painter.drawPixmap(x, y, shot)
    painter.setPen(QColor(120, 110, 100))
    painter.drawRect(x, y, shot.width() - 1, shot.height() - 1)
    painter.end()
    box.done(0)
    shutil.rmtree(folder.parent, ignore_errors=True)
    return save_image(image, out / "import.png")


SHOTS = (main_window, search, compare, timeline, highlights, import_files)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "images"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    for shot in SHOTS:
        with tempfile.TemporaryDirectory(prefix="duidu-shot-") as data:
            window = new_window(Path(data))
            try:
                shot(window, out)
            finally:
                window.close()
                window.deleteLater()
                wait(100)
    app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
