"""Topics: the topic list (`topics.toml`), passage tagging, and the timeline data."""

from .model import Topic, TopicList
from .source import TopicSource
from .tagging import ArticleTags, Tag, TaggedPassage, article_tags
from .timeline import ArticleTimeline, Timeline, TopicInArticle, build_timeline

__all__ = ["ArticleTags", "ArticleTimeline", "Tag", "TaggedPassage", "Timeline", "Topic", "TopicInArticle",
           "TopicList", "TopicSource", "article_tags", "build_timeline"]
