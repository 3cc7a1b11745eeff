"""The wheel ships what the app reads — the articles, the compiled translations, the icons, the
desktop files — and not the tools beside them (the screenshot script, update.py, the .ts sources,
the icon script) or the pictures of docs/. Built offline from a copy of the tree, in about a second."""

import importlib.metadata
import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile

import pytest

from reader import APP_ID
from tests.conftest import REPO, unavailable_here

TREE = ("pyproject.toml", "setup.py", "README.md", "main.py", "reader", "resources", "content", "docs")
SHIPPED_SUFFIXES = {".qm", ".png", ".svg", ".desktop", ".xml", ".qss"}


def can_build_offline() -> bool:
    """setuptools ≥ 70.1 has bdist_wheel built in; older needs the `wheel` package."""
    version = tuple(int(p) for p in importlib.metadata.version("setuptools").split(".")[:2])
    return version >= (70, 1) or importlib.util.find_spec("wheel") is not None


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> set[str]:
    if not can_build_offline():
        unavailable_here("setuptools < 70.1 without the wheel package cannot build a wheel offline "
                         "(the test extra asks for setuptools>=70.1)")
    src = tmp_path_factory.mktemp("tree")
    for name in TREE:
        path = REPO / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            shutil.copy2(path, src / name)
    out = tmp_path_factory.mktemp("wheel")
    build = f"from setuptools import build_meta; build_meta.build_wheel({str(out)!r})"
    result = subprocess.run([sys.executable, "-c", build], cwd=src, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-3000:]
    (wheel,) = out.glob("*.whl")
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())


def test_the_wheel_has_what_the_app_reads(wheel_names):
    for lang in ("zh_CN", "zh_TW", "zh_HK"):
        assert f"reader/resources/translations/duidu_{lang}.qm" in wheel_names
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"reader/resources/icons/hicolor/{size}x{size}/apps/{APP_ID}.png" in wheel_names
    for name in (f"{APP_ID}.svg", f"{APP_ID}.desktop", f"{APP_ID}.metainfo.xml"):
        assert f"reader/resources/{name}" in wheel_names
    assert {f"reader/content/{p.name}" for p in (REPO / "content").glob("*.md")} <= wheel_names
    assert {"reader/ui/single_instance.py", "reader/desktop.py", "reader/cli/desktop.py"} <= wheel_names
    # every module of the package, whatever subpackage it is in (a subpackage left out of pyproject's list is not)
    modules = {p.relative_to(REPO).as_posix() for p in (REPO / "reader").rglob("*.py") if "__pycache__" not in p.parts}
    assert not modules - wheel_names, sorted(modules - wheel_names)


def test_the_wheel_leaves_out_the_tools_and_sources(wheel_names):
    resources = [n for n in wheel_names if n.startswith("reader/resources/")]
    assert not [n for n in resources if os.path.splitext(n)[1] not in SHIPPED_SUFFIXES]
    assert not [n for n in wheel_names if n.endswith((".ts", "/update.py", "/screenshots.py", "icons/render.py"))]
    assert not [n for n in wheel_names if n.startswith("reader/resources/") and n.endswith(".py")]
    assert not [n for n in wheel_names if n.startswith("docs/") or n.endswith(("/guide.md", "/compare.png"))]
