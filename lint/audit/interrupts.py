"""How `newslint audit` takes Ctrl-C and SIGTERM on the client.

SIGINT (a terminal's Ctrl-C) and SIGTERM (`timeout`, `kill`, a scheduler's
job stop) both end an audit the same way: the futures still to come are
cancelled, the local cluster is closed (its worker processes stopped and its
semaphores released), and the command says in one line what is written and
that `--resume` finishes it. SIGTERM's default action ended the process at
once instead: the cluster was never closed, and multiprocessing's resource
tracker warned of "leaked semaphore objects" on the way out (nu26 #19).
"""
from __future__ import annotations

import contextlib
import signal
import threading
from typing import Callable, TypeVar

T = TypeVar("T")

STOPS = (signal.SIGINT, signal.SIGTERM)


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread as Ctrl-C raises KeyboardInterrupt,
    so an audit stops through the same path (exit 143, not 130)."""


def _raise_terminated(signum, frame) -> None:
    raise Terminated


def _main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def terminating():
    """SIGTERM raises `Terminated` while the block runs (main thread only,
    where handlers can be set); the handler before is put back."""
    if not _main_thread():
        yield
        return
    before = signal.signal(signal.SIGTERM, _raise_terminated)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, before)


def started(make: Callable[[], T]) -> T:
    """`make()` (the local cluster's start), run so that a Ctrl-C or SIGTERM
    ends the wait for it at once. It runs in a thread of its own, begun with
    SIGINT blocked: the threads the cluster starts and the worker processes
    they spawn inherit that mask, so a Ctrl-C to the process group before a
    worker has run its preload (lint.audit.quiet) does not stop it mid-import
    with a traceback. The main thread waits with its own handlers in place: a
    Ctrl-C raises KeyboardInterrupt and a SIGTERM (under `terminating`)
    `Terminated` there promptly, however long the start takes (qa124 #2: a
    start that never finished, `--workers 99999`, held both for ever). The
    start is given `GRACE` seconds to finish, to close the cluster it made
    (`_abandon`), else left to its daemon thread; so is one stopped while
    its thread is still being begun (both stops are held off there and
    taken as soon as it is: none is lost and none skips the grace). What
    `make` raises is raised here. Off the main thread, or with no signal
    masks (Windows), it is simply called."""
    if not (hasattr(signal, "pthread_sigmask") and _main_thread()):
        return make()
    # multiprocessing starts its resource tracker with SIGINT blocked and
    # then unblocks it (not restores it): started first from here, it is
    # running when the cluster's thread spawns a worker, so the mask holds.
    from multiprocessing import resource_tracker
    resource_tracker.ensure_running()
    got: dict = {}
    done = threading.Event()
    mask = signal.pthread_sigmask(signal.SIG_BLOCK, [])     # the main thread's, put back

    def start() -> None:
        # begun with both stops blocked (see below); SIGTERM as the main thread had it,
        # SIGINT blocked for what the cluster starts
        signal.pthread_sigmask(signal.SIG_SETMASK, mask | {signal.SIGINT})
        try:
            got["value"] = make()
        except BaseException as exc:     # handed to the main thread as it is
            got["error"] = exc
        finally:
            done.set()

    try:
        # While the thread is made and begun both stops are blocked here, so none
        # lands between its start and the wait; one that comes meanwhile (or was
        # already due) raises once the mask is put back, or in thread.start(), both
        # inside this try: the start is abandoned (`_abandon`) all the same
        try:
            signal.pthread_sigmask(signal.SIG_BLOCK, set(STOPS))
            thread = threading.Thread(target=start, name="newslint-cluster-start", daemon=True)
            thread.start()
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        # An Event, not thread.join: a join a signal's handler raises out of can
        # mark a thread still running as ended (the lock it waits on is released)
        while not done.wait(0.1):   # a signal's handler raises here, in the main thread
            pass
    except KeyboardInterrupt:        # (Terminated too)
        _abandon(done, got)
        raise
    if "error" in got:
        raise got["error"]
    return got["value"]


GRACE = 5.0      # seconds an interrupted start is given to finish, so its cluster is closed


def _abandon(done: threading.Event, got: dict) -> None:
    """After a Ctrl-C or SIGTERM ended the wait: give the start `GRACE`
    seconds to finish and close the cluster it made (its workers stopped, its
    semaphores released: multiprocessing warned of leaked ones), with further
    stops ignored meanwhile. A start still running then is left: the process
    is ending, and distributed's exit hook closes what it began."""
    handlers = ignore_stops()
    try:
        done.wait(GRACE)
        made = got.get("value")
        if made is not None:
            with contextlib.suppress(Exception):
                made.close(timeout=GRACE)
    finally:
        restore(handlers)


def ignore_stops() -> dict | None:
    """Ignore SIGINT and SIGTERM in the whole process (a mask is one
    thread's, and the cluster's threads would take them); the handlers
    before, for `restore`, or None off the main thread, where handlers cannot
    be set."""
    if not _main_thread():
        return None
    return {s: signal.signal(s, signal.SIG_IGN) for s in STOPS}


def restore(handlers: dict | None) -> None:
    for s, handler in (handlers or {}).items():
        signal.signal(s, handler)
