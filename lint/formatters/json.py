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
