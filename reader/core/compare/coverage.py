"""Coverage: how much of a reference (a full transcript) an article retells, passage by passage."""

from __future__ import annotations

from dataclasses import dataclass

from .alignment import align
from .passages import passages


@dataclass(frozen=True)
class Coverage:
    """`covered` / `uncovered`: the reference's passages (block ids, in order) that have / lack a
    match in the other article; `share` is the covered part of their count (0–1)."""

    reference_id: str
    other_id: str
    covered: tuple[str, ...]
    uncovered: tuple[str, ...]

    @property
    def share(self) -> float:
        total = len(self.covered) + len(self.uncovered)
        return len(self.covered) / total if total else 0.0


def coverage(reference, other) -> Coverage:
    """Which passages of `reference` the article `other` covers (both readable Articles)."""
    alignment = align(reference, other)
    matched = {p.a_block for p in alignment.matches}
    ids = [p.block_id for p in passages(reference)]
    return Coverage(reference.id, other.id, tuple(b for b in ids if b in matched),
                    tuple(b for b in ids if b not in matched))
