"""Ranking with certainty: BM25F upper bounds from postings, exact scores from canonical text.

Candidates are verified in order of their upper bound, and the loop stops as soon as the
`limit`-th exact score beats every remaining bound, so a query reads only a few texts while
the top results stay exactly those a full scan would rank first.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

from .analysis import contains, find_all, needle_terms
from .query import Query

TITLE_BOOST = 3.0
VARIANT_FACTOR = 0.5  # a variant-only match scores at most half, and always ranks after exact ones
K1, B = 1.2, 0.75


@dataclass
class Match:
    num: int
    score: float
    variant: bool
    positions: list[int] = field(default_factory=list)  # hit starts in the canonical body
    needles: list[str] = field(default_factory=list)  # the needles that matched, for snippets


def bm25f(title_tf: int, body_tf: int, title_len: int, body_len: int, avg_title: float, avg_body: float) -> float:
    """BM25F term weight without idf: field frequencies normalised by length, title boosted."""
    tf = 0.0
    if title_tf:
        tf += TITLE_BOOST * title_tf / (1 - B + B * title_len / avg_title)
    if body_tf:
        tf += body_tf / (1 - B + B * body_len / avg_body)
    return tf / (K1 + tf) * (K1 + 1)


def idf(df: int, n: int) -> float:
    return math.log(1 + (n - df + 0.5) / (df + 0.5))


class Ranker:
    def __init__(self, index, docs, query: Query):
        self.index, self.docs, self.query = index, docs, query
        self.n = max(1, len(docs))
        self.avg_body = max(1.0, sum(d.length for d in docs.values()) / self.n)
        self.avg_title = max(1.0, sum(len(d.title_canon) for d in docs.values()) / self.n)
        self._bm25f, self._idf = bm25f, idf

    def _score(self, num: int, title_tf: int, body_tf: int) -> float:
        d = self.docs[num]
        return self._bm25f(title_tf, body_tf, len(d.title_canon), d.length, self.avg_title, self.avg_body)

    def top(self, limit: int | None, allowed: set[int] | None, variants: bool, skip=frozenset()) -> list[Match]:
        if limit is not None and limit <= 0:
            return []
        groups = [[alt for n in g for alt in ((n.text,) + (n.variants if variants else ()))]
                  for g in self.query.groups]
        if not groups:
            return self._filter_only(allowed)
        bounds: dict[int, float] = {}
        for gi, alts in enumerate(groups):
            body: dict[int, int] = {}
            title: dict[int, int] = {}
            for alt in alts:
                for num, tf in self.index.needle_bounds(alt).items():
                    if tf > body.get(num, 0):
                        body[num] = tf
                for num, d in self.docs.items():
                    if alt in d.title_canon:
                        title[num] = max(title.get(num, 0), len(find_all(alt, d.title_canon)))
            nums = body.keys() | title.keys()
            weight = self._idf(len(nums), self.n)
            step = {n: weight * self._score(n, title.get(n, 0), body.get(n, 0)) for n in nums}
            bounds = step if gi == 0 else {n: s + step[n] for n, s in bounds.items() if n in step}
        for x in self.query.excludes:
            terms, chars = needle_terms(x)
            if len(terms) + len(chars) == 1 and (terms == [x] or chars == [x]):  # postings are exact
                for num in self.index.needle_bounds(x):
                    bounds.pop(num, None)
        if allowed is not None:
            bounds = {n: s for n, s in bounds.items() if n in allowed}
        factor = VARIANT_FACTOR if variants else 1.0
        heap: list[tuple[float, int, Match]] = []
        for num in sorted(bounds, key=lambda n: -bounds[n]):
            if num in skip:
                continue
            # strictly below: a candidate whose bound equals the k-th score can still win the tie (lower num)
            if limit is not None and len(heap) >= limit and bounds[num] * factor < heap[0][0]:
                break
            match = self._verify(num, groups, variants)
            if match is None:
                continue
            match.score *= factor
            item = (match.score, -num, match)
            if limit is None or len(heap) < limit:
                heapq.heappush(heap, item)
            elif item[:2] > heap[0][:2]:
                heapq.heapreplace(heap, item)
        return [m for _, _, m in sorted(heap, key=lambda i: (-i[0], -i[1]))]

    def _verify(self, num: int, groups: list[list[str]], variants: bool) -> Match | None:
        canon = self.index.canonical_text(num)
        title = self.docs[num].title_canon
        if any(contains(x, canon) or contains(x, title) for x in self.query.excludes):
            return None
        match = Match(num, 0.0, variants)
        positions: set[int] = set()
        exact_everywhere = True
        for alts in groups:
            best = 0.0
            primary_found = False
            for k, alt in enumerate(alts):
                found = find_all(alt, canon)
                title_tf = len(find_all(alt, title))
                if not (found or title_tf):
                    continue
                primary_found = primary_found or alt == alts[0] or not variants
                positions.update(found)
                match.needles.append(alt)
                best = max(best, self._score(num, title_tf, len(found)))
            if not best:
                return None
            exact_everywhere = exact_everywhere and primary_found
            match.score += self._idf_of(alts) * best
        if variants and self._exact_match(canon, title):
            return None  # an exact match: it belongs to (and ranks in) the exact pass
        match.positions = sorted(positions)
        return match

    def _exact_match(self, canon: str, title: str) -> bool:
        return all(any(contains(n.text, canon) or contains(n.text, title) for n in g) for g in self.query.groups)

    def _idf_of(self, alts: list[str]) -> float:
        # the same document frequency the bound used, so bound ≥ exact holds term by term
        key = tuple(alts)
        cache = self.__dict__.setdefault("_idf_cache", {})
        if key not in cache:
            nums = set()
            for alt in alts:
                nums.update(self.index.needle_bounds(alt))
                nums.update(n for n, d in self.docs.items() if alt in d.title_canon)
            cache[key] = self._idf(len(nums), self.n)
        return cache[key]

    def _filter_only(self, allowed: set[int] | None) -> list[Match]:
        nums = allowed if allowed is not None else set(self.docs)
        keep = []
        for num in nums:
            if self.query.excludes:
                canon, title = self.index.canonical_text(num), self.docs[num].title_canon
                if any(contains(x, canon) or contains(x, title) for x in self.query.excludes):
                    continue
            keep.append(Match(num, 0.0, False))
        return sorted(keep, key=lambda m: (self.docs[m.num].date, -m.num), reverse=True)
