"""`python -m lint` and the `newslint` command (pyproject's entry point).

Kept tiny: only `lint` and `lint.__about__` are imported before `main`
runs, and the command line's own imports (tens of milliseconds) happen inside
it, so a Ctrl-C that comes while they run ends as one in a run does,
"newslint: interrupted" and exit 130, not a KeyboardInterrupt traceback
(qa51 #5). One before that, in Python's own start-up or while `lint`'s
package itself is imported (about 2 ms), is Python's traceback; the exit
status a shell sees is still 130 (qa53 #3).
"""
import os
import sys


def main() -> None:
    try:
        from . import process
        process.hold()      # the collector stays paused from the import into run(): see `process`
        from .cli import run
    except KeyboardInterrupt:
        interrupted()
    except ImportError as exc:
        if not str(exc).startswith("newslint: "):
            raise
        refused(str(exc))
    run()


def refused(why: str) -> None:
    """End a run whose set-up refused what is installed (`rx`: a regex release
    whose flags differ): one line, exit 2, as for a broken configuration."""
    try:
        sys.stderr.write(why + "\n")
        sys.stderr.flush()
    finally:
        os._exit(2)


def interrupted() -> None:
    """End a run interrupted before it started: nothing was read or written
    yet, so no exit handler is run (a half-imported module's would be)."""
    try:
        sys.stderr.write("newslint: interrupted\n")
        sys.stderr.flush()
    finally:
        os._exit(130)


if __name__ == "__main__":
    main()
