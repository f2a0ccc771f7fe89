"""How the `newslint` process starts and ends: the costs that are not linting.

Start-up makes tens of thousands of objects that live for the whole run
(modules, compiled rules, word lists). Python's cyclic garbage collector
scans them over and over while they are made, and once more at exit, where
tearing the interpreter down (a full collection, then freeing every module
one object at a time) was a fifth of a one-file run. So the command line:

- pauses the collector while it starts (`pause`). Once the rules are built it
  freezes what exists (`gc.freeze`: left out of every later collection, and
  not written to in forked workers, so their memory stays shared) and turns
  the collector back on before any article is read (`settle`): an article's
  garbage is collected as usual, so memory stays flat over an archive;
- leaves with `os._exit` once the exit handlers have run and the output is
  flushed (`leave`), as mypy does, when no other thread is running.

Nothing here changes what is linted or reported.
"""
from __future__ import annotations

import gc
import os
import sys

_paused = False


def pause() -> None:
    """Stop the collector until `settle` or `resume` (if it was running)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    """Undo `pause` without freezing (a library import of the CLI module)."""
    global _paused
    if _paused:
        gc.enable()
        _paused = False


def settle() -> None:
    """Start-up is over: freeze the objects made so far and collect again."""
    global _paused
    if _paused:
        gc.freeze()
        gc.enable()
        _paused = False


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
