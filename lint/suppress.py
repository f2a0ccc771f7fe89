"""Inline suppressions: `<!-- newslint-disable ID... -->`, `-enable`,
`-disable-next-line` and `-disable-line` (the directive's own line, as
ESLint's `eslint-disable-line`).

Readers of Markdown, HTML and NITF collect the directives (with offsets); this
module turns them into a per-line predicate the engine applies. An id may be
a pack prefix (`dates` silences every `dates.*` rule); no id means all rules.
"""
from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from typing import Iterable

import regex

from .document import Document, Suppression

ACTIONS = ("disable-next-line", "disable-line", "disable", "enable")
# A directive's start. Its comment runs to the first `-->`, where HTML ends a
# comment, so a `>` in a reason is text and a `-->` in one ends it there.
OPENER = regex.compile(r"<!--\s*newslint-(?P<action>" + "|".join(ACTIONS) + r")\b")
# Two or more dashes, or an em or en dash (a word processor's `--`), with space (or the
# text's end) on each side end the ids; what follows is the writer's reason, as ESLint's
# `-- reason` (`disable-line hygiene -- city has not said`, `disable-line hygiene — not said`).
_REASON = regex.compile(r"(?<!\S)(?:--+|[\u2014\u2013]+)(?!\S)")     # an em or en dash too (fx121 #3)
_ID = regex.compile(r"[^\s,]+")


# Vale's comments (https://vale.sh/docs/topics/config/#comments): `vale off`,
# `vale on`, `vale Style.Rule = NO` / `= YES` and `vale Style = NO`.
VALE_DIRECTIVE = regex.compile(r"<!--\s*vale\s+(?P<body>[^>]*?)\s*-->")
_VALE_SWITCH = regex.compile(r"(?P<id>[\w.-]+)(?:\[[^\]]*\])?\s*=\s*(?P<on>YES|NO)\b")


def find_directives(source: str, start: int = 0, end: int | None = None) -> list[Suppression]:
    """Every directive in source[start:end]: newslint's own and Vale's. Each
    comment is read once up to its `-->`: one left open ends the search, as
    no later one can close either (linear however many there are)."""
    stop = len(source) if end is None else end
    found, pos = [], start
    while (m := OPENER.search(source, pos, stop)) is not None:
        close = source.find("-->", m.end(), stop)
        if close == -1:
            break
        found.append(directive(m["action"], source[m.end():close], m.end(), m.start()))
        pos = close + 3
    if "vale" in source[start:end]:
        for m in VALE_DIRECTIVE.finditer(source, start, end):
            found.extend(_vale(m["body"], m.start()))
        found.sort(key=lambda d: d.offset)
    return found


def directive(action: str, text: str, at: int, offset: int) -> Suppression:
    """The directive `action` whose ids (and reason) are `text`, which starts
    at file offset `at`; `offset` is where the directive itself starts."""
    rules, starts, reason = directive_ids(text)
    return Suppression(action, rules, offset, at=tuple(at + i for i in starts), reason=reason)


def directive_ids(text: str) -> tuple[tuple[str, ...], tuple[int, ...], str]:
    """(ids, where each starts in `text`, reason) of a directive's text after
    its action: ids parted by spaces or commas, () for all rules; the reason
    is what follows ` -- `, its white space folded, "" for none."""
    sep = _REASON.search(text)
    found = list(_ID.finditer(text, 0, sep.start() if sep else len(text)))
    reason = " ".join(text[sep.end():].split()) if sep else ""
    return tuple(m[0] for m in found), tuple(m.start() for m in found), reason


def _vale(body: str, offset: int) -> list[Suppression]:
    word = body.strip().lower()
    if word in ("off", "on"):
        return [Suppression("disable" if word == "off" else "enable", (), offset, vale=True)]
    return [Suppression("disable" if m["on"] == "NO" else "enable", (m["id"],), offset, vale=True)
            for m in _VALE_SWITCH.finditer(body)]


# How near a misspelt id must be to a rule's or pack's name to be offered as
# the one meant (difflib's ratio): 0.6 offered `style.time-of-day` for `dates.day`.
NEAR = 0.8
# Dashes written between an id and a reason with no space on a side (`style.x--why`,
# `style.x—why`): no rule id holds two dashes running or an em or en dash.
_GLUED = regex.compile(r"--+|[\u2014\u2013]+")


def read_ids(directives: list[Suppression], known: set[str]) -> tuple[list[Suppression], list[tuple]]:
    """(the directives, each with the ids it names clearly, and the reason a
    writer wrote in the wrong form; what to say: (offset, action, words)),
    each a `file.directive` warning, never a problem of the run: one file's
    slip never fails the others (exit 2), as ruff warns of a `# noqa` code it
    does not know (RUF102). An id that names no rule or pack is said at the
    id, with the nearest name (`did you mean`, at `NEAR`) and where a reason
    goes, as a typo must not leave a finding switched on silently; the
    directive's other ids still act, and with none it hides nothing. A
    reason in the wrong form is said at its first word, and the ids before
    it act, with it as their reason: words after the ids that are no id (no
    dot, none near a name), written without ` -- ` (`is 'the agenda says so'
    a reason?`), and dashes glued to an id (`style.x--reason`: put a space on
    each side). With no clear id before them the directive hides nothing."""
    names = known | {k.split(".")[0] for k in known} | {"all", "ALL"}
    out, said = [], []
    for d in directives:
        if any(r.endswith(":") and r.rstrip(":") in names for r in d.rules):   # `id: reason`, as ruff's noqa
            d = replace(d, rules=tuple(r.rstrip(":") if r.rstrip(":") in names else r for r in d.rules))
        if d.vale or all(not rid or rid in names for rid in d.rules):
            out.append(d)       # Vale ignores a comment naming a rule it did not load; so do we
            continue
        d, words = _misread(d, names)
        out.append(d)
        said.extend(words)
    return out, said


def nearest_id(rid: str, names) -> str | None:
    """The rule or pack id of `names` a misspelt `rid` most likely means: the
    one rule named `rid` in some pack (`time-of-day` -> `style.time-of-day`),
    else the nearest at difflib's ratio `NEAR` or more, else None: a far-off
    id (`style.oxford` -> `style.date-order` at 0.6) misleads more than none.
    Case is no difference (`Style.Time-Of-Day`, qa67 #7.3), as in a config."""
    import difflib   # an unknown rule id only
    lower = {n.lower(): n for n in sorted(names, reverse=True)}     # (`all` over `ALL`)
    rid = rid.lower()
    named = [n for n in lower if n == rid or n.endswith("." + rid)]
    if len(named) == 1:
        return lower[named[0]]
    near = difflib.get_close_matches(rid, sorted(lower), n=1, cutoff=NEAR)
    return lower[near[0]] if near else None


def _no_id(word: str, names: set[str]) -> bool:
    return "." not in word and nearest_id(word, names) is None


def _misread(d: Suppression, names: set[str]) -> tuple[Suppression, list[tuple]]:
    import difflib

    said = []
    for k, rid in enumerate(d.rules):
        if not rid or rid in names:
            continue
        at = d.at[k] if k < len(d.at) else d.offset
        if k == 0 and rid.startswith("-") and not _GLUED.match(rid):
            # 'newslint-disable-lines X' reads as 'disable' with the id '-lines'
            near = difflib.get_close_matches(d.action + rid, ACTIONS, n=1, cutoff=0.6)
            said.append((at, d.action, f"no rule or pack {rid!r}" + (
                f" (did you mean newslint-{near[0]}?)" if near else "") + _hides([])))
            continue
        ids = list(d.rules[:k])
        glued = _GLUED.search(rid)
        if glued and (not rid[:glued.start()] or rid[:glued.start()] in names):
            ids += [rid[:glued.start()]] if glued.start() else []
            reason = " ".join((rid[glued.end():], *d.rules[k + 1:], d.reason)).split()
            every = not ids          # `disable-line --why`: no id before the dashes, as ` -- why` reads
            said.append((at + glued.start(), d.action, (
                f"'{glued[0]}' glued to a word ('{rid}') reads as part of an id: put a space on each side "
                f"(newslint-{d.action}{''.join(' ' + i for i in ids)} {glued[0]} {' '.join(reason)})"
                + ("; read as hiding every rule" if every else _hides(ids)))))
            return _read_as(d, ids, reason, every), said
        rest = d.rules[k:]
        if all(_no_id(w, names) for w in rest) and (k or len(rest) > 1):
            reason = [*rest, *d.reason.split()]
            said.append((at, d.action, (f"is '{' '.join(rest)}' a reason? write it after ' -- ': "
                                        f"newslint-{d.action} {' '.join(ids) or 'RULE'} -- reason" + _hides(ids))))
            return _read_as(d, ids, reason), said
        near = nearest_id(rid[:glued.start()] if glued else rid, names)
        hint = [f"did you mean {near}?"] if near else []
        hint += ["a reason goes after ' -- ', a space on each side"]     # `disable-line approved`
        said.append((at, d.action, f"no rule or pack {rid!r} ({' '.join(hint)})"
                     + _hides([i for i in d.rules if i in names])))
    return d, said


def _hides(ids: list[str]) -> str:
    return f"; read as hiding {', '.join(ids)}" if ids else "; as written it hides nothing"


def _read_as(d: Suppression, ids: list[str], reason: list[str], every: bool = False) -> Suppression:
    """`d` naming only `ids`, with `reason`; with no id, every rule when
    `every`, else one no rule has (`()` would hide every rule)."""
    return replace(d, rules=tuple(ids) or (() if every else ("",)), at=d.at[:len(ids)], reason=" ".join(reason))


def matches_rule(ids: tuple[str, ...], rule: str) -> bool:
    return not ids or any(rule == i or rule.startswith(i + ".") for i in ids)


class Suppressor:
    """Answers `is_suppressed(rule, offset)` for one document.

    Directives are replayed in source order for each rule asked about, as
    ESLint does: `disable X` starts hiding every rule X matches, from the
    directive's line; `enable Y` stops hiding the rules Y matches, through the
    directive's line. So `enable hygiene.placeholder` after a blanket `disable`
    turns that one rule back on, and `enable hygiene` ends
    `disable hygiene.placeholder`. A finding is on the line of its start.

    In a body embedded in an export (a JSON Lines record is one file line, a
    WXR post's HTML often one too) the file line would take in the whole
    article, so there a directive acts from its own offset: `disable` hides
    what follows it, `enable` what precedes it, and `disable-next-line` the
    body's next line (`Suppression.next_line`).

    `why(rule, offset)` gives the reason of the directive hiding a finding
    (`Suppression.reason`, "" when it gives none), for SARIF's `suppressions`.
    """

    def __init__(self, doc: Document, whole_file: frozenset[str] = frozenset()):
        """`whole_file`: ids of Vale rules scoped to the whole file (`raw`,
        `summary`), which Vale's comments never switch off."""
        starts = doc.lines.starts
        self.whole_file = whole_file
        # action, ids, offset where it takes effect (hidden from / up to), vale, reason
        self.blocks: list[tuple[str, tuple[str, ...], int, bool, str]] = []
        lines: dict[int, tuple[int, list[tuple[tuple[str, ...], str]]]] = {}   # start -> (end, [(ids, reason)])
        for d in sorted(doc.suppressions, key=lambda s: s.offset):
            if d.rules and d.rules[0].startswith("-") and not d.vale:
                continue        # 'newslint-disable-lines': a misspelt action, reported, hides nothing
            if d.next_line is not None:
                here, below = (d.offset, d.offset), d.next_line
            else:
                here = _line_of(starts, d.offset)
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
        self._reasons: dict[str, list[str]] = {}     # the reason of each range's `disable`

    def __bool__(self) -> bool:
        return bool(self.blocks or self.next_lines)

    def ranges(self, rule: str) -> list[tuple[int, float]]:
        """The [first, end) source offset ranges where `rule` is hidden by
        blocks; `end` is infinity for a block never closed."""
        if rule not in self._ranges:
            out, start, reasons = [], None, []
            exempt = rule in self.whole_file
            for action, ids, at, vale, reason in self.blocks:
                if not matches_rule(ids, rule) or (vale and exempt):
                    continue
                if action == "disable" and start is None:
                    start = at
                    reasons.append(reason)
                elif action == "enable" and start is not None:
                    out.append((start, at))
                    start = None
            if start is not None:
                out.append((start, _END))
            self._ranges[rule] = out
            self._firsts[rule] = [first for first, _ in out]
            self._reasons[rule] = reasons
        return self._ranges[rule]

    def is_suppressed(self, rule: str, offset: int) -> bool:
        """Is a finding of `rule` starting at source `offset` hidden?"""
        return self.why(rule, offset) is not None

    def why(self, rule: str, offset: int) -> str | None:
        """The reason of the directive hiding a finding of `rule` starting at
        source `offset` ("" when it gives none; a line's directive before a
        block's), or None when none hides it. Looked up, not scanned: thousands
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
        return self._reasons[rule][k] if k >= 0 and offset < ranges[k][1] else None

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
