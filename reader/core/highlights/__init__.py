"""Highlights: the model, the SQLite store, anchoring to block offsets, export and import."""
