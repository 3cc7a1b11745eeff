"""Our TF-IDF equals scikit-learn's TfidfVectorizer on the same canonical texts."""

import math

import pytest
from sklearn.feature_extraction import text as sklearn_text  # noqa: E402  (the reference, in the test extra)

from reader.core.compare import vectors
from reader.core.compare.alignment import cosine_table, fitted_vectors
from reader.core.compare.passages import profile
from reader.core.content.library import Library
from tests.conftest import CONTENT


@pytest.fixture(scope="module")
def two_articles():
    library = Library(CONTENT)
    return profile(library.get("xinzhiyuan-agi-decade")), profile(library.get("ghosts-not-animals"))


def _reference(texts, max_df):
    vec = sklearn_text.TfidfVectorizer(analyzer="char", ngram_range=vectors.NGRAM_RANGE, lowercase=False,
                                       sublinear_tf=True, norm="l2", smooth_idf=True, max_df=max_df)
    return vec, vec.fit_transform(texts)


@pytest.mark.parametrize("max_df", [vectors.MAX_DF, 3])
def test_weights_and_cosines_equal_tfidfvectorizer(two_articles, max_df, monkeypatch):
    monkeypatch.setattr(vectors, "MAX_DF", max_df)
    fa, fb = two_articles
    texts = [p.text for p in fa.passages] + [p.text for p in fb.passages]
    vec, matrix = _reference(texts, max_df)
    vocab = vec.vocabulary_
    va, vb = fitted_vectors(fa, fb)
    ours = va + vb
    for k, v in enumerate(ours):
        row = matrix.getrow(k)
        ref = {g: row[0, vocab[g]] for g in v}
        assert set(v) == {g for g, col in vocab.items() if row[0, col] != 0}
        for g, w in v.items():
            assert w == pytest.approx(ref[g], rel=1e-9, abs=1e-12)
    table = cosine_table(fa, fb)
    dense = (matrix[: len(va)] @ matrix[len(va):].T).toarray()
    for i, row in enumerate(table):
        for j in range(len(vb)):
            assert row.get(j, 0.0) == pytest.approx(dense[i, j], abs=1e-9)


def test_char_ngrams_cut_as_scikit_learn():
    analyzer = sklearn_text.TfidfVectorizer(analyzer="char", ngram_range=(1, 3), lowercase=False).build_analyzer()
    for text in ["让我们算2 3", "a  b\tc", "x", "特斯拉 tesla 5年"]:
        assert vectors.char_ngrams(text, (1, 3)) == analyzer(text)


def test_inverted_index_cosines_equal_brute_force(two_articles):
    fa, fb = two_articles
    va, vb = fitted_vectors(fa, fb)
    table = vectors.cosines(va, vb)
    for i, u in enumerate(va):
        for j, v in enumerate(vb):
            assert table[i].get(j, 0.0) == pytest.approx(vectors.cosine(u, v), abs=1e-12)


def test_max_df_leaves_out_the_commonest_ngrams():
    docs = [{"的": 1.0, "a": 1.0}, {"的": 1.0, "b": 1.0}, {"的": 1.0, "a": 1.0}]
    idf = vectors.idf_table(vectors.document_frequency(docs), 3, max_df=2)
    assert "的" not in idf and idf["b"] > idf["a"]
    assert idf["b"] == pytest.approx(math.log(4 / 2) + 1)
