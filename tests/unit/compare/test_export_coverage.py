import csv
import io
from html.parser import HTMLParser

import pytest

from reader.core.compare import align, coverage, export_pairs
from reader.core.compare.passages import passages
from reader.core.errors import DuiduError

A, B = "dwarkesh-notes", "shuzi-kaiwu-transcript"


@pytest.fixture
def aligned(library):
    a, b = library.get(A), library.get(B)
    return align(a, b), a, b


def test_csv_has_ids_texts_scores_and_links(aligned):
    alignment, a, b = aligned
    rows = list(csv.DictReader(io.StringIO(export_pairs(alignment, a, b, "csv"))))
    assert len(rows) == len(alignment.matches)
    first, pair = rows[0], alignment.matches[0]
    assert (first["a_block"], first["b_block"]) == (pair.a_block, pair.b_block)
    assert float(first["score"]) == pytest.approx(pair.score, abs=1e-3)
    assert first["a_text"] == a.block(pair.a_block).text and first["b_text"] == b.block(pair.b_block).text
    assert first["a_link"] == f"duidu://open?article={A}&block={pair.a_block}"
    assert first["b_link"] == f"duidu://open?article={B}&block={pair.b_block}"


def test_markdown_and_html(aligned):
    alignment, a, b = aligned
    pair = alignment.matches[0]
    md = export_pairs(alignment, a, b, "md")
    assert md.count("\n| ") == len(alignment.matches) + 2  # the header and its rule
    assert f"(duidu://open?article={B}&block={pair.b_block})" in md
    page = export_pairs(alignment, a, b, "html")
    links = []

    class Links(HTMLParser):
        def handle_starttag(self, tag, attrs):
            if tag == "a":
                links.append(dict(attrs)["href"])

    Links().feed(page)
    assert len(links) == 2 * len(alignment.matches)
    assert f"duidu://open?article={A}&block={pair.a_block}" in links
    with pytest.raises(DuiduError):
        export_pairs(alignment, a, b, "pdf")
    with pytest.raises(DuiduError):
        export_pairs(alignment, b, a, "md")


def test_coverage_of_the_transcript(library):
    reference = library.get(B)
    result = coverage(reference, library.get(A))
    ids = [p.block_id for p in passages(reference)]
    assert sorted(result.covered + result.uncovered, key=ids.index) == ids
    assert set(result.covered).isdisjoint(result.uncovered)
    assert 0.1 < result.share < 0.9 and result.share == pytest.approx(len(result.covered) / len(ids))
    assert coverage(reference, reference).share == 1.0


def test_passage_reports_say_which_articles_cover_each_passage_of_the_reference(library):
    from reader.core.compare.coverage import passage_reports

    reference = library.get("shuzi-kaiwu-transcript")
    others = [library.get("xinzhiyuan-agi-decade"), library.get("dwarkesh-notes")]
    reports = passage_reports(reference, others)
    # every paragraph, list item and quote of the reference, in order, with its length
    assert [(r.block_id, r.length) for r in reports] == [
        (b.id, len(b.text)) for b in reference.blocks if b.kind in ("paragraph", "list_item", "quote")]
    for other in others:
        covered = set(coverage(reference, other).covered)
        assert {r.block_id for r in reports if other.id in r.reported_by} == covered
    assert any(len(r.reported_by) == 2 for r in reports) and any(not r.reported_by for r in reports)


def test_a_sync_point_counts_as_covering(library):
    from reader.core.compare.coverage import passage_reports

    reference, other = library.get("shuzi-kaiwu-transcript"), library.get("xinzhiyuan-agi-decade")
    left_out = next(r.block_id for r in passage_reports(reference, [other]) if not r.reported_by)
    pin = (left_out, next(b.id for b in other.blocks if b.kind == "paragraph"))
    pinned = passage_reports(reference, [other], {other.id: [pin]})
    assert other.id in next(r.reported_by for r in pinned if r.block_id == left_out)
