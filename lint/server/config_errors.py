"""A document the server cannot check, or checks only in part, as findings:
a config file's own error placed in its buffer (`own_error`), a setting's bad
value left out (`left_out`), and the one-line form of either (`problem_line`).
Kept apart from `linting`, which runs the engine: nothing here does.
"""
from __future__ import annotations

import os
import re

from ..config import ConfigError
from ..diagnostic import Diagnostic
from ..ruleset import RuleError
from ..safeload import YAML_BREAK
from .documents import Target

BOM = "\ufeff"
NOT_CHECKED = "config-error"      # the code of the diagnostic a document gets when it cannot be checked
# The `newslint check` flags the server's settings stand for (a ConfigError's
# `path` names the flag): the writer never typed the flag, so the setting is named.
SETTINGS = {"--select": "select", "--ignore": "ignore", "--published": "published"}
TOML_BREAK = re.compile("\n")     # where TOML (and `toml_load`'s marks) end a line: LF, CRLF


def problem_line(exc: Exception) -> str:
    """A config or rule error as one line: `path:line:col: key: problem` for a
    file; `settings: select: problem` for the editor's settings, which reach
    the engine as `newslint check`'s flags (nu30 #2: "--select: no rule or
    pack" named a flag the writer never typed); each of several errors of
    the settings (`select: [hygeine, nosuch]`) so, `; ` between them."""
    errors = getattr(exc, "errors", ()) or (exc,)
    if isinstance(exc, ConfigError) and all(e.path in SETTINGS for e in errors):
        return "; ".join(" ".join(f"settings: {SETTINGS[e.path]}: {e.problem}".split()) for e in errors)
    return " ".join(str(exc).split())


def left_out(target: Target, line: str) -> Diagnostic:
    """A setting's bad value, left out while the rest applies (`settings.parse`):
    a warning at the document's start (0:0, where `not_checked` puts a broken
    config), so the writer sees why the setting did nothing."""
    return Diagnostic(target.path, 1, 1, 1, 1, NOT_CHECKED, "warning",
                      f"{line}; left out, the other settings apply (mend it in the editor's settings)")


def own_error(target: Target, text: str, exc: ConfigError | RuleError) -> Diagnostic:
    """A config file's own error (`exc.file` is `target.path`) as a finding at
    its line and column in the buffer `text`: lines end where the file's
    parser ends them (`YAML_BREAK`, `TOML_BREAK`), columns count characters;
    a mark past the text's end or its line's (the buffer was edited since the
    save the loader read) stops there. No line known: the file's start. The
    loader reads a BOM away, so on the first line of a buffer that opens with
    one the column counts from after it (qa123 #4)."""
    breaks = TOML_BREAK if target.path.endswith(".toml") else YAML_BREAK
    line, start, seen = exc.line or 1, 1 if text.startswith(BOM) else 0, 1
    for m in breaks.finditer(text):
        if seen == line:
            break
        start, seen = m.end(), seen + 1
    if seen < line:            # fewer lines than the mark's
        start = len(text)
    ends = breaks.search(text, start)
    at = min(start + (exc.column or 1) - 1, ends.start() if ends else len(text))
    said = (f"{exc.key}: {exc.problem}" if exc.key else exc.problem) + \
        " (newslint check stops on this: no document under this config is checked until it is mended)"
    return Diagnostic(target.path, line, exc.column or 1, line, exc.column or 1, NOT_CHECKED, "error",
                      said, offset=at, end_offset=at)


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (as written, else by the file system)."""
    if os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
