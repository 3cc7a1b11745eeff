import pytest

from reader.core.compare.alignment import ALIGNMENT_CACHE
from reader.core.compare.passages import PASSAGE_CACHE
from reader.core.content.library import Library
from tests.conftest import CONTENT


@pytest.fixture(scope="session")
def library():
    return Library(CONTENT)


@pytest.fixture(autouse=True)
def _fresh_caches():
    ALIGNMENT_CACHE.clear()
    PASSAGE_CACHE.clear()
    yield
