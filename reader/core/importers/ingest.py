"""Raw file → clean Markdown article: decode the bytes, drop site debris, restore structure.

The text is the authors': every step here removes whole debris lines or adds Markdown structure
(front matter, headings, paragraph breaks, list markers, quotes, fences, escapes) and never
changes a character of the prose. Per-file knowledge (exact headings, editorial titles, a
site's own debris lines) lives in a `Recipe`, loaded from `content/sources.toml`; without one,
`import_text` falls back to generic rules so the "import your own files" feature can reuse the
same pipeline. The steps live in `decoding`, `debris`, `structure`, `transcript` and
`front_matter`; this module runs them in order.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from ..errors import ContentError
from ..script.detection import detect_script
from .debris import (
    collapse_blank_lines,
    dead_links_to_text,
    drop_exact_lines,
    drop_repeated_title_lines,
    drop_site_chrome,
    hugo_shortcodes_to_links,
    normalise_lines,
)
from .decoding import decode_bytes
from .front_matter import HUGO_RE, front_matter, split_hugo_front_matter
from .recipes import Recipe, load_recipes
from .structure import HEADING_RE, separate_blocks, tidy_quotes, webpage_blocks
from .transcript import transcript_blocks

_TITLE_MAX = 48  # characters: a longer first line is a paragraph
_SENTENCE_ENDS = tuple("。！？!?；;，,：:…")


def reads_as_title(line: str) -> bool:
    """Whether a first line reads as a title: short, and not ending like a sentence."""
    return 0 < len(line) <= _TITLE_MAX and not line.endswith(_SENTENCE_ENDS)


def guess_kind(text: str) -> str:
    if HUGO_RE.match(text.lstrip("\ufeff").replace("\r\n", "\n")):
        return "hugo"
    lines = text.splitlines()
    marks = sum(1 for line in lines if HEADING_RE.match(line) or re.match(r"\s*\|\s*-{3}", line))
    return "markdown" if marks >= 2 else "webpage"


def import_text(text: str, recipe: Recipe | None, source_file: str) -> str:
    """The full Markdown file (front matter + body) for one decoded source text."""
    kind = recipe.kind if recipe else guess_kind(text)
    name = source_file
    meta: dict[str, Any] = {}
    hints: dict[str, Any] = {}
    override = dict(recipe.meta) if recipe else {}
    title = str(override.get("title") or "")

    if kind == "hugo":
        hugo, text = split_hugo_front_matter(text.replace("\r\n", "\n"), name)
        for key in ("title", "date", "description", "tags", "source_url"):
            if hugo.get(key) not in (None, "", []):
                meta[key] = hugo[key]
        if hugo.get("source_name"):
            meta["about"] = hugo["source_name"]
        title = title or str(hugo.get("title") or "")
        kind = "markdown"
        text = hugo_shortcodes_to_links(text)

    lines = normalise_lines(text)
    if recipe:
        lines = drop_exact_lines(lines, recipe.drop_lines)

    if kind == "markdown":
        if not title:
            title = next((ln[2:].strip() for ln in lines if ln.startswith("# ")), "")
        if title:
            lines = [ln for ln in lines if ln.strip() != f"# {title}"]
        lines = tidy_quotes(normalise_lines(dead_links_to_text("\n".join(lines))))
        body = "\n".join(collapse_blank_lines(separate_blocks(lines)))
    elif kind == "webpage":
        lines = drop_site_chrome(lines, hints, recipe.chrome if recipe else ())
        if not title:  # the first line, when it reads as a title: a first paragraph stays text
            first = next((ln.strip() for ln in lines if ln.strip()), "")
            title = first if reads_as_title(first) else ""
        if title:
            lines = drop_repeated_title_lines(lines, title)
        body = "\n\n".join(webpage_blocks(lines, recipe, name))
    else:  # transcript
        if recipe is None:
            raise ContentError(f"{name}: a transcript needs a recipe with its section headings")
        body = "\n\n".join(transcript_blocks("\n".join(lines), recipe, name))

    if not body.strip():
        raise ContentError(f"{name}: no text left after removing site debris")
    meta.update({k: v for k, v in hints.items() if k not in meta})
    meta.update(override)
    meta["title"] = title or Path(source_file).stem
    script = str(meta.get("script") or detect_script(body))
    if script:
        meta["script"] = script
        meta.setdefault("language", "zh-Hans" if script == "hans" else "zh-Hant")
    meta["source_file"] = source_file
    return front_matter(meta) + "\n" + body.strip("\n") + "\n"


def build_bundled(seeds_dir: Path, sources_toml: Path) -> dict[str, str]:
    """Output file name → Markdown text for every recipe; same inputs, same bytes."""
    out: dict[str, str] = {}
    for recipe in load_recipes(sources_toml):
        path = Path(seeds_dir) / recipe.source_file
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise ContentError(f"cannot read seed {path}: {exc.strerror or exc}") from None
        text = decode_bytes(raw, recipe.source_file)
        out[f"{recipe.output}.md"] = import_text(text, recipe, recipe.source_file)
    return dict(sorted(out.items()))


def main(argv: list[str]) -> int:
    """`python -m reader.core.importers.ingest SEEDS_DIR OUT_DIR [SOURCES_TOML]`: write the articles."""
    if len(argv) not in (2, 3):
        sys.stderr.write("usage: python -m reader.core.importers.ingest SEEDS_DIR OUT_DIR [SOURCES_TOML]\n")
        return 2
    seeds, out_dir = Path(argv[0]), Path(argv[1])
    if len(argv) == 3:
        sources = Path(argv[2])
    else:
        from ..content.library import default_content_dir

        sources = out_dir / "sources.toml"
        sources = sources if sources.is_file() else default_content_dir() / "sources.toml"
    try:
        files = build_bundled(seeds, sources)
    except ContentError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 1
    out_dir.mkdir(parents=True, exist_ok=True)
    for file_name, text in files.items():
        (out_dir / file_name).write_text(text, encoding="utf-8", newline="\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
