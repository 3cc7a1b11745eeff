"""An article rendered in a script mode, and the cache that makes switching modes instant.

The article is rendered once, from its original text, and each mode converts the text
*between* the tags of that HTML (never tags, attributes or URLs) plus the text of each block.
So every block keeps the id its original text gave it — search hits, highlights and the
reading position address the same passages in every mode — and a switch costs one OpenCC
call over the text instead of running Markdown again. A phrase split by inline markup
(**软**件) is converted as two pieces; the plain text of a block converts as a whole.

With `show_changes`, each changed character or phrase in the HTML is wrapped in
`<span class="script-changed" title="ORIGINAL">`; Qt shows `title` as a tooltip.
"""

from __future__ import annotations

import hashlib
import html
import re

from ..cache import LruCache
from ..content.blocks import Block, Rendered
from ..text.canonical import converter
from .modes import ScriptMode, config_for

CHANGED_CLASS = "script-changed"  # the class of the spans that mark what a conversion changed

_TAG_RE = re.compile(r"<!--.*?-->|<[^>]*>", re.S)
_SEP = "\ue000"  # a private-use character: OpenCC keeps it, and no phrase spans it


def render_in_mode(rendered: Rendered, source: str, mode: ScriptMode | str, vocabulary: bool = False,
                   show_changes: bool = False) -> Rendered:
    """`rendered` (an article in its own script `source`) shown in `mode`: the same blocks
    with the same ids, their text and the HTML's text converted. A no-op returns `rendered`."""
    config = config_for(source, mode, vocabulary)
    if config is None:
        return rendered
    texts = _convert_pieces([b.text for b in rendered.blocks], config)
    blocks = [Block(b.id, b.kind, text, b.level) for b, text in zip(rendered.blocks, texts)]
    return Rendered(convert_html(rendered.html, config, show_changes), blocks)


def convert_html(markup: str, config: str, show_changes: bool = False) -> str:
    """Convert the text nodes of `markup` with OpenCC `config`; tags stay byte for byte."""
    tags = _TAG_RE.findall(markup)
    texts = _TAG_RE.split(markup)
    converted = _convert_pieces(texts, config)
    if show_changes:
        converted = [_mark_changes(o, c, config) if o != c else c for o, c in zip(texts, converted)]
    out = [converted[0]]
    for tag, text in zip(tags, converted[1:]):
        out.append(tag)
        out.append(text)
    return "".join(out)


def _convert_pieces(pieces: list[str], config: str) -> list[str]:
    """Convert many strings in one OpenCC call; no phrase reaches across two of them."""
    convert = converter(config).convert
    if any(_SEP in p for p in pieces):
        return [convert(p) for p in pieces]
    out = convert(_SEP.join(pieces)).split(_SEP)
    return out if len(out) == len(pieces) else [convert(p) for p in pieces]


def _mark_changes(original: str, converted: str, config: str) -> str:
    """`converted` (escaped HTML text) with every change wrapped in a span naming its original."""
    from .changes import changes_between  # only with Show What Changed on: not at every start

    conversion = changes_between(original, converted, config)
    text, out, at = conversion.text, [], 0
    for c in conversion.changes:
        out.append(text[at:c.start])
        out.append(f'<span class="{CHANGED_CLASS}" title="{html.escape(c.original)}">{text[c.start:c.end]}</span>')
        at = c.end
    out.append(text[at:])
    return "".join(out)


class ScriptCache:
    """Renderings per (article, mode, vocabulary, show_changes), least recently used first out.

    The key holds a hash of the article's body and its declared script, so an edited article
    never gets an old rendering; the oldest entries go beyond `maxsize`. Thread-safe."""

    def __init__(self, maxsize: int = 32):
        self._cache: LruCache[Rendered] = LruCache(maxsize)

    def rendered(self, article, mode: ScriptMode | str, vocabulary: bool = False,
                 show_changes: bool = False) -> Rendered:
        """`article` (an Article without error) rendered in `mode`."""
        mode = ScriptMode(mode)
        if mode is ScriptMode.ORIGINAL:
            return article.rendered
        digest = hashlib.blake2b(article.body.encode("utf-8"), digest_size=16).digest()
        key = (article.id, digest, str(article.meta.get("script") or ""), mode, bool(vocabulary), bool(show_changes))
        return self._cache.get_or_make(
            key, lambda: render_in_mode(article.rendered, article.script, mode, vocabulary, show_changes))

    def clear(self) -> None:
        self._cache.clear()

    def __len__(self) -> int:
        return len(self._cache)


SCRIPT_CACHE = ScriptCache()


def rendered_in_mode(article, mode: ScriptMode | str, vocabulary: bool = False,
                     show_changes: bool = False) -> Rendered:
    """`article` rendered in `mode`, from the shared cache: what a pane shows after a switch."""
    return SCRIPT_CACHE.rendered(article, mode, vocabulary, show_changes)
