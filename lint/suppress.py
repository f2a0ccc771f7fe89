"""Inline suppressions: `<!-- newslint-disable ID... -->`, `-enable`, `-disable-next-line`.

Readers of Markdown and HTML collect the directives (with offsets); this
module turns them into a per-line predicate the engine applies. An id may be
a pack prefix (`dates` silences every `dates.*` rule); no id means all rules.
"""
from __future__ import annotations

import bisect
import difflib
from typing import Iterable, Iterator

import regex

from .document import Document, LineIndex, Suppression

DIRECTIVE = regex.compile(
    r"<!--\s*newslint-(?P<action>disable-next-line|disable|enable)\b(?P<ids>[^>]*?)\s*-->")


# Vale's comments (https://vale.sh/docs/topics/config/#comments): `vale off`,
# `vale on`, `vale Style.Rule = NO` / `= YES` and `vale Style = NO`.
VALE_DIRECTIVE = regex.compile(r"<!--\s*vale\s+(?P<body>[^>]*?)\s*-->")
_VALE_SWITCH = regex.compile(r"(?P<id>[\w.-]+)(?:\[[^\]]*\])?\s*=\s*(?P<on>YES|NO)\b")


def find_directives(source: str, start: int = 0, end: int | None = None) -> list[Suppression]:
    """Every directive in source[start:end]: newslint's own and Vale's."""
    found = [Suppression(m["action"], tuple(regex.split(r"[\s,]+", m["ids"].strip())) if m["ids"].strip() else (),
                         m.start())
             for m in DIRECTIVE.finditer(source, start, end)]
    if "vale" in source[start:end]:
        for m in VALE_DIRECTIVE.finditer(source, start, end):
            found.extend(_vale(m["body"], m.start()))
        found.sort(key=lambda d: d.offset)
    return found


def _vale(body: str, offset: int) -> list[Suppression]:
    word = body.strip().lower()
    if word in ("off", "on"):
        return [Suppression("disable" if word == "off" else "enable", (), offset, vale=True)]
    return [Suppression("disable" if m["on"] == "NO" else "enable", (m["id"],), offset, vale=True)
            for m in _VALE_SWITCH.finditer(body)]


def unknown_ids(directives: Iterable[Suppression], known: set[str]) -> Iterator[tuple[int, str, str, str]]:
    """(offset, action, id, did-you-mean hint) for every directive id that names
    no rule or pack: a typo must not leave a finding switched on (or off) silently."""
    names = known | {k.split(".")[0] for k in known} | {"all", "ALL"}
    for d in directives:
        if d.vale:
            continue        # Vale ignores a comment naming a rule it did not load; so do we
        for rid in d.rules:
            if rid and rid not in names:
                near = difflib.get_close_matches(rid, sorted(names), n=1, cutoff=0.6)
                yield d.offset, d.action, rid, f" (did you mean {near[0]}?)" if near else ""


def matches_rule(ids: tuple[str, ...], rule: str) -> bool:
    return not ids or any(rule == i or rule.startswith(i + ".") for i in ids)


class Suppressor:
    """Answers `is_suppressed(rule, line)` for one document.

    Directives are replayed in source order for each rule asked about, as
    ESLint does: `disable X` starts hiding every rule X matches, from the
    directive's line; `enable Y` stops hiding the rules Y matches, through the
    directive's line. So `enable hygiene.placeholder` after a blanket `disable`
    turns that one rule back on, and `enable hygiene` ends
    `disable hygiene.placeholder`.
    """

    def __init__(self, doc: Document, whole_file: frozenset[str] = frozenset()):
        """`whole_file`: ids of Vale rules scoped to the whole file (`raw`,
        `summary`), which Vale's comments never switch off."""
        index: LineIndex = doc.lines
        self.whole_file = whole_file
        self.blocks: list[tuple[str, tuple[str, ...], int, bool]] = []   # action, ids, line, vale
        self.next_lines: dict[int, list[tuple[str, ...]]] = {}     # the line hidden -> ids
        for d in sorted(doc.suppressions, key=lambda s: s.offset):
            line, _ = index.position(d.offset)
            if d.action == "disable-next-line":
                self.next_lines.setdefault(line + 1, []).append(d.rules)
            else:
                self.blocks.append((d.action, d.rules, line, d.vale))
        self._ranges: dict[str, list[tuple[int, int]]] = {}
        self._firsts: dict[str, list[int]] = {}

    def __bool__(self) -> bool:
        return bool(self.blocks or self.next_lines)

    def ranges(self, rule: str) -> list[tuple[int, int | None]]:
        """The (first, last) line ranges, inclusive, where `rule` is hidden by
        blocks; `last` is None for a block never closed."""
        if rule not in self._ranges:
            out, start = [], None
            exempt = rule in self.whole_file
            for action, ids, line, vale in self.blocks:
                if not matches_rule(ids, rule) or (vale and exempt):
                    continue
                if action == "disable" and start is None:
                    start = line
                elif action == "enable" and start is not None:
                    out.append((start, line))
                    start = None
            if start is not None:
                out.append((start, None))
            self._ranges[rule] = out
            self._firsts[rule] = [first for first, _ in out]
        return self._ranges[rule]

    def is_suppressed(self, rule: str, line: int) -> bool:
        """Looked up, not scanned: thousands of directives and findings in one
        file stay linear (benchmarks/adversarial.py)."""
        if any(matches_rule(ids, rule) for ids in self.next_lines.get(line, ())):
            return True
        ranges = self.ranges(rule)           # sorted and disjoint: replayed in source order
        k = bisect.bisect_right(self._firsts[rule], line) - 1
        return k >= 0 and (ranges[k][1] is None or line <= ranges[k][1])
