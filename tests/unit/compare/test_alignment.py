"""align(a, b): symmetric, deterministic, cached per text, the same in every script, pins obeyed."""

from pathlib import Path

import pytest

from reader.core.compare import DEFAULT_THRESHOLD, Alignment, Pair, align
from reader.core.compare.alignment import ALIGNMENT_CACHE, compute_alignment
from reader.core.compare.passages import passages
from reader.core.content.article import Article
from reader.core.text.canonical import converter

TRANSCRIPT, NOTES, XINZHIYUAN = "shuzi-kaiwu-transcript", "dwarkesh-notes", "xinzhiyuan-agi-decade"


def _by_position(alignment: Alignment, a, b) -> dict[tuple[int, int], float]:
    a_pos = {p.block_id: p.index for p in passages(a)}
    b_pos = {p.block_id: p.index for p in passages(b)}
    return {(a_pos[p.a_block], b_pos[p.b_block]): p.score for p in alignment.pairs}


def test_pairs_are_best_first_and_matches_above_the_threshold(library):
    alignment = align(library.get(NOTES), library.get(TRANSCRIPT))
    scores = [p.score for p in alignment.pairs]
    assert scores == sorted(scores, reverse=True) and all(0.0 < s <= 1.0 for s in scores)
    assert alignment.matches and all(p.score >= DEFAULT_THRESHOLD for p in alignment.matches)
    assert len(alignment.matches) < len(alignment.pairs)
    assert isinstance(alignment.pairs[0], Pair)


def test_the_computation_itself_is_symmetric(library):
    a, b = library.get(NOTES), library.get(TRANSCRIPT)
    forward = compute_alignment(a, b)
    backward = compute_alignment(b, a).swapped()
    assert {(p.a_block, p.b_block) for p in forward.pairs} == {(p.a_block, p.b_block) for p in backward.pairs}
    back = {(p.a_block, p.b_block): p.score for p in backward.pairs}
    for p in forward.pairs:
        assert p.score == pytest.approx(back[(p.a_block, p.b_block)], abs=1e-4)


def test_align_in_either_order_gives_the_same_pairs_exactly(library):
    a, b = library.get(XINZHIYUAN), library.get(TRANSCRIPT)
    ab, ba = align(a, b), align(b, a)
    assert (ab.a_id, ab.b_id, ba.a_id, ba.b_id) == (a.id, b.id, b.id, a.id)
    assert ab.swapped() == ba and ba.swapped() == ab
    assert ab.swapped().swapped() == ab
    assert ab.chain == ba.swapped().chain


def test_deterministic(library):
    a, b = library.get(NOTES), library.get(XINZHIYUAN)
    assert compute_alignment(a, b) == compute_alignment(a, b)


def test_cached_per_pair_and_invalidated_when_an_article_changes(library, tmp_path):
    a, b = library.get(XINZHIYUAN), library.get(TRANSCRIPT)
    first = align(a, b)
    assert align(a, b) is first and len(ALIGNMENT_CACHE) == 1
    edited = Article.from_text(a.id, Path(tmp_path / "x.md"), a.path.read_text(encoding="utf-8")
                               .replace("马斯克认为", "马斯克说"))
    second = align(edited, b)
    assert second is not first
    changed = {p.a_block for p in second.pairs} ^ {p.a_block for p in first.pairs}
    assert changed and all(x.startswith("p-") for x in changed)


def test_counterparts_are_the_matches_of_one_block(library):
    alignment = align(library.get(NOTES), library.get(TRANSCRIPT))
    top = alignment.matches[0]
    found = alignment.counterparts(top.a_block)
    assert found[0] == top and all(p.a_block == top.a_block and p.score >= DEFAULT_THRESHOLD for p in found)
    assert top in alignment.counterparts(top.b_block, side="b")
    assert alignment.counterparts("p-00000000") == []
    with pytest.raises(ValueError):
        alignment.counterparts(top.a_block, side="c")


def test_many_to_one_is_allowed(library):
    alignment = align(library.get(NOTES), library.get(TRANSCRIPT))
    per_b = {}
    for p in alignment.matches:
        per_b.setdefault(p.b_block, []).append(p.a_block)
    assert max(len(v) for v in per_b.values()) >= 2


def test_chain_is_in_order_in_both_articles(library):
    a, b = library.get(NOTES), library.get(TRANSCRIPT)
    alignment = align(a, b)
    a_pos = {p.block_id: p.index for p in passages(a)}
    b_pos = {p.block_id: p.index for p in passages(b)}
    steps = [(a_pos[p.a_block], b_pos[p.b_block]) for p in alignment.chain]
    assert len(steps) >= 10
    assert all(x0 < x1 and y0 < y1 for (x0, y0), (x1, y1) in zip(steps, steps[1:]))
    assert all(p.score >= DEFAULT_THRESHOLD for p in alignment.chain)


def test_an_article_with_itself_is_matched_one_to_one(library):
    a = library.get(TRANSCRIPT)
    alignment = align(a, a)
    ids = [p.block_id for p in passages(a)]
    assert [(p.a_block, p.b_block, p.score) for p in alignment.pairs] == [(x, x, 1.0) for x in ids]
    assert alignment.matches == list(alignment.pairs) and list(alignment.chain) == list(alignment.pairs)


def _converted(article, config: str, tmp_path) -> Article:
    text = article.path.read_text(encoding="utf-8")
    return Article.from_text(article.id + "-converted", tmp_path / f"{article.id}.md", converter(config).convert(text))


@pytest.mark.parametrize("which, config", [(NOTES, "s2t"), (TRANSCRIPT, "t2s"), (XINZHIYUAN, "s2twp")])
def test_the_same_pairs_in_every_script(library, tmp_path, which, config):
    """Convert one article to the other script with OpenCC: the pairs (by passage position) stay."""
    a, b = (library.get(NOTES), library.get(TRANSCRIPT)) if which != XINZHIYUAN else \
        (library.get(XINZHIYUAN), library.get(TRANSCRIPT))
    original = align(a, b)
    if which == b.id:
        converted_b = _converted(b, config, tmp_path)
        again = align(a, converted_b)
        before, after = _by_position(original, a, b), _by_position(again, a, converted_b)
    else:
        converted_a = _converted(a, config, tmp_path)
        again = align(converted_a, b)
        before, after = _by_position(original, a, b), _by_position(again, converted_a, b)
    assert len(passages(a)) == len(passages(converted_a if which == a.id else a))
    matched_before = {k for k, s in before.items() if s >= DEFAULT_THRESHOLD}
    matched_after = {k for k, s in after.items() if s >= DEFAULT_THRESHOLD}
    assert matched_before == matched_after
    for k in matched_before:
        assert after[k] == pytest.approx(before[k], abs=0.02)


def test_pins_are_matches_and_the_chain_runs_through_them(library):
    a, b = library.get(XINZHIYUAN), library.get(TRANSCRIPT)
    plain = align(a, b)
    a_last, b_first = passages(a)[-1].block_id, passages(b)[1].block_id
    pinned = align(a, b, pins=[(a_last, b_first)])
    assert pinned is not plain
    assert Pair(a_last, b_first, 1.0) in pinned.matches
    assert pinned.counterparts(a_last)[0] == Pair(a_last, b_first, 1.0)
    assert Pair(a_last, b_first, 1.0) in pinned.chain
    # everything before the pin in a must be before it in b, and nothing follows it in a
    b_pos = {p.block_id: p.index for p in passages(b)}
    assert all(b_pos[p.b_block] < 1 for p in pinned.chain[:-1]) and pinned.chain[-1].a_block == a_last
    # a pin on a block that no longer exists is ignored
    assert align(a, b, pins=[("p-gone", b_first)]).pairs == plain.pairs
