"""The window's old names for what its parts do: `window.save()` is
`window.document.save()`, `window.export_pdf()` is `window.exports.export_pdf()`.
Tests, the crash handler and app.py reach the actions by these names."""

from __future__ import annotations


class _Forward:
    """A non-data descriptor: `window.name` is `window.<part>.name`; a test may
    still set `window.name` on one window."""

    def __init__(self, part: str, name: str):
        self.part, self.name = part, name

    def __get__(self, window, owner=None):
        return self if window is None else getattr(getattr(window, self.part), self.name)


def forward(cls, table: dict[str, str]) -> None:
    """Give `cls` each name in `table` ({part attribute: "name name …"}), forwarded to that part."""
    for part, names in table.items():
        for name in names.split():
            setattr(cls, name, _Forward(part, name))
