"""`title-length`: a headline or title field longer than its limit.

Search engines cut an HTML title near 60 characters and a long headline wraps
badly; each newsroom sets its own limits, per part kind (`headline`) or per
title field name (`html title`, `og:title`).
"""
from __future__ import annotations

from .base import Finding, Kind, Option


def _limits(value) -> str | None:
    if not all(isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value.values()):
        return "every limit must be a positive whole number of characters"
    return None


class TitleLength(Kind):
    name = "title-length"
    placeholders = frozenset({"field", "length", "limit"})
    description = "Flags a headline or title field over its character limit."
    default_scope = ("headline", "title")
    options = {
        "limits": Option(dict, {"headline": 110, "html title": 60}, check=_limits,
                         help="part kind or title field name -> most characters allowed"),
    }

    def check(self, doc, parts):
        limits = self.opts["limits"]
        for part in parts:
            limit = limits.get(part.name) or limits.get(part.kind)
            text = part.text.rstrip()
            if limit and len(text) > limit:
                label = part.name or part.kind
                yield Finding(part, limit, len(text), args={
                    "field": label, "length": len(text), "limit": limit})


KIND = TitleLength
