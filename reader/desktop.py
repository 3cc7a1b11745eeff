"""The freedesktop integration files (.desktop entry, AppStream metainfo, icons): where they are in
a checkout or an install, and installing them for the current user (`duidu install-desktop`).

No Qt here: the command runs without a display.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from . import APP_ID

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
URL_SCHEME = "duidu"
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")  # characters an Exec argument must be quoted for


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, `reader/resources/` in an installed wheel."""
    here = Path(__file__).resolve().parent
    for folder in (here.parent / "resources", here / "resources"):
        if (folder / f"{APP_ID}.desktop").is_file():
            return folder
    return here.parent / "resources"


def icon_file(size: int | None = None) -> Path:
    """The SVG icon (size None) or its PNG rendering at `size` pixels."""
    folder = resources_dir()
    if size is None:
        return folder / f"{APP_ID}.svg"
    return folder / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"


def launch_command(executable: str = sys.executable) -> list[str]:
    """How a launcher starts this Duidu: the `duidu` script installed beside this interpreter, else
    this interpreter with the checkout's main.py, else `python -m reader`."""
    folder = Path(executable).parent  # not resolved: a virtual environment's python is a symlink
    for name in ("duidu", "duidu.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    main_py = Path(__file__).resolve().parents[1] / "main.py"
    if main_py.is_file():
        return [executable, str(main_py)]
    return [executable, "-m", "reader"]


def exec_value(command: list[str]) -> str:
    """The Exec= value for `command` plus the link field code, quoted as the Desktop Entry spec says
    (quotes around reserved characters, then the value's own backslash escapes, % doubled)."""
    words = []
    for arg in command:
        if any(ch in _RESERVED for ch in arg):
            arg = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
        words.append(arg.replace("%", "%%"))
    return " ".join(words).replace("\\", "\\\\") + " %u"


def desktop_entry(command: list[str]) -> str:
    """The bundled .desktop file with its Exec line pointing at `command`."""
    text = (resources_dir() / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    lines = [f"Exec={exec_value(command)}" if line.startswith("Exec=") else line for line in text.splitlines()]
    return "\n".join(lines) + "\n"


def data_home(prefix: str | Path | None = None, env: Mapping[str, str] = os.environ) -> Path:
    """Where the files go: PREFIX/share, else $XDG_DATA_HOME, else ~/.local/share."""
    if prefix:
        return Path(prefix).expanduser() / "share"
    return Path(env.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


@dataclass
class Installation:
    files: list[Path] = field(default_factory=list)  # every file written
    commands: list[str] = field(default_factory=list)  # each desktop tool run, and how it ended


def install(prefix: str | Path | None = None, command: list[str] | None = None,
            env: Mapping[str, str] = os.environ, which: Callable[[str], str | None] | None = None) -> Installation:
    """Write the .desktop file, the metainfo and the icons under `data_home(prefix)`; then refresh
    the desktop database and, for the user's own folder, make Duidu the handler of duidu:// links."""
    import shutil  # here, not at the top: the window imports this module for its icon at start-up
    import subprocess

    which = which or shutil.which
    share = data_home(prefix, env)
    resources = resources_dir()
    done = Installation()

    def write(target: Path, data: bytes) -> None:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        done.files.append(target)

    applications = share / "applications"
    write(applications / f"{APP_ID}.desktop", desktop_entry(command or launch_command()).encode("utf-8"))
    write(share / "metainfo" / f"{APP_ID}.metainfo.xml", (resources / f"{APP_ID}.metainfo.xml").read_bytes())
    icons = share / "icons" / "hicolor"
    write(icons / "scalable" / "apps" / f"{APP_ID}.svg", icon_file().read_bytes())
    for size in ICON_SIZES:
        write(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png", icon_file(size).read_bytes())

    tools = [["update-desktop-database", "-q", str(applications)]]
    if not prefix:  # a prefix is for packagers: the user's default handler is not theirs to set
        tools.append(["xdg-mime", "default", f"{APP_ID}.desktop", f"x-scheme-handler/{URL_SCHEME}"])
    for tool in tools:
        found = which(tool[0])
        if not found:
            done.commands.append(f"{tool[0]}: not installed, skipped")
            continue
        try:
            result = subprocess.run([found, *tool[1:]], capture_output=True, text=True, timeout=30)
            outcome = "done" if result.returncode == 0 else f"failed ({result.stderr.strip() or result.returncode})"
        except (OSError, subprocess.TimeoutExpired) as exc:
            outcome = f"failed ({exc})"
        done.commands.append(f"{' '.join(tool)}: {outcome}")
    return done
