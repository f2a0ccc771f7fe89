"""Tell the patch `newslint check --diff` writes from an article, by its
shape, whatever the file's name (nu64 #2: `check --diff > fixes.txt` then
`check .` linted the patch as copy).

The patch is `fix_diff.unified_diff`'s (piped or written with -o; the
terminal's `text_diff` has the same shape): for each file changed, a header
of two lines, `--- a/NAME` and `+++ b/NAME` with the same NAME as
`fix_diff._header_name` writes it (C-quoted, or bare; a tab after it when
it holds a space, no date), then one or more hunks, each `@@ -A,B +C,D @@`
(difflib's ranges: `,B` left out when B is 1) followed by exactly B lines
that start with a space or `-` and D that start with a space or `+`, any
of them followed by `\\ No newline at end of file`. Only the lines
`check` says on stderr (`STDERR_LINES`) may come before it, as in a patch
saved with `2>&1`; after it, those lines, any `STDERR ...` line (the
`WOULD_APPLY` count, held fixes). Anything else, and the file is no patch of
ours: a story quoting a diff among its prose, `git diff`'s output (its
`diff --git` and `index` lines), `diff -u`'s (dated headers), or a patch
whose hunk counts were edited by hand.
"""
from __future__ import annotations

import re

from ._own_json_reports import tail_fits, value_start

__all__ = ["diff_report"]

_NAME = r'(?:"(?:[^"\\\n]|\\.)*"\t?|[^\s"][^\t\n]*\t?)'      # `fix_diff._header_name`'s, after a/ or b/
_HEADER = re.compile(r"--- a/(?P<a>" + _NAME + r")\n\+\+\+ b/(?P<b>" + _NAME + r")\n")
_HUNK = re.compile(r"@@ -\d+(?:,(?P<old>\d+))? \+\d+(?:,(?P<new>\d+))? @@\n")
_NO_NEWLINE = "\\ No newline at end of file\n"


def diff_report(source: str) -> str | None:
    """"diff" when `source` (decoded text) is a patch newslint's --diff
    wrote (the shape above), else None. Costs an article one look at its
    first line."""
    start = value_start(source, ("-",))
    if start is None or not source.startswith("--- a/", start):
        return None
    at, files = start, 0
    while (header := _HEADER.match(source, at)) is not None:
        if not _same_name(header["a"], header["b"]):
            return None
        at = _hunks(source, header.end())
        if at is None:
            return None
        files += 1
    return "diff" if files and tail_fits(source, at) else None


def _same_name(a: str, b: str) -> bool:
    """Whether two header names are one file's as `_header_name` writes them:
    the same, and a bare one ends in a tab exactly when it holds a space."""
    return a == b and (a.startswith('"') or (" " in a) == a.endswith("\t"))


def _hunks(source: str, at: int) -> int | None:
    """The offset past the hunks of one file from `at`, one or more, each
    holding exactly the lines its range counts; None when there are none or a
    count is off."""
    hunks = 0
    while (hunk := _HUNK.match(source, at)) is not None:
        old, new = (int(n) if n is not None else 1 for n in (hunk["old"], hunk["new"]))
        at = hunk.end()
        while old or new:
            end = source.find("\n", at)
            if end < 0:
                return None
            mark = source[at:at + 1]
            if mark == " " and old and new:
                old, new = old - 1, new - 1
            elif mark == "-" and old:
                old -= 1
            elif mark == "+" and new:
                new -= 1
            else:
                return None
            at = end + 1
            if source.startswith(_NO_NEWLINE, at):
                at += len(_NO_NEWLINE)
        hunks += 1
    return at if hunks else None
