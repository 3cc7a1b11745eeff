import pytest

from reader.core.content.library import Library
from reader.core.topics.model import TopicList
from reader.core.topics.source import bundled_topics_path
from tests.conftest import CONTENT


@pytest.fixture(scope="session")
def library():
    return Library(CONTENT)


@pytest.fixture(scope="session")
def bundled():
    return TopicList.load(bundled_topics_path())
