"""Tell a report newslint wrote from an article, by its content: a report
saved into a content folder (`newslint check . -o report.txt`) is skipped
with one `file.format` line at the next run, never linted as copy (nu54 #2:
124 findings on a text report) nor rewritten by `--fix`.

The HTML report carries a mark in its head (`HTML_MARK`). The line formats
carry none, so a file is theirs only when every line that is not blank is a
line of one of them (`LINE`): a finding line of `--format text`
(`path:line:col: level [rule.id] message`) or its summary line, one of
`--format vale` (`path:line:col:Style.Rule:message`), or a workflow command
of `--format github` (`::warning file=...::message`, `::error
title=newslint::...`). An article that quotes one such line among its own is
still an article.
"""
from __future__ import annotations

import re

__all__ = ["HTML_MARK", "SAID", "own_report"]

# The mark `--format html` writes in its report's head.
HTML_MARK = '<meta name="generator" content="newslint report">'
# format -> a whole line of its report (`formatters.text`, `.vale`, `.github`)
LINE = {
    "text": re.compile(r".+:\d+:\d+: (?:error|warning|suggestion) \[[^\]\s]+\] .*"
                       r"|Found \d+ problems? .*\.|No problems found\.|No files linted\."),
    "vale": re.compile(r".+:\d+:\d+:[\w-]+(?:\.[\w-]+)+:.*"),
    "github": re.compile(r"::(?:error|warning|notice) (?:file=[^:]*|title=newslint)::.*"),
}
# format -> how the `file.format` line names its report
SAID = {"html": "HTML", "text": "text", "vale": "Vale", "github": "GitHub"}
_HEAD = 4096        # characters of the first line enough to tell whether a format may match


def own_report(source: str, fmt: str) -> str | None:
    """The `--format` name of newslint's own report that `source` (decoded
    text, read by the reader of format `fmt`) is, else None. Costs one match
    on the first line of an article."""
    if fmt == "html":
        return "html" if HTML_MARK in source[:2048] else None
    head = source[:_HEAD].lstrip("\ufeff \t\r\n").partition("\n")[0].rstrip("\r")
    for name, line in LINE.items():
        if line.match(head) and all(line.fullmatch(row) for row in source.splitlines() if row.strip()):
            return name
    return None
