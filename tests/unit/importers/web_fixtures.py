"""Saved news pages made in the test: a bundled article's text inside realistic site chrome.

A generated page has what real Chinese news pages put around an article (navigation, a
breadcrumb, a byline, share buttons, a "推荐阅读" list, a comment thread, a footer with the
licence numbers, hidden boxes, scripts, frames, remote images, `javascript:` links), with class
names of its own so no rule can be tuned to the ten saved pages' markup.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from pathlib import Path

CONTENT = Path(__file__).resolve().parents[3] / "content"

# the debris a generated page carries: none of it may reach the article
DEBRIS = ["网站首页", "国内新闻频道", "分享到微博", "推荐阅读", "某地推出新政吸引人才落户", "三部门联合发布夏季安全提示",
          "网友评论", "这篇文章写得真好啊", "沪ICP备12345678号", "某某传媒有限公司版权所有", "隐藏的打赏说明文字",
          "alert(", "evil.example", "javascript:", "onerror", "tracker.example"]


@dataclass
class GeneratedPage:
    html: str
    title: str
    date: str
    must: list[str]
    must_not: list[str] = field(default_factory=lambda: list(DEBRIS))


def article_text(stem: str) -> tuple[str, list[str]]:
    """(title, prose paragraphs) of a bundled article: headings, lists, code and tables left out."""
    text = (CONTENT / f"{stem}.md").read_text(encoding="utf-8")
    meta, _, body = text.partition("\n---\n")
    title = re.search(r"^title:\s*(.+)$", meta, re.MULTILINE).group(1).strip().strip("'\"")
    paragraphs = []
    for block in re.split(r"\n\s*\n", body):
        block = block.strip()
        if not block or re.match(r"[#>|`\-*+\d!\[<{]", block) or "](" in block or "\\" in block:
            continue
        paragraphs.append(re.sub(r"\s+", " ", block))
    return title, paragraphs


def news_page(stem: str = "xinzhiyuan-agi-decade", paragraphs: int = 12, charset: str = "utf-8",
              layout: str = "div") -> GeneratedPage:
    """A page around the first `paragraphs` paragraphs of a bundled article. `charset` is only
    what the page declares (the caller encodes it); `layout` "div" or "table" (older CMSs)."""
    title, paras = article_text(stem)
    paras = paras[:paragraphs]
    body = "\n".join(f"<p>　　{html.escape(p)}</p>" if i % 3 else
                     f"<p>{html.escape(p[: len(p) // 2])}\n{html.escape(p[len(p) // 2:])}</p>"
                     for i, p in enumerate(paras))
    body = body.replace("</p>\n<p>", "</p>\n<img src=\"https://img.evil.example/a.jpg\" onerror=\"alert(1)\">\n<p>", 1)
    article = f"""
      <h1 class="hd-title">{html.escape(title)}</h1>
      <div class="meta-line"><span>2025-10-20 14:12</span> <span>来源：示例日报</span></div>
      <div class="txt-body">{body}
        <p><a href="javascript:void(0)" onclick="alert(2)">展开全文</a></p>
        <div class="dashang" style="display: none">隐藏的打赏说明文字</div>
        <p>【责任编辑：王小明】</p>
      </div>"""
    if layout == "table":
        article = f"<table width='960'><tr><td class='l'>{article}</td><td class='r'>右侧栏</td></tr></table>"
    page = f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">
<title>{html.escape(title)}_国内新闻_示例日报网</title>
<meta property="og:site_name" content="示例日报">
<link rel="canonical" href="https://news.example.cn/2025/10/20/123.html">
<script>var _t = "alert(";</script><script src="https://tracker.example/t.js"></script>
<style>.x{{color:red}}</style></head>
<body onload="alert(3)">
<div class="topnav"><ul><li><a href="/">网站首页</a></li><li><a href="/gn/">国内新闻频道</a></li>
<li><a href="/gj/">国际</a></li><li><a href="/ty/">体育</a></li></ul></div>
<div class="crumb">首页 &gt; 国内新闻 &gt; 正文</div>
<div class="wrap"><div class="main-col">{article}
  <div class="share-box"><a href="javascript:share('wb')">分享到微博</a> <a href="#">微信</a></div>
  <div class="tuijian"><h3>推荐阅读</h3><ul>
    <li><a href="/a1.html">某地推出新政吸引人才落户</a></li>
    <li><a href="/a2.html">三部门联合发布夏季安全提示</a></li></ul></div>
  <div class="pinglun"><h3>网友评论</h3><ul><li><span>北京网友</span><p>这篇文章写得真好啊</p></li></ul></div>
</div>
<div class="side-col"><iframe src="https://ads.evil.example/frame"></iframe>
  <ul><li><a href="/h1.html">热点一</a></li><li><a href="/h2.html">热点二</a></li></ul></div></div>
<div class="foot"><p>某某传媒有限公司版权所有</p><p>沪ICP备12345678号</p></div>
</body></html>"""
    must = [paras[0][:20], paras[len(paras) // 2][-20:], paras[-1][-20:]]
    return GeneratedPage(page, title, "2025-10-20", must)


def link_list_page() -> str:
    """A page with no article: a channel's list of headlines."""
    items = "\n".join(f'<li><a href="/news/{i}.html">第{i}条新闻标题：某地召开会议部署工作</a> <span>2025-10-{i:02d}</span></li>'
                      for i in range(1, 29))
    return f"""<html><head><meta charset="utf-8"><title>国内新闻_示例日报网</title></head>
<body><div class="nav"><a href="/">首页</a> <a href="/gn/">国内</a></div>
<h2>国内新闻</h2><ul class="list">{items}</ul><div class="foot">示例日报版权所有</div></body></html>"""


# an article with the structure Markdown can say: headings, nested lists, a quote, code, a table
STRUCTURE_PAGE = """<html><head><title>结构测试</title></head><body><article>
    <h1>结构测试</h1><h2>第一节</h2><p>这是一段足够长的正文，用来让提取器认为这里就是文章的主体部分，内容继续。</p>
    <ul><li>第一项</li><li>第二项<ul><li>嵌套项</li></ul></li></ul><ol start="3"><li>三</li><li>四</li></ol>
    <blockquote><p>引用的第一段。</p><p>引用的第二段。</p></blockquote>
    <p>有<strong>粗体</strong>和<em>斜体</em>以及<code>代码</code>，还有 *星号* 与 # 井号。</p>
    <pre><code>def f():\n    return 1</code></pre>
    <table><tr><th>城市</th><th>人口（万）</th></tr><tr><td>北京</td><td>2185</td></tr><tr><td>上海</td><td>2487</td></tr></table>
    <p>这又是一段足够长的正文，用来让提取器认为这里就是文章的主体部分，内容继续下去。</p>
    </article></body></html>"""
