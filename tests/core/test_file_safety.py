"""Saving around the file (issue 18 item 10) and the file stamp that guards
against writing one case over another (items 1, 2)."""

import os
import stat

import pytest

from startlan_desktop.core import casefile
from startlan_desktop.core.example import example_case

posix = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions and links")


@posix
def test_save_through_a_symlink_writes_the_target_and_keeps_the_link(tmp_path):
    real = tmp_path / "cases" / "a.startlan"
    real.parent.mkdir()
    casefile.save(example_case(), real)
    link = tmp_path / "link.startlan"
    link.symlink_to(real)
    case = example_case()
    case.reference = "VIA-LINK"
    casefile.save(case, link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert casefile.load(real).reference == "VIA-LINK"
    assert (real.parent / "a.startlan.bak").exists() and not (tmp_path / "link.startlan.bak").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


@posix
def test_save_keeps_the_files_permissions_and_new_files_are_private(tmp_path):
    p = tmp_path / "shared.startlan"
    casefile.save(example_case(), p)
    assert stat.S_IMODE(p.stat().st_mode) == 0o600  # new: owner only
    os.chmod(p, 0o664)
    casefile.save(example_case(), p)
    assert stat.S_IMODE(p.stat().st_mode) == 0o664
    assert stat.S_IMODE((tmp_path / "shared.startlan.bak").stat().st_mode) == 0o664


@posix
@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anything")
def test_read_only_file_is_recognised(tmp_path):
    p = tmp_path / "ro.startlan"
    casefile.save(example_case(), p)
    assert not casefile.read_only(p)
    os.chmod(p, 0o444)
    assert casefile.read_only(p)


def test_read_only_by_mode(tmp_path, monkeypatch):
    p = tmp_path / "ro.startlan"
    casefile.save(example_case(), p)
    monkeypatch.setattr(os, "access", lambda path, mode: False)
    assert casefile.read_only(p)
    assert not casefile.read_only(tmp_path / "missing.startlan")


def test_stamp_tells_the_same_file_from_a_changed_or_other_one(tmp_path):
    a, b = tmp_path / "a.startlan", tmp_path / "b.startlan"
    st = casefile.save(example_case(), a)
    other = example_case()
    other.reference = "B"
    casefile.save(other, b)
    assert st.path == str(a.resolve())
    assert casefile.same_file(st, a)
    assert not casefile.same_file(st, b)  # another applicant's case
    casefile.save(other, a)  # changed on disk (another instance saved)
    assert not casefile.same_file(st, a)
    assert casefile.Stamp.from_dict(st.to_dict()) == st
    assert casefile.Stamp.from_dict({"path": 1}) is None
    a.unlink()
    assert not casefile.same_file(st, a)


def test_os_errors_are_translated():
    import errno

    assert casefile.os_error(OSError(errno.ENOSPC, "No space left on device")) == "disken er full"
    assert casefile.os_error(OSError(errno.EACCES, "Permission denied")) == "mangler tilgang"
    assert casefile.os_error(OSError(errno.EPIPE, "Broken pipe")) == "Broken pipe"
