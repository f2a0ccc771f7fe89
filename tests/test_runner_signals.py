"""`--jobs` workers and signals: Ctrl-C (SIGINT to the whole process group,
as a terminal sends it) ends the run with the parent's one line and no
worker's traceback, and workers never outlive a parent that was killed.
Each case runs `in_order` in a child Python whose workers are its own, so
the test can signal and kill it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="process groups and /proc")

SCRIPT = textwrap.dedent("""
    import os, sys, time
    from lint.runner import in_order

    def work(seconds):
        print(os.getpid(), flush=True)      # one line per task: the worker's pid
        time.sleep(seconds)
        return seconds

    try:
        list(in_order(work, work, [30, 0, 0, 0, 0, 30], jobs=3))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
""")


def start(script: str = SCRIPT, ignore_sigint: bool = False):
    """The child, once every task has started: one worker busy, the other idle
    (waiting for work), and the child itself busy with the last item (its two
    workers are sent the first four single-item batches, then it takes one).
    `ignore_sigint`: started with SIGINT ignored, as a shell starts a
    background job (`cmd &` in a script)."""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True,
                             preexec_fn=(lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
                             if ignore_sigint else None)
    for _ in range(6):
        child.stdout.readline()
    time.sleep(0.3)
    return child


def group(pgid: int) -> list[int]:
    """The live (not zombie) processes of a process group: the child and its workers."""
    found = []
    for entry in filter(str.isdigit, os.listdir("/proc")):
        try:
            with open(f"/proc/{entry}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except (FileNotFoundError, ProcessLookupError):
            continue
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry))
    return found


def workers_gone(child, within: float = 5.0) -> bool:
    end = time.monotonic() + within
    while time.monotonic() < end:
        if not [p for p in group(child.pid) if p != child.pid]:
            return True
        time.sleep(0.05)
    return False


def end(child) -> None:
    """Kill what is left of a case (its own process group only)."""
    if group(child.pid):
        os.killpg(child.pid, signal.SIGKILL)
    child.wait()
    child.stdout.close()
    child.stderr.close()


def test_ctrl_c_prints_no_worker_traceback():
    child = start()
    try:
        os.killpg(child.pid, signal.SIGINT)
        assert child.wait(timeout=10) == 130
        assert workers_gone(child)
        assert child.stderr.read() == "interrupted\n"
    finally:
        end(child)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_workers_end_when_their_parent_is_killed(sig):
    child = start()
    try:
        os.kill(child.pid, sig)
        child.wait(timeout=10)
        assert workers_gone(child)
    finally:
        end(child)


def test_a_run_that_ignores_sigint_keeps_its_workers_through_it():
    """p32: `newslint check --jobs 2 ... &` from a script ignores SIGINT, but
    its workers put their own handler back, died of a group's SIGINT, and the
    run ended as a lost worker (exit 2) while the parent went on."""
    script = SCRIPT.replace("[30, 0, 0, 0, 0, 30]", "[2, 0, 0, 0, 0, 2]")
    child = start(script, ignore_sigint=True)
    try:
        os.killpg(child.pid, signal.SIGINT)
        assert child.wait(timeout=20) == 0
        assert child.stderr.read() == ""
    finally:
        end(child)


BUSY = textwrap.dedent("""
    import os, signal, sys
    from lint.runner import in_order

    MARKS = sys.argv[1]
    heard = []

    def work(item):          # a worker: says it started, then is busy until Ctrl-C ends it
        open(os.path.join(MARKS, f"worker-{os.getpid()}"), "w").close()
        while True:
            sum(range(1000))

    def local(item):         # this process: busy too, and it learns of Ctrl-C only
        if not heard:        # after its workers have gone (its handler defers it)
            open(os.path.join(MARKS, "parent"), "w").close()
        while not heard:
            sum(range(1000))
        return item

    signal.signal(signal.SIGINT, lambda signum, frame: heard.append(signum))
    try:
        list(in_order(work, local, list(range(6)), jobs=2))
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)
""")


def test_ctrl_c_while_workers_are_busy_is_an_interruption_not_a_lost_worker(tmp_path):
    """p32: a group SIGINT during a busy `--jobs 2` run ended as "a worker process
    ended abruptly" (exit 2) when the parent saw its workers' exits (130, from
    `_quit`) as a broken pool before its own SIGINT. Here the parent defers the
    signal until its own work is done, so it always meets the broken pool first."""
    marks = tmp_path / "marks"
    marks.mkdir()
    child = subprocess.Popen([sys.executable, "-c", BUSY, str(marks)], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        while not ((marks / "parent").exists() and any(marks.glob("worker-*"))):
            assert child.poll() is None, child.stderr.read()
            time.sleep(0.01)            # polling for the start, never a timed assertion
        os.killpg(child.pid, signal.SIGINT)
        assert child.wait(timeout=60) == 130
        assert child.stderr.read() == "interrupted\n"
        assert workers_gone(child)
    finally:
        end(child)
