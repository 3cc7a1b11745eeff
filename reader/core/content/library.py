"""Library: every article of the content folder (and the user's library folder), loaded eagerly but
rendered lazily."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from ..errors import ContentError, UnknownArticleError
from .article import Article, id_for
from .roots import CONTENT_SUFFIXES, LIBRARY_KEY, ContentRoots, content_files, file_stamp

__all__ = ["CONTENT_SUFFIXES", "Library", "article_ids", "content_files", "default_content_dir"]
log = logging.getLogger(__name__)


class Library:
    """Loads a content folder; a file that cannot be read becomes an Article with `error` set."""

    def __init__(self, content_dir: Path | str, cache_dir: Path | str | None = None,
                 library_dir: Path | str | None = None):
        """With `cache_dir`, lengths and renderings are remembered there between runs; with
        `library_dir`, the user's imported articles are read beside the content folder's."""
        self.content_dir = Path(content_dir)
        self.library_dir = Path(library_dir) if library_dir else None
        self.roots = ContentRoots(self.content_dir, [(LIBRARY_KEY, self.library_dir)] if self.library_dir else [])
        self.stats_file = Path(cache_dir) / "library-stats.json" if cache_dir else None
        if not self.content_dir.is_dir():
            raise ContentError(f"content folder not found: {self.content_dir}")
        self._saved_stats: dict = self._load_stats()
        self.articles: list[Article] = []
        files = self.roots.files()
        for p, article_id in article_ids(files).items():
            known = self._saved_stats.get(self.roots.relative(p))
            if not (isinstance(known, dict) and known.get("stamp") == _stamp(p)):
                known = {}
            meta = known.get("meta")
            article = Article.load(p, known_meta=meta if isinstance(meta, dict) else None, article_id=article_id)
            if article.error:
                log.info("content file %s: %s", p.name, article.error)
            else:
                if cache_dir:
                    article.render_cache = Path(cache_dir) / "rendered"
                if isinstance(known.get("chars"), int):
                    article.preset_chars(known["chars"])
                if known.get("detected") in ("hans", "hant", ""):
                    article.preset_detected_script(known["detected"])
            self.articles.append(article)

    # -- remembered figures: a library lists without parsing or rendering every article ------
    def _load_stats(self) -> dict:
        if self.stats_file is None:
            return {}
        try:
            stats = json.loads(self.stats_file.read_text(encoding="utf-8"))
            if not isinstance(stats, dict):
                raise ValueError("not a JSON object")
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:  # a damaged cache is only a slower start
            log.info("ignoring library stats %s: %s", self.stats_file, exc)
            return {}
        return stats

    def save_stats(self) -> None:
        """Remember each readable article's front matter, length and detected script, keyed by
        file size and modification time, so the next start needs neither YAML nor Markdown to
        list them."""
        if self.stats_file is None:
            return
        stats = {
            self.roots.relative(a.path): {"stamp": _stamp(a.path), "chars": a.chars, "detected": a.detected_script,
                          "meta": json.loads(json.dumps(a.meta, default=_json_value))}
            for a in self.readable
        }
        if stats == self._saved_stats:
            return
        try:
            self.stats_file.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.stats_file.with_suffix(f".{os.getpid()}.tmp")
            # ASCII: a file name that is not UTF-8 is kept as its \udcXX escapes, and read back the same
            tmp.write_text(json.dumps(stats), encoding="utf-8")
            os.replace(tmp, self.stats_file)
            self._saved_stats = stats
        except (OSError, ValueError) as exc:
            log.info("cannot write library stats %s: %s", self.stats_file, exc)

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
        raise UnknownArticleError.of("no article with id {0!r} (try `list` to see the ids)", article_id)

    def relative_path(self, article: Article) -> str:
        return self.roots.relative(article.path)


def article_ids(files: list[Path]) -> dict[Path, str]:
    """Each file's id, unique even when names differ only by suffix or case (good.md,
    good.markdown, Good.MD): the first in name order with a .md suffix keeps the short id, the
    others are known by their whole file name; never two files under one id."""
    groups: dict[str, list[Path]] = {}
    for p in files:
        groups.setdefault(id_for(p).casefold(), []).append(p)
    out: dict[Path, str] = {}
    taken: set[str] = set()
    for paths in groups.values():
        paths.sort(key=lambda p: (p.suffix != ".md", p.name))
        for i, p in enumerate(paths):
            article_id = id_for(p) if i == 0 else os.fsencode(p.name).decode("utf-8", "backslashreplace")
            while article_id.casefold() in taken:
                article_id += "~"
            taken.add(article_id.casefold())
            out[p] = article_id
        if len(paths) > 1:
            log.warning("article ids differ only by suffix or case: %s (kept apart as %s)",
                        ", ".join(p.name for p in paths), ", ".join(out[p] for p in paths))
    return dict(sorted(out.items()))


def _json_value(value):
    """YAML gives dates and times; keep them as the ISO 8601 text Article shows anyway."""
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _stamp(path: Path) -> list[int]:
    return list(file_stamp(path) or ())  # a list: it is compared with what JSON gave back


def default_content_dir() -> Path:
    """The bundled articles: `content/` next to the package in a checkout or an install."""
    here = Path(__file__).resolve().parents[3] / "content"
    if here.is_dir():
        return here
    return Path(__file__).resolve().parents[2] / "content"
