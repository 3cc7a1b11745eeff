"""Debris that survives inside a page's article node: related lists and comment threads that
end it, editor and copyright lines, "click for the large image" prompts, share and print
buttons, the headline and byline repeated above the text, captions that repeat the title or the
site's name in place of an image. Whole blocks only, never a word of the prose; the rules are
the bundled corpus's (`debris.SITE_CHROME`) plus the web's own, none keyed on one site.
"""

from __future__ import annotations

import re

from .debris import SITE_CHROME, Chrome
from .page_meta import PageMeta, iso_date

_END = r"[\s:：>»›…。.!！]*"
_RELATED = (r"相关推荐|推荐阅读|相关阅读|相关新闻|相关文章|相关资讯|相关报道|延伸阅读|猜你喜欢|为您推荐|为你推荐|热门推荐|"
            r"热点推荐|热门文章|热门新闻|热新闻|更多精彩|精彩推荐|大家都在看|往期回顾|往期推荐|今日推荐|编辑推荐|"
            r"热门评论|最新评论|全部评论|网友评论|评论|跟贴|发表评论|我要评论|精彩评论|留言|写留言|精选留言")
WEB_CHROME: tuple[Chrome, ...] = (
    Chrome("related list or comments", re.compile(rf"(?:{_RELATED})(?:\s*[(（]?\d*[)）]?)?{_END}"
                                                  rf"|相关(?:资讯|新闻|阅读)请关注{_END}"), ends_article=True),
    Chrome("editor", re.compile(r"[【\[（(]?\s*(?:(?:责任编辑|编辑|责编|校对|审核|审校|监制|主编|值班编辑|实习编辑)"
                                r"\s*[:：]\s*[^\s】\]）)]{1,12}\s*)+[】\]）)]?")),
    Chrome("copyright", re.compile(r".{0,40}(?:未经(?:许可|允许|授权).{0,12}转载|版权(?:所有|归.{1,20}所有)|"
                                   r"转载请(?:注明|联系)|(?:免责)?声明[:：]).{0,80}")),
    Chrome("image prompt", re.compile(r"[（(【\[]?\s*(?=.{0,6}(?:点击|查看|点此))(?=.*(?:大图|原图|图片))"
                                      r".{0,14}[）)】\]]?")),
    Chrome("share", re.compile(r"(?:分享到|分享至|一键分享|扫描二维码|扫一扫|扫码|长按识别|长按二维码).{0,30}|"
                               r"(?:打开|下载).{0,10}(?:APP|App|app|客户端).{0,20}")),
    Chrome("page tools", re.compile(r"[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|回到顶部|收藏本文|字号|举报)[】\]]?"
                                    r"(?:\s*[【\[]?(?:打印本页|打印|关闭窗口|关闭|返回顶部|收藏|大|中|小)[】\]]?)*"
                                    r"|(?:展开|阅读|查看)全文|点击展开(?:全文)?|(?:上一篇|下一篇)[:：].{0,60}|(?:现在|当前|您的)?位置\s*[:：].{0,60}")),
    Chrome("breadcrumb", re.compile(r"(?:首页|主页|网站首页|Home)\s*[>»›/]\s*.{0,60}", re.IGNORECASE)),
    Chrome("keywords", re.compile(r"(?:关键词|关键字|标签|Tags?)\s*(?:>>|[:：]).{0,80}", re.IGNORECASE)),
)
_BYLINE_RE = re.compile(r"(?P<outlet>[^\s:：]{0,12}?)(?:记者|作者|撰文|文|通讯员|特约撰稿人?)\s*[:：|丨]?\s*"
                        r"(?P<author>[\u4e00-\u9fff·]{2,4}(?:[ 、，,][\u4e00-\u9fff·]{2,4}){0,3})")
_DATELINE_LEFTOVER = re.compile(r"(?:\d{1,2}:\d{2}(?::\d{2})?|发布(?:时间|日期)|时间|日期|来源|发表于|更新|[:：|丨/\s\-\[\]【】()（）])+")
_TOP_BLOCKS = 4  # headline and byline sit above the text: only these are read as a byline
_MIN_TEXT_BEFORE_END = 150  # a "related" heading with less article text above it is not the article's end
_MARKUP_RE = re.compile(r"^(?:#{1,6}\s+|>\s?|[-*+]\s+|\d+\.\s+)|\*\*|(?<!\\)\*|\\(?=[\\`*_\[\]#>+\-.!|])")
_LINK_RE = re.compile(r"\[([^\]]*)\]\(<?[^)>]*>?\)")


def plain(block: str) -> str:
    """A Markdown block's visible text, for matching debris (markers, escapes, link targets gone)."""
    text = _LINK_RE.sub(r"\1", block)
    lines = [_MARKUP_RE.sub("", line) for line in text.split("\n")]
    return " ".join(line.strip() for line in lines).strip()


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def drop_web_debris(blocks: list[str], meta: PageMeta) -> list[str]:
    """The article's blocks without debris; a byline's facts (author, date) fill `meta`'s gaps."""
    title = _squash(meta.title)
    outlet = _squash(meta.outlet)
    kinds = (*WEB_CHROME, *SITE_CHROME)
    out: list[str] = []
    text_so_far = 0
    previous = ""
    for i, block in enumerate(blocks):
        if block.startswith("```") or block.startswith("|"):
            out.append(block)
            continue
        text = plain(block)
        squashed = _squash(text)
        if not squashed:
            continue
        if title and (squashed == title or squashed == _squash(f"{meta.title}{meta.title}")):
            continue  # the headline again, or an image captioned with it
        if outlet and squashed == outlet or squashed == previous:
            previous = squashed
            continue  # the site's name as a caption; a caption repeating the one before
        previous = squashed
        if i < _TOP_BLOCKS and _is_byline(text, meta):
            continue
        found = next((c for c in kinds if c.pattern.fullmatch(text)), None)
        if found is None:
            out.append(block)
            text_so_far += len(squashed)
            continue
        if found.ends_article and text_so_far >= _MIN_TEXT_BEFORE_END:
            break
    return out


def _is_byline(text: str, meta: PageMeta) -> bool:
    if len(text) > 60:
        return False
    m = _BYLINE_RE.fullmatch(text.strip())
    if m:
        meta.author = meta.author or m.group("author")
        return True
    date = iso_date(text)
    if not date:
        return False
    rest = re.sub(r"(?:19|20)\d{2}\s*(?:[-/.]|年)\s*\d{1,2}\s*(?:[-/.]|月)\s*\d{1,2}\s*日?", "", text)
    rest = _DATELINE_LEFTOVER.sub("", rest)
    if len(rest) <= 16:  # a date with a time, a source or a name beside it
        meta.date = meta.date or date
        return True
    return False


def has_article_text(blocks: list[str], minimum: int = 40) -> bool:
    """Whether the blocks hold some prose: at least `minimum` characters outside headings."""
    prose = "".join(_squash(plain(b)) for b in blocks if not b.startswith("#"))
    return len(prose) >= minimum
