import pytest

from reader.core.text.numerals import fold_numerals


@pytest.mark.parametrize("text, folded", [
    ("五年", "5年"), ("二十年", "20年"), ("十五", "15"), ("三十三年", "33年"), ("一百零三", "103"),
    ("二零二五年", "2025年"), ("十五万亿", "15万亿"), ("百分之十", "10%"), ("百分之2.5", "2.5%"),
    ("二点五个世纪", "2.5个世纪"), ("一点点", "1点点"), ("两个", "2个"), ("数百次", "数100次"),
    ("5年", "5年"), ("万一", "万1"), ("没有数字", "没有数字"),
])
def test_chinese_numerals_fold_to_digits(text, folded):
    assert fold_numerals(text) == folded


def test_the_same_number_written_either_way_folds_alike():
    assert fold_numerals("过去三年里") == fold_numerals("过去3年里")
    assert fold_numerals("十年") == fold_numerals("10年")
