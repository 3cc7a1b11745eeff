"""Coverage: how much of a reference (a full transcript) an article retells, passage by passage."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
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


def coverage(reference, other, pins: Sequence[tuple[str, str]] = ()) -> Coverage:
    """Which passages of `reference` the article `other` covers (both readable Articles), with
    the user's sync points (reference block, other block) counted as matches."""
    alignment = align(reference, other, pins)
    matched = {p.a_block for p in alignment.matches}
    ids = [p.block_id for p in passages(reference)]
    return Coverage(reference.id, other.id, tuple(b for b in ids if b in matched),
                    tuple(b for b in ids if b not in matched))


@dataclass(frozen=True)
class PassageReport:
    """One passage of a reference: its length (characters) and which articles report it."""

    block_id: str
    length: int
    reported_by: tuple[str, ...]


def passage_reports(reference, others: Sequence, pins: Mapping[str, Sequence[tuple[str, str]]] | None = None
                    ) -> list[PassageReport]:
    """Every passage of `reference`, in order, with the ids of those of `others` that cover it
    (`pins`: the sync points per other article's id). What the coverage strips draw."""
    pins = pins or {}
    covered = {other.id: set(coverage(reference, other, pins.get(other.id, ())).covered)
               for other in others if other.id != reference.id}
    text = {b.id: len(b.text) for b in reference.blocks}
    return [PassageReport(p.block_id, text.get(p.block_id, 1), tuple(aid for aid, c in covered.items() if p.block_id in c))
            for p in passages(reference)]
