"""Printable pages: an article (in a script mode, with highlights and notes as footnotes) or the
aligned passages of two articles, as one self-contained HTML document for print, PDF and HTML."""

from .article_page import article_page
from .compare_page import compare_page
from .markup import Mark

__all__ = ["Mark", "article_page", "compare_page"]
