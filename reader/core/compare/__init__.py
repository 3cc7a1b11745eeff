"""Passage comparison: which passages of two articles say the same thing (`align`), how much of
a reference an article covers (`coverage`), scroll sync through the chain (`map_position`), the
user's sync points (`PinStore`) and the pairs exported (`export_pairs`)."""

from .alignment import DEFAULT_THRESHOLD, Alignment, Pair, align
from .coverage import Coverage, coverage
from .export import EXPORT_FORMATS, export_pairs
from .pins import PinStore, PinStoreError
from .scroll import map_position

__all__ = ["DEFAULT_THRESHOLD", "EXPORT_FORMATS", "Alignment", "Coverage", "Pair", "PinStore", "PinStoreError",
           "align", "coverage", "export_pairs", "map_position"]
