"""Where content, user data and the cache live — decided here and nowhere else.

Order of precedence: an explicit argument (`--content-dir`, `--data-dir`, `--cache-dir`), then
the environment (`DUIDU_CONTENT_DIR`, `DUIDU_DATA_DIR`, `DUIDU_CACHE_DIR`), then the platform's
standard folders, which the Qt layer supplies (QStandardPaths) since the core cannot import Qt.
A data folder given explicitly also holds the cache and the settings, so tests and scripts that
pass `--data-dir` never touch the user's real folders.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from .library import default_content_dir


@dataclass(frozen=True)
class AppPaths:
    content_dir: Path
    data_dir: Path
    cache_dir: Path
    isolated: bool  # True when data_dir was chosen explicitly: settings go to a file there

    @property
    def settings_file(self) -> Path:
        return self.data_dir / "settings.ini"

    @property
    def library_dir(self) -> Path:
        """The user's own articles (imported), read beside the content folder's."""
        return self.data_dir / "library"


def _fallback_standard() -> tuple[Path, Path]:
    """XDG-style folders, used only when no Qt-provided locations are available."""
    home = Path.home()
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local" / "share") / "duidu"
    cache = Path(os.environ.get("XDG_CACHE_HOME") or home / ".cache") / "duidu"
    return data, cache


def resolve_paths(
    content_dir: str | Path | None = None,
    data_dir: str | Path | None = None,
    cache_dir: str | Path | None = None,
    *,
    standard: Callable[[], tuple[Path, Path]] | None = None,
    env: Mapping[str, str] = os.environ,
) -> AppPaths:
    content = content_dir or env.get("DUIDU_CONTENT_DIR") or default_content_dir()
    data = data_dir or env.get("DUIDU_DATA_DIR")
    cache = cache_dir or env.get("DUIDU_CACHE_DIR")
    isolated = bool(data)
    if data:
        data = Path(data)
        cache = Path(cache) if cache else data / "cache"
    else:
        std_data, std_cache = (standard or _fallback_standard)()
        data = std_data
        cache = Path(cache) if cache else std_cache
    return AppPaths(Path(content).expanduser(), Path(data).expanduser(), Path(cache).expanduser(), isolated)


def open_library(paths: AppPaths, cache: bool = False):
    """The library of `paths`: the content folder's articles and the user's imported ones (with
    `cache`, lengths and renderings remembered in the cache folder)."""
    from .library import Library

    return Library(paths.content_dir, paths.cache_dir if cache else None, library_dir=paths.library_dir)


def content_roots(paths: AppPaths):
    """The folders the library of `paths` reads: the content folder and the user's library folder."""
    from .roots import LIBRARY_KEY, ContentRoots

    return ContentRoots(paths.content_dir, [(LIBRARY_KEY, paths.library_dir)])


def aside_path(path: Path) -> Path:
    """Where a damaged file is set aside, never overwritten: `NAME.damaged-YYYYmmdd-HHMMSS`
    (with `-2`, `-3`… when that exists too)."""
    import datetime as _dt

    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target, n = path.with_name(f"{path.name}.damaged-{stamp}"), 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    return target
