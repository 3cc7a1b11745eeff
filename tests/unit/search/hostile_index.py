"""Helpers for the hostile search-index tests: run the real CLI on a copy of content/, read its
results, and run it as a user without write permission (tests run as root in CI containers,
where chmod alone does not stop a write)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import unavailable_here

REPO = Path(__file__).resolve().parents[3]
CONTENT = REPO / "content"
QUERY = "强化学习"
TIMEOUT = 60  # seconds for one CLI call: a hang fails the test instead of stalling the suite
NOBODY = 65534


@dataclass
class Run:
    code: int
    out: str
    err: str

    @property
    def ids(self) -> list[str]:
        return [line.split("\t")[0] for line in self.out.splitlines() if line and not line.startswith(" ")
                and line != "no matches"]

    def clean(self) -> bool:
        """Finished without a traceback: every line on stderr is one of Duidu's own messages."""
        return "Traceback" not in self.err and all(line.startswith("duidu: ") for line in self.err.splitlines())


def run_cli(content: Path, data: Path, *args: str, other_user: bool = False) -> Run:
    """`python main.py --content-dir … --data-dir … ARGS`; `other_user`: as a user who owns nothing here."""
    prefix = []
    if other_user and os.geteuid() == 0:
        if not shutil.which("setpriv"):  # root reads and writes whatever the file modes say
            unavailable_here("running as root without setpriv (util-linux): root ignores file modes, so a "
                             "read-only cache cannot be tried")
        prefix = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run([*prefix, sys.executable, str(REPO / "main.py"), "--content-dir", str(content),
                           "--data-dir", str(data), *args], capture_output=True, timeout=TIMEOUT, env=env, cwd=str(REPO))
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), proc.stderr.decode("utf-8", "replace"))


def world_readable_dir() -> Path:
    """A folder another user can reach (pytest's tmp_path is private to its owner); remove it after."""
    base = Path(tempfile.mkdtemp(prefix="duidu-hostile-"))
    base.chmod(0o755)
    return base


def copy_content(dest: Path) -> Path:
    shutil.copytree(CONTENT, dest)
    return dest


def make_read_only(folder: Path) -> None:
    """Nobody may write in `folder` (for root: it is given to root and the CLI runs as another user)."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o555 if path.is_dir() else 0o444)


def make_writable(folder: Path) -> None:
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() else 0o644)


def open_to_everyone(folder: Path) -> None:
    """Let the other user read (and, in data folders, write) everything under `folder`."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(0o777 if path.is_dir() else 0o666)


def tree_digest(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
