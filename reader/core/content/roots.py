"""The folders a library reads: the content folder, and the user's own library folder of imported
articles beside it. One list of files and one set of ids across them (a file is known by its
path relative to its folder, with `@library/` before it for the imported ones), so the search
index, the topics and the highlights see the imported articles beside the bundled ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..errors import ContentError

LIBRARY_KEY = "@library"
CONTENT_SUFFIXES = (".md", ".markdown")


def in_folder(path: Path, folder: Path | None) -> bool:
    """True when `path` is a file directly in `folder` (the user's library folder)."""
    if folder is None:
        return False
    try:
        return Path(path).resolve().parent == Path(folder).resolve()
    except OSError:
        return False


def content_files(folder: Path) -> list[Path]:
    """The article files of a content folder, in name order (hidden files and folders skipped)."""
    try:
        entries = sorted(Path(folder).iterdir())
    except OSError as exc:
        raise ContentError(f"cannot read the content folder {folder}: {exc.strerror or exc}") from None
    out = []
    for p in entries:
        if p.suffix.lower() in CONTENT_SUFFIXES and not p.name.startswith("."):
            try:
                if p.is_file():
                    out.append(p)
            except OSError:
                continue
    return out


def file_stamp(path: Path) -> tuple[int, int] | None:
    """(size, modification time) of a file, None if it cannot be read: what tells an edit."""
    try:
        st = Path(path).stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


def folder_stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Name → `file_stamp` of each article file of a folder ({} when it cannot be read)."""
    try:
        files = content_files(folder)
    except ContentError:
        return {}
    return {p.name: stamp for p in files if (stamp := file_stamp(p)) is not None}


class ContentRoots:
    """The content folder first, then the extra folders (each with a key that starts its paths)."""

    def __init__(self, content_dir: Path | str, extra: Iterable[tuple[str, Path | str]] = ()):
        self.content_dir = Path(content_dir)
        self.roots: list[tuple[str, Path]] = [("", self.content_dir)]
        self.roots += [(key, Path(folder)) for key, folder in extra if Path(folder) != self.content_dir]

    @classmethod
    def of(cls, value) -> ContentRoots:
        """`value` as roots: roots stay roots, a folder is a content folder alone."""
        return value if isinstance(value, ContentRoots) else cls(value)

    def files(self) -> list[Path]:
        """Every article file of every folder (a folder that does not exist yet has none)."""
        out = []
        for key, folder in self.roots:
            if key and not folder.is_dir():
                continue
            out.extend(content_files(folder))
        return out

    def relative(self, path: Path) -> str:
        """`name.md` for a file of the content folder, `@library/name.md` for one of the library."""
        for key, folder in reversed(self.roots):
            try:
                rel = Path(path).relative_to(folder).as_posix()
            except ValueError:
                continue
            return f"{key}/{rel}" if key else rel
        return str(path)

    def path(self, relative: str) -> Path:
        """The file a relative path names (the inverse of `relative`)."""
        head, sep, rest = relative.partition("/")
        for key, folder in self.roots:
            if key and sep and head == key:
                return folder / rest
        return self.content_dir / relative
