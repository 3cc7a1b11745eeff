"""PinStore: the passages a user pinned to each other (sync points), kept in the data folder.

`pins.json` in the data folder, keyed by the pair of article ids (either order finds them). Every
change is written to a temporary file and moved over the old one (atomic; a crash leaves the old
file or the new one, never half of one). A file that is not valid pins JSON is *moved aside*
(`pins.json.damaged-YYYYmmdd-HHMMSS`), never overwritten, and a new one is started;
`recovered_from` and `recovery_message` say so, as the highlights database does.

When an article changes, a pin stays as long as both of its block ids still exist (block ids
come from a block's own text, so a pin on an unchanged passage survives edits elsewhere);
`valid_pins` drops the others.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from pathlib import Path

from ..content.paths import aside_path
from ..errors import CompareError

log = logging.getLogger(__name__)

FILENAME = "pins.json"
FORMAT_VERSION = 1


class PinStoreError(CompareError):
    """The pins file cannot be read or written (not a damaged file: that is set aside)."""


class PinStore:
    """Pins per article pair; `pins(a, b)` gives them as (block of a, block of b)."""

    def __init__(self, data_dir: Path | str):
        self.path = Path(data_dir) / FILENAME
        self.recovered_from: Path | None = None
        self.recovery_message = ""
        self._lock = threading.Lock()
        self._data = self._read()

    # -- reading and writing the file -------------------------------------------------------
    def _read(self) -> dict[str, list[list[str]]]:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        except OSError as exc:
            raise PinStoreError(f"cannot read pins file {self.path}: {exc.strerror or exc}") from None
        try:
            data = json.loads(raw.decode("utf-8"))
            return _validated(data)
        except (UnicodeDecodeError, ValueError) as exc:
            self._set_aside(str(exc))
            return {}

    def _set_aside(self, reason: str) -> None:
        target = aside_path(self.path)
        try:
            os.replace(self.path, target)
        except OSError as exc:
            raise PinStoreError(f"pins file {self.path} is damaged ({reason}) and cannot be set aside: "
                                f"{exc.strerror or exc}") from None
        self.recovered_from = target
        self.recovery_message = (f"the pins file was damaged ({reason}); it was set aside as {target} "
                                 "and a new, empty one was started")
        log.warning("%s", self.recovery_message)

    def _write(self) -> None:
        payload = {"version": FORMAT_VERSION,
                   "pairs": {k: v for k, v in sorted(self._data.items()) if v}}
        text = json.dumps(payload, ensure_ascii=False, indent=1)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            try:
                tmp.unlink()
            except OSError:
                pass
            raise PinStoreError(f"cannot write pins file {self.path}: {exc.strerror or exc}") from None

    # -- the pins ----------------------------------------------------------------------------
    def pins(self, a_id: str, b_id: str) -> list[tuple[str, str]]:
        """The pins of articles a and b as (block of a, block of b), in the order they were made."""
        key, flipped = _key(a_id, b_id)
        with self._lock:
            stored = list(self._data.get(key, ()))
        return [(y, x) if flipped else (x, y) for x, y in stored]

    def add(self, a_id: str, a_block: str, b_id: str, b_block: str) -> None:
        """Pin block `a_block` of a to `b_block` of b (again: nothing changes)."""
        key, flipped = _key(a_id, b_id)
        pin = [b_block, a_block] if flipped else [a_block, b_block]
        with self._lock:
            pins = self._data.setdefault(key, [])
            if pin not in pins:
                pins.append(pin)
                self._write()

    def remove(self, a_id: str, a_block: str, b_id: str, b_block: str) -> bool:
        """Take the pin away; False when there was none."""
        key, flipped = _key(a_id, b_id)
        pin = [b_block, a_block] if flipped else [a_block, b_block]
        with self._lock:
            pins = self._data.get(key, [])
            if pin not in pins:
                return False
            pins.remove(pin)
            self._write()
            return True

    def clear(self, a_id: str, b_id: str) -> None:
        """Every pin of the pair taken away."""
        key, _ = _key(a_id, b_id)
        with self._lock:
            if self._data.pop(key, None):
                self._write()

    def valid_pins(self, a, b) -> list[tuple[str, str]]:
        """The pins of articles `a` and `b` (Articles) whose two blocks both still exist; the
        others, left by an edit of either article, are dropped from the file."""
        a_ids = {blk.id for blk in a.blocks}
        b_ids = {blk.id for blk in b.blocks}
        pins = self.pins(a.id, b.id)
        keep = [(x, y) for x, y in pins if x in a_ids and y in b_ids]
        for x, y in pins:
            if (x, y) not in keep:
                log.info("pin %s:%s ↔ %s:%s dropped: the passage is gone", a.id, x, b.id, y)
                self.remove(a.id, x, b.id, y)
        return keep


def _key(a_id: str, b_id: str) -> tuple[str, bool]:
    """The file's key for a pair (ids sorted, so either order finds it) and whether a is second."""
    if a_id <= b_id:
        return f"{a_id}\t{b_id}", False
    return f"{b_id}\t{a_id}", True


def _validated(data) -> dict[str, list[list[str]]]:
    """The pins of a parsed file; ValueError when it is not what this class writes."""
    if not isinstance(data, dict) or not isinstance(data.get("pairs"), dict):
        raise ValueError("not a pins file")
    version = data.get("version")
    if not isinstance(version, int):
        raise ValueError("no format version")
    if version > FORMAT_VERSION:
        raise PinStoreError(f"pins file was written by a newer Duidu (format {version}); update Duidu")
    out: dict[str, list[list[str]]] = {}
    for key, pins in data["pairs"].items():
        if not isinstance(key, str) or key.count("\t") != 1 or not isinstance(pins, list):
            raise ValueError(f"bad entry {key!r}")
        for pin in pins:
            if not (isinstance(pin, list) and len(pin) == 2 and all(isinstance(x, str) and x for x in pin)):
                raise ValueError(f"bad pin in {key!r}")
        out[key] = [list(p) for p in pins]
    return out
