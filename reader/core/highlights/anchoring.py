"""Anchoring: a typed quote or a selection → an Anchor; a stored highlight → where it is now.

All matching happens on canonical text (t2s, NFKC, casefold), so a quote typed or selected in
any script finds the same words; `canonical_with_map` carries the result back to the original
text. When t2s converts a phrase differently in context than on its own (乾燥 → 干燥 but 乾 → 乾),
a second, "loose" form converted character by character is tried. Both forms have the same
length as `canonical`, character for character, so their offsets are interchangeable.

Re-anchoring follows Hypothesis: keep the stored address if the quote is still there, else
search the quote and pick the place whose prefix/suffix fit best, else search it approximately
(pigeonhole seeds, then an edit-distance alignment that tolerates a quarter of the characters
changed), else report it detached. Nothing here deletes or stores anything.

An approximate match must also be good enough as a whole (`_good_enough`): in Chinese a few
characters with one changed occur all over an article (马斯克认为 ≈ 马斯克为何), so the changed
quote and its prefix and suffix together must score FUZZY_MIN_SCORE of Hypothesis's maximum, and
a quote shorter than SHORT_QUOTE characters follows an edit only where its context is still there.
Only a long quote barely changed is telling on its own (a passage moved and corrected).
"""

from __future__ import annotations

import bisect
import difflib
import hashlib
from collections import OrderedDict
from dataclasses import dataclass
from functools import cached_property

from ..content.article import Article
from ..content.blocks import Block
from ..errors import HighlightError
from ..text.canonical import canonical, canonical_with_map, original_span
from .model import Anchor, Highlight

CONTEXT_CHARS = 32  # prefix/suffix length of a TextQuoteSelector
FUZZY_MIN_LENGTH = 4  # shorter quotes are only found exactly: approximately, they match anywhere
FUZZY_MAX_ERROR_RATE = 0.25  # at most this share of a quote's characters may have changed
FUZZY_MIN_SCORE = 0.7  # share of the best quote + prefix + suffix score an approximate match needs
SHORT_QUOTE = 8  # an approximate match of a shorter quote (canonical characters) also needs ...
SHORT_QUOTE_MIN_CONTEXT = 0.8  # ... this mean similarity of its prefix and suffix
TELLING_QUOTE = 16  # a quote this long, with at most ...
TELLING_MAX_ERROR_RATE = 0.1  # ... this share of it changed, is found whatever its context
_WEIGHTS = (50, 20, 20, 2)  # Hypothesis's: quote, prefix, suffix, position
_MAX_HITS = 1000  # occurrences considered per search (a quote found more often is not telling)
_FUZZY_CANDIDATES = 5
_LONG_QUOTE_END = 160  # a quote over twice this long is aligned by this many characters at each end
BLOCK_SEPARATOR = "\n\n"  # between blocks in Article.plain_text, and so in its canonical form

KEPT, MOVED, FUZZY, DETACHED = "kept", "moved", "fuzzy", "detached"


@dataclass(frozen=True)
class Placement:
    """Where a highlight is in the current text. `span` indexes the block's original text;
    both are None when the highlight is detached."""

    status: str  # KEPT (same address), MOVED (quote found elsewhere), FUZZY (text changed), DETACHED
    anchor: Anchor | None
    span: tuple[int, int] | None

    @property
    def detached(self) -> bool:
        return self.anchor is None


def content_hash(article: Article) -> str:
    """Fingerprint of the article body: a highlight whose stored hash differs is re-anchored."""
    return hashlib.sha1(article.body.encode("utf-8")).hexdigest()[:16]


def _loose(text: str) -> str:
    """canonical() one character at a time: the same length, but no phrase conversion."""
    return "".join(canonical(ch) for ch in text)


@dataclass
class _BlockText:
    block: Block
    canon: str
    offsets: list[int]  # canonical index → original index (canonical_with_map)
    plain_start: int  # where block.text starts in article.plain_text
    canon_start: int  # where canon starts in the article's canonical plain text

    @cached_property
    def loose(self) -> str:
        return _loose(self.block.text)


class ArticleText:
    """An article's blocks in canonical form with their offsets, computed once per body."""

    def __init__(self, article: Article):
        self.article_id = article.id
        self.content_hash = content_hash(article)
        self.plain = article.plain_text
        self.blocks: list[_BlockText] = []
        plain_pos = canon_pos = 0
        for block in article.blocks:
            canon, offsets = canonical_with_map(block.text)
            self.blocks.append(_BlockText(block, canon, offsets, plain_pos, canon_pos))
            plain_pos += len(block.text) + len(BLOCK_SEPARATOR)
            canon_pos += len(canon) + len(BLOCK_SEPARATOR)
        self.by_id = {bt.block.id: bt for bt in self.blocks}
        self._canon_starts = [bt.canon_start for bt in self.blocks]

    @cached_property
    def canon(self) -> str:
        """canonical(article.plain_text): the TextPositionSelector's coordinates."""
        return BLOCK_SEPARATOR.join(bt.canon for bt in self.blocks)

    def block_text(self, block_id: str) -> _BlockText:
        bt = self.by_id.get(block_id)
        if bt is None:
            raise HighlightError(f"article {self.article_id!r} has no passage {block_id!r}")
        return bt

    def anchor(self, bt: _BlockText, start: int, end: int, matches: int = 1) -> Anchor:
        """The Anchor of canonical characters [start, end) of one block."""
        s, e = original_span(bt.offsets, start, end)
        ps, pe = bt.plain_start + s, bt.plain_start + e
        return Anchor(bt.block.id, start, end, bt.block.text[s:e], self.plain[max(0, ps - CONTEXT_CHARS):ps],
                      self.plain[pe:pe + CONTEXT_CHARS], bt.canon_start + start, self.content_hash, matches)

    def find(self, quote: str) -> list[tuple[_BlockText, int, int]]:
        """Every place (block, canonical start, end) the quote occurs in, in reading order."""
        for form, needle in ((lambda bt: bt.canon, canonical(quote)), (lambda bt: bt.loose, _loose(quote))):
            if not needle:
                return []
            hits = []
            for bt in self.blocks:
                text = form(bt)
                i = text.find(needle)
                while i >= 0 and len(hits) < _MAX_HITS:
                    hits.append((bt, i, i + len(needle)))
                    i = text.find(needle, i + 1)
            if hits:
                return hits
        return []

    def block_at(self, canon_pos: int) -> int:
        return max(0, bisect.bisect_right(self._canon_starts, canon_pos) - 1)


_CACHE: OrderedDict[tuple[str, str], ArticleText] = OrderedDict()
_CACHE_SIZE = 8


def article_text(article: Article) -> ArticleText:
    """The canonical view of an article, shared by every call on the same body."""
    key = (article.id, content_hash(article))
    text = _CACHE.get(key)
    if text is None:
        text = _CACHE[key] = ArticleText(article)
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    _CACHE.move_to_end(key)
    return text


# -- making anchors -------------------------------------------------------------------------

def anchor_quote(article: Article, quote: str, block_id: str | None = None) -> Anchor:
    """The first place `quote` (typed in either script) occurs, within one block; with
    `block_id`, only in that block. Raises HighlightError when it is not there."""
    quote = quote.strip()
    if not quote:
        raise HighlightError("the quote is empty")
    text = article_text(article)
    hits = text.find(quote)
    if block_id is not None:
        text.block_text(block_id)
        hits = [h for h in hits if h[0].block.id == block_id]
    if not hits:
        where = f"passage {block_id!r} of " if block_id else ""
        if "\n" in quote:
            raise HighlightError(f"the quote runs over more than one passage of {article.id!r}: "
                                 "highlight one passage at a time")
        raise HighlightError(f"quote not found in {where}article {article.id!r}: {_short(quote)}")
    bt, start, end = hits[0]
    return text.anchor(bt, start, end, matches=len(hits))


def anchor_selection(article: Article, block_id: str, start: int, end: int, shown_text: str | None = None) -> Anchor:
    """The Anchor of a selection [start, end) in a block as shown: `shown_text` is the block's
    text in the pane's script mode (None: the stored text). This is what a pane calls."""
    text = article_text(article)
    bt = text.block_text(block_id)
    shown = bt.block.text if shown_text is None else shown_text
    if not 0 <= start < end <= len(shown):
        raise HighlightError(f"selection {start}–{end} is outside the passage (length {len(shown)})")
    shown_canon, shown_offsets = canonical_with_map(shown)
    cs, ce = _canonical_range(shown_offsets, start, end)
    if shown_canon == bt.canon:
        return text.anchor(bt, cs, ce)
    found = _nearest(shown_canon[cs:ce], bt.canon, bt.loose, cs * len(bt.canon) // max(1, len(shown_canon)))
    if found is None:  # the script mode swapped words (软件 → 軟體): align the two texts
        found = _map_range(shown_canon, bt.canon, cs, ce)
    return text.anchor(bt, *found)


def shown_span(block_text: str, start: int, end: int, shown_text: str | None = None) -> tuple[int, int]:
    """Canonical characters [start, end) of a block → the span to paint in the block as shown
    (`shown_text`: the block converted to the pane's script mode; None: the stored text)."""
    canon, offsets = canonical_with_map(block_text)
    if shown_text is None:
        return original_span(offsets, start, end)
    shown_canon, shown_offsets = canonical_with_map(shown_text)
    if shown_canon == canon:
        return original_span(shown_offsets, start, end)
    hint = start * len(shown_canon) // max(1, len(canon))
    found = _nearest(canon[start:end], shown_canon, _loose(shown_text), hint)
    if found is None:
        found = _map_range(canon, shown_canon, start, end)
    return original_span(shown_offsets, *found)


# -- finding a stored highlight again ------------------------------------------------------

def resolve(article: Article, highlight: Highlight) -> Placement:
    """Where `highlight` is in the article's current text (see the module docstring)."""
    text = article_text(article)
    bt = text.by_id.get(highlight.block_id)
    if bt is not None and _quote_at(bt, highlight.start, highlight.end, highlight.exact):
        return _placement(KEPT, text, bt, highlight.start, highlight.end)
    hits = text.find(highlight.exact)
    if hits:
        bt, start, end = max(hits, key=lambda hit: _score(_fit(text, hit, highlight)))
        return _placement(MOVED, text, bt, start, end)
    best = _fuzzy_find(text, highlight)
    if best is not None:
        return _placement(FUZZY, text, *best)
    return Placement(DETACHED, None, None)


def _placement(status: str, text: ArticleText, bt: _BlockText, start: int, end: int) -> Placement:
    return Placement(status, text.anchor(bt, start, end), original_span(bt.offsets, start, end))


def _quote_at(bt: _BlockText, start: int, end: int, quote: str) -> bool:
    if not 0 <= start < end <= len(bt.canon):
        return False
    return bt.canon[start:end] == canonical(quote) or bt.loose[start:end] == _loose(quote)


def _fit(text: ArticleText, hit: tuple[_BlockText, int, int], h: Highlight,
         errors: int = 0) -> tuple[float, float, float, float]:
    """How well a place fits the stored selector, each part from 0 to 1: quote (1 - errors per
    character), prefix, suffix, position (1: where the highlight was)."""
    bt, start, end = hit
    quote_len = max(1, len(canonical(h.exact)))
    pos, after = bt.canon_start + start, bt.canon_start + end
    prefix, suffix = canonical(h.prefix), canonical(h.suffix)
    return (1 - errors / quote_len,
            _similarity(prefix, text.canon[max(0, pos - len(prefix)):pos]),
            _similarity(suffix, text.canon[after:after + len(suffix)]),
            1 - abs(pos - h.position) / max(1, len(text.canon)))


def _score(fit: tuple[float, ...]) -> float:
    """Hypothesis's weighting: the quote counts most, then prefix and suffix, then position."""
    return sum(weight * part for weight, part in zip(_WEIGHTS, fit))


def _good_enough(fit: tuple[float, ...], quote_len: int, errors: int) -> bool:
    """Whether an approximate match is the highlight's passage rather than like words elsewhere:
    quote, prefix and suffix score FUZZY_MIN_SCORE of their best together (position aside), so the
    more the quote changed the more its context must agree; a short quote also needs its context."""
    quote, prefix, suffix, _ = fit
    if quote_len >= TELLING_QUOTE and errors <= quote_len * TELLING_MAX_ERROR_RATE:
        return True
    if quote_len < SHORT_QUOTE and (prefix + suffix) / 2 < SHORT_QUOTE_MIN_CONTEXT:
        return False
    return _score((quote, prefix, suffix)) >= FUZZY_MIN_SCORE * sum(_WEIGHTS[:3])


def _similarity(a: str, b: str) -> float:
    if not a and not b:
        return 1.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _fuzzy_find(text: ArticleText, h: Highlight) -> tuple[_BlockText, int, int] | None:
    """The best approximate occurrence of the quote within one block that is good enough, or None."""
    needle = canonical(h.exact)
    m = len(needle)
    if m < FUZZY_MIN_LENGTH:
        return None
    k = max(1, int(m * FUZZY_MAX_ERROR_RATE))
    best, best_score = None, -1.0
    for block_index, lo, hi in _seed_candidates(text, needle, k, h.position):
        bt = text.blocks[block_index]
        w0, w1 = max(0, lo - k), min(len(bt.canon), hi + m + k)
        errors, start, end = _align_ends(needle, bt.canon[w0:w1])
        if errors > k or end <= start:
            continue
        hit = (bt, w0 + start, w0 + end)
        fit = _fit(text, hit, h, errors)
        if _good_enough(fit, m, errors) and _score(fit) > best_score:
            best, best_score = hit, _score(fit)
    return best


def _seed_candidates(text: ArticleText, needle: str, k: int, near: int) -> list[tuple[int, int, int]]:
    """Blocks and ranges of start positions where an approximate match may begin: with at most
    k edits, one of k+1 pieces of the quote survives intact (the pigeonhole principle). The
    ranges most pieces agree on come first, then those nearest canonical position `near`."""
    pieces = k + 1
    size = max(2, len(needle) // pieces)
    votes: dict[tuple[int, int], set[int]] = {}
    for p in range(0, len(needle) - size + 1, size):
        piece = needle[p:p + size]
        i, found = text.canon.find(piece), 0
        while i >= 0 and found < _MAX_HITS:
            block_index = text.block_at(i)
            diagonal = i - text.blocks[block_index].canon_start - p
            votes.setdefault((block_index, diagonal), set()).add(p)
            i, found = text.canon.find(piece, i + 1), found + 1
    clusters: list[list] = []  # [block, lo, hi, pieces seen]
    for (block_index, diagonal), seen in sorted(votes.items()):
        last = clusters[-1] if clusters else None
        if last and last[0] == block_index and diagonal - last[2] <= k:
            last[2] = diagonal
            last[3] |= seen
        else:
            clusters.append([block_index, diagonal, diagonal, set(seen)])
    clusters.sort(key=lambda c: (-len(c[3]), abs(text.blocks[c[0]].canon_start + c[1] - near)))
    return [(c[0], c[1], c[2]) for c in clusters[:_FUZZY_CANDIDATES]]


def _align_ends(pattern: str, text: str) -> tuple[int, int, int]:
    """`_align`, but a long quote is aligned by its two ends: the cost grows with the square of
    its length, and a changed middle shows in the distance between the ends."""
    if len(pattern) <= 2 * _LONG_QUOTE_END:
        return _align(pattern, text)
    head_errors, start, _ = _align(pattern[:_LONG_QUOTE_END], text)
    tail_errors, _, end = _align(pattern[-_LONG_QUOTE_END:], text)
    return head_errors + tail_errors + abs(end - start - len(pattern)), start, end


def _align(pattern: str, text: str) -> tuple[int, int, int]:
    """Sellers' algorithm: the substring of `text` closest to `pattern` in edit distance, as
    (errors, start, end). Each cell carries where its alignment began, so no matrix is kept."""
    n = len(text)
    prev = [0] * (n + 1)
    prev_start = list(range(n + 1))
    for i, pc in enumerate(pattern, 1):
        cur, cur_start = [i] + [0] * n, [0] * (n + 1)
        for j in range(1, n + 1):
            best, start = prev[j - 1] + (pc != text[j - 1]), prev_start[j - 1]
            if prev[j] + 1 < best:
                best, start = prev[j] + 1, prev_start[j]
            if cur[j - 1] + 1 < best:
                best, start = cur[j - 1] + 1, cur_start[j - 1]
            cur[j], cur_start[j] = best, start
        prev, prev_start = cur, cur_start
    end = min(range(n + 1), key=lambda j: prev[j])
    return prev[end], prev_start[end], end


# -- small helpers ----------------------------------------------------------------------------

def _canonical_range(offsets: list[int], start: int, end: int) -> tuple[int, int]:
    """Original [start, end) → canonical [cs, ce): every canonical character of those originals."""
    return bisect.bisect_left(offsets, start), bisect.bisect_left(offsets, end)


def _nearest(needle: str, canon: str, loose: str, hint: int) -> tuple[int, int] | None:
    """The occurrence of canonical `needle` in `canon` (or, failing that, `loose`) nearest `hint`."""
    for hay, pattern in ((canon, needle), (loose, _loose(needle))):
        places, i = [], hay.find(pattern)
        while pattern and i >= 0:
            places.append(i)
            i = hay.find(pattern, i + 1)
        if places:
            i = min(places, key=lambda p: abs(p - hint))
            return i, i + len(pattern)
    return None


def _map_range(a: str, b: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) of `a` carried over to `b` through their alignment (differing words scale)."""
    ops = difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes()

    def carry(pos: int) -> int:
        for _, i1, i2, j1, j2 in ops:
            if i1 <= pos < i2 or (pos == i2 == len(a)):
                return j1 + round((pos - i1) * (j2 - j1) / max(1, i2 - i1))
        return len(b)

    s = min(carry(start), max(0, len(b) - 1))
    return s, max(s + 1, min(len(b), carry(end)))


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[:limit - 1] + "…"
