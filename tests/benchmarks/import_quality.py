"""How well saved web pages become articles: ours against readability-lxml and trafilatura alone.

    .venv/bin/python tests/benchmarks/import_quality.py [WEB_PAGES_DIR]   # default ../shared/web-pages

For every page of `pages.json`: is the title right, is the date right (where the page shows
one; a page without one must give none), how many of the three `must` passages are in the
body, and which `must_not` debris leaked into it. A page is fully right when the title is right,
every passage is there and nothing leaked. Our body is the text a reader sees (the Markdown
rendered, block by block); the references' is their plain text. Whitespace is ignored in the
comparison (extractors differ in where they break lines, not in the text). Rows below ours take
one step away each, to show what it buys. Nothing is fetched.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from reader.core.content.render import render_markdown  # noqa: E402
from reader.core.errors import ContentError  # noqa: E402
from reader.core.importers import webpage  # noqa: E402

DEFAULT_PAGES = REPO.parent / "shared" / "web-pages"


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text or "")


def ours(raw: bytes, name: str) -> tuple[str, str, str]:
    page = webpage.extract_page(raw, name)
    body = "\n".join(b.text for b in render_markdown(page.markdown).blocks)
    return page.title, page.date, body


def readability_alone(raw: bytes, name: str) -> tuple[str, str, str]:
    import lxml.html
    from readability import Document

    doc = Document(raw)  # its own encoding guess, as a user of the library would get
    return doc.short_title(), "", lxml.html.fromstring(doc.summary()).text_content()


def trafilatura_alone(raw: bytes, name: str) -> tuple[str, str, str]:
    import trafilatura

    out = trafilatura.bare_extraction(raw, with_metadata=True)
    if out is None:
        return "", "", ""
    return out.title or "", out.date or "", out.text or ""


def _no_step(target: str, replacement):
    return lambda: mock.patch.object(webpage, target, replacement)


# each ablation: a name and the patches that take one step of ours away
ABLATIONS = {
    "ours without the debris rules": [_no_step("drop_web_debris", lambda blocks, meta: blocks)],
    "ours without dropping hidden elements": [
        _no_step("drop_invisible", lambda doc: [s.getparent().remove(s) for s in list(doc.iter("script", "style"))])],
    "ours without nh3 (walk readability's HTML)": [_no_step("sanitise", lambda fragment: fragment)],
    "ours with readability's clean-up of lists and tables": [
        _no_step("_is_content_list", lambda el: False), _no_step("is_data_table", lambda el: False)],
    "ours with readability's title": [_no_step(
        "read_meta", lambda doc, _real=webpage.read_meta: _with_readability_title(_real(doc), doc))],
}


def _with_readability_title(meta, doc):
    import lxml.html
    from readability import Document

    meta.title = Document(lxml.html.tostring(doc, encoding="unicode")).short_title()
    return meta


def generated_pages() -> list[dict]:
    """Bundled articles' text in generated site chrome (tests/unit/importers/web_fixtures.py),
    in two layouts and three encodings, plus a page whose article has a list and a table."""
    from tests.unit.importers.web_fixtures import STRUCTURE_PAGE, news_page

    pages = []
    for stem in ("xinzhiyuan-agi-decade", "ghosts-not-animals", "aitnt-simulators", "dwarkesh-notes"):
        for layout, codec in (("div", "utf-8"), ("table", "gb18030")):
            g = news_page(stem, layout=layout, charset="utf-8")
            pages.append({"file": f"{stem[:12]}-{layout}-{codec}", "raw": g.html.encode(codec), "title": g.title,
                          "date": g.date, "must": g.must, "must_not": g.must_not})
    pages.append({"file": "list-and-table", "raw": STRUCTURE_PAGE.encode("utf-8"), "title": "结构测试", "date": None,
                  "must": ["第一项", "嵌套项", "北京2185"], "must_not": []})
    return pages


def evaluate(pages: list[dict], folder: Path, extract) -> tuple[list[dict], float]:
    rows = []
    started = time.perf_counter()
    for page in pages:
        raw = page["raw"] if "raw" in page else (folder / page["file"]).read_bytes()
        try:
            title, date, body = extract(raw, page["file"])
            error = ""
        except (ContentError, Exception) as exc:  # a reference library may raise anything
            title, date, body, error = "", "", "", f"{type(exc).__name__}: {exc}"
        text = squash(body)
        musts = sum(squash(m) in text for m in page["must"])
        leaked = [d for d in page["must_not"] if squash(d) in text]
        title_ok = squash(title) == squash(page["title"])
        date_ok = (date or "")[:10] == (page["date"] or "")
        rows.append({"file": page["file"], "title_ok": title_ok, "title": title, "date_ok": date_ok, "date": date,
                     "musts": musts, "leaked": leaked, "error": error,
                     "full": title_ok and musts == len(page["must"]) and not leaked})
    return rows, time.perf_counter() - started


def report(label: str, rows: list[dict], seconds: float, detail: bool) -> None:
    print(f"\n== {label}  ({seconds:.2f} s for {len(rows)} pages)")
    if detail:
        for r in rows:
            flags = (f"title {'ok ' if r['title_ok'] else 'BAD'}  date {'ok ' if r['date_ok'] else 'BAD'}  "
                     f"musts {r['musts']}/3  leaked {len(r['leaked'])}")
            extra = "" if r["title_ok"] else f"  title={r['title']!r}"
            extra += "" if r["date_ok"] else f"  date={r['date']!r}"
            extra += f"  debris={r['leaked']}" if r["leaked"] else ""
            extra += f"  error={r['error']}" if r["error"] else ""
            print(f"  {r['file']:<18} {flags}{extra}")
    n = len(rows)
    print(f"  TOTAL fully right {sum(r['full'] for r in rows)}/{n}   titles {sum(r['title_ok'] for r in rows)}/{n}   "
          f"dates {sum(r['date_ok'] for r in rows)}/{n}   musts {sum(r['musts'] for r in rows)}/{3 * n}   "
          f"pages with debris {sum(bool(r['leaked']) for r in rows)}/{n}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT_PAGES)
    args = parser.parse_args(argv)
    sets = [("the saved pages", json.loads((args.folder / "pages.json").read_text(encoding="utf-8"))),
            ("generated pages", generated_pages())]
    try:
        import trafilatura  # noqa: F401
        references = [("readability-lxml alone", readability_alone), ("trafilatura alone (defaults)", trafilatura_alone)]
    except ImportError:
        print("trafilatura is not installed (pip install -e '.[bench]' to compare with it)")
        references = [("readability-lxml alone", readability_alone)]
    for set_name, pages in sets:
        print(f"\n######## {set_name} ({len(pages)})")
        report("ours (reader.core.importers.webpage)", *evaluate(pages, args.folder, ours), detail=True)
        for label, patches in ABLATIONS.items():
            with ExitStack() as stack:
                for patch in patches:
                    stack.enter_context(patch())
                report(label, *evaluate(pages, args.folder, ours), detail=False)
        for label, extract in references:
            report(label, *evaluate(pages, args.folder, extract), detail=set_name == "the saved pages")
        dropped_by_debris_rules(pages, args.folder)
    return 0


def dropped_by_debris_rules(pages: list[dict], folder: Path) -> None:
    """The blocks the debris rules removed from each page (none of them is in a `must`)."""
    print("\n== what the debris rules dropped (blocks inside readability's article node)")
    real = webpage.drop_web_debris
    for page in pages:
        seen: list[tuple[list[str], list[str]]] = []

        def spy(blocks, meta):
            kept = real(list(blocks), meta)
            seen.append((blocks, kept))
            return kept

        raw = page["raw"] if "raw" in page else (folder / page["file"]).read_bytes()
        with mock.patch.object(webpage, "drop_web_debris", spy):
            webpage.extract_page(raw, page["file"])
        blocks, kept = seen[0]
        gone = [b for b in blocks if b not in kept]
        print(f"  {page['file']:<18} {len(gone):>3}: " + " | ".join(b.replace("\n", " ")[:24] for b in gone[:8])
              + (" …" if len(gone) > 8 else ""))


if __name__ == "__main__":
    sys.exit(main())
