"""Command line: argparse subcommands over reader.core (`commands`); `highlights` has its own module."""

from .commands import main, run_cli

__all__ = ["main", "run_cli"]
