"""Shared test set-up: Qt runs offscreen, and nothing reads or writes the user's real folders."""

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
SEEDS = REPO.parent / "shared" / "seeds"


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Point every standard location at a temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    for var in ("DUIDU_CONTENT_DIR", "DUIDU_DATA_DIR", "DUIDU_CACHE_DIR"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def content_copy(tmp_path) -> Path:
    """A writable copy of the bundled articles."""
    dest = tmp_path / "content"
    shutil.copytree(CONTENT, dest)
    return dest


WEB_PAGES = REPO.parent / "shared" / "web-pages"


def unavailable_here(reason: str) -> None:
    """Skip a test that needs what this machine lacks, saying what (`reason`). CI has everything
    (.ci/run installs it), so there the test fails instead: no test quietly stops running."""
    if os.environ.get("CI") == "true":
        pytest.fail(f"missing in CI: {reason}")
    pytest.skip(reason)


def need_tool(command: str, package: str, instead: str) -> str:
    """The path of a system tool, or a skip saying which package has it and which test checks the
    same thing without it (`instead`); CI has it (.ci/run installs `package`), so there a missing
    tool fails."""
    found = shutil.which(command)
    if found is None:
        unavailable_here(f"{command} ({package}) is not installed: {instead}")
    return found


def need_shared(folder: Path) -> Path:
    """A folder of ../shared/, or a skip saying why: a user's clone has no shared/; CI has it."""
    if not folder.is_dir():
        unavailable_here(f"../shared/{folder.name} is not in this checkout "
                         "(only the project's own machines have shared/; CI does)")
    return folder


def need_seeds() -> Path:
    """../shared/seeds: the five source files as the user gave them."""
    return need_shared(SEEDS)


def need_web_pages() -> Path:
    """../shared/web-pages: ten real saved news pages and what a reader sees in them."""
    return need_shared(WEB_PAGES)
