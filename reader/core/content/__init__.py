"""Articles: front matter and body, blocks with stable ids and their rendering, the library, where files live."""
