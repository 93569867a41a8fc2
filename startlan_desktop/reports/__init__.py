"""The PDFs (reportlab): budget sheet, follow-up sheet, applicant's page, letters.

reportlab's paragraph module compiles, as it is imported, one regular
expression it needs only to hyphenate long web addresses, which no sheet here
does (no style sets `hyphenationLang` or `uriWasteReduce`): a case-insensitive
pattern over most of Unicode, 25–40 ms of every `startlan pdf` (issue 23).
Its textsplit module likewise compiles one for `cjkwrap` (Chinese, Japanese
and Korean text, used by that function only), ~8 ms. They are imported here
with those two patterns compiled when first used instead; every other
pattern is compiled by `re` as always, and `re.compile` is itself again once
the import is done.

reportlab also checks every attribute set on a chart's shapes against its
declared type, a development aid ("turn it off in production", its settings
say) that is a tenth of a budget sheet's build. It is off in the app, on in the
tests (``STARTLAN_CHECK_SHAPES``, set by tests/conftest.py), so a misspelt
chart attribute still fails there. It must be set before reportlab.graphics
is imported: shapes.py reads it once."""

from __future__ import annotations

import os
import re
from contextlib import contextmanager

from reportlab import rl_config

rl_config.shapeChecking = bool(os.environ.get("STARTLAN_CHECK_SHAPES"))

#: How reportlab's web-address pattern begins (paragraph.uri_pat, reportlab 4 and 5).
URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
#: textsplit.rx, the CJK pattern cjkwrap uses (reportlab 4 and 5).
CJK_PATTERN = "([\u2e80-\uffff])"


class DeferredPattern:
    """A compiled pattern made on first use: the same object to the caller."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._args = (pattern, flags)
        self._compiled: re.Pattern | None = None

    def __getattr__(self, name: str):
        if self._compiled is None:
            self._compiled = _compile(*self._args)
        return getattr(self._compiled, name)


_compile = re.compile


@contextmanager
def _rare_patterns_deferred():
    def compile_(pattern, flags=0):
        if isinstance(pattern, str) and (pattern.startswith(URI_PATTERN_START) or pattern == CJK_PATTERN):
            return DeferredPattern(pattern, flags)
        return _compile(pattern, flags)

    re.compile = compile_
    try:
        yield
    finally:
        re.compile = _compile


with _rare_patterns_deferred():
    import reportlab.platypus.paragraph  # noqa: F401 (imported here for the pattern; used by every module)
