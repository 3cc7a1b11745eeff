"""Importers: a raw file or saved page → clean Markdown (decoding, debris, structure, recipes, front matter)."""
