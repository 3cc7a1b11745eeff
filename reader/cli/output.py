"""How every command prints JSON: one value, indented, UTF-8 as is, a newline after it."""

from __future__ import annotations

import json


def write_json(out, value) -> int:
    """Print `value` as the command's JSON answer; returns the exit code 0 for `return`."""
    json.dump(value, out, ensure_ascii=False, indent=2)
    out.write("\n")
    return 0
