"""Tell newslint's own JSON, SARIF or rdjson report from an article, by its
content, whatever the file's name (nu61 #2: `check . --format sarif >
report.txt` then `check .` gave 1,010 findings on the report).

A file is one only when its text (after a UTF-8 BOM, white space and the
lines check says on stderr, below) opens as that formatter's output opens (`_OPENING`: a cheap look at its first
bytes, so an article costs no parse), parses as one JSON value, and that
value has the shape the formatter writes:

- `--format json` (`formatters.json`): a list of one or more findings, each
  an object with exactly the formatter's nine keys (and `article` inside an
  export), a known level;
- `--format sarif` (`formatters.sarif`, SARIF 2.1.0 section 3.13): an object
  of `version` "2.1.0" whose every run's `tool.driver.name` is "newslint"
  and whose `results` is a list;
- `--format rdjson` (`formatters.rdjson`, reviewdog's Diagnostic Result
  format): exactly `source` {"name": "newslint"} and a `diagnostics` list.

Each field the check looks at must have the type the formatter writes it
with (`_fits`, one validator of the shapes `JSON`, `SARIF`, `RDJSON`): a
value of any other type (a list as `level`, a string as `line`) makes the
file no report of ours, never an error (qa308 #2). Only the lines `check`
says on stderr (`STDERR_LINES`: notes, `-v`'s lines, the `--statistics`
table) may come before the value, as they do in a report saved with `2>&1`
(stdout reaches the file when the run ends: qa308 #1); after it, those
lines, any `STDERR ...` line or `No findings.`. A story about SARIF, a text
holding a JSON snippet of another shape, or a Markdown file with a fenced
JSON block is still an article. An empty JSON list (`[]`, the json report
of a clean run) tells nothing and is read as text.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from ._own_reports import STATISTICS, STDERR, STDERR_LINES, whole_line

__all__ = ["json_report", "tail_fits", "value_start"]

# the first bytes of each report as its formatter writes it (`json.render`'s `[\n  {\n    "path": `,
# `sarif.render`'s log object, `rdjson.render`'s source); white space is free
_OPENING = re.compile(r'\[\s*\{\s*"path"\s*:|\{\s*"version"\s*:\s*"2\.1\.0"\s*,'
                      r'|\{\s*"source"\s*:\s*\{\s*"name"\s*:\s*"newslint"')
_BLANK = re.compile("[\ufeff \t\r\n]*")
_LEAD = re.compile(STDERR_LINES)
# a line check says on stderr, which a report saved with `2>&1` holds after the value: a note
# (the undated files', a skipped file's), or the `--statistics` table (on stderr in these formats)
_AFTER = re.compile(re.escape(STDERR) + r".*|" + STATISTICS + r"|No findings\.")


class _Object(NamedTuple):
    """The shape of a JSON object: its keys, each with the shape of its
    value; `optional` keys may be missing; with `more`, other keys may be
    there too (unlooked at)."""
    fields: dict
    optional: dict = {}
    more: bool = False


def _fits(value, shape) -> bool:
    """Whether `value` (parsed JSON) has `shape`: a type (exactly: a bool is
    no int), a tuple (one of its shapes), a frozenset (a string among its
    strings), a list `[item]` (a list of values of shape `item`; `[item,
    ...]`: one or more of them) or an `_Object`. Never raises on any JSON value."""
    if isinstance(shape, type):
        return type(value) is shape
    if type(shape) is tuple:     # (an `_Object` is a tuple too)
        return any(_fits(value, one) for one in shape)
    if isinstance(shape, frozenset):
        return type(value) is str and value in shape
    if isinstance(shape, list):
        return type(value) is list and (len(shape) == 1 or bool(value)) and all(_fits(v, shape[0]) for v in value)
    return type(value) is dict and shape.fields.keys() <= value.keys() and all(
        _fits(item, shape.fields[key]) if key in shape.fields else
        _fits(item, shape.optional[key]) if key in shape.optional else shape.more
        for key, item in value.items())


# `--format json` (`formatters.json.as_dict`): one or more findings
JSON = [_Object({"path": str, "line": int, "column": int, "end_line": int, "end_column": int, "rule": str,
                 "level": frozenset({"error", "warning", "suggestion"}), "message": str,
                 "fix": (type(None), _Object({"replacement": str}))}, {"article": str}), ...]
# `--format sarif` (`formatters.sarif`, SARIF 2.1.0 section 3.13): one or more runs of newslint
SARIF = _Object({"version": frozenset({"2.1.0"}), "runs": [_Object(
    {"tool": _Object({"driver": _Object({"name": frozenset({"newslint"})}, more=True)}, more=True),
     "results": list}, more=True), ...]}, more=True)
# `--format rdjson` (`formatters.rdjson.render`; its severities `formatters.rdjson.SEVERITY`)
_POSITION = _Object({"line": int, "column": int})
_RANGE = _Object({"start": _POSITION, "end": _POSITION})
RDJSON = _Object({"source": _Object({"name": frozenset({"newslint"})}), "diagnostics": [_Object(
    {"message": str, "location": _Object({"path": str, "range": _RANGE}),
     "severity": frozenset({"ERROR", "WARNING", "INFO"}), "code": _Object({"value": str}, {"url": str})},
    {"suggestions": [_Object({"range": _RANGE, "text": str})]})]})


def json_report(source: str) -> str | None:
    """"json", "sarif" or "rdjson" when `source` (decoded text) is that
    report of newslint's own, else None. Parses only a text that opens as
    one of them (`_OPENING`), after any lines check says on stderr."""
    start = value_start(source)
    if start is None or _OPENING.match(source, start, start + 200) is None:
        return None
    import json     # here: a text report's run (pre-commit's) needs json nowhere else

    try:
        value, end = json.JSONDecoder().raw_decode(source, start)
    except (ValueError, RecursionError):
        return None
    if not tail_fits(source, end):
        return None
    return next((name for name, shape in (("json", JSON), ("sarif", SARIF), ("rdjson", RDJSON))
                 if _fits(value, shape)), None)


def tail_fits(source: str, end: int) -> bool:
    """Whether every line of `source` after offset `end` (where a report's
    own text ends) is blank or one `check` says on stderr after it (`_AFTER`)."""
    return all(not line.strip() or _AFTER.fullmatch(line) for line in source[end:].splitlines())


def value_start(source: str, opens: tuple[str, ...] = ("{", "[")) -> int | None:
    """The offset of the character of `opens` (a JSON report's `{` or `[`;
    the junit report's `<`) that opens `source` after
    a BOM, blank lines and whole lines of `STDERR_LINES`; None when another
    line comes first. Reads no further than that line (no copy of the article)."""
    start = _BLANK.match(source).end()
    while source[start:start + 1] not in opens:
        end = source.find("\n", start)
        if end < 0 or whole_line(_LEAD, source, start, end - (source[end - 1] == "\r")) is None:
            return None
        start = _BLANK.match(source, end).end()
    return start
