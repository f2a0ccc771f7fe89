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


class Held:
    """SIGINT and SIGTERM held back while the local cluster starts. The main
    thread blocks SIGINT, and the threads the cluster starts and the worker
    processes they spawn inherit the mask, so a Ctrl-C to the process group
    before a worker has run its preload (lint.audit.quiet) does not stop it
    mid-import with a traceback. SIGTERM goes to the command's process alone
    and is not masked (a worker that inherited it blocked would outlive its
    nanny's terminate). The command's own handlers only note either (a mask
    is one thread's: the libraries' native threads would still take one), so
    the cluster is not left half started. `release` puts everything back and
    raises `Terminated` if a SIGTERM came, else KeyboardInterrupt if a
    Ctrl-C did. Nothing is held off the main thread, where handlers cannot
    be set, nor where threads have no signal mask (Windows)."""

    def __init__(self):
        self.caught: set[int] = set()
        self.active = hasattr(signal, "pthread_sigmask") and _main_thread()
        if not self.active:
            return
        # multiprocessing starts its resource tracker with SIGINT blocked and
        # then unblocks it (not restores it): started first from here, it is
        # running when the cluster's thread spawns a worker, so the mask holds.
        from multiprocessing import resource_tracker
        resource_tracker.ensure_running()
        self.handlers = {s: signal.signal(s, self._note) for s in STOPS}
        self.mask = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})

    def _note(self, signum, frame) -> None:
        self.caught.add(signum)

    def release(self) -> None:
        if not self.active:
            return
        self.active = False
        signal.pthread_sigmask(signal.SIG_SETMASK, self.mask)   # one pending comes to _note now
        for s, handler in self.handlers.items():
            signal.signal(s, handler)
        if signal.SIGTERM in self.caught:
            raise Terminated
        if self.caught:
            raise KeyboardInterrupt


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
