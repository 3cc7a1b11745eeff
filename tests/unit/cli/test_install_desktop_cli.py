"""`install-desktop [--prefix DIR]`: the .desktop file (Exec pointing at this Duidu), the metainfo and
the icons land in the data folder, the desktop tools run when installed, and Exec survives odd paths."""

import configparser
import io
import os
import subprocess
import sys

import pytest

from reader import APP_ID
from reader.cli import run_cli
from reader.desktop import exec_value, install, launch_command
from tests.conftest import REPO, need_tool

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def cli(*args):
    out, err = io.StringIO(), io.StringIO()
    code = run_cli(list(args), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


def read_entry(path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def unquote_exec(value: str) -> list[str]:
    """An Exec value split as the Desktop Entry spec says: the string's escapes (\\\\ is one backslash)
    first, then words split at spaces, a double-quoted word taking \\" \\` \\$ \\\\ as those characters."""
    value = value.replace("\\\\", "\\")
    words, word, quoted, i = [], "", False, 0
    while i < len(value):
        ch = value[i]
        if quoted and ch == "\\" and value[i + 1:i + 2] in ('"', "`", "$", "\\"):
            word += value[i + 1]
            i += 1
        elif ch == '"':
            quoted = not quoted
        elif ch == " " and not quoted:
            words.append(word)
            word = ""
        else:
            word += ch
        i += 1
    return [*words, word]


def expected_files(share):
    return {share / "applications" / f"{APP_ID}.desktop", share / "metainfo" / f"{APP_ID}.metainfo.xml",
            share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg",
            *(share / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png" for n in SIZES)}


def test_install_under_a_prefix_writes_and_prints_every_file(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "no-tools"))  # no desktop tools: they are skipped, said so
    code, out, err = cli("install-desktop", "--prefix", str(tmp_path / "usr"))
    share = tmp_path / "usr" / "share"
    assert code == 0, err
    printed = {line.removeprefix("wrote ") for line in out.splitlines()}
    assert printed == {str(p) for p in expected_files(share)}
    assert all(p.is_file() and p.stat().st_size > 0 for p in expected_files(share))
    assert "update-desktop-database: not installed, skipped" in err
    assert "xdg-mime" not in err  # a prefix does not set the user's default handler
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == (
        REPO / "resources" / f"{APP_ID}.metainfo.xml").read_bytes()
    entry = read_entry(share / "applications" / f"{APP_ID}.desktop")
    assert entry["Icon"] == APP_ID and entry["Name[zh_CN]"] == "对读"
    assert "x-scheme-handler/duidu" in entry["MimeType"]
    command = unquote_exec(entry["Exec"])
    assert command[-1] == "%u"
    assert os.path.isfile(command[0]) and os.access(command[0], os.X_OK)
    if len(command) > 2:  # this interpreter and main.py
        assert command[:2] == [sys.executable, str(REPO / "main.py")]


def test_the_installed_exec_line_starts_this_duidu(tmp_path):
    cli("install-desktop", "--prefix", str(tmp_path))
    entry = read_entry(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    command = unquote_exec(entry["Exec"])[:-1]
    result = subprocess.run([*command, "--version"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.startswith("duidu "), result.stderr


@pytest.mark.skipif(sys.platform == "win32", reason="shell scripts stand in for the desktop tools")
def test_without_prefix_it_goes_to_xdg_data_home_and_runs_the_tools(tmp_path, monkeypatch):
    tools = tmp_path / "bin"
    tools.mkdir()
    log = tmp_path / "calls.txt"
    for name in ("update-desktop-database", "xdg-mime"):
        script = tools / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{log}"\n')
        script.chmod(0o755)
    monkeypatch.setenv("PATH", str(tools))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    code, out, err = cli("install-desktop")
    share = tmp_path / "xdg"
    assert code == 0 and all(p.is_file() for p in expected_files(share)), err
    assert log.read_text().splitlines() == [
        f"update-desktop-database -q {share / 'applications'}",
        f"xdg-mime default {APP_ID}.desktop x-scheme-handler/duidu",
    ]
    assert "update-desktop-database -q" in err and ": done" in err


def test_exec_quotes_paths_with_spaces_and_reserved_characters():
    command = ["/opt/my apps/bin/python", "/home/u/$HOME \"q\" 100%/main.py", "back\\slash`x`"]
    value = exec_value(command)
    assert value.endswith(" %u") and "%%" in value
    assert unquote_exec(value.replace("%%", "%")) == [*command, "%u"]
    assert exec_value(["/usr/bin/duidu"]) == "/usr/bin/duidu %u"


def test_the_command_is_the_installed_script_when_there_is_one(tmp_path):
    (tmp_path / "duidu").write_text("#!/bin/sh\n")
    assert launch_command(str(tmp_path / "python")) == [str(tmp_path / "duidu")]
    assert launch_command(str(tmp_path / "elsewhere" / "python")) == [
        str(tmp_path / "elsewhere" / "python"), str(REPO / "main.py")]


def test_desktop_file_validate_accepts_the_installed_file(tmp_path):
    need_tool("desktop-file-validate", "desktop-file-utils", "the configparser test checks the keys instead")
    cli("install-desktop", "--prefix", str(tmp_path / "plain"))
    install(tmp_path / "odd", command=["/opt/my apps/python", "/home/u/$HOME \"q\" 100%/main.py"])
    for prefix in ("plain", "odd"):
        desktop = tmp_path / prefix / "share" / "applications" / f"{APP_ID}.desktop"
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_appstreamcli_accepts_the_installed_tree(tmp_path):
    """validate-tree checks the metainfo against the installed .desktop file and icons too."""
    need_tool("appstreamcli", "appstream", "the ElementTree test checks the fields instead")
    cli("install-desktop", "--prefix", str(tmp_path))
    result = subprocess.run(["appstreamcli", "validate-tree", "--no-net", str(tmp_path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
