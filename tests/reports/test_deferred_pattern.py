"""reportlab's web-address and CJK patterns are compiled on first use, not at import
(startlan_desktop/reports/__init__.py, issue 23), and matches as re's own."""

import re
import subprocess
import sys

PROBE = """
import re, sys
compile_before = re.compile
import startlan_desktop.reports
import reportlab.platypus.paragraph as p
from startlan_desktop.reports import DeferredPattern
assert re.compile is compile_before, "re.compile is re's own again"
assert isinstance(p.uri_pat, DeferredPattern) and p.uri_pat._compiled is None
import reportlab.lib.textsplit as t
assert isinstance(t.rx, DeferredPattern) and t.rx._compiled is None
print("DEFERRED")
"""

ADDRESSES = ["https://www.husbanken.no/startlan/", "http://user:pw@10.0.0.1:8080/a?b=c", "ftp://[::1]/x",
             "www.example.com", "not an address", "https://bærum.kommune.no/søknad/skjema", "https://-bad-.no"]


def test_the_pattern_is_not_compiled_by_the_import():
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "DEFERRED" in out.stdout


def test_it_matches_as_the_compiled_pattern():
    import reportlab.platypus.paragraph as p

    import startlan_desktop.reports  # noqa: F401

    deferred = p.uri_pat
    real = re.compile(*deferred._args) if hasattr(deferred, "_args") else deferred
    for address in ADDRESSES:
        a, b = deferred.match(address), real.match(address)
        assert (a and a.groups()) == (b and b.groups()), address
    assert p._uri_split_pairs(ADDRESSES[0]) == [("https://www.husbanken.no/", "startlan/"),
                                                 ("https://", "www.husbanken.no/startlan/")]


def test_the_cjk_pattern_wraps_as_reportlab_means_it():
    import reportlab.lib.textsplit as t

    import startlan_desktop.reports  # noqa: F401

    text = "住宅ローン startlån 申請"
    assert t.rx.sub(r"\1\0 ", text) == re.compile("([\u2e80-\uffff])").sub(r"\1\0 ", text)
    # (cjkwrap itself, its only user, cannot run in reportlab 4: it calls `reduce` without importing it)
