"""A JSON array of findings with the keys editors' tooling expects."""
from __future__ import annotations

import json

from ._common import shown_path

NAME = "json"


def as_dict(d, root: str = "") -> dict:
    """One finding; `article` (the article's id) only for one inside an export;
    the path as every format prints it (`shown_path`)."""
    out = {
        "path": shown_path(d.path, root) if isinstance(d.path, str) else d.path, "line": d.line, "column": d.column,
        "end_line": d.end_line, "end_column": d.end_column,
        "rule": d.rule, "level": d.level, "message": d.message,
        "fix": _fix(d),
    }
    if d.article:
        out["article"] = d.article
    return out


def _fix(d) -> dict | None:
    """`{"replacement": ...}` for the finding's span; a fix that starts before it, on its
    line (the space before a mark: `quotes.apostrophe-mark`), also gives the `column` it starts at."""
    if d.fix is None:
        return None
    if d.fix.start == d.offset:
        return {"replacement": d.fix.replacement}
    return {"replacement": d.fix.replacement, "column": d.column - (d.offset - d.fix.start)}


def render(report) -> str:
    if not report.diagnostics:
        return "[]\n"
    return "[\n  " + ",\n  ".join(finding(d, report.root) for d in report.diagnostics) + "\n]\n"


_string = json.encoder.encode_basestring     # the C encoder's, when built (ensure_ascii=False)


def dumps(value, level: int = 0) -> str:
    """`json.dumps(value, indent=2, ensure_ascii=False)` for the plain values a
    report holds (dicts with str keys, lists, str, int, bool, None), as if
    nested `level` deep; anything else is left to json. Same text, byte for
    byte: with `indent` json encodes in Python, which was most of the time a
    large report took to write."""
    if isinstance(value, str):
        return _string(value)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return int.__repr__(value)
    if type(value) in (dict, list) and value and \
            (type(value) is list or all(type(k) is str for k in value)):
        inner = "\n" + "  " * (level + 1)
        if type(value) is dict:
            items = [f"{_string(k)}: {dumps(v, level + 1)}" for k, v in value.items()]
            return "{" + inner + ("," + inner).join(items) + "\n" + "  " * level + "}"
        items = [dumps(v, level + 1) for v in value]
        return "[" + inner + ("," + inner).join(items) + "\n" + "  " * level + "]"
    return json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n" + "  " * level)


def finding(d, root: str = "") -> str:
    """`dumps(as_dict(d, root), 1)`, written straight out when every field has its
    usual type (a third of a large run's report time went into the general
    walk); the same bytes, else the general walk."""
    fix = d.fix
    if not (type(d.path) is type(d.rule) is type(d.level) is type(d.message) is type(d.article) is str
            and type(d.line) is type(d.column) is type(d.end_line) is type(d.end_column) is int
            and (fix is None or type(fix.replacement) is str and fix.start == d.offset)):
        return dumps(as_dict(d, root), 1)
    s = _string
    return (f'{{\n    "path": {s(shown_path(d.path, root))},\n    "line": {int.__repr__(d.line)},'
            f'\n    "column": {int.__repr__(d.column)},\n    "end_line": {int.__repr__(d.end_line)},'
            f'\n    "end_column": {int.__repr__(d.end_column)},\n    "rule": {s(d.rule)},'
            f'\n    "level": {s(d.level)},\n    "message": {s(d.message)},\n    "fix": '
            + ("null" if not fix else f'{{\n      "replacement": {s(fix.replacement)}\n    }}')
            + (f',\n    "article": {s(d.article)}' if d.article else "") + "\n  }")


class Stream:
    """The array `render` gives, byte for byte, written file by file."""

    def __init__(self, report):
        self.first, self.root = True, report.root

    def file(self, diagnostics) -> str:
        out = []
        for d in diagnostics:
            item = finding(d, self.root)
            out.append(("[\n  " if self.first else ",\n  ") + item)
            self.first = False
        return "".join(out)

    def end(self, problems: list[str]) -> str:
        return "[]\n" if self.first else "\n]\n"
