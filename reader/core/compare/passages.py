"""Which blocks of an article take part in comparing, and the text they are compared in.

Paragraphs, list items and quotes take part: they carry what was said. Headings do not: they
are a few words that name a subject (十年很短, 强化学习) and would match every passage on it,
and an outline's list of them would too. Tables and code do not: a table sums up a whole
article in one block, and code is not prose.

The comparison text is canonical text (OpenCC t2s, NFKC, case folded) with the alias list
applied, Chinese numerals in digits (五 → 5, 三分之一 → 1/3; 2.5, 1/3 and 10% kept whole, 1,000 →
1000), a speaker's name at the start dropped (it is in every answer of a transcript and says
nothing of the answer), and punctuation as spaces.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from ..cache import LruCache
from ..text.canonical import canonical
from ..text.numerals import fold_numerals
from . import vectors
from .aliases import Aliases, bundled_aliases

PASSAGE_KINDS = ("paragraph", "list_item", "quote")
_SPEAKER_RE = re.compile(r"^\s*(?:主持人|[a-z][a-z.'’-]*(?: [a-z][a-z.'’-]*){0,2})\s*[:：]\s*")
_NOT_WORD_RE = re.compile(r"[^\w%+\x00\x01]+|_+")
_KEPT = {".": "\x00", "/": "\x01", ",": ""}  # inside a number: placeholders the punctuation pass keeps
_RESTORED = str.maketrans({"\x00": ".", "\x01": "/"})
_DOT_RE = re.compile(r"(?<=[0-9])[./](?=[0-9])|(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
_NUMBER_GLUE_RE = re.compile(r"(?<=[0-9])\s+(?=%)|(?<=[a-z])[\s-](?=[0-9])")
_FRACTION_RE = re.compile(r"([0-9]+)分之([0-9]+)")


@dataclass(frozen=True)
class Passage:
    """One block that takes part: its place among the article's passages, and its text as compared."""

    index: int
    block_id: str
    text: str


def comparison_text(text: str, aliases: Aliases | None = None) -> str:
    """The form two passages are compared in (see the module's docstring)."""
    aliases = aliases or bundled_aliases()
    text = canonical(text)
    text = _SPEAKER_RE.sub("", text, count=1)
    text = fold_numerals(aliases.apply(text))
    text = _FRACTION_RE.sub(r"\2/\1", text)  # 3分之1 = 1/3
    text = _NUMBER_GLUE_RE.sub("", text)  # 10 % = 10%, gpt-4 = gpt4
    # 2.5 and 1/3 stay one number, 1,000 is 1000
    text = _DOT_RE.sub(lambda m: _KEPT[m.group()], text)
    return _NOT_WORD_RE.sub(" ", text).translate(_RESTORED).strip()


def article_digest(article) -> bytes:
    """What identifies an article's text: a changed body (or id) is a different article."""
    h = hashlib.blake2b(digest_size=16)
    h.update(article.id.encode("utf-8"))
    h.update(b"\x00")
    h.update(article.body.encode("utf-8"))
    return h.digest()


@dataclass(frozen=True)
class Profile:
    """What comparing needs of one article, whatever it is compared with: its passages, their
    n-gram counts (sublinear tf) and the article's document frequencies."""

    passages: list[Passage]
    counts: list[dict[str, float]] = field(repr=False)
    df: Counter = field(repr=False)


class _PassageCache:
    """Profiles per article digest; small, as a reader compares a few articles at a time."""

    def __init__(self, maxsize: int = 16):
        self._cache: LruCache[Profile] = LruCache(maxsize)

    def get(self, article, digest: bytes) -> Profile:
        return self._cache.get_or_make(digest, lambda: _profile(article))

    def clear(self) -> None:
        self._cache.clear()


PASSAGE_CACHE = _PassageCache()


def _profile(article) -> Profile:
    out: list[Passage] = []
    headings = {b.text.strip() for b in article.blocks if b.kind == "heading"}
    for block in article.blocks:
        if block.kind not in PASSAGE_KINDS or (block.kind == "list_item" and block.text.strip() in headings):
            continue
        text = comparison_text(block.text)
        if len(text.replace(" ", "")) < 2:
            continue
        out.append(Passage(len(out), block.id, text))
    counts = [vectors.log_counts(p.text) for p in out]
    return Profile(out, counts, vectors.document_frequency(counts))


def profile(article) -> Profile:
    """The article's passages with their n-gram counts (cached per text)."""
    return PASSAGE_CACHE.get(article, article_digest(article))


def passages(article) -> list[Passage]:
    """The article's passages that take part, in reading order (cached per text)."""
    return profile(article).passages
