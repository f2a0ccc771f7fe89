"""newslint: a journalism style and fact-consistency linter.

The Python API, for batch and archive use:

    >>> from lint import lint_text
    >>> [d.rule for d in lint_text("Leave a Reply\\n", "story.txt")]
    ['hygiene.boilerplate']
"""
from __future__ import annotations

import os

from .__about__ import __version__

__all__ = ["__version__", "lint_text", "lint_paths", "Session"]


def __getattr__(name):
    if name == "Session":   # lazily: `import lint` stays light
        from .session import Session
        return Session
    raise AttributeError(name)


def lint_text(text: str, path: str = "article.txt", config=None, **cli):
    """Lint article text as if read from `path` (its extension picks the reader);
    returns its findings, a list of Diagnostic. A `path` of no article format
    (`data.json`) gives none: `file.format` is never a finding, and is left out
    as `lint_paths` leaves it (`reporting.set_aside`; qa92 #9). Each call is a
    run of its own: a rule that timed out on an earlier call runs again (`spent`).
    `cli` takes `check`'s options by name (select, ignore, rule_dirs, markup,
    published; `Config.merged`); `published` is a date or a string read as
    `--published` reads it ("2025-02-24"), and one that is no date, "" too,
    raises ConfigError naming it ("published: '2025-02-30' is not a date ...")."""
    from . import spent
    from .config import Config
    from .engine import lint_bytes
    from .reporting import set_aside

    spent.forget()
    config = (config or Config()).merged(**cli)
    return set_aside(lint_bytes(path, text.encode("utf-8"), config).diagnostics)[0]


def lint_paths(paths, jobs: int = 1, config_file: str | None = None, **cli):
    """Lint files and folders with discovered config (or `config_file`); returns
    every Diagnostic, as `newslint check` reports them: a named path where
    nothing is gives a `file.missing` error (it was dropped without a word), and
    a file of no article format (a named .json, a picture) is skipped without
    one (`check` says it on stderr, never as a finding). Each call reads the
    config files afresh. `jobs` counts processes as the CLI's `--jobs` does: 1
    is serial, 0 is one per usable CPU; a negative count is a ValueError."""
    from .files import expand, missing_results
    from .reporting import set_aside
    from .runner import job_count, lint_files
    from .session import Session

    if jobs < 0:
        raise ValueError(f"jobs must be 0 (one per usable CPU) or more, not {jobs}")
    session = Session.from_options(config_file, **cli)
    files, missing = expand([os.fspath(p) for p in paths], session.config_for)
    results = missing_results(missing, session.config_for)
    results += lint_files(files, session, jobs=job_count(jobs))
    return set_aside([d for r in results for d in r.diagnostics])[0]
