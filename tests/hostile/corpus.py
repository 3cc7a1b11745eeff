"""A hostile content folder, generated: one or more files per class of bad input found by testing
(issue 13), beside good articles that must keep working. `CASES` names every file and its class."""

from __future__ import annotations

import os
from pathlib import Path

GOOD = {
    "good-hans.md": "---\ntitle: 好文章\ndate: 2025-10-20\n---\n\n强化学习是一个好词。\n\n第二段讲模型坍缩。\n",
    "good-hant.md": "---\ntitle: 好文章繁\ndate: 2025-10-21\n---\n\n強化學習也在這裡。\n",
}


def _bomb() -> str:
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    names = "abcdefghi"
    for prev, name in zip(names, names[1:]):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{prev}"] * 9) + "]")
    return "\n".join(lines)


def _fm(front: str, body: str = "正文一段。\n") -> str:
    return f"---\n{front}\n---\n\n{body}"


# file name → (class, text or bytes)
CASES: dict[str, tuple[str, str | bytes]] = {
    "date-feb30.md": ("impossible date", _fm("title: A\ndate: 2025-02-30")),
    "date-1345.md": ("impossible date", _fm("title: B\ndate: 2025-13-45")),
    "date-str.md": ("impossible date", _fm('title: C\ndate: "2025-02-30"')),
    "date-event.md": ("impossible date", _fm("title: D\ndate: 2025-10-20\nevent_date: 2025-04-31")),
    "yaml-deep-flow.md": ("deep front matter", _fm("title: " + "[" * 20000)),
    "yaml-deep-block.md": ("deep front matter", _fm("title:\n" + "".join("  " * i + "- \n" for i in range(200)))),
    "yaml-bomb.md": ("YAML alias bomb", _fm(_bomb() + "\ntitle: x")),
    "yaml-alias.md": ("YAML alias bomb", _fm("base: &b 1\ntitle: *b")),
    "yaml-surrogate.md": ("odd YAML values", _fm('title: "lone \\ud800 surrogate"\noutlet: "nul \\x00 bell \\a"')),
    "yaml-pyobj.md": ("odd YAML values", _fm("title: !!python/object:os.system x")),
    "yaml-binary.md": ("odd YAML values", _fm("title: b\ndate: 99999999999999999999\ntags: !!binary aGVsbG8=")),
    "yaml-huge.md": ("front matter too long", _fm("title: x\nnote: " + "长" * 70000)),
    "md-list-1000.md": ("deep Markdown", _fm("title: L", "".join("  " * i + "- 项\n" for i in range(1000)))),
    "md-list-5000.md": ("deep Markdown", _fm("title: L5", "".join("  " * i + "- 项\n" for i in range(5000)))),
    "md-brackets-50k.md": ("deep Markdown", _fm("title: K", "[" * 50000 + "\n")),
    "md-brackets-8k.md": ("deep Markdown", _fm("title: K8", "[" * 8000 + "文" * 8000 + "\n")),
    "md-quotes.md": ("deep Markdown", _fm("title: Q", ">" * 3000 + " 引用\n")),
    "md-links.md": ("slow Markdown", _fm("title: S1", "[a](" * 20000 + "\n")),
    "md-autolinks.md": ("slow Markdown", _fm("title: S2", "<http://" * 20000 + "\n")),
    "md-images.md": ("slow Markdown", _fm("title: S3", "![a](b " * 20000 + "\n")),
    "md-tags.md": ("slow Markdown", _fm("title: S4", "<div>" * 50000 + "\n")),
    "html-raw.md": ("raw HTML", _fm("title: H", '<div class="x">盒子里的文字<script>alert(1)</script></div>\n\n'
                                                 '<img src=x onerror="alert(2)"><a href="javascript:alert(3)">链</a>\n')),
    "img-device.md": ("device or remote image", _fm("title: I", "![零](/dev/zero) ![远](https://example.com/a.png) "
                                                             "![上](../../../etc/passwd)\n")),
    "controls.md": ("control characters", _fm('title: "ctl \\e[31m"', "前\x02中\x03后 \x1b[2J 清屏\x07\n")),
    "empty.md": ("empty or broken", ""),
    "only-front.md": ("empty or broken", "---\ntitle: x\n---\n"),
    "bad-utf8.md": ("empty or broken", b"---\ntitle: x\n---\n\n\xe5\xbc\xba\xff\n"),
    "not-mapping.md": ("empty or broken", _fm("- a\n- b")),
    "dup.md": ("colliding ids", _fm("title: dup md")),
    "dup.markdown": ("colliding ids", _fm("title: dup markdown")),
    "Dup.MD": ("colliding ids", _fm("title: Dup MD")),
}
BAD_NAME = os.fsencode("caf") + b"\xe9.md"  # a file name that is not UTF-8
HUGE_NAME = "huge.md"  # over the file size limit (sparse)


def make_corpus(folder: Path, bad_name: bool = True) -> dict[str, str]:
    """Write the hostile folder; return {file name (as shown): class}."""
    folder.mkdir(parents=True, exist_ok=True)
    classes = {}
    for name, text in GOOD.items():
        (folder / name).write_text(text, encoding="utf-8")
    for name, (cls, content) in CASES.items():
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        (folder / name).write_bytes(data)
        classes[name] = cls
    if bad_name and os.name == "posix":
        with open(os.path.join(os.fsencode(folder), BAD_NAME), "wb") as f:
            f.write(_fm("title: 咖啡").encode("utf-8"))
        classes["caf\\xe9.md"] = "file name not UTF-8"
    if os.name == "posix":
        os.symlink("loop.md", folder / "loop.md")  # a link to itself
        classes["loop.md"] = "unreadable entry"
    (folder / "folder.md").mkdir()  # a folder with an article's name
    classes["folder.md"] = "unreadable entry"
    with open(folder / HUGE_NAME, "wb") as f:
        f.write(_fm("title: huge").encode("utf-8"))
        f.truncate(40 * 1024 * 1024)
    classes[HUGE_NAME] = "file too large"
    return classes
