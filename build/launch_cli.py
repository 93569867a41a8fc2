"""Entry point of the frozen `startlan` command (PyInstaller): the same
command-line tool as an installed `startlan`, beside the windowed app in the
bundle (and what build/bundle.sh --smoke exports PDFs with)."""

from startlan_desktop.cli import run

if __name__ == "__main__":
    run()
