"""Errors that name the field at fault, in Norwegian for the user."""

from __future__ import annotations


class ValidationError(ValueError):
    """Bad input. `field` is a stable key; `message` is shown to the user."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


class CaseFileError(ValueError):
    """A case file that cannot be read or written; the message is for the user."""


def check_range(field: str, label: str, value: float, lo: float, hi: float, unit: str = "") -> None:
    """Raise ValidationError unless lo <= value <= hi (NaN is rejected)."""
    if value != value or not (lo <= value <= hi):  # NaN compares false
        from .formatting import fmt_number

        u = f" {unit}" if unit else ""
        raise ValidationError(
            field, f"{label} må være mellom {fmt_number(lo)} og {fmt_number(hi)}{u}."
        )
