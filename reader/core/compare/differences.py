"""What two matched passages share and where they differ, character by character, after script
normalisation (t2s, NFKC, case folded): so 強化學習 and 强化学习 are the same words, while a number
written as digits in one and as words in the other, another translation of a phrase or a
dropped clause shows as a difference."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from ..text.canonical import canonical_with_map

MIN_SHARED = 2  # a lone character in common (的, 是) is not "the same wording"


@dataclass(frozen=True)
class Piece:
    """A run of one passage's own text (as written): shared with the other passage, or not."""

    text: str
    shared: bool


@dataclass(frozen=True)
class Differences:
    a: tuple[Piece, ...]
    b: tuple[Piece, ...]

    @property
    def shared_share(self) -> float:
        """The part of both passages' characters that the other passage has too (0–1)."""
        total = sum(len(p.text) for p in self.a + self.b)
        return sum(len(p.text) for p in self.a + self.b if p.shared) / total if total else 0.0


def differences(a_text: str, b_text: str) -> Differences:
    """The two passages cut into shared and differing runs (in each one's own script)."""
    ca, a_map = canonical_with_map(a_text)
    cb, b_map = canonical_with_map(b_text)
    matcher = SequenceMatcher(None, ca, cb, autojunk=False)
    a_shared, b_shared = [False] * len(a_text), [False] * len(b_text)
    for i, j, n in matcher.get_matching_blocks():
        if n < MIN_SHARED or not (ca[i:i + n].strip()):
            continue
        for k in range(n):
            a_shared[a_map[i + k]] = True
            b_shared[b_map[j + k]] = True
    return Differences(_pieces(a_text, a_shared), _pieces(b_text, b_shared))


def _pieces(text: str, shared: list[bool]) -> tuple[Piece, ...]:
    out: list[Piece] = []
    start = 0
    for i in range(1, len(text) + 1):
        if i == len(text) or shared[i] != shared[start]:
            out.append(Piece(text[start:i], shared[start]))
            start = i
    return tuple(out)
