"""The freedesktop files in resources/: the .desktop entry and the AppStream metainfo pass their
validators where those are installed (CI installs them), and always a parser check of the keys a
desktop needs; the icon comes in every size, rendered from the SVG."""

import configparser
import struct
import subprocess
import tomllib
import xml.etree.ElementTree as ET

from reader import APP_ID, APP_LICENSE, __version__
from tests.conftest import REPO, need_tool

RESOURCES = REPO / "resources"
DESKTOP = RESOURCES / f"{APP_ID}.desktop"
METAINFO = RESOURCES / f"{APP_ID}.metainfo.xml"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry(path=DESKTOP) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive: Name[zh_CN]
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_has_the_keys_a_launcher_needs():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Duidu" and entry["Name[zh_CN]"] == "对读" and entry["Name[zh_TW]"] == "對讀"
    assert entry["Comment"] and entry["Comment[zh_CN]"] and entry["Comment[zh_TW]"]
    assert entry["Exec"] == "duidu %u"  # %u: a duidu:// link is passed on
    assert entry["Icon"] == APP_ID
    assert "x-scheme-handler/duidu" in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert not (RESOURCES / "duidu.desktop").exists()  # one desktop file, named by the id


def test_desktop_file_validate_accepts_it():
    need_tool("desktop-file-validate", "desktop-file-utils", "the configparser test checks the keys instead")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_says_what_a_software_centre_shows():
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("name") == "Duidu" and root.findtext("summary")
    assert len(root.findall("description/p")) >= 1 and len(root.findall("description/ul/li")) >= 3
    assert root.findtext("metadata_license") == "CC0-1.0"
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == APP_LICENSE == project["license"]["text"]
    launchable = root.find("launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP.name
    assert root.find("url[@type='homepage']").text.startswith("https://")
    assert root.find("content_rating").get("type") == "oars-1.1"
    assert root.findtext("provides/binary") == "duidu"
    assert root.findtext("provides/mediatype") == "x-scheme-handler/duidu"
    releases = root.findall("releases/release")
    assert releases[0].get("version") == __version__ == project["version"]
    assert len(releases[0].get("date")) == 10


def test_metainfo_screenshots_are_the_ones_in_the_repository():
    root = ET.parse(METAINFO).getroot()
    shots = root.findall("screenshots/screenshot")
    assert [s.get("type") for s in shots].count("default") == 1
    for shot in shots:
        assert shot.findtext("caption")
        url = shot.findtext("image")
        assert url.startswith("https://") and "/main/docs/images/" in url
        assert (REPO / "docs" / "images" / url.rsplit("/", 1)[1]).is_file(), url


def test_appstreamcli_validate_accepts_it():
    need_tool("appstreamcli", "appstream", "the ElementTree test checks the fields instead")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", str(METAINFO)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def png_size(path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_the_icon_comes_as_svg_and_in_every_png_size():
    svg = ET.parse(RESOURCES / f"{APP_ID}.svg").getroot()
    assert svg.tag.endswith("svg")
    for size in SIZES:
        png = RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        assert png_size(png) == (size, size)


def test_the_pngs_are_what_the_script_renders(tmp_path, qapp):
    """resources/icons/render.py run again gives the committed PNGs (so they follow the SVG)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("render_icons", RESOURCES / "icons" / "render.py")
    render = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(render)
    from PySide6.QtGui import QImage

    for size in (16, 48, 256):
        out = tmp_path / f"{size}.png"
        render.render(RESOURCES / f"{APP_ID}.svg", size, out)
        committed = QImage(str(RESOURCES / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        fresh = QImage(str(out))
        assert committed.convertToFormat(QImage.Format.Format_ARGB32) == fresh.convertToFormat(
            QImage.Format.Format_ARGB32), size


def test_the_application_names_its_desktop_file_and_carries_every_icon_size(qapp):
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QGuiApplication

    from reader.ui.app import app_icon, identify_application

    identify_application()
    assert QGuiApplication.desktopFileName() == APP_ID == DESKTOP.stem
    sizes = app_icon().availableSizes()
    assert all(QSize(n, n) in sizes for n in SIZES)
