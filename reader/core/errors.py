"""The exceptions the core raises; the UI and the CLI turn each into one clear message."""


class DuiduError(Exception):
    """Base class: anything the core reports to a user."""

    template: str = ""  # the message with {0}, {1}… where its values go: what the window translates
    values: tuple = ()

    @classmethod
    def of(cls, template: str, *values):
        """The error with the message `template.format(*values)`, which the window shows in its
        own language (reader/ui/core_messages.py lists every template for the translators)."""
        exc = cls(template.format(*values))
        exc.template, exc.values = template, tuple(values)
        return exc


class ContentError(DuiduError):
    """A content file cannot be read or parsed (bad front matter, bad bytes, empty)."""


class UnknownArticleError(DuiduError):
    """No article with that id in the library."""


class QueryError(DuiduError):
    """A search query that cannot be answered."""


class SearchIndexError(DuiduError):
    """The search index cannot be read or written (and could not be rebuilt)."""


class HighlightError(DuiduError):
    """A highlight cannot be made, found, changed or imported (quote not found, unknown colour, bad file)."""


class HighlightStoreError(HighlightError):
    """The highlights database cannot be opened or written (locked, newer schema, read-only)."""


class CompareError(DuiduError):
    """Two articles cannot be compared as asked (the same one twice), or pins cannot be read or written."""


class TopicListError(DuiduError):
    """The topic list (topics.toml) cannot be read: bad syntax or a bad entry; says which line."""

    def __init__(self, message: str, line: int | None = None, path: str = ""):
        self.line = line
        self.path = path
        where = f"{path}, line {line}" if line else path
        super().__init__(f"{where}: {message}" if where else message)
