"""Which images an article may show: files of its own folder, regular files, not too large.

An image path is input like any other: `/dev/zero` would be read for ever, `../../.ssh/…` is not
the article's, and a remote URL would be a network request (Duidu never goes online). Anything
else is shown as the image's alt text.
"""

from __future__ import annotations

import stat
from pathlib import Path
from urllib.parse import unquote, urlsplit

from ..limits import MAX_IMAGE_BYTES


def local_image(article_path: Path, src: str) -> Path | None:
    """The file `src` names, if the article may show it (see the module's docstring)."""
    parts = urlsplit(src)
    if parts.scheme not in ("", "file") or parts.netloc:
        return None
    folder = Path(article_path).parent.resolve()
    raw = unquote(parts.path)
    if not raw:
        return None
    target = Path(raw) if parts.scheme == "file" else folder / raw
    try:
        target = target.resolve()
        st = target.stat()
    except (OSError, RuntimeError, ValueError):
        return None
    if not target.is_relative_to(folder) or not stat.S_ISREG(st.st_mode) or st.st_size > MAX_IMAGE_BYTES:
        return None
    return target


def read_image(article_path: Path, src: str) -> bytes | None:
    """The bytes of an image the article may show (never more than the limit), or None."""
    path = local_image(article_path, src)
    if path is None:
        return None
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_IMAGE_BYTES + 1)
    except OSError:
        return None
    return data if len(data) <= MAX_IMAGE_BYTES else None
