"""The README and the user guide cannot drift from the app: every picture they show is in the
repository (and small), every picture in docs/images/ is shown, and every menu path the guide
names (**View ▸ Scroll Sync ▸ By Passage**) is a path through the menus the action table builds."""

import re

import pytest

from reader.ui.actions import ACTIONS, GROUP_TEXTS, MENUS, ActionSpec, MenuSpec
from tests.conftest import REPO

GUIDE = REPO / "docs" / "guide.md"
README = REPO / "README.md"
IMAGES = REPO / "docs" / "images"
MAX_IMAGE_BYTES = 400 * 1024
IMAGE_RE = re.compile(r"!\[[^\]]*\]\(([^)\s]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*", re.DOTALL)


def plain(text: str) -> str:
    """A menu text as the user reads it: no & (the mnemonic), no …, spaces collapsed."""
    return " ".join(text.replace("&", "").replace("…", "").split())


def menu_tree() -> dict[str, dict]:
    """{menu title: {entry: subtree or None}} as the action table builds the menu bar."""
    children: dict[str, dict[str, dict | None]] = {}
    titles: dict[str, str] = {}
    for spec in MENUS:
        children[spec.key] = {}
        titles[spec.key] = plain(spec.title)
    for spec in ACTIONS:
        if isinstance(spec, MenuSpec):
            children[spec.key] = {}
            titles[spec.key] = plain(spec.title)
            children[spec.parent][titles[spec.key]] = children[spec.key]
        elif isinstance(spec, ActionSpec) and spec.handler:
            text = GROUP_TEXTS.get((spec.group, spec.key), spec.text)
            if text:  # the colours' texts are set by their owner: a guide cannot name them here
                children[spec.menu][plain(text)] = None
    return {titles[s.key]: children[s.key] for s in MENUS}


def menu_paths(markdown: str) -> list[str]:
    return [plain(m) for m in BOLD_RE.findall(markdown) if "▸" in m]


def resolves(path: str, tree: dict) -> bool:
    node: dict | None = tree
    for part in (p.strip() for p in path.split("▸")):
        if node is None or part not in node:
            return False
        node = node[part]
    return True


def test_the_menu_tree_is_read_from_the_table():
    tree = menu_tree()
    assert resolves("View ▸ Scroll Sync ▸ By Passage", tree)
    assert resolves("View ▸ Script ▸ Interface Language ▸ Follow the Script Shown", tree)
    assert resolves("View ▸ Theme ▸ Sepia", tree)
    assert not resolves("View ▸ Scroll Sync ▸ By Chapter", tree)
    assert not resolves("File ▸ Scroll Sync", tree)
    assert not resolves("View ▸ Compare Side by Side ▸ Off", tree)  # an action has no entries


def test_every_menu_path_in_the_guide_is_in_the_menus():
    text = GUIDE.read_text(encoding="utf-8")
    paths = menu_paths(text)
    assert len(paths) >= 30  # the guide names the menus it speaks of
    tree = menu_tree()
    assert [p for p in paths if not resolves(p, tree)] == []


def test_every_menu_path_in_the_guide_is_marked_as_one():
    """A ▸ outside **…** would be a menu path the test above never checks; only a button's and a
    context menu's entries (not in the menu bar) are written without."""
    unmarked = BOLD_RE.sub("", GUIDE.read_text(encoding="utf-8"))
    for allowed in ("⇄ ▸", "right-click a passage ▸", "right-click a library entry ▸"):
        unmarked = unmarked.replace(allowed, "")
    assert [line for line in unmarked.splitlines() if "▸" in line] == []


@pytest.mark.parametrize("document", [README, GUIDE], ids=["README", "guide"])
def test_the_pictures_shown_are_in_the_repository(document):
    text = document.read_text(encoding="utf-8")
    pictures = [p for p in IMAGE_RE.findall(text) if not p.startswith(("http:", "https:"))]
    assert pictures
    missing = [p for p in pictures if not (document.parent / p).is_file()]
    assert missing == []


def test_every_picture_is_shown_and_small():
    shown = {(doc.parent / p).resolve() for doc in (README, GUIDE)
             for p in IMAGE_RE.findall(doc.read_text(encoding="utf-8"))}
    pictures = sorted(IMAGES.glob("*.png"))
    assert len(pictures) >= 4
    assert [p.name for p in pictures if p.resolve() not in shown] == []
    assert [p.name for p in pictures if p.stat().st_size > MAX_IMAGE_BYTES] == []
