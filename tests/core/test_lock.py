"""Lock files beside open cases (issue 18 item 2)."""

import os

import pytest

from startlan_desktop.core import lock


def test_lock_names_who_and_since_when_and_is_released(tmp_path):
    p = tmp_path / "Kari.startlan"
    p.write_text("{}")
    first = lock.CaseLock.acquire(p)
    text = (tmp_path / ".~lock.Kari.startlan#").read_text().splitlines()
    assert text[0] == str(os.getpid()) and text[1].startswith("startlan-desktop") and len(text[4]) == 19
    with pytest.raises(lock.Locked) as exc:
        lock.CaseLock.acquire(p)
    assert exc.value.holder.token == first.holder.token
    first.release()
    assert not first.path.exists()
    lock.CaseLock.acquire(p).release()


def test_damaged_or_dead_lock_is_stale_another_machines_is_not(tmp_path):
    p = tmp_path / "c.startlan"
    lp = lock.lock_path(p)
    lp.write_text("")  # a kill during the lock's own write
    assert lock.read(p) is None
    dead = lock.Holder(2**22 + 12345, "x", lock._host(), "u", "2026-01-01T10:00:00", "t")
    lp.write_text(dead.text())
    assert lock.read(p) is None
    taken = lock.CaseLock.acquire(p)  # stale: taken without asking
    assert taken.held()
    remote = lock.Holder(1, "x", "other-pc", "kolbjorn", "2026-01-01T10:00:00", "t")
    lp.write_text(remote.text())
    assert lock.read(p) == remote
    assert not taken.held()
    taken.release()
    assert lp.exists()  # not ours any more: left alone
    forced = lock.CaseLock.acquire(p, force=True)
    assert forced.held()


def test_lock_sits_beside_the_target_of_a_symlink(tmp_path):
    real = tmp_path / "d" / "r.startlan"
    real.parent.mkdir()
    real.write_text("{}")
    link = tmp_path / "l.startlan"
    link.symlink_to(real)
    assert lock.lock_path(link) == real.parent / ".~lock.r.startlan#"
