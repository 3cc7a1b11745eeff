"""Library: every article of one content folder, loaded eagerly but rendered lazily."""

from __future__ import annotations

import logging
from pathlib import Path

from .article import Article
from .errors import ContentError, UnknownArticleError

log = logging.getLogger(__name__)

CONTENT_SUFFIXES = (".md", ".markdown")


class Library:
    """Loads a content folder; a file that cannot be read becomes an Article with `error` set."""

    def __init__(self, content_dir: Path | str):
        self.content_dir = Path(content_dir)
        if not self.content_dir.is_dir():
            raise ContentError(f"content folder not found: {self.content_dir}")
        self.articles: list[Article] = [
            Article.load(p)
            for p in sorted(self.content_dir.iterdir())
            if p.suffix.lower() in CONTENT_SUFFIXES and p.is_file() and not p.name.startswith(".")
        ]
        for a in self.articles:
            if a.error:
                log.info("content file %s: %s", a.path.name, a.error)

    def __iter__(self):
        return iter(self.articles)

    def __len__(self) -> int:
        return len(self.articles)

    @property
    def readable(self) -> list[Article]:
        return [a for a in self.articles if not a.error]

    def get(self, article_id: str) -> Article:
        for a in self.articles:
            if a.id == article_id:
                return a
        raise UnknownArticleError(f"no article with id {article_id!r} (try `list` to see the ids)")

    def relative_path(self, article: Article) -> str:
        try:
            return article.path.relative_to(self.content_dir).as_posix()
        except ValueError:
            return str(article.path)


def default_content_dir() -> Path:
    """The bundled articles: `content/` next to the package in a checkout or an install."""
    here = Path(__file__).resolve().parents[2] / "content"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[1] / "content"
