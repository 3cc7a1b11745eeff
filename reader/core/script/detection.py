"""Script detection: is a text Simplified (hans) or Traditional (hant)?

Detection looks at each distinct Han character once: it is Traditional evidence when `t2s`
changes it and it is itself a Traditional form, Simplified evidence when `s2t` changes it and
it is no regional Traditional form either (台 is 臺 in OpenCC's standard but 台 in Taiwan and
Hong Kong, so it proves nothing). Latin, digits and punctuation never count, and quotes from
the other script only count as much as their characters, so mixed text does not confuse it.
"""

from __future__ import annotations

from ..text.canonical import converter
from ..text.ranges import HAN_RE

# -- detection -----------------------------------------------------------------------------

_EVIDENCE: dict[str, int] = {}  # Han character → +1 Traditional, -1 Simplified, 0 either


def _learn_evidence(chars: list[str]) -> None:
    """Classify characters not seen before, with one OpenCC call per configuration."""
    joined = "\n".join(chars)
    simplified = converter("t2s").convert(joined).split("\n")
    traditional = converter("s2t").convert(joined).split("\n")
    trad_joined = "\n".join(traditional)
    taiwan = converter("t2tw").convert(trad_joined).split("\n")
    hong_kong = converter("t2hk").convert(trad_joined).split("\n")
    if not len(chars) == len(simplified) == len(traditional) == len(taiwan) == len(hong_kong):
        for ch in chars:  # a character converted to a line break: classify one by one
            if ch not in _EVIDENCE:
                _learn_evidence_one(ch)
        return
    for ch, simp, trad, tw, hk in zip(chars, simplified, traditional, taiwan, hong_kong):
        _EVIDENCE[ch] = _classify(ch, simp, trad, tw, hk)


def _learn_evidence_one(ch: str) -> None:
    trad = converter("s2t").convert(ch)
    _EVIDENCE[ch] = _classify(ch, converter("t2s").convert(ch), trad,
                              converter("t2tw").convert(trad), converter("t2hk").convert(trad))


def _classify(ch: str, simp: str, trad: str, tw: str, hk: str) -> int:
    regional = ch in (trad, tw, hk)
    if simp != ch and regional:
        return 1
    if simp == ch and not regional:
        return -1
    return 0


def script_evidence(text: str, sample: int = 20000) -> tuple[int, int]:
    """(Traditional, Simplified) evidence: how many Han characters of the first `sample`
    are written only in that script."""
    han = HAN_RE.findall(text[: sample * 2])[:sample]
    new = [ch for ch in set(han) if ch not in _EVIDENCE]
    if new:
        _learn_evidence(sorted(new))
    evidence = _EVIDENCE
    traditional = simplified = 0
    for ch in han:
        e = evidence[ch]
        if e > 0:
            traditional += 1
        elif e < 0:
            simplified += 1
    return traditional, simplified


def detect_script(text: str, sample: int = 20000) -> str:
    """'hans' or 'hant' ('' when the text has no Han characters; 'hans' on a tie)."""
    if not HAN_RE.search(text[: sample * 2]):
        return ""
    traditional, simplified = script_evidence(text, sample)
    return "hant" if traditional > simplified else "hans"
