"""Passage comparison: which passages of two articles say the same thing (align), how much of a
reference an article covers (coverage), scroll sync through the chain (map_position), the
user's pins (PinStore) and export of the pairs (export_pairs)."""

from .alignment import DEFAULT_THRESHOLD, Alignment, Pair, align

__all__ = ["DEFAULT_THRESHOLD", "Alignment", "Pair", "align"]
