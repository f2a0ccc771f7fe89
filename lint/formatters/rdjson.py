"""reviewdog's Diagnostic JSON (rdjson), so `reviewdog -f=rdjson` can comment
on pull requests and offer fixes as suggested changes.

reviewdog counts columns in UTF-8 bytes, newslint in characters: the source
text (kept for this format) converts one to the other.
"""
from __future__ import annotations

import json

from ..document import LineIndex
from ._common import rule_info, shown_path, with_article

NAME = "rdjson"
NEEDS_SOURCE = True
SEVERITY = {"error": "ERROR", "warning": "WARNING", "suggestion": "INFO"}


class _Columns:
    """Source offset -> reviewdog (line, byte column) for one file."""

    def __init__(self, source: str):
        self.source, self.lines = source, LineIndex(source)

    def position(self, offset: int) -> dict:
        line, _ = self.lines.position(offset)
        start = self.lines.line_start(line)
        column = len(self.source[start:offset].encode("utf-8")) + 1
        return {"line": line, "column": column}

    def range(self, start: int, end: int) -> dict:
        return {"start": self.position(start), "end": self.position(end)}


def _char_range(d) -> dict:
    """Without the source (unreadable files) the character columns are the best we have."""
    return {"start": {"line": d.line, "column": d.column},
            "end": {"line": d.end_line, "column": d.end_column}}


def render(report) -> str:
    columns: dict[str, _Columns] = {}
    diagnostics = []
    for d in report.diagnostics:
        doc = report.documents.get(d.path)
        cols = None
        if doc is not None:
            cols = columns.get(d.path) or columns.setdefault(d.path, _Columns(doc.source))
        path = shown_path(d.path, report.root)
        _, _, link = rule_info(d.rule, report.rules)
        item = {
            "message": with_article(d),       # an export's finding names its article, as text's does
            "location": {"path": path,
                         "range": cols.range(d.offset, d.end_offset) if cols else _char_range(d)},
            "severity": SEVERITY[d.level],
            "code": {"value": d.rule, **({"url": link} if link else {})},
        }
        if d.fix is not None and cols is not None:
            item["suggestions"] = [{"range": cols.range(d.fix.start, d.fix.end),
                                    "text": d.fix.replacement}]
        diagnostics.append(item)
    out = {"source": {"name": "newslint"},
           "diagnostics": diagnostics}
    return json.dumps(out, indent=2, ensure_ascii=False) + "\n"
