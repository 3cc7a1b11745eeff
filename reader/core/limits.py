"""The limits applied where input enters, in one place (the README lists them too).

A file over a limit is an error of that file — listed with the reason — never of the library.
"""

MAX_FILE_BYTES = 32 * 1024 * 1024  # an article file (Markdown or text)
MAX_ARTICLE_CHARS = 300_000  # one article's text: Qt lays out a longer one too slowly to read (a book: split it)
MAX_FRONT_MATTER_CHARS = 64 * 1024  # the YAML between the --- lines
MAX_YAML_DEPTH = 16  # nested lists/mappings in front matter
MAX_MARKDOWN_DEPTH = 32  # nested lists, quotes and brackets in an article body
MAX_MARKDOWN_WORK = 5_000_000  # link/image/tag openers × their block's length (Markdown's inline scan, ~0.3 s)
MAX_JSON_DEPTH = 64  # imported highlights and other JSON read from users
MAX_IMPORT_BYTES = 64 * 1024 * 1024  # a highlights file to import (Web Annotation JSON)
MAX_FOREIGN_COLORS = 16  # colour keys beyond Duidu's five that imports may add
MAX_IMAGE_BYTES = 16 * 1024 * 1024  # an image shown in an article
