"""A JSON array of findings with the keys editors' tooling expects."""
from __future__ import annotations

import json

NAME = "json"


def as_dict(d) -> dict:
    """One finding; `article` (the article's id) only for one inside an export."""
    out = {
        "path": d.path, "line": d.line, "column": d.column,
        "end_line": d.end_line, "end_column": d.end_column,
        "rule": d.rule, "level": d.level, "message": d.message,
        "fix": {"replacement": d.fix.replacement} if d.fix else None,
    }
    if d.article:
        out["article"] = d.article
    return out


def render(report) -> str:
    return json.dumps([as_dict(d) for d in report.diagnostics], indent=2, ensure_ascii=False) + "\n"


class Stream:
    """The array `render` gives, byte for byte, written file by file."""

    def __init__(self, report):
        self.first = True

    def file(self, diagnostics) -> str:
        out = []
        for d in diagnostics:
            item = json.dumps(as_dict(d), indent=2, ensure_ascii=False).replace("\n", "\n  ")
            out.append(("[\n  " if self.first else ",\n  ") + item)
            self.first = False
        return "".join(out)

    def end(self, problems: list[str]) -> str:
        return "[]\n" if self.first else "\n]\n"
