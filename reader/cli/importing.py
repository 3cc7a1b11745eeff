"""`import PATH… [--json]`: the reader's own files into their library folder (DATA/library).

One report per file; with `--json` a list of objects of exactly `path`, `status` (imported,
duplicate, skipped, error), `id` (for imported and duplicate, else null), `title`, `message`.
Exit 0 when every file was imported or already there, 1 when some were skipped or failed (the
others are imported all the same). The original files are never touched.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .output import write_json

if TYPE_CHECKING:
    from ..core.content.paths import AppPaths

def add_import_parser(sub, global_options) -> None:
    p = sub.add_parser("import", help="add your own files (web pages, Markdown, text in any Chinese encoding) "
                                      "to the library")
    global_options(p, True)
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (folders are read recursively)")
    p.add_argument("--json", action="store_true", help="a JSON array of {path, status, id, title, message}")


def cmd_import(args, paths: AppPaths, out, err) -> int:
    from ..core.content.paths import open_library
    from ..core.importers.importing import DUPLICATE, READY, bundled_recipes, content_hash, prepare_batch, write_into

    library = open_library(paths)
    by_hash = {}
    for article in library.readable:
        by_hash.setdefault(str(article.meta.get("content_hash") or content_hash(article.body)), article.id)
    reports = prepare_batch(args.paths, by_hash, recipes=bundled_recipes())
    written: dict[int, Path] = {}
    folder = paths.library_dir
    for i, report in enumerate(reports):
        if report.status != READY:
            continue
        try:
            written[i] = write_into(folder, report)
        except OSError as exc:
            report.status, report.message = "error", f"cannot write into {folder}: {exc.strerror or exc}"
    ids = {}
    if written:
        library = open_library(paths)
        ids = {a.path.resolve(): a.id for a in library}
    records = []
    for i, r in enumerate(reports):
        article_id = None
        if i in written:
            article_id = ids.get(written[i].resolve())
        elif r.status == DUPLICATE:
            article_id = by_hash.get(r.content_hash)
        records.append({"path": r.path, "status": r.status, "id": article_id, "title": r.title or None,
                        "message": r.message or ("; ".join(r.warnings) if r.warnings else "")})
    code = 0 if all(r["status"] in (READY, DUPLICATE) for r in records) else 1
    if args.json:
        write_json(out, records)
        return code
    for r in records:
        what = {"imported": "imported", "duplicate": "already in the library", "skipped": "skipped",
                "error": "failed"}[r["status"]]
        detail = f" as {r['id']}" if r["id"] and r["status"] == "imported" else ""
        out.write(f"{r['path']}\t{what}{detail}\t{r['title'] or ''}\t{r['message'] if r['status'] != 'duplicate' else ''}"
                  .rstrip("\t") + "\n")
    imported = sum(r["status"] == "imported" for r in records)
    err.write(f"duidu: {imported} imported, {len(records) - imported} not, into {folder}\n")
    return code
