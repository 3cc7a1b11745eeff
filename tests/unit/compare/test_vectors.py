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


def recounted(fitted):
    """The same passages counted as `vectors.LATIN_WORDS` now says (profiles are cached per text)."""
    counts = [vectors.log_counts(p.text) for p in fitted.passages]
    return type(fitted)(fitted.passages, counts, vectors.document_frequency(counts))


def _reference(texts, max_df):
    """scikit-learn's weighting over our tokens (`vectors.tokens`: character n-grams, a Latin word
    as one token), which test_tokens_* below check against its own char analyzer."""
    vec = sklearn_text.TfidfVectorizer(analyzer=vectors.tokens, lowercase=False,
                                       sublinear_tf=True, norm="l2", smooth_idf=True, max_df=max_df)
    return vec, vec.fit_transform(texts)


@pytest.mark.parametrize("latin_words", [False, True])
@pytest.mark.parametrize("max_df", [vectors.MAX_DF, 3])
def test_weights_and_cosines_equal_tfidfvectorizer(two_articles, max_df, latin_words, monkeypatch):
    monkeypatch.setattr(vectors, "MAX_DF", max_df)
    monkeypatch.setattr(vectors, "LATIN_WORDS", latin_words)
    fa, fb = (recounted(f) for f in two_articles)
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


def test_tokens_keep_a_latin_word_whole_and_cut_the_rest_as_scikit_learn(monkeypatch):
    monkeypatch.setattr(vectors, "LATIN_WORDS", True)
    analyzer = sklearn_text.TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False).build_analyzer()
    assert vectors.tokens("如lora") == analyzer("如") + [" lora "]
    assert vectors.tokens("karpathy深信不疑") == [" karpathy "] + analyzer("深信不疑")
    assert vectors.tokens("用 rl 和  sft 训练 gpt4") == (
        analyzer("用 ") + [" rl "] + analyzer(" 和 ") + [" sft "] + analyzer(" 训练 ") + [" gpt "] + analyzer("4"))
    assert vectors.tokens("特斯拉5年") == analyzer("特斯拉5年")  # no Latin: only character n-grams
    # the word never equals a letter pair of a text cut into characters
    assert not {" ai "} & set(analyzer("ai"))


def test_without_latin_words_a_word_is_cut_into_characters(monkeypatch):
    monkeypatch.setattr(vectors, "LATIN_WORDS", False)
    analyzer = sklearn_text.TfidfVectorizer(analyzer="char", ngram_range=(1, 2), lowercase=False).build_analyzer()
    assert vectors.tokens("如lora") == analyzer("如lora")


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
