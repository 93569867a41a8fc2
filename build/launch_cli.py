"""Entry point of the frozen `startlan` command (PyInstaller): the same
command-line tool as an installed `startlan`, beside the windowed app in the
bundle (and what build/bundle.sh --smoke exports PDFs with)."""

import sys

from startlan_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
