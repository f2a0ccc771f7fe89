"""Lint many files for a Session: in parallel when asked, in the order given,
and past any one file's problems."""
from __future__ import annotations

import os
import sys
import threading
from collections import deque
from itertools import chain
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from . import process
from .analysis.calendar import refused_future
from .config import Config
from .document import Document, Part
from .engine import FileResult, read_path
from .format_names import format_ext
from .plural import counted
from .session import Session

if TYPE_CHECKING:
    from .result_cache import ResultCache


def slim(doc: Document | None) -> Document | None:
    """The document without its analyses: the source text and how to write it
    back, which is all reports (html, sarif, baselines) need, plus an HTML
    page's parts (text and offsets only), which the HTML report shows as read."""
    if doc is None:
        return None
    parts = [Part(p.kind, p.text, p.segments, name=p.name) for p in doc.parts] \
        if doc.format == "html" else []
    return Document(path=doc.path, source=doc.source, format=doc.format,
                    encoding=doc.encoding, bom=doc.bom, parts=parts)


def _finish(result: FileResult, keep: bool) -> FileResult:
    # Parts and analyses stay behind; only findings (and the source, when asked) travel on.
    result.document = slim(result.document) if keep else None
    return result


def in_order(work: Callable, local: Callable, items: list, jobs: int = 1,
             progress: Callable[[int, int], None] | None = None,
             initializer: Callable | None = None, initargs: tuple = (),
             first_here: bool = False) -> Iterator:
    """`work(item)` or `local(item)` for each item, results in the order given,
    `progress(done, total)` after each. With more than one job and one item,
    this process is one of the `jobs`: it forks `jobs - 1` worker processes
    that run `work`, and runs `local` (which may use the session's compiled
    rules) on batches of its own between collecting theirs (see `_Shared`);
    else it runs `local` on every item. `initializer(*initargs)` runs once in
    each worker (state every task shares). With `first_here` the first item is
    done here before the workers fork, so what it loads on first use (word
    lists, patterns compiled when first needed) is loaded once and shared, not
    once in every worker. Never more jobs than items: a pool forks all its
    workers at once."""
    total = len(items)
    jobs = min(jobs, total)
    if jobs > 1 and total > 1:
        process.pause_for_fork()     # until the fork: what is made now lives for the run
        from concurrent.futures import ProcessPoolExecutor   # only when there is work to share

        from multiprocessing import Pipe

        head = [local(items[0])] if first_here else []
        process.before_fork()
        # A worker ended by Ctrl-C says so here before it goes (`_quit`), so the
        # pool it broke is an interruption, never a lost worker (p32).
        heard, said = Pipe(duplex=False)
        try:
            with ProcessPoolExecutor(max_workers=jobs - 1, initializer=_worker_start,
                                     initargs=(initializer, initargs, said)) as pool:
                shared = _Shared(pool, work, items[len(head):], jobs, heard)
                try:
                    yield from _counted(chain(head, shared.results(local)), total, progress)
                finally:
                    shared.stop()       # before the pool shuts down: no batch is sent after
        finally:
            heard.close()
            said.close()
    else:
        yield from _counted(map(local, items), total, progress)


def usable_cpus() -> int:
    """The CPUs this process may run on (its affinity mask: `taskset`, a
    container's cpuset), else the machine's count. A cgroup CPU quota is not
    seen, as `os.cpu_count()` does not see it either."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):   # not on Linux
        return os.cpu_count() or 1


def job_count(jobs: int) -> int:
    """`--jobs`: 0 is one per usable CPU; any other count is kept as asked,
    even above the CPUs (as flake8 `--jobs`, pytest-xdist `-n` and ruff's
    RAYON_NUM_THREADS keep it): `-v` says what it costs (`oversubscribed`)."""
    return jobs or usable_cpus()


def oversubscribed(jobs: int, files: int) -> str | None:
    """The `-v` line for more jobs than usable CPUs (None when there are not)."""
    cpus, running = usable_cpus(), min(jobs, files)
    if running <= cpus or files < 2:
        return None
    return (f"--jobs {jobs} starts {running} processes for {counted(cpus, 'CPU')}: "
            f"they take turns, so a run costs more CPU time and is seldom faster "
            f"(--jobs 0 is one per CPU)")


def _worker_start(initializer: Callable | None, initargs: tuple, said=None) -> None:
    """Each worker: Ctrl-C (sent to the whole process group) ends it at once
    and quietly, as the parent reports the interruption; and it ends when its
    parent does, killed or terminated (it waited for work forever). A parent
    that ignores SIGINT (started in the background by a script: `newslint
    check ... &`, where the shell ignores it) goes on linting, so its workers
    keep ignoring it too: one ended by the signal was a lost worker and exit 2.
    `said` is the pipe on which a worker ended by Ctrl-C tells the parent so."""
    import multiprocessing
    import signal

    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        _SAID[:] = [said] if said is not None else []
        signal.signal(signal.SIGINT, _quit)
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_quit_after, args=(parent,), daemon=True).start()
    if initializer is not None:
        initializer(*initargs)


def _quit(signum=None, frame=None) -> None:
    # At once, never by an exception: one raised in a worker waiting for work
    # printed a traceback, or left the task queue's lock held and the run hung.
    # First a byte to the parent: the pool this breaks was interrupted, so the
    # parent ends as Ctrl-C ends it even when it sees the broken pool before its
    # own SIGINT ("interrupted", 130, not "a worker process ended abruptly").
    for said in _SAID:
        try:
            os.write(said.fileno(), b"\x03")
        except (OSError, ValueError):
            pass
    os._exit(130)


_SAID: list = []      # a worker's end of the parent's pipe (`_worker_start`)


def _quit_after(parent) -> None:
    parent.join()               # returns when the parent process has ended
    os._exit(1)


class _Shared:
    """`items` in batches (`guided`) between `pool`'s workers and this process,
    results in order. Each worker is kept two batches ahead: when one of its
    batches is done, the pool's own thread sends it the next (a done-callback),
    so a long file linted here never leaves the workers idle; this process
    takes the next batch whenever it is free. While workers lint, the parent
    of a plain pool only waits for results (a third process on two cores),
    and every result it could have made itself is pickled and sent back.
    A batch the pool refuses (shut down, broken) and all after it are done
    here; a batch a worker died with raises `WorkerLost` in its turn."""

    def __init__(self, pool, work: Callable, items: list, jobs: int, heard=None):
        self.pool, self.work, self.heard = pool, work, heard
        self.batches = guided(items, jobs)
        self.pending: deque = deque()     # in item order: results made here, or (Future, batch)
        self.lock = threading.Lock()      # taking a batch and queueing its slot is one step
        self.stopped = False
        self.refused = False              # the pool refused a batch: send it no more
        for _ in range(2 * (jobs - 1)):
            self._refill()

    def _take(self, here: bool):
        with self.lock:
            if self.stopped or (self.refused and not here):
                return None
            batch = next(self.batches, None)
            if batch is None:
                return None
            if here:
                slot = []
            else:
                try:
                    slot = self.pool.submit(_batch, self.work, batch)
                except RuntimeError:   # shut down, or a worker died (BrokenExecutor)
                    # The batch goes back, first in line: this process lints it and
                    # every later one (`results`), so no item is lost. A batch a
                    # dead worker had raises when its turn comes.
                    self.refused = True
                    self.batches = chain([batch], self.batches)
                    return None
            self.pending.append(slot if here else (slot, batch))
            return batch, slot

    def _refill(self, done=None) -> None:
        got = self._take(here=False)
        if got is not None:
            got[1].add_done_callback(self._refill)

    def stop(self) -> None:
        with self.lock:
            self.stopped = True

    def results(self, local: Callable) -> Iterator:
        pending = self.pending
        while (got := self._take(here=True)) is not None:
            batch, slot = got
            slot.extend(map(local, batch))
            while pending and (type(pending[0]) is list or pending[0][0].done()):
                yield from self._outcome(pending.popleft())
        while pending:
            yield from self._outcome(pending.popleft())

    def _outcome(self, slot) -> list:
        """A slot's results: made here, or a worker's (see `WorkerLost`). A pool
        broken by a worker that Ctrl-C ended (it said so on `heard`) is an
        interruption: KeyboardInterrupt, as this process's own SIGINT gives."""
        if type(slot) is list:
            return slot
        from concurrent.futures import BrokenExecutor   # loaded already: a pool is running

        future, batch = slot
        try:
            return future.result()
        except BrokenExecutor as exc:
            if self.heard is not None and self.heard.poll():
                raise KeyboardInterrupt from None
            raise WorkerLost(batch) from exc


class WorkerLost(RuntimeError):
    """A `--jobs` worker process ended (killed, out of memory, crashed) before
    it returned its batch's results; the message names the batch's files."""

    def __init__(self, batch: list):
        names = [str(item[0] if isinstance(item, tuple) else item) for item in batch]
        shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
        super().__init__(f"a worker process ended abruptly (killed, or out of memory?) while "
                         f"linting {shown}; run again, or with --jobs 1")
        self.items = batch


def guided(items: list, jobs: int, most: int = 64) -> Iterator[list]:
    """`items` in batches for `jobs` workers, each a quarter of a worker's
    share of what is left (at most `most`, at least one): few round trips
    while there is much to do, and single items at the end, so no worker
    sits idle while another finishes a long batch (equal batches of 12
    articles could leave one idle for 12 articles' time at the end of a
    200-article run)."""
    i, n = 0, len(items)
    while i < n:
        size = max(1, min(most, (n - i) // (jobs * 4)))
        yield items[i:i + size]
        i += size


def _batch(work: Callable, items: list) -> list:
    return [work(item) for item in items]


def _counted(results: Iterable, total: int, progress: Callable[[int, int], None] | None) -> Iterator:
    for done, result in enumerate(results, 1):
        if progress:
            progress(done, total)
        yield result


def lint_one(path: str, config: Config, session: Session, keep: bool = False,
             cache: "ResultCache | None" = None, salt: bytes = b"") -> FileResult:
    """Lint the file at `path`, through the result cache when one is given (an
    unchanged file's findings come from it; a new result is kept)."""
    data = read_path(path, config)
    if isinstance(data, FileResult):           # unreadable, too large: never cached
        return data
    if cache is None:
        return _finish(session.lint_bytes(path, data, config), keep)
    key = cache.key(path, data, salt)
    hit = cache.get(key, path, data, keep)
    if hit is not None:
        return hit
    token = refused_future.set(False)
    try:
        result = session.lint_bytes(path, data, config)
        cache.put(key, result, result.document)
    finally:
        refused_future.reset(token)
    return _finish(result, keep)


# A worker process's run, set once per worker by `_start`: each task then carries
# only a path. Forked workers start with the parent's compiled rules (`rules_for`
# caches them); others compile them from the rule-set cache.
_RUN: dict = {}


def _start(forced: Config | None, cli: dict, keep: bool, cache_folder: str | None,
           salts: dict) -> None:
    cache = None
    if cache_folder:        # imported only then: a --no-cache run's workers skip it
        from .result_cache import ResultCache
        cache = ResultCache(cache_folder)
    _RUN.update(session=Session(forced, cli), keep=keep, salts=salts, cache=cache)


def _work(path: str) -> FileResult:
    session, cache = _RUN["session"], _RUN["cache"]
    config = session.config_for(path)
    salt = b""
    if cache is not None:      # a config edited since the parent resolved it has its own salt
        salt = _RUN["salts"].get(config) or _RUN["salts"].setdefault(config, cache.salt(config))
    return lint_one(path, config, session, _RUN["keep"], cache, salt)


def lint_files(files: list[str], session: Session, jobs: int = 1, keep_documents: bool = False,
               progress: Callable[[int, int], None] | None = None,
               cache: "ResultCache | None" = None) -> Iterator[FileResult]:
    """Yield one FileResult per file, in the order given, each with the config
    `session` resolves for it. With `keep_documents` each result keeps its
    document's source (see `slim`); with `cache` unchanged files are not linted
    again (see `result_cache`). With `jobs` > 1 the files are shared between
    this process and `jobs - 1` workers, which start from its compiled rules;
    the first file, when it is article-sized, is linted here before they fork."""
    configs = {f: session.config_for(f) for f in files}
    salts = {c: cache.salt(c) for c in set(configs.values())} if cache else {}

    def here(path: str) -> FileResult:
        config = configs[path]
        return lint_one(path, config, session, keep_documents, cache, salts.get(config, b""))

    if jobs > 1 and len(files) > 1:
        process.pause_for_fork()     # the collector resumes when the workers fork
        _preload_readers(files)
    return in_order(_work, here, files, jobs, progress, initializer=_start,
                    initargs=(session.forced, session.cli, keep_documents,
                              cache.folder if cache else None, salts),
                    first_here=_small(files[0]) if files else False)


# The first file is linted before the workers fork only when it is an article's
# size: a long export first would keep the workers waiting.
FIRST_HERE_MAX = 100_000


def _small(path: str) -> bool:
    try:
        return os.stat(path).st_size <= FIRST_HERE_MAX
    except OSError:
        return False


def _preload_readers(files: list[str]) -> None:
    """Import the readers these files need before workers fork from this process,
    so each worker does not import them again (the Markdown parser and the HTML
    stack take tens of milliseconds). `.xml` readers are told by content: skipped."""
    from .readers import reader_for

    by_extension = {format_ext(f): f for f in files}
    for extension, path in by_extension.items():
        if extension != ".xml":
            try:
                reader = reader_for(path)
                if hasattr(reader, "preload"):      # a reader's own lazy imports (Markdown's HTML)
                    reader.preload()
            except Exception:   # a worker meets it again and reports it for its file
                pass


def lint_stdin(name: str, session: Session, data: bytes | None = None) -> FileResult:
    """Lint the article on stdin (or `data`) as if it were the file `name`."""
    result = session.lint_bytes(name, sys.stdin.buffer.read() if data is None else data)
    result.document = slim(result.document)
    return result
