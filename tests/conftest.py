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


def need_seeds() -> Path:
    """../shared/seeds, or a skip saying why (a user's clone has no shared/; CI has it: there a
    missing folder fails)."""
    if not SEEDS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{SEEDS} is missing in CI")
        pytest.skip("../shared/seeds is not in this checkout (it exists in CI)")
    return SEEDS
