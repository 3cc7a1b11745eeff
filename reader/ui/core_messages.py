"""The core's messages in the window's language. The core raises its errors in English (what the
command line prints); those it raises with `DuiduError.of(template, *values)` are translated here
from their template, then given their values. Every template is listed below for the
translators — tests/unit/ui/test_core_messages.py checks the list against the core, both ways."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CoreMessages"

TEMPLATES = (
    # search queries (reader/core/search/query.py, topic_filter.py)
    QT_TRANSLATE_NOOP("CoreMessages", "the query is too long ({0} characters; at most {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "topic:{0} — a topic id is letters, digits and '-', like topic:rl"),
    QT_TRANSLATE_NOOP("CoreMessages", "the query has too many terms ({0}; at most {1})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the query only excludes words: add a word to look for"),
    QT_TRANSLATE_NOOP("CoreMessages", "nothing to search for: type Chinese characters, letters or digits"),
    QT_TRANSLATE_NOOP("CoreMessages", "date:{0} — write dates as 2025, 2025-10 or 2025-10..2025-12"),
    QT_TRANSLATE_NOOP("CoreMessages", "date:{0} — {1} is not a date"),
    QT_TRANSLATE_NOOP("CoreMessages", "date: needs a date, e.g. date:2025-10 or date:2025-10..2025-12"),
    QT_TRANSLATE_NOOP("CoreMessages", "no topic {0!r} (topics: {1})"),
    # the library (reader/core/content/library.py)
    QT_TRANSLATE_NOOP("CoreMessages", "no article with id {0!r} (try `list` to see the ids)"),
    # Article Info, removing and putting back (reader/core/importers/library_folder.py)
    QT_TRANSLATE_NOOP("CoreMessages", "the title cannot be empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "the title and the outlet are one line each"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0!r} is not a date: write it as YYYY-MM-DD"),
    QT_TRANSLATE_NOOP("CoreMessages", "the script is hans, hant or empty (detected), not {0!r}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{0} is a bundled article: only imported articles can be removed"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot put {0} back: {1} is in the library again"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot put {0} back: {1} is gone"),
)


def shown(exc: BaseException) -> str:
    """What to show the reader for a core error: its message in the window's language when the
    core gave its template, else as the core wrote it."""
    template = getattr(exc, "template", "")
    if not template:
        return str(exc)
    try:
        return QCoreApplication.translate(CONTEXT, template).format(*exc.values)
    except (IndexError, KeyError, ValueError):  # a translation that lost a placeholder: the English one
        return str(exc)
