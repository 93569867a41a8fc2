import json
import os

import pytest

from startlan_desktop.core import casefile
from startlan_desktop.core.budget import compute
from startlan_desktop.core.errors import CaseFileError


def test_roundtrip_gives_identical_results(case, tmp_path):
    p = tmp_path / "sak.startlan"
    casefile.save(case, p)
    again = casefile.load(p)
    assert again == case
    a, b = compute(case), compute(again)
    assert [s.residual for s in a.scenarios] == [s.residual for s in b.scenarios]
    doc = json.loads(p.read_text(encoding="utf-8"))
    assert doc["format"] == "startlan-case" and doc["version"] == casefile.VERSION == 6


def test_save_keeps_previous_version_as_backup(case, tmp_path):
    p = tmp_path / "sak.startlan"
    casefile.save(case, p)
    first = p.read_bytes()
    case.reference = "2026/9999"
    casefile.save(case, p)
    assert (tmp_path / "sak.startlan.bak").read_bytes() == first
    assert casefile.load(p).reference == "2026/9999"
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


def test_failed_write_leaves_old_file_intact(case, tmp_path, monkeypatch):
    p = tmp_path / "sak.startlan"
    casefile.save(case, p)
    before = p.read_bytes()

    def boom(*a, **k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", boom)
    case.reference = "changed"
    with pytest.raises(CaseFileError):
        casefile.save(case, p)
    assert p.read_bytes() == before
    assert not [f for f in os.listdir(tmp_path) if f.endswith(".tmp")]


@pytest.mark.parametrize("content,needle", [
    (b"not json at all", "ikke gyldig JSON"),
    (b'{"format": "startlan-case", "version": 1, "case": {"reference": 5}}', "case.reference"),
    (b'{"format": "startlan-case", "version": 1, "case": {"bogus": 1}}', "Ukjent felt"),
    (b'{"format": "something-else", "version": 1}', "ikke en saksfil"),
    (b'{"format": "startlan-case", "version": 99, "case": {}}', "nyere versjon"),
    (b'{"format": "startlan-case", "version": "1", "case": {}}', "versjonsnummer"),
    (b'{"format": "startlan-case", "version": 1, "case": {"members": [{"age_years": 4.5}]}}', "heltall"),
    (b'{"format": "startlan-case", "version": 1, "case": {"members": {}}}', "liste"),
    (b'{"format": "startlan-case", "vers', "ikke gyldig JSON"),
    (b"\xff\xfe\x00garbage", "UTF-8"),
    (b"[1, 2, 3]", "ikke en saksfil"),
])
def test_malformed_files_are_refused_clearly(tmp_path, content, needle):
    p = tmp_path / "bad.startlan"
    p.write_bytes(content)
    with pytest.raises(CaseFileError) as exc:
        casefile.load(p)
    assert needle in str(exc.value)
    assert p.read_bytes() == content


def test_too_large_and_missing_files(tmp_path):
    big = tmp_path / "big.startlan"
    big.write_bytes(b" " * (casefile.MAX_BYTES + 1))
    with pytest.raises(CaseFileError, match="for stor"):
        casefile.load(big)
    with pytest.raises(CaseFileError, match="Finner ikke"):
        casefile.load(tmp_path / "nope.startlan")
