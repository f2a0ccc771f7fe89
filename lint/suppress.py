"""Inline suppressions: `<!-- newslint-disable ID... -->`, `-enable`,
`-disable-next-line` and `-disable-line` (the directive's own line, as
ESLint's `eslint-disable-line`), and Vale's comments (`suppress_vale`).

Readers of Markdown, HTML and NITF collect the directives (with offsets); this
module turns them into a per-line predicate the engine applies. An id may be
a pack prefix (`dates` silences every `dates.*` rule); no id, or `ALL`, means
all rules.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from typing import Iterable

from . import rx as regex

from .document import Document, Suppression
from .html_comments import comments

ACTIONS = ("disable-next-line", "disable-line", "disable", "enable")
# What a directive's ids may name for every rule, as a config's `select: [ALL]` does
# (`config._longest`); no id at all means the same.
EVERY = ("ALL", "all")
# A directive's name: the `newslint-` marker (in any case) and the action word as
# written, so a misspelt action (`disable_line`, `disabel-line`, `Disable-line`) is
# read, and said, rather than passed over as a comment (qa70 #5).
NAME = r"(?P<name>(?i:newslint)-(?P<action>\w*(?:-\w+)*))"
# A directive's start, at its comment's `<!--`. Its comment runs to the first `-->` or
# `--!>` (`html_comments`), where HTML ends a comment, so a `>` in a reason is text
# and a `-->` or `--!>` in one ends it there.
OPENER = regex.compile(r"<!--\s*" + NAME)
# Whether a text may hold a directive at all (a cheap test before the parsers run).
MARKER = regex.compile(r"(?i)newslint-")
# Two or more dashes, or an em or en dash (a word processor's `--`), with space (or the
# text's end) on each side end the ids; what follows is the writer's reason, as ESLint's
# `-- reason` (`disable-line hygiene -- city has not said`, `disable-line hygiene — not said`).
_REASON = regex.compile(r"(?<!\S)(?:--+|[\u2014\u2013]+)(?!\S)")     # an em or en dash too (fx121 #3)
_ID = regex.compile(r"[^\s,]+")
_COLON = regex.compile(r"\s*:")


def find_directives(source: str, start: int = 0, end: int | None = None,
                    xml: bool = False) -> list[Suppression]:
    """Every directive in source[start:end]: newslint's own and Vale's. A
    comment ends where a browser ends it (`html_comments`: its first `-->`
    or `--!>`; in XML its first `-->`), the one reading of both readers; a
    newslint directive is a comment that opens with one (`OPENER`), read up
    to that end; a `<!--` inside a comment is its text, and one left open
    ends the search, as no later one can close either (linear however many
    there are). `xml`: the comments are XML's (NITF), where a reason follows
    an em dash."""
    stop = len(source) if end is None else end
    found = []
    walked = comments(source, start, stop, xml) if MARKER.search(source, start, stop) else ()
    for at, text_end, close in walked:
        if (m := OPENER.match(source, at, text_end)) is None:
            continue
        d = directive(action_of(m), source[m.end():text_end], m.end(), m.start(), xml, name=m.span("name"))
        # a comment over several lines (a line break anywhere in it, after the name or
        # before it: `<!--` alone on its line): its end is where the next line starts from
        if "\n" in (span := source[m.start():text_end]) or "\r" in span:
            d = replace(d, close=close)
        found.append(d)
    if "vale" in source[start:end]:
        from .suppress_vale import vale_directives     # Vale's comments: a text with the word only
        found.extend(vale_directives(source, start, end))
        found.sort(key=lambda d: d.offset)
    return found


def action_of(m) -> str:
    """The action of a directive matched by `NAME` (`m`): one of `ACTIONS`, or,
    misspelt, the whole name as written (`newslint-disable_line`,
    `NEWSLINT-DISABLE-LINE`), which no code acts on and `read_ids` says."""
    return m["action"] if m["name"].startswith("newslint-") and m["action"] in ACTIONS else m["name"]


def directive(action: str, text: str, at: int, offset: int, xml: bool = False,
              name: tuple[int, int] = ()) -> Suppression:
    """The directive `action` whose ids (and reason) are `text`, which starts
    at file offset `at`; `offset` is where the directive itself starts; `xml`:
    it is in an XML comment; `name`: the file span of `newslint-ACTION`."""
    rules, starts, reason = directive_ids(text)
    ends = tuple(at + i + len(r) for i, r in zip(starts, rules))
    return Suppression(action, rules, offset, at=tuple(at + i for i in starts), reason=reason,
                       ends=ends, text=text, xml=xml, name=name)


def directive_ids(text: str) -> tuple[tuple[str, ...], tuple[int, ...], str]:
    """(ids, where each starts in `text`, reason) of a directive's text
    after its action: ids parted by spaces or commas, () for all rules, after
    a colon if one leads (`newslint-disable-line: hygiene`, as ruff's `noqa:`),
    a blockquote's `>` opening a further line left out (`_QUOTE_MARK`);
    the reason is what follows ` -- `, its white space folded, "" for none."""
    sep = _REASON.search(text)
    lead = _COLON.match(text)
    found = [m for m in _ID.finditer(text, lead.end() if lead else 0, sep.start() if sep else len(text))
             if not _QUOTE_MARK.fullmatch(text, _line_start(text, m.start()), m.end())]
    reason = " ".join(text[sep.end():].split()) if sep else ""
    return tuple(m[0] for m in found), tuple(m.start() for m in found), reason


# A blockquote's markers opening a line the comment runs on to (`> -- reason`):
# Markdown syntax, never an id (no id holds `>`).
_QUOTE_MARK = regex.compile(r"[ \t>]*>")


def _line_start(text: str, at: int) -> int:
    """Where the line holding text[at] starts; on the directive's first line
    (whose start is not in `text`, and where nothing is a quote marker),
    len(text) + 1, past `text`'s end, so that no quote marker matches there."""
    brk = max(text.rfind("\n", 0, at), text.rfind("\r", 0, at))
    return brk + 1 if brk != -1 else len(text) + 1


def matches_rule(ids: tuple[str, ...], rule: str) -> bool:
    """Whether a directive naming `ids` covers `rule`: no id, `ALL` (`EVERY`),
    the rule's id or its pack's."""
    return not ids or any(rule == i or rule.startswith(i + ".") or i in EVERY for i in ids)


class Suppressor:
    """Answers `is_suppressed(rule, offset)` for one document.

    Directives are replayed in source order for each rule asked about, as
    ESLint does: `disable X` starts hiding every rule X matches, from the
    directive's line; `enable Y` stops hiding the rules Y matches, through the
    directive's line. So `enable hygiene.placeholder` after a blanket `disable`
    turns that one rule back on, and `enable hygiene` ends
    `disable hygiene.placeholder`. A finding is on the line of its start.

    Vale's comments are Vale's separate switches (Vale's `UpdateComments` and
    `QueryComments`, internal/core/file.go): `vale off` is one, and each
    `vale X = NO` naming a rule, its style or `newslint` another; `vale on`
    clears only `vale off` and `vale X = YES` only X, and a rule is hidden
    while any switch naming it is set (qa107 #2-#4). Where the two kinds
    meet they are one sequence (qa107 #1): a closer of Vale's (`vale on`,
    `vale X = YES` naming the rule) also ends a `newslint-disable` block,
    and a `newslint-enable` naming the rule ends every block and switch of
    either kind. The reason at a place is that of a switch still hiding the
    rule there (newslint's block's first reason, else a Vale switch's), ""
    when only switches without one do: a closer that ends the block whose
    reason was shown takes its reason with it (qa111 #3).

    In a body embedded in an export (a JSON Lines record is one file line, a
    WXR post's HTML often one too) the file line would take in the whole
    article, so there a directive acts from its own offset: `disable` hides
    what follows it, `enable` what precedes it, and `disable-next-line` the
    body's next line (`Suppression.next_line`).

    `why(rule, offset)` gives the reason of the directive hiding a finding
    (`Suppression.reason`, "" when it gives none), for SARIF's `suppressions`.
    """

    def __init__(self, doc: Document, whole_file: frozenset[str] = frozenset(),
                 styled: frozenset[str] = frozenset()):
        """`whole_file`: ids of Vale rules scoped to the whole file (`raw`,
        `summary`), which Vale's comments never switch off; `styled`: ids of
        the rules a Vale style gives, which `<!-- vale newslint = NO -->`
        leaves on (`vale_matches`)."""
        starts = doc.lines.starts
        self.whole_file, self.styled = whole_file, styled
        # action, ids, offset where it takes effect (hidden from / up to), vale, reason
        self.blocks: list[tuple[str, tuple[str, ...], int, bool, str]] = []
        lines: dict[int, tuple[int, list[tuple[tuple[str, ...], str]]]] = {}   # start -> (end, [(ids, reason)])
        for d in sorted(doc.suppressions, key=lambda s: s.offset):
            if d.action not in ACTIONS:
                continue        # 'newslint-disable_line': a misspelt action, reported, hides nothing
            if d.next_line is not None:
                here, below = (d.offset, d.offset), d.next_line
            else:       # a comment over several lines: from its first line to its last
                here = _line_of(starts, d.offset)
                if d.close is not None:
                    here = (here[0], _line_of(starts, d.close - 1)[1])
                below = _line_of(starts, here[1])
            if d.action in ("disable-next-line", "disable-line"):
                # a body embedded in an export carries the line it means in `next_line`
                span = here if d.action == "disable-line" and d.next_line is None else below
                if span[0] < span[1]:
                    lines.setdefault(span[0], (span[1], []))[1].append((d.rules, d.reason))
            else:
                self.blocks.append((d.action, d.rules, here[0] if d.action == "disable" else here[1],
                                    d.vale, d.reason))
        self.next_lines = lines
        self._line_starts = sorted(lines)
        self._ranges: dict[str, list[tuple[int, float]]] = {}
        self._firsts: dict[str, list[int]] = {}
        # where the reason shown changes inside the ranges, and the reason from there on
        self._reasons: dict[str, tuple[list[int], list[str]]] = {}

    def __bool__(self) -> bool:
        return bool(self.blocks or self.next_lines)

    def ranges(self, rule: str) -> list[tuple[int, float]]:
        """The [first, end) source offset ranges where `rule` is hidden by
        blocks; `end` is infinity for a block never closed. The replay keeps
        newslint's block and each Vale switch apart (see the class), and
        notes where, inside the ranges, the reason of what hides `rule`
        changes (`why`)."""
        if rule not in self._ranges:
            out, start = [], None
            marks: list[int] = []           # where the reason shown changes (source offsets, ascending)
            reasons: list[str] = []         # the reason from each mark on
            exempt = rule in self.whole_file
            own, own_reason = False, ""     # newslint's block and its first reason
            switches: dict[tuple[str, ...], str] = {}   # the Vale switches set, () for `vale off`
            for action, ids, at, vale, reason in self.blocks:
                if vale:
                    from .suppress_vale import vale_matches
                    if exempt or not vale_matches(ids, rule, self.styled):
                        continue
                    if action == "disable":
                        switches.setdefault(ids, reason)
                    else:           # `vale on` clears only `vale off`, `vale X = YES` only X
                        switches.pop(ids, None)
                        own = False         # and, as a closer, newslint's block (qa107 #1)
                elif not matches_rule(ids, rule):
                    continue
                elif action == "disable":
                    own_reason = own_reason if own and own_reason else reason
                    own = True
                else:               # `newslint-enable` ends every block of either kind
                    own, switches = False, {}
                if own or switches:
                    if start is None:
                        start = at
                    now = own_reason if own and own_reason else next((r for r in switches.values() if r), "")
                    if not marks or now != reasons[-1] or start == at:
                        _mark(marks, reasons, at, now)
                elif start is not None:
                    out.append((start, at))
                    start = None
            if start is not None:
                out.append((start, _END))
            self._ranges[rule] = out
            self._firsts[rule] = [first for first, _ in out]
            self._reasons[rule] = marks, reasons
        return self._ranges[rule]

    def is_suppressed(self, rule: str, offset: int) -> bool:
        """Is a finding of `rule` starting at source `offset` hidden?"""
        return self.why(rule, offset) is not None

    def why(self, rule: str, offset: int) -> str | None:
        """The reason of a directive hiding a finding of `rule` starting at
        source `offset` ("" when none hiding it there gives one; a line's
        directive before a block's), or None when none hides it. Looked up, not scanned: thousands
        of directives and findings in one file stay linear (benchmarks/adversarial.py)."""
        k = bisect.bisect_right(self._line_starts, offset) - 1
        if k >= 0:
            end, directives = self.next_lines[self._line_starts[k]]
            if offset < end:
                for ids, reason in directives:
                    if matches_rule(ids, rule):
                        return reason
        ranges = self.ranges(rule)       # in source order; a later range reaches as far
        k = bisect.bisect_right(self._firsts[rule], offset) - 1
        if k < 0 or offset >= ranges[k][1]:
            return None
        marks, reasons = self._reasons[rule]
        return reasons[bisect.bisect_right(marks, offset) - 1]

    def split(self, findings: list, held: dict) -> tuple[list, dict]:
        """(the findings no directive hides, {each hidden one: `why` it is}).
        A finding left whose fix would rewrite a hidden one's text (another
        rule's, over words the writer kept) loses its fix, which `held` then
        says (`fixes.HELD["suppressed"]`): a fix never touches a hidden span."""
        kept, hidden = [], {}
        for d in findings:
            reason = self.why(d.rule, d.offset)
            if reason is None:
                kept.append(d)
            else:
                hidden.setdefault(d, reason)
        if not hidden or not any(d.fix for d in kept):
            return kept, hidden
        spans = sorted((d.offset, d.end_offset) for d in hidden if d.offset < d.end_offset)
        starts = [s for s, _ in spans]
        reach = list(itertools.accumulate((e for _, e in spans), max))   # the furthest end so far
        for i, d in enumerate(kept):
            if d.fix is None:
                continue
            start, end = d.fix.start, d.fix.end
            # a hidden span starting before the fix ends and ending after it starts
            # (for an insertion, start == end: one it falls strictly inside)
            k = bisect.bisect_left(starts, end)
            if k and reach[k - 1] > start:
                kept[i] = replace(d, fix=None)
                held[kept[i]] = "suppressed"
        return kept, hidden

    def covers(self, rule: str, start: int, end: int) -> bool:
        """Does one block hiding `rule` hold the whole source span [start, end)?"""
        ranges = self.ranges(rule)
        k = bisect.bisect_right(self._firsts[rule], start) - 1
        return k >= 0 and end <= ranges[k][1]


_END = float("inf")


def _mark(marks: list[int], reasons: list[str], at: int, reason: str) -> None:
    """Note that from source offset `at` on the reason shown is `reason`. A
    mark never goes back: a `disable` acts from its line's start, so one after
    an `enable` on the same line (which acts through the line's end) is
    marked at the `enable`'s place, and one at the same place replaces it."""
    if marks and at <= marks[-1]:
        reasons[-1] = reason
    else:
        marks.append(at)
        reasons.append(reason)


def _line_of(starts: list[int], offset: int) -> tuple[int, float]:
    """[start, end) of the source line holding `offset` (`LineIndex.starts`);
    past the last line, an empty span at infinity."""
    if offset == _END:
        return _END, _END
    k = bisect.bisect_right(starts, offset) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else _END


def off_for_body(doc: Document, rule: str, scope: Iterable[str]) -> bool:
    """Whether `rule` can show nothing in this document: every part of its
    `scope` lies inside an inline block that hides it (`<!-- newslint-disable
    dates -->` above the text), or it has no part to read (no dateline). What it
    needs (a publication date) is then not missed. A part the blocks do not
    cover, such as a front-matter title above the directive, keeps the rule on,
    as its findings there are still shown. Looked up per part, so thousands
    of blocks stay n log n (benchmarks/adversarial.py)."""
    spans = [p.source_span(0, len(p.text)) for p in doc.parts_of(scope)]
    if not spans:
        return True
    if not doc.suppressions:
        return False
    suppressor = doc.analysis("suppress.blocks", Suppressor)    # once for all the date rules
    return all(suppressor.covers(rule, start, end) for start, end in spans)
