"""`import PATH… [--json]`: the reader's own files into their library folder (DATA/library).

One report per file; with `--json` a list of objects of exactly `path`, `status` (imported,
duplicate, skipped, error), `id` (for imported and duplicate, else null), `title`, `message`.
Exit 0 when every file was imported or already there, 1 when some were skipped or failed (the
others are imported all the same). The original files are never touched.
"""

from __future__ import annotations

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
    from ..core.importers.importing import DUPLICATE, READY, import_into, library_hashes

    by_hash = library_hashes(open_library(paths))
    folder = paths.library_dir
    reports = import_into(args.paths, folder, by_hash)
    ids = {}
    if any(r.written for r in reports):
        ids = {a.path.resolve(): a.id for a in open_library(paths)}
    records = []
    for r in reports:
        article_id = None
        if r.written:
            article_id = ids.get(r.written.resolve())
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
