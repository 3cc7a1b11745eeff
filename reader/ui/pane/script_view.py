"""How a pane shows its article's script: the mode and regional vocabulary, converting any text
as the pane shows it, the title and byline converted with the body, and the dotted underline under
what the conversion changed. A mixin of ReadingPane (which renders and keeps the marks)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor

from ...core.content.article import Article
from ...core.script.modes import ScriptMode, config_for, convert_text
from ..themes import LIGHT
from .text_map import fragments


class PaneScript:
    """ReadingPane's script mode: set_script, convert, and the changes marked."""

    def opencc_config(self) -> str | None:
        """The OpenCC configuration the pane converts with now (None: shown as written)."""
        if self.article is None or not self.article.script:
            return None
        return config_for(self.article.script, self.script_mode, self.effective_vocabulary)

    @property
    def effective_vocabulary(self) -> bool:
        return self.vocabulary or self.script_mode is ScriptMode.TW

    def set_script(self, mode: ScriptMode | str, vocabulary: bool | None = None,
                   show_changes: bool | None = None) -> None:
        """Show the article in `mode`, keeping the passage at the top and every mark."""
        mode = ScriptMode(mode)
        vocabulary = self.vocabulary if vocabulary is None else bool(vocabulary)
        show_changes = self.show_changes if show_changes is None else bool(show_changes)
        if (mode, vocabulary, show_changes) == (self.script_mode, self.vocabulary, self.show_changes):
            return
        self.script_mode, self.vocabulary, self.show_changes = mode, vocabulary, show_changes
        if self.article is not None:
            position = self.position()
            self._render()
            self.scroll_to_position(position)
        self._update_header()
        self.scriptChanged.emit(mode.value)

    def convert(self, text: str, source: str | None = None) -> str:
        """`text` (in the script `source`, by default the article's) as this pane shows text."""
        if source is None and self.article is not None:
            source = self.article.script
        return convert_text(text, self.script_mode, self.effective_vocabulary, source=source)

    def _article_html(self, article: Article) -> str:
        from html import escape

        from ...core.script.rendering import convert_html

        meta = " · ".join(x for x in (article.outlet, article.date[:10]) if x)
        first = article.blocks[0] if article.blocks else None
        # a body that opens with its own title as a heading needs no second one
        has_title = first is not None and first.kind == "heading" and first.text.strip() == article.title.strip()
        head = "" if has_title else f'<h1 class="title">{escape(article.title)}</h1>'
        if meta:
            head += f'<p class="byline">{escape(meta)}</p>'
        config = self.opencc_config()
        if config and head:  # the title and byline convert (and show their changes) as the text does
            head = convert_html(head, config, self.show_changes)
        return head + (self.shown.html if self.shown is not None else article.html)

    def _underline_changes(self) -> None:
        """A faint dotted underline under every character the conversion changed.

        The spans that mark changes carry the original as their title, which Qt keeps as the
        tooltip of their characters; CSS cannot colour an underline, a char format can."""
        theme = self._theme or LIGHT
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
        fmt.setUnderlineColor(QColor(theme.changed))
        doc = self.browser.document()
        cursor = QTextCursor(doc)
        spans = [(f.position(), f.position() + f.length()) for f in fragments(doc) if f.charFormat().toolTip()]
        cursor.beginEditBlock()  # one layout pass for all of them, not one per span
        for start, end in spans:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        cursor.endEditBlock()

    def changed_spans(self) -> list[tuple[str, str]]:
        """(shown text, original) of every change the pane marks (for tests and tooltips)."""
        out = []
        for frag in fragments(self.browser.document()):
            fmt = frag.charFormat()
            if fmt.toolTip() and fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.DotLine:
                out.append((frag.text(), fmt.toolTip()))
        return out
