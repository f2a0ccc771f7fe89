"""Vale's `--output=line` form: `path:line:col:Style.Rule:message`.

One line per finding, sorted by path, line and column (as `vale --sort`),
paths relative to the working folder with `/` separators (`--relative
--normalize`), and nothing else: no summary, so scripts written for Vale's
line output keep working (a finding in an export ends with `(article ID)`,
as in the text format). A file outside the working folder keeps the path
it was named by, as every other format shows it: never a climb of `../../`
from wherever the run started (Vale's own suite, testdata/features, only
lints below its working folder, so it shows no other form).
"""
from __future__ import annotations

from ._common import printable, shown_path, with_article

NAME = "vale"
LINES = True          # each line stands alone: streamed as it comes (see spool)


def _shown(path: str, root: str) -> str:
    """The path as the line shows it; a control character in it escaped as the
    text format escapes it (`printable`), since a newline in a file name split
    the finding over two lines that no script reads back."""
    return printable(shown_path(path, root))


def _message(d) -> str:
    """The message, naming an export's article as the text format does (Vale
    has no exports; a script splits the line at its first four colons)."""
    return printable(with_article(d))


def render(report) -> str:
    rows = sorted((_shown(d.path, report.root), d.line, d.vale_column or d.column, d.rule, _message(d))
                  for d in report.diagnostics)
    return "".join(f"{p}:{line}:{col}:{rule}:{msg}\n" for p, line, col, rule, msg in rows)
