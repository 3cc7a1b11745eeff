"""Passage tagging: which topics each passage of an article is about, and how strongly.

A passing word is not a topic. A passage is about a topic when its score reaches 2, the score
adding up
- its own evidence: 1 for each distinct keyword found, 2 for each phrase, +0.25 per repeat
  (at most +1 in all); text inside one of the topic's `exclude` phrases never counts;
- how much of it the evidence covers: up to +1 when matches cover a tenth of its characters, so
  a short list item ("强化学习很糟糕") counts on one keyword and a long paragraph does not;
- its context: +1 when its own heading is on the topic (+0.5 for an outer heading), +0.5 for
  each neighbour whose own evidence and cover reach 2.
A question among other questions (a teaser list, "为什么强化学习很糟糕、") gets no cover and no
context: in a list of questions a word names a subject the article may or may not discuss.
An article covers a topic when at least one of its passages is about it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..cache import LruCache
from ..compare.passages import article_digest
from ..text.canonical import converter
from ..text.trie import trie_pattern
from .model import TopicList

PASSAGE_KINDS = ("paragraph", "list_item", "quote", "table")
THRESHOLD = 2.0
_KEYWORD, _PHRASE, _RELATED, _EXCLUDE = 1.0, 1.5, 0.5, 0.0
_LISTED = 0.5  # a term that is one item of an enumeration (甲、乙、丙) names a subject, it does not discuss it
_REPEAT, _REPEAT_CAP = 0.25, 1.0
_FULL_COVER = 0.10
_OWN_HEADING, _OUTER_HEADING, _NEIGHBOUR = 1.0, 0.5, 0.5
_SECTION = THRESHOLD


_ENUMERATION_RE = re.compile(r"(?:[^、,，。;；:：!！?？()（）]{1,24}、){2,}[^、,，。;；:：!！?？()（）]{1,24}")
_REFERENCE_RE = re.compile(r"^\s*(?:\[\d+\]\s*)?[A-Z][\w'-]+,\s+(?:[A-Z]\.\s*)+(?:,|&|and|\(\d{4}\))")
_SHORT = 80  # characters: an outline item this short elaborates its heading
_TEASER = 120  # characters: a question or reference longer than this is a passage of its own
_QUESTION_STARTS = ("为什么", "为何", "如何", "怎样", "怎么", "是否", "what", "why", "how")
_QUESTION_ENDS = tuple("?？")
_LIST_ENDS = tuple("、,，")


class Tag(NamedTuple):  # tuples: a thousand articles make tens of thousands of these
    """A passage is about `topic` with `strength` (0–1, the score over 4), found by `evidence`."""

    topic: str
    strength: float
    score: float
    evidence: tuple[str, ...]


class TaggedPassage(NamedTuple):
    block_id: str
    kind: str
    start: int  # characters of the article before it (white space not counted)
    length: int
    tags: tuple[Tag, ...]

    def tag(self, topic_id: str) -> Tag | None:
        return next((t for t in self.tags if t.topic == topic_id), None)


@dataclass
class ArticleTags:
    article_id: str
    total: int  # the article's characters (white space not counted)
    passages: list[TaggedPassage] = field(default_factory=list)
    _about: dict[str, list[TaggedPassage]] | None = field(default=None, repr=False, compare=False)

    def about(self, topic_id: str) -> list[TaggedPassage]:
        """The passages about the topic, in reading order."""
        if self._about is None:
            about: dict[str, list[TaggedPassage]] = {}
            for p in self.passages:
                for t in p.tags:
                    about.setdefault(t.topic, []).append(p)
            self._about = about
        return self._about.get(topic_id, [])


class Matcher:
    """Every keyword, phrase and exclusion of a topic list in one trie regex; a match counts for
    each term it is or contains (强化学习微调 is also 强化学习)."""

    def __init__(self, topics: TopicList):
        self.topics = topics
        owners: dict[str, list[tuple[str, str, float]]] = {}
        for topic in topics:
            for terms, weight in ((topic.keywords, _KEYWORD), (topic.phrases, _PHRASE), (topic.related, _RELATED),
                                  (topic.exclude, _EXCLUDE)):
                for term in terms:
                    for form in topic.forms((term,)):
                        owners.setdefault(form, []).append((topic.id, term, weight))
        # per form, what a match of it counts for: the heaviest term of each topic it is or
        # contains, none of a topic whose exclusion it is or contains
        self.owners: dict[str, tuple[tuple[tuple[str, str], float, int], ...]] = {}
        for form in owners:
            found = [o for other, owned in owners.items() if other in form for o in owned]
            excluded = {topic for topic, _, weight in found if weight == _EXCLUDE}
            best: dict[str, tuple[str, float]] = {}
            for topic, term, weight in found:
                if topic not in excluded and weight > best.get(topic, ("", -1.0))[1]:
                    best[topic] = (term, weight)
            chars = len(form) - form.count(" ")
            self.owners[form] = tuple(((topic, term), weight, chars) for topic, (term, weight) in best.items())
        self._related = {(t.id, term) for t in topics for term in t.related if term not in t.keywords + t.phrases}
        pattern = trie_pattern(owners)
        self._re = re.compile(pattern) if pattern else None

    def evidence(self, text: str) -> dict[str, tuple[float, float, tuple[str, ...], bool]]:
        """Per topic: (evidence, share of the text's characters matched, terms found, whether a
        keyword or phrase is among them)."""
        if self._re is None or not text:
            return {}
        if text.count("、") >= 2 and _ENUMERATION_RE.search(text):  # where each match is matters
            listed = [m.span() for m in _ENUMERATION_RE.finditer(text)]
            matches = [(m.group(), 1, _LISTED if any(a <= m.start() < b for a, b in listed) else 1.0)
                       for m in self._re.finditer(text)]
        else:
            forms = self._re.findall(text)
            if not forms:
                return {}
            if len(forms) == 1:
                matches = [(forms[0], 1, 1.0)]
            else:
                counts: dict[str, int] = {}
                for form in forms:
                    counts[form] = counts.get(form, 0) + 1
                matches = [(form, n, 1.0) for form, n in counts.items()]
        return self._score(text, matches)

    def _score(self, text: str, matches: list[tuple[str, int, float]]) -> dict:
        found: dict[tuple[str, str], list] = {}  # (topic, term) → [count, weight, characters]
        owners = self.owners
        for form, n, scale in matches:
            for key, weight, chars in owners[form]:
                entry = found.get(key)
                if entry is None:
                    found[key] = [n, weight * scale, chars]
                else:
                    entry[0] += n
                    if weight * scale > entry[1]:
                        entry[1] = weight * scale
        if not found:
            return {}
        counted = max(1, len(text) - text.count(" "))
        per_topic: dict[str, list] = {}  # topic → [evidence, related evidence, repeats, characters, terms]
        related = self._related
        for key, (count, weight, chars) in found.items():
            topic = key[0]
            agg = per_topic.get(topic)
            if agg is None:
                agg = per_topic[topic] = [0.0, 0.0, 0, 0, []]
            agg[0] += weight
            if key in related:
                agg[1] += weight
            agg[2] += count - 1
            agg[3] += chars
            agg[4].append(key[1])
        # related words alone need a heading on the topic: `specific` says whether there is more
        return {topic: (own + min(_REPEAT_CAP, _REPEAT * repeats), chars / counted, tuple(terms), own - rel > 0)
                for topic, (own, rel, repeats, chars, terms) in per_topic.items()}


def normalised_texts(texts: list[str]) -> list[str]:
    """The texts in the form keywords are found in: t2s and case folded, full-width letters and
    digits as ASCII (the keywords' canonical form), converted in one OpenCC call — per block, the
    call's fixed cost would outweigh the text. Only what can change a match is folded: Han text is
    left as t2s gives it, so the fold costs a lower() and a search, not a lookup per character."""
    if not texts:
        return []
    convert = converter("t2s").convert
    joined = "\n".join(t.replace("\n", " ") for t in texts)
    out = _fold(convert(joined)).split("\n")
    if len(out) != len(texts):  # a conversion that touched the separators: block by block
        out = [_fold(convert(t.replace("\n", " "))) for t in texts]
    return out


_WIDE_RE = re.compile("[\\uff05\\uff0b\\uff10-\\uff19\\uff21-\\uff3a\\uff41-\\uff5a\\ufb00-\\ufb06]")  # ％＋０-９Ａ-Ｚａ-ｚ, ligatures


def _fold(text: str) -> str:
    text = text.lower()
    return unicodedata.normalize("NFKC", text).casefold() if _WIDE_RE.search(text) else text


def _is_reference(text: str) -> bool:
    """A bibliography entry ("Karpathy, A. (2025). Title."): it names a subject, it does not discuss it."""
    return bool(_REFERENCE_RE.match(text))


def _is_question(text: str) -> bool:
    """A question (normalised text): it starts with 为什么/how…, ends with "?", or asks 为什么 in a
    line of a list ("为什么强化学习很糟糕、")."""
    text = text.strip()
    if not text:
        return False
    end = text.rstrip("、,， ")
    return (text.startswith(_QUESTION_STARTS) or end.endswith(_QUESTION_ENDS)
            or (text.endswith(_LIST_ENDS) and "为什么" in text[:64]))


def tag_article(article, topics: TopicList, matcher: Matcher | None = None) -> ArticleTags:
    """Tags for every passage of `article` (uncached: see `article_tags`)."""
    matcher = matcher or Matcher(topics)
    blocks = article.blocks
    headings = {b.text.strip() for b in blocks if b.kind == "heading"}
    texts = normalised_texts([b.text for b in blocks])
    evidences = [matcher.evidence(text) for text in texts]
    heading_topics: dict[int, set[str]] = {}  # level → topics of the current heading at that level
    section: set[str] = set()  # the topics of the nearest heading that has any
    heading_context: dict[str, float] = {}  # what the headings over a passage add to its topics
    rows = []  # (block, start, length, evidence, heading context, is_question)
    start = 0
    for block, text, evidence in zip(blocks, texts, evidences):
        length = len(text) - text.count(" ")
        if block.kind == "heading":
            found = {t for t, (own, *_) in evidence.items() if own >= 1}
            heading_topics = {lvl: ts for lvl, ts in heading_topics.items() if lvl < block.level}
            heading_topics[block.level] = found
            levels = sorted(heading_topics, reverse=True)
            section = next((heading_topics[lvl] for lvl in levels if heading_topics[lvl]), set())
            heading_context: dict[str, float] = {}
            for rank, lvl in enumerate(levels):
                for t in heading_topics[lvl]:
                    heading_context[t] = max(heading_context.get(t, 0.0), _OWN_HEADING if rank == 0 else _OUTER_HEADING)
        elif block.kind in PASSAGE_KINDS and not (block.kind == "list_item" and block.text.strip() in headings):
            context = heading_context  # shared by the section's passages; copied before a change
            if section and length <= _SHORT and not any(e[3] for e in evidence.values()):
                context = dict(heading_context)
                for t in section:  # an outline item with nothing of its own is about its section
                    context[t] = max(context.get(t, 0.0), _SECTION)
            lead = length <= _TEASER and (_is_question(text) or _is_reference(block.text))
            rows.append((block, start, length, evidence, context, lead))
        start += length
    questions = [q for *_, q in rows]
    teaser = [q and ((i > 0 and questions[i - 1]) or (i + 1 < len(rows) and questions[i + 1])
                     or _is_reference(rows[i][0].text)) for i, q in enumerate(questions)]  # a question among questions

    def base(i: int) -> dict[str, float]:
        evidence, context = rows[i][3], rows[i][4]
        return {t: own + min(1.0, cover / _FULL_COVER) for t, (own, cover, _, specific) in evidence.items()
                if specific or context.get(t, 0.0) > 0}

    bases = [base(i) for i in range(len(rows))]
    strong = [[t for t, s in b.items() if s >= THRESHOLD] for b in bases]
    out = ArticleTags(article.id, start)
    for i, (block, b_start, length, evidence, context, _) in enumerate(rows):
        if teaser[i]:
            out.passages.append(TaggedPassage(block.id, block.kind, b_start, length, ()))
            continue
        if not bases[i] and not context:
            out.passages.append(TaggedPassage(block.id, block.kind, b_start, length, ()))
            continue
        scores = dict(bases[i])
        for t, c in context.items():
            scores[t] = scores.get(t, 0.0) + c
        for j in (i - 1, i + 1):
            if 0 <= j < len(rows):
                for t in strong[j]:
                    scores[t] = scores.get(t, 0.0) + _NEIGHBOUR
        kept = [(t, s) for t, s in scores.items() if s >= THRESHOLD and (t in evidence or context.get(t, 0) > 0)]
        kept.sort(key=lambda kv: (-kv[1], kv[0]))
        tags = tuple(Tag(t, round(min(1.0, s / (2 * THRESHOLD)), 3), round(s, 3),
                         evidence[t][2] if t in evidence else ()) for t, s in kept)
        out.passages.append(TaggedPassage(block.id, block.kind, b_start, length, tags))
    return out


_CACHE: LruCache[ArticleTags] = LruCache(4096)
_MATCHERS: LruCache[Matcher] = LruCache(4)


def matcher_for(topics: TopicList) -> Matcher:
    return _MATCHERS.get_or_make(topics.digest or id(topics), lambda: Matcher(topics))


def article_tags(article, topics: TopicList) -> ArticleTags:
    """Tags of `article` under `topics`, cached until its text or the topic list changes."""
    key = (article_digest(article), topics.digest or id(topics))
    return _CACHE.get_or_make(key, lambda: tag_article(article, topics, matcher_for(topics)))


def tags_entries(articles: Iterable, topics: TopicList) -> list[tuple]:
    """(cache key, tags) of each article: what another process computed, for `preload`."""
    return [((article_digest(a), topics.digest or id(topics)), article_tags(a, topics)) for a in articles]


def preload(entries: Iterable[tuple]) -> None:
    """Put tags computed elsewhere (an import's child process) into this process's cache."""
    for key, tags in entries:
        tags._about = None
        _CACHE.put(key, tags)


def tag_all(articles: Iterable, topics: TopicList) -> list[ArticleTags]:
    return [article_tags(a, topics) for a in articles]
