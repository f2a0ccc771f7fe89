"""The one lint thread, and the order it takes work in (nu30 #3).

Every engine call (a lint, a fix-all, a hover's live examples, a settings
change) runs in this one thread, so the Session is never used by two at once.
A FIFO queue let a 200 KB story in another tab hold up the story being
typed in for one to two seconds. Here:

- a job is `front` (the document being edited, a request the writer waits
  on: a code action, a settings change; a hover needs no job: its texts
  are made after a lint, one rule per stop check, `hover.Explained`) or background (a document
  the writer is not typing in); front jobs run first, each class in the
  order submitted;
- a lint may be stopped (`stop`, a `threading.Event` the engine reads
  between rules, `linting.Stopped`): a front job for another document (or
  for none: a settings change) submitted while it runs stops it, and its
  submitter runs it again after, on the read it had (`Linter._read`); a job cancelled before it starts never runs;
- the focus moves with the writer: a front job for a document puts every
  stoppable lint still waiting for another document behind it, as
  background (qa66 #3: a story opened while the warm-up ran waited for the
  whole lint of a 1 MB story opened just before it, 14 s).
"""
from __future__ import annotations

import heapq
import itertools
import logging
import threading
from concurrent.futures import Future

log = logging.getLogger("newslint.server")


class Worker:
    """One daemon thread running submitted calls, front jobs first."""

    def __init__(self, name: str = "newslint-lint"):
        self._queue: list[tuple] = []    # (0 front or 1, order, future, fn, args, owner, stop)
        self._order = itertools.count()
        self._ready = threading.Condition()
        self._closed = False
        self._running: tuple | None = None    # (owner, stop) of the stoppable job running now
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn, *args, front: bool = True, owner: str | None = None,
               stop: threading.Event | None = None) -> Future:
        """Run `fn(*args)` in the thread; its Future. `owner` is the document
        the job is for; a front job stops the lint running now (one submitted
        with a `stop`) of another owner."""
        future: Future = Future()
        with self._ready:
            if self._closed:
                future.cancel()
                return future
            if front and owner is not None:
                self._demote(owner)
            heapq.heappush(self._queue, (0 if front else 1, next(self._order), future, fn, args,
                                         owner, stop))
            if front and self._running is not None and self._running[0] != owner:
                log.debug("the lint of %s stopped for a job in front", self._running[0])
                self._running[1].set()
            self._ready.notify()
        return future

    def _demote(self, owner: str) -> None:
        """Rank as background the waiting stoppable lints of other documents
        (the caller holds the lock). Hovers, actions and settings keep their rank."""
        moved = False
        for i, item in enumerate(self._queue):
            if item[0] == 0 and item[6] is not None and item[5] != owner:
                self._queue[i] = (1,) + item[1:]
                moved = True
        if moved:
            heapq.heapify(self._queue)

    def _loop(self) -> None:
        while True:
            with self._ready:
                while not self._queue and not self._closed:
                    self._ready.wait()
                if not self._queue:
                    return
                _, _, future, fn, args, owner, stop = heapq.heappop(self._queue)
                if not future.set_running_or_notify_cancel():
                    continue
                self._running = None if stop is None else (owner, stop)
            try:
                future.set_result(fn(*args))
            except BaseException as exc:       # linting.Stopped included: the submitter decides
                future.set_exception(exc)
            finally:
                with self._ready:
                    self._running = None

    def shutdown(self) -> None:
        """No new jobs; those waiting are cancelled, the one running finishes."""
        with self._ready:
            self._closed = True
            for item in self._queue:
                item[2].cancel()
            self._queue.clear()
            if self._running is not None:
                self._running[1].set()
            self._ready.notify_all()
