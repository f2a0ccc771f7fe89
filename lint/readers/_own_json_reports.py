"""Tell newslint's own JSON, SARIF or rdjson report from an article, by its
content, whatever the file's name (nu61 #2: `check . --format sarif >
report.txt` then `check .` gave 1,010 findings on the report).

A file is one only when its text (after a UTF-8 BOM and white space) opens
as that formatter's output opens (`_OPENING`: a cheap look at its first
bytes, so an article costs no parse), parses as one JSON value, and that
value has the shape the formatter writes:

- `--format json` (`formatters.json`): a list of one or more findings, each
  an object with exactly `_FINDING_KEYS` (and `article` inside an export),
  a known level;
- `--format sarif` (`formatters.sarif`, SARIF 2.1.0 section 3.13): an object
  of `version` "2.1.0" whose every run's `tool.driver.name` is "newslint"
  and whose `results` is a list;
- `--format rdjson` (`formatters.rdjson`, reviewdog's Diagnostic Result
  format): exactly `source` {"name": "newslint"} and a `diagnostics` list.

After the value, only the lines `check` says on stderr (`STDERR ...`, such
as the note on undated files, and the `--statistics` table, in a report
saved with `2>&1`) may follow; `-v`'s lines come before it, so a report
saved with `-v` is read as text (the opening is all that is looked at). A
story about SARIF, a text holding a JSON snippet of another shape, or a
Markdown file with a fenced JSON block is still an article. An empty JSON
list (`[]`, the json report of a clean run) tells nothing and is read as
text.
"""
from __future__ import annotations

import json
import re

from ._own_reports import STATISTICS, STDERR

__all__ = ["json_report"]

# the first bytes of each report as its formatter writes it (`json.render`'s `[\n  {\n    "path": `,
# `sarif.render`'s log object, `rdjson.render`'s source); white space is free
_OPENING = re.compile(r'\[\s*\{\s*"path"\s*:|\{\s*"version"\s*:\s*"2\.1\.0"\s*,'
                      r'|\{\s*"source"\s*:\s*\{\s*"name"\s*:\s*"newslint"')
_BLANK = re.compile("[\ufeff \t\r\n]*")
_FINDING_KEYS = frozenset({"path", "line", "column", "end_line", "end_column", "rule", "level", "message", "fix"})
_LEVELS = frozenset({"error", "warning", "suggestion"})
_RDJSON_KEYS = frozenset({"message", "location", "severity", "code", "suggestions"})
# a line check says on stderr, which a report saved with `2>&1` holds after the value: a note
# (the undated files', a skipped file's), or the `--statistics` table (on stderr in these formats)
_AFTER = re.compile(re.escape(STDERR) + r".*|" + STATISTICS + r"|No findings\.")


def json_report(source: str) -> str | None:
    """"json", "sarif" or "rdjson" when `source` (decoded text) is that
    report of newslint's own, else None. Parses only a text that opens as
    one of them (`_OPENING`)."""
    start = _BLANK.match(source).end()      # no copy of the article: most end here
    if source[start:start + 1] not in ("{", "[") or _OPENING.match(source, start, start + 200) is None:
        return None
    try:
        value, end = json.JSONDecoder().raw_decode(source, start)
    except (ValueError, RecursionError):
        return None
    if any(line.strip() and not _AFTER.fullmatch(line) for line in source[end:].splitlines()):
        return None
    if _is_json(value):
        return "json"
    if _is_sarif(value):
        return "sarif"
    if _is_rdjson(value):
        return "rdjson"
    return None


def _is_json(value) -> bool:
    return isinstance(value, list) and bool(value) and all(
        isinstance(item, dict) and set(item) - {"article"} == _FINDING_KEYS and item["level"] in _LEVELS
        and isinstance(item["rule"], str) for item in value)


def _is_sarif(value) -> bool:
    runs = value.get("runs") if isinstance(value, dict) and value.get("version") == "2.1.0" else None
    return isinstance(runs, list) and bool(runs) and all(
        isinstance(run, dict) and isinstance(run.get("results"), list)
        and _get(run, "tool", "driver", "name") == "newslint" for run in runs)


def _is_rdjson(value) -> bool:
    return isinstance(value, dict) and set(value) == {"source", "diagnostics"} \
        and value["source"] == {"name": "newslint"} and isinstance(value["diagnostics"], list) \
        and all(isinstance(item, dict) and {"message", "location", "severity", "code"} <= set(item) <= _RDJSON_KEYS
                for item in value["diagnostics"])


def _get(value, *keys):
    """`value[k1][k2]...`, or None where a level is no object or lacks its key."""
    for key in keys:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value
