"""Work done ahead in a forked child (startlan_desktop/ahead.py, issue 23): its
answer comes back, and anything wrong in the child falls back to the caller's
own work."""

from __future__ import annotations

import os
import sys
import threading

import pytest

from startlan_desktop import ahead

linux_two_cores = pytest.mark.skipif(not sys.platform.startswith("linux") or len(os.sched_getaffinity(0)) < 2,
                                     reason="forks only on Linux with two cores or more")


@pytest.fixture(autouse=True)
def _as_if_one_thread(monkeypatch):
    """The test process may have Qt's threads from other tests; the children
    here take no lock, so they may fork all the same."""
    monkeypatch.setattr(ahead, "single_threaded", lambda: True)


def _never():
    raise AssertionError("the fallback ran although the child answered")


@linux_two_cores
def test_the_answer_is_the_childs_own():
    parent = os.getpid()
    with ahead.start(lambda: (os.getpid(), [1.5, {"a": (2, 3)}])) as job:
        assert job.forked
        pid, value = job.result(_never)
    assert pid != parent  # computed in another process
    assert value == [1.5, {"a": (2, 3)}]


@linux_two_cores
@pytest.mark.parametrize("work", [
    lambda: 1 / 0,  # an error in the work (a case that does not compute)
    lambda: threading.Lock(),  # an answer that does not pickle
    lambda: os._exit(3),  # a child that dies
])
def test_no_answer_from_the_child_means_the_callers_own(work):
    with ahead.start(work) as job:
        assert job.result(lambda: "fallback") == "fallback"


def test_no_fork_where_it_is_turned_off(monkeypatch):
    monkeypatch.setenv(ahead.NO_FORK, "1")
    with ahead.start(lambda: "child") as job:
        assert not job.forked
        assert job.result(lambda: "here") == "here"


@linux_two_cores
def test_a_child_whose_answer_is_not_asked_for_is_ended():
    import time

    with ahead.start(lambda: time.sleep(30)) as job:
        pid = job._pid
    with pytest.raises(ChildProcessError):  # reaped: no zombie left behind
        os.waitpid(pid, os.WNOHANG)


def test_a_process_with_threads_does_not_fork(monkeypatch):
    monkeypatch.undo()  # the real check
    stop = threading.Event()
    t = threading.Thread(target=stop.wait)
    t.start()
    try:
        assert not ahead.single_threaded()
        with ahead.start(lambda: "child") as job:
            assert not job.forked
    finally:
        stop.set()
        t.join()
