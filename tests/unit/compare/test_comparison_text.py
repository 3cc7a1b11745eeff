"""The form passages are compared in: one number is one number however it is written."""

import pytest

from reader.core.compare.passages import comparison_text


@pytest.mark.parametrize("one, other", [
    ("百分之十", "10%"), ("10 %", "10%"), ("十五年", "15年"), ("两个", "2个"),
    ("零点五", "0.5"), ("2.5万", "二点五万"), ("三分之一", "1/3"), ("1,000", "1000"), ("1,500步", "一千五百步"),
    ("GPT-4", "gpt 4"), ("Tesla", "特斯拉"),
])
def test_written_differently_compared_the_same(one, other):
    assert comparison_text(one) == comparison_text(other)


def test_punctuation_is_still_space():
    assert comparison_text("他说,1,2,3。好") == "他说 1 2 3 好"
    assert comparison_text("a/b——c") == "a b c"
