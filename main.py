"""Start Duidu: `python main.py` opens the window; `python main.py COMMAND` runs the CLI."""

import sys

from reader.cli import main

if __name__ == "__main__":
    sys.exit(main())
