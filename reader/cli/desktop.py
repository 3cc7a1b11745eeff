"""`install-desktop [--prefix DIR]`: the .desktop file, AppStream metainfo and icons for this user.

Prints each file written, then what became of the desktop tools (update-desktop-database,
xdg-mime) — they run only when installed. Exit 0 once the files are written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..core.content.paths import AppPaths


def add_desktop_parser(sub) -> None:
    p = sub.add_parser("install-desktop", help="add Duidu to the desktop's application menu and make it open "
                                               "duidu:// links (freedesktop: Linux, BSD)")
    p.add_argument("--prefix", metavar="DIR",
                   help="install under DIR/share (e.g. /usr/local) instead of $XDG_DATA_HOME (~/.local/share)")


def cmd_install_desktop(args, paths: AppPaths, out, err) -> int:
    from ..core.errors import DuiduError
    from ..desktop import install

    try:
        done = install(args.prefix)
    except OSError as exc:
        raise DuiduError(f"cannot install the desktop files: {exc}") from None
    for path in done.files:
        out.write(f"wrote {path}\n")
    for line in done.commands:
        err.write(f"duidu: {line}\n")
    return 0
