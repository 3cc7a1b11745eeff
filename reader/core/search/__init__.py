"""Full-text search: analysis, the Whoosh analyzer, indexing, the index, ranking, the query language, snippets."""
