"""Markdown → HTML in which every block carries a stable id (see `blocks`), cached between runs.

Showing a cached rendering never imports Python-Markdown: `markdown_ext` is loaded only to
render a body not seen before.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from pathlib import Path

from .blocks import Block, Rendered

log = logging.getLogger(__name__)

# bump when the HTML or the block ids a body renders to change: cached renderings are dropped
RENDER_VERSION = 3


def render_markdown(body: str, cache_dir: Path | None = None) -> Rendered:
    """Render an article body; the same body always gives the same ids.

    With `cache_dir`, a rendering is kept there (keyed by the body's hash and RENDER_VERSION),
    so a restart shows the last article without importing or running Markdown at all.
    """
    if cache_dir is None:
        from .markdown_ext import render_blocks

        return render_blocks(body)
    key = hashlib.sha1(f"{RENDER_VERSION}\0{body}".encode("utf-8")).hexdigest()[:20]
    path = Path(cache_dir) / f"{key}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Rendered(data["html"], [Block(*b) for b in data["blocks"]])
    except FileNotFoundError:
        pass
    except (OSError, ValueError, KeyError, TypeError) as exc:  # damaged: render again
        log.info("ignoring cached rendering %s: %s", path, exc)
    from .markdown_ext import render_blocks

    rendered = render_blocks(body)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        data = {"html": rendered.html, "blocks": [[b.id, b.kind, b.text, b.level] for b in rendered.blocks]}
        tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError as exc:
        log.info("cannot cache rendering in %s: %s", cache_dir, exc)
    return rendered
