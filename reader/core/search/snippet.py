"""Snippets and hit spans in original text: what a result list and find-in-article show.

Matching happens on canonical text; `canonical_with_map` carries every hit back to the
original string, so spans index the text the reader sees, in whatever script it is stored.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..text.canonical import canonical, canonical_with_map, original_span
from .analysis import find_all

SNIPPET_RADIUS = 30
MAX_PASSAGES = 3


@dataclass
class Passage:
    """A hit passage: `text` is a slice of block `block` starting at `start`; `hits` are spans in `text`."""

    block: str
    text: str
    start: int
    end: int
    block_length: int
    hits: list[tuple[int, int]] = field(default_factory=list)
    count: int = 0  # hits in the whole block

    def marked(self, open_mark: str = "【", close_mark: str = "】", ellipsis: str = "…") -> str:
        out, pos = [], 0
        for s, e in self.hits:
            out += [self.text[pos:s], open_mark, self.text[s:e], close_mark]
            pos = e
        out.append(self.text[pos:])
        lead = ellipsis if self.start > 0 else ""
        tail = ellipsis if self.end < self.block_length else ""
        return lead + "".join(out) + tail


def find_spans(needles: list[str], text: str) -> list[tuple[int, int]]:
    """Original-text spans of every occurrence of the canonical needles in `text`, in order."""
    canon, offsets = canonical_with_map(text)
    spans = set()
    for needle in needles:
        for i in find_all(needle, canon):
            spans.add(original_span(offsets, i, i + len(needle)))
    merged: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged


def make_snippet(block: str, text: str, needles: list[str], radius: int = SNIPPET_RADIUS) -> Passage:
    spans = _spans_near_first_hit(needles, text, radius) if len(text) > 8 * radius else find_spans(needles, text)
    if not spans:
        end = min(len(text), 2 * radius)
        return Passage(block, text[:end], 0, end, len(text))
    lo = max(0, spans[0][0] - radius)
    hi = min(len(text), spans[0][1] + radius)
    inside = [(s - lo, e - lo) for s, e in spans if s >= lo and e <= hi]
    return Passage(block, text[lo:hi], lo, hi, len(text), inside, len(spans))


def _spans_near_first_hit(needles: list[str], text: str, radius: int) -> list[tuple[int, int]]:
    """find_spans on a window around the first hit only: mapping a long block costs milliseconds.

    Canonical text is never shorter than the original, so a hit at canonical index h starts
    at an original index in [h - growth, h]; the window covers that plus the radius.
    """
    canon = canonical(text)
    firsts = [i for n in needles for i in find_all(n, canon)[:1]]
    if not firsts:
        return []
    h = min(firsts)
    growth = len(canon) - len(text)
    lo = max(0, h - growth - 2 * radius)
    hi = min(len(text), h + max(map(len, needles)) + 2 * radius)
    spans = [(s + lo, e + lo) for s, e in find_spans(needles, text[lo:hi])]
    return spans or find_spans(needles, text)


def best_passages(candidates: list[tuple[str, str, int, int]], needles: list[str],
                  limit: int = MAX_PASSAGES) -> list[Passage]:
    """The passages with most hits (ties: earlier first) as snippets; candidates are (block, text, hits, order)."""
    ranked = sorted(candidates, key=lambda c: (-c[2], c[3]))[:limit]
    return [make_snippet(block, text, needles) for block, text, _, _ in ranked]
