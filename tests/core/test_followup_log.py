"""The portfolio's follow-up log: atomic, 0600, locked while open, and whole
after kill -9 in the middle of writing."""

import json
import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from startlan_desktop.core import followup_log as fl


def test_entries_are_saved_at_once_and_read_back(tmp_path):
    path = tmp_path / fl.FILENAME
    with fl.FollowUpLog(path) as log:
        log.add("7001001", "letter", "Kari", "brev om fastrente", __import__("datetime").date(2026, 12, 1))
        log.add_many(["7001002", "7001003"], "called", "Kari")
        assert json.loads(path.read_text("utf-8"))["entries"][0]["loan"] == "7001001"
    with fl.FollowUpLog(path) as log:
        assert [e.loan for e in log.entries] == ["7001001", "7001002", "7001003"]
        assert log.last()["7001001"].action == "letter"
        assert log.for_loan("7001002")[0].by == "Kari"
        lines = log.to_csv().splitlines()
    assert lines[0] == "lanenummer;dato;tiltak;utfort_av;notat"
    assert lines[1] == "7001001;2026-12-01;Brev sendt;Kari;brev om fastrente"


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")
def test_file_is_private(tmp_path):
    path = tmp_path / fl.FILENAME
    with fl.FollowUpLog(path) as log:
        log.add("1", "none")
        log.add("2", "none")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.with_name(path.name + ".bak").stat().st_mode) == 0o600


def test_a_second_window_cannot_open_it(tmp_path):
    path = tmp_path / fl.FILENAME
    code = ("import sys, time; from startlan_desktop.core.followup_log import FollowUpLog; "
            f"log = FollowUpLog({str(path)!r}); print('open', flush=True); time.sleep(30)")
    proc = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "open"
        with pytest.raises(fl.LogError, match="åpen i et annet vindu"):
            fl.FollowUpLog(path)
    finally:
        proc.kill()
        proc.wait()
    fl.FollowUpLog(path).close()  # the lock dies with the process


def test_unknown_action_and_long_note_are_refused_and_nothing_written(tmp_path):
    path = tmp_path / fl.FILENAME
    with fl.FollowUpLog(path) as log:
        with pytest.raises(fl.LogError):
            log.add("1", "party")
        with pytest.raises(fl.LogError):
            log.add("1", "none", note="x" * 3000)
    assert not path.exists()


@pytest.mark.parametrize("content", [b"{not json", b'{"format": "other", "entries": []}',
                                     b'{"format": "startlan-portfolio", "version": 1, "entries": [{"loan": 1}]}',
                                     b'{"format": "startlan-portfolio", "version": 9, "entries": []}'])
def test_damaged_or_foreign_log_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / fl.FILENAME
    path.write_bytes(content)
    with pytest.raises(fl.LogError):
        fl.FollowUpLog(path)
    assert path.read_bytes() == content
    path.unlink()
    fl.FollowUpLog(path).close()  # a refused open released its lock


WRITER = """
import sys
from startlan_desktop.core.followup_log import FollowUpLog
log = FollowUpLog(sys.argv[1])
start = len(log.entries)
for i in range(start, start + 100000):
    log.add(str(i), "letter", "test", "x" * 200)
    if i == start + 20:
        print("writing", flush=True)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
@pytest.mark.parametrize("delay", [0.05, 0.3])
def test_log_survives_kill_minus_9_mid_write(tmp_path, delay):
    path = tmp_path / fl.FILENAME
    for _round in range(2):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], stdout=subprocess.PIPE, text=True)
        assert proc.stdout.readline().strip() == "writing"
        time.sleep(delay)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        with fl.FollowUpLog(path) as log:  # whole, in order, nothing lost before the last save
            n = len(log.entries)
            assert n > 20 and [e.loan for e in log.entries] == [str(i) for i in range(n)]
        assert not list(tmp_path.glob(f".{fl.FILENAME}.*.tmp"))  # a killed write's temporary is gone


def test_log_path_is_beside_the_list(tmp_path):
    assert fl.log_path_for(tmp_path / "lån-2026-11.csv") == tmp_path.resolve() / "startlan-oppfolging.json"
