"""Following a `duidu://open?article=ID&block=BLOCK` link (exported with highlights and aligned
passages; handed over from the command line or a second start). A link that cannot be followed is
said in a notice box, which stays until read — a status-bar message at start-up would be replaced
by the search index's own within seconds."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ...core.errors import UnknownArticleError
from ...core.highlights.model import parse_open_link

LINK_NOTICE = "linkNotice"  # the object name of the notice box


class Links(QObject):
    """Opens the article and passage a link names, in the window's current pane."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def open(self, url: str) -> bool:
        link = parse_open_link(url)
        if link is None:
            self.window.messages.error(self.tr("Not a Duidu link: {0}").format(url), 8000)
            return False
        article_id, block = link
        try:
            article = self.window.library.get(article_id)
        except UnknownArticleError:
            return self._refuse(self.tr("There is no article “{0}” in the library, so the link cannot be "
                                        "followed:\n{1}").format(article_id, url))
        if article.error:
            return self._refuse(self.tr("The article “{0}” cannot be opened ({1}), so the link cannot be "
                                        "followed:\n{2}").format(article_id, article.error, url))
        if not self.window.open_article(article_id):
            return False
        if not block:
            return True
        pane = self.window.workspace.current
        if article.block(block) is None:
            return self._refuse(self.tr("“{0}” has no passage “{1}” (the article may have changed since the "
                                        "link was made): it is shown from where it was left.").format(
                                            article.title, block))
        QTimer.singleShot(0, pane, lambda: pane.scroll_to_position(f"{block}:0"))  # again, laid out (not a new jump)
        return pane.scroll_to_block(block)

    def _refuse(self, text: str) -> bool:
        self.window.messages.notice(self.tr("Cannot Follow the Link"), text, LINK_NOTICE)
        return False
