"""Inline suppressions: `<!-- newslint-disable ID... -->`, `-enable`, `-disable-next-line`.

Readers of Markdown and HTML collect the directives (with offsets); this
module turns them into a per-line predicate the engine applies. An id may be
a pack prefix (`dates` silences every `dates.*` rule); no id means all rules.
"""
from __future__ import annotations

import regex

from .document import Document, LineIndex, Suppression

DIRECTIVE = regex.compile(
    r"<!--\s*newslint-(?P<action>disable-next-line|disable|enable)\b(?P<ids>[^>]*?)\s*-->")


def find_directives(source: str, start: int = 0, end: int | None = None) -> list[Suppression]:
    """Every directive in source[start:end]."""
    end = len(source) if end is None else end
    return [Suppression(m["action"], tuple(regex.split(r"[\s,]+", m["ids"].strip())) if m["ids"].strip() else (),
                        m.start())
            for m in DIRECTIVE.finditer(source, start, end)]


def matches_rule(ids: tuple[str, ...], rule: str) -> bool:
    return not ids or any(rule == i or rule.startswith(i + ".") for i in ids)


class Suppressor:
    """Answers `is_suppressed(rule, line)` for one document."""

    def __init__(self, doc: Document):
        index: LineIndex = doc.lines
        self.ranges: list[tuple[tuple[str, ...], int, int]] = []   # ids, first, last line
        open_: list[tuple[tuple[str, ...], int]] = []
        for d in sorted(doc.suppressions, key=lambda s: s.offset):
            line, _ = index.position(d.offset)
            if d.action == "disable-next-line":
                self.ranges.append((d.rules, line + 1, line + 1))
            elif d.action == "disable":
                open_.append((d.rules, line))
            else:
                still = []
                for ids, first in open_:
                    if not d.rules or set(ids) <= set(d.rules):
                        self.ranges.append((ids, first, line))
                    else:
                        still.append((ids, first))
                open_ = still
        for ids, first in open_:
            self.ranges.append((ids, first, 10**12))

    def __bool__(self) -> bool:
        return bool(self.ranges)

    def is_suppressed(self, rule: str, line: int) -> bool:
        return any(first <= line <= last and matches_rule(ids, rule)
                   for ids, first, last in self.ranges)
