"""How the `newslint` process starts and ends: the costs that are not linting.

Start-up makes tens of thousands of objects that live for the whole run
(modules, compiled rules, word lists). Python's cyclic garbage collector
scans them over and over while they are made, and once more at exit, where
tearing the interpreter down (a full collection, then freeing every module
one object at a time) was a fifth of a one-file run. So the command line:

- pauses the collector while it starts (`pause`), and keeps it paused from
  the import of `lint.cli` into `run` when the command line itself imports
  it (`hold`: `python -m lint`, the `newslint` script); resuming in between
  made the collector scan every object start-up had made (5 to 10 ms of a
  one-file run) just before `run` paused it again. Once the rules are built it
  freezes what exists (`gc.freeze`: left out of every later collection, and
  not written to in forked workers, so their memory stays shared) and turns
  the collector back on before any article is read (`settle`): an article's
  garbage is collected as usual, so memory stays flat over an archive;
- freezes again once the first article is linted (`first_article_done`),
  before the collector resumes after it: what that article loaded on first
  use (modules, word lists, patterns) lives for the run, and the collection
  that would otherwise scan all of it at once was 5 to 10 ms of a one-file
  run (the engine pauses the collector while it lints an article, so every
  object made meanwhile waits in the youngest generation);
- pauses the collector again while a `--jobs` run readies its fork
  (`pause_for_fork`: the readers' modules, the pool's, the first article)
  and freezes right before the workers fork (`before_fork`), so what that
  loaded (modules, word lists, patterns compiled on first use) is neither
  scanned while it is made (about 10 M instructions, 0.3% of a 200-article
  `--jobs 2` run, all of it before the fork) nor, after it, copied by either
  process's collector;
- leaves with `os._exit` once the exit handlers have run and the output is
  flushed (`leave`), as mypy does, when no other thread is running.

Nothing here changes what is linted or reported.
"""
from __future__ import annotations

import gc
import os
import sys

_paused = False
_held = False         # the command line imports lint.cli to run it at once (`hold`)
_frozen = False       # start-up was frozen: a command-line run, which ends with its work
_first_done = False   # the first article's objects were frozen (`first_article_done`)
_fork_paused = False  # paused until the workers fork (`pause_for_fork`)


def pause() -> None:
    """Stop the collector until `settle` or `resume` (if it was running)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def hold() -> None:
    """The command line is about to import `lint.cli` and call its `run`:
    pause the collector now, before that import's first line (its standard
    library imports set off four collections that scanned what they made,
    about 2M instructions of a one-article run, before `lint.cli` paused it),
    and keep it paused: `resume` (at the end of that import, for a library
    importing it) leaves it so; `run` settles it once the rules are built."""
    global _held
    _held = True
    pause()


def resume() -> None:
    """Undo `pause` without freezing (a library import of the CLI module),
    unless the command line `hold`s it for `run`."""
    global _paused
    if _paused and not _held:
        gc.enable()
        _paused = False


def release() -> None:
    """`run` returns to its caller instead of ending the process (`leave`
    returned: another thread runs, or the caller catches SystemExit): undo a
    `pause` (and a `hold`) still in force, so the caller's collector runs
    again; an early exit (--version, a usage error) never reached `settle`."""
    global _paused, _held
    _held = False
    if _paused:
        gc.enable()
        _paused = False


def settle() -> None:
    """Start-up is over: freeze the objects made so far and collect again."""
    global _paused, _frozen
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False
        _frozen = True


def first_article_done() -> None:
    """The first article of a command-line run is linted: freeze every object
    that exists now (once per process; see the module docstring). Called with
    the collector paused, so what it would have scanned is frozen instead.
    As with `before_fork`, only garbage cycles that article made are kept:
    one article's worth, once; a library caller's process is never frozen."""
    global _first_done
    if _frozen and not _first_done:
        _first_done = True
        gc.freeze()


def pause_for_fork() -> None:
    """A command-line run (start-up frozen by `settle`) is about to ready a
    fork: stop the collector until `before_fork`. Everything made meanwhile
    (the readers' and the pool's modules, what the first article loads on
    first use) lives for the run and is frozen there; collected as it came,
    the imports alone set off several collections that scanned it. A library
    caller's collector is left as it is."""
    global _fork_paused
    if _frozen and gc.isenabled():
        gc.disable()
        _fork_paused = True


def before_fork() -> None:
    """Freeze every object that exists now, as the `gc` documentation advises
    right before a fork without exec: a collection in the parent or a worker
    then never writes to those objects' headers, which would copy their
    memory pages into each process (200 articles, --jobs 2: generation-1
    collections took 1.4 ms of CPU per process instead of 3). Frozen objects
    are still freed when nothing refers to them; only garbage cycles made
    before the fork are kept. Only in a command-line run (start-up frozen by
    `settle`), which ends with its work: a library caller's process lives on,
    and what it froze would never be scanned for garbage again. Resumes a
    collector `pause_for_fork` stopped."""
    global _fork_paused
    if _frozen:
        gc.freeze()
    if _fork_paused:
        _fork_paused = False
        gc.enable()


def leave(code) -> None:
    """Exit now with `code` (an int or None; anything else returns at once):
    run the exit handlers (the rule-set cache is saved by one), flush stdout
    and stderr, and end the process without tearing the interpreter down.
    Returns, for a normal exit, when another thread still runs or a stream
    cannot be flushed (a closed pipe is then reported as Python reports it)."""
    import threading

    if not (code is None or isinstance(code, int)) or threading.active_count() > 1:
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except Exception:
        return
    os._exit(code or 0)
