"""The `newslint` command: check, parse, rules, explain, init, clean, server, audit
(the group and the console entry point; `check` is cli_check.py's, the
tools cli_tools.py's and cli_init.py's).

Exit codes: 0 nothing at or above --fail-level, 1 such findings (a named
path where nothing is, `file.missing`, is an error finding, as ruff's E902),
2 usage, config or rule errors (and rules that timed out or crashed).
"""
from __future__ import annotations

import atexit
import contextlib
import errno
import os
import sys

from . import process
from . import code_cache
from .regex_cache import start as _start_regex_cache

process.pause()          # start-up objects live for the run (see `process`)

_start_regex_cache()     # before the imports below compile their patterns
code_cache.install()     # and define their dataclasses (after: it uses the cache opened)

import click  # noqa: E402

from . import __version__  # noqa: E402
from .cli_check import check
from .cli_output import EXIT_ERROR
from .files import cwd_gone
from .readers._own_reports import REPORT_UNWRITTEN, STDERR     # its grammar tells a saved report (nu64 #2)
from .runner import WorkerLost
from .usage import OneLineGroup


def run() -> None:
    """Console entry point: no traceback ever reaches the user."""
    process.pause()
    if sys.stdout is None:
        # started with stdout closed (`newslint check a.md >&-`): Python gives None,
        # and the first isatty() ended the run as an internal error. The report
        # goes nowhere, as a Rust tool's (ruff's) does; the exit code still tells.
        sys.stdout = open(os.devnull, "w", encoding="utf-8")
    if getattr(sys.stdout, "errors", None) == "strict" and hasattr(sys.stdout, "reconfigure"):
        # a latin-1 or cp1252 stdout: a finding quoting 'żółć' shows '?ó??'
        # instead of ending the run as an internal error (stderr does likewise)
        sys.stdout.reconfigure(errors="replace")
    _blocking_stdout()
    try:
        main(standalone_mode=True)
    except SystemExit as exc:
        process.leave(exc.code)
        raise
    except KeyboardInterrupt:
        click.echo("newslint: interrupted", err=True)
        sys.exit(130)
    except WorkerLost as exc:
        click.echo(f"newslint: {exc}", err=True)
        sys.exit(EXIT_ERROR)
    except Exception as exc:  # pragma: no cover - last resort
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
            # the report's stdout on a full disk (`> /dev/full`)
            click.echo(STDERR + REPORT_UNWRITTEN.format(why=exc.strerror), err=True)
        elif isinstance(exc, FileNotFoundError) and (gone := cwd_gone()) is not None:
            click.echo(f"newslint: {gone}", err=True)
        else:
            click.echo(f"newslint: internal error: {type(exc).__name__}: {exc} (please report this)",
                       err=True)
        sys.exit(EXIT_ERROR)
    finally:            # still here (`leave` returned): the caller's process goes on
        process.release()


def _blocking_stdout() -> None:
    """A stdout pipe left non-blocking by the parent (Node.js child processes:
    lint-staged, editor extensions) made a write stop at the first full pipe
    (64 KiB), and the text layer lost the rest without a word. It blocks for
    this run and is handed back as it was, after a final flush, at exit."""
    try:
        fd = sys.stdout.fileno()
        if os.get_blocking(fd):
            return
        os.set_blocking(fd, True)
    except (AttributeError, OSError, ValueError):
        return

    def restore() -> None:
        with contextlib.suppress(OSError, ValueError):
            sys.stdout.flush()
            os.set_blocking(fd, False)
    atexit.register(restore)


@click.group(cls=OneLineGroup, lazy={"server": "lint.server.command:server",   # pygls and Dask
                                     "audit": "lint.audit.command:audit",      # only when run
                                     "parse": "lint.cli_tools:parse",          # and the tools
                                     "rules": "lint.cli_tools:list_rules",     # a check never
                                     "explain": "lint.cli_tools:explain",      # runs
                                     "clean": "lint.cli_tools:clean",
                                     "init": "lint.cli_init:init"},
             context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, "--version", prog_name="newslint")
@click.pass_context
def main(ctx):
    """newslint: a style and fact-consistency linter for news articles.

    \b
    Examples:
      newslint check story.md                 lint one article
      newslint check content/ --format github annotate a pull request
      newslint rules                          list every rule
      newslint explain dates.weekday-mismatch show a rule's examples
      newslint init                           write a commented .newslint.yaml
      newslint server                         the language server (LSP) for editors
      newslint audit export.xml -o out/       audit an archive on Dask
    """
    if ctx.invoked_subcommand != "check":   # check settles once its rules are built
        process.settle()


main.add_command(check)       # lint/cli_check.py

process.resume()           # imported, not run: collect as usual

if __name__ == "__main__":  # pragma: no cover
    run()
