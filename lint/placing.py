"""Place a kind's finding in its file: the engine's last step for each finding.

A kind reports a span of a part and a message; here the span becomes source
offsets, line and column (through the part's segment map), the message gets
its flagged text and `{name}` arguments, and the rule's id, level (the
config's `levels:` first) and fix are attached. Never searches the text again.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import lru_cache

from .config import Config
from .diagnostic import Diagnostic, Fix
from .document import Document, Part
from .kinds.base import PLACEHOLDER, Finding
from .quote_fixes import refused_in_quote
from .ruleset import Rule
from .vale.messages import SHOWN_TEXT, WRAPPED, cut_at, format_message, ordered_verbs

SNIPPET_MAX = 1000       # characters of flagged source kept on a Diagnostic


# A run of whitespace: one space in a literal swap key's quoted match (the
# other quotes fold only runs that hold a tab or a line break, `WRAPPED`).
_RUN = re.compile(r"\s+")


def _shorten(part: Part, start: int, end: int, source: str, width: int = SHOWN_TEXT,
             spaced: bool = False) -> str:
    """part.text[start:end] for a message: one line (a run of whitespace that
    holds a tab or line break one space; with `spaced`, a literal swap key's
    match, every run of whitespace), its middle cut when long
    (never copying a long span: 24,000 nested quotes made that quadratic), an
    inline object (a code span) shown as its source (`Part.shown_objects`)."""
    text = part.text
    if (cut := cut_at(start, end, width)) is not None:
        head, tail = cut
        shown = (part.shown_objects(text[start:head], start, head, source) + "…"
                 + part.shown_objects(text[tail:end], tail, end, source))
    else:
        shown = part.shown_objects(text[start:end], start, end, source)
    if spaced:
        return _RUN.sub(" ", shown)
    # (WRAPPED needs a tab or a line break: most quoted spans hold none, and are kept)
    return WRAPPED.sub(" ", shown) if "\n" in shown or "\t" in shown or "\r" in shown else shown


def fill_names(message: str, args: dict) -> str:
    """`message` with each `{name}` that `args` holds filled, `{{` and `}}`
    read as one brace, and anything else as written (`{0}`, `{x y}`)."""
    return "".join([text if name is None else str(args[name]) if name in args else text
                    for text, name in _template(message)])


@lru_cache(maxsize=1024)
def _template(message: str) -> tuple[tuple[str, str | None], ...]:
    """`message` read once for `fill_names` (a rule's few messages serve
    every finding: `PLACEHOLDER.sub` and its callback per finding cost
    about twice the join): (text, None) for text kept as it is (a `{{`
    already one brace), (the placeholder as written, its name) for each
    `{name}`."""
    pieces: list[tuple[str, str | None]] = []
    at = 0
    for m in PLACEHOLDER.finditer(message):
        if m.start() > at:
            pieces.append((message[at:m.start()], None))
        pieces.append((m[0][0], None) if m[1] is None else (m[0], m[1]))
        at = m.end()
    if at < len(message):
        pieces.append((message[at:], None))
    return tuple(pieces)


def as_placed(doc: Document, f: Finding) -> tuple[Finding, ...]:
    """`f`, or the findings it names `instead` (maybe none) when the file
    refuses its fix (`Document.fix_refused`: a range's one fix across
    `&ndash;` or markup is reported time by time, each with its own fix, and
    not at all when each time is right alone: qa234 #2, qa241 #2)."""
    if f.instead is not None and f.fix is not None and doc.fix_refused(
            f.part, f.start, f.end, *f.part.source_span(f.start, f.end, doc.source), f.fix):
        return f.instead
    return (f,)


def diagnostic(doc: Document, rule: Rule, f: Finding, config: Config, held: dict) -> Diagnostic:
    """The finding placed in the file; one whose fix is refused goes into
    `held` (Diagnostic -> `Document.fix_refused`'s key)."""
    part = f.part
    start, end = part.source_span(f.start, f.end, doc.source)
    message = f.message if f.message is not None else rule.message
    if not f.final and "{" in message:      # before `%s`: the text found is never read for names
        message = fill_names(message, f.args or {})
    shown = None
    if not f.final and f.subs and ordered_verbs(message):
        message = format_message(message, *f.subs)      # Vale's order (`%s` ... `%s`, `%[2]s`)
    elif not f.final and "%s" in message:
        a, b = f.start if f.shown_from is None else f.shown_from, f.end if f.shown_to is None else f.shown_to
        # (a date kind's `shown` leaves out a footnote mark its readers dropped: `kinds._read_dates`)
        shown = WRAPPED.sub(" ", f.shown) if f.shown is not None else _shorten(
            part, a, b, doc.source, spaced=f.spaced)
        message = message.replace("%s", shown)
    # both shown, looking alike: the flagged text (`%s`, or an argument) and the fix
    if f.fix is not None and not f.final and message.count(f.fix) > (shown == f.fix):
        message += unseen_difference(part.text[f.start:f.end], f.fix)
    # (an embedded post copies someone else's words: reported, never rewritten)
    f_from, fix_start = (f.start, start) if f.fix_from is None else (
        f.fix_from, part.source_span(f.fix_from, f.end, doc.source)[0])    # a fix reaching back (the space before a mark: quotes.apostrophe-mark)
    refused, written = doc.fix_judged(part, f_from, f.end, fix_start, end, f.fix) if f.fix is not None else ("", "")
    if not refused and f.fix is not None and refused_in_quote(doc, part, f_from, f.end, (fix_start, end), f.fix,
                                                          getattr(rule.checker, "fix_words", False)):
        refused = "quotation"       # a speaker's words are left to the writer (AP)
    fix = Fix(fix_start, end, written, f.fix_kept) if f.fix is not None and not refused else None
    level = config.level_for(rule.id) or f.level or rule.level
    placed = place(doc, rule.id, level, message, start, end, fix)
    if f.anchor is not None and f.anchor <= start:    # Vale's own column: `--format vale` alone shows it
        placed = replace(placed, vale_column=doc.lines.position(f.anchor)[1])
    if refused:         # --fix says why it is left (nu28 #14)
        held[placed] = refused
    return placed


_SPACING = re.compile(r"\s+")
_NAMED = {"\t": "a tab", "\n": "a line break", "\r": "a line break", " ": "a plain space"}


def _a(name: str) -> str:
    return ("an " if name[0] in "aeiou" else "a ") + name


def unseen_difference(written: str, fix: str) -> str:
    """What sets a fix apart from the flagged text when a message would show
    the two alike: differing only in which space character they hold (nu29
    #4: `'7 p.m.' -> '7 p.m.'`, a no-break space before the fix's plain one).
    '' when they differ in what a reader sees, or not at all. The names are
    Unicode's, lower-cased (`unicodedata.name`), with the code point. When
    one side holds no space character the other lacks (a mixed run, '7
    <NBSP>p.m.' -> '7 p.m.'), each side's space characters are named whole
    ('a plain space and a no-break space (U+00A0) in the text, a plain
    space in the fix': qa273 #1, the fix's side was named by nothing). The
    two forms read alike (qa289 #4): "their space characters", each list
    joined as English joins one ("a tab, a plain space and a thin space")."""
    if written == fix or _SPACING.sub(" ", written) != _SPACING.sub(" ", fix):
        return ""
    spaces = [{c for c in text if c.isspace()} for text in (written, fix)]
    had, gets = spaces[0] - spaces[1], spaces[1] - spaces[0]
    if not had and not gets:
        return " (they differ only in how many spaces they hold)"
    if not (had and gets):
        had, gets = spaces
    return f" (they differ only in their space characters: {_named(had)} in the text, {_named(gets)} in the fix)"


def _named(chars: set[str]) -> str:
    """Space characters (one or more) by name in code point order, the last
    two joined by 'and' ('a tab, a plain space and a thin space (U+2009)').
    A name is said once: a CRLF's CR and LF are one line break (qa295 #3)."""
    names = list(dict.fromkeys(_NAMED.get(c) or _a(f"{unicodedata.name(c, 'space').lower()} (U+{ord(c):04X})")
                               for c in sorted(chars)))
    return " and ".join(filter(None, [", ".join(names[:-1]), names[-1]]))


def place(doc: Document, rule: str, level: str, message: str, start: int, end: int,
           fix: Fix | None) -> Diagnostic:
    line, col = doc.lines.position(start)
    end_line, end_col = doc.lines.position(end)
    return Diagnostic(doc.path, line, col, end_line, end_col, rule, level, message, fix,
                      start, end, doc.source[start:min(end, start + SNIPPET_MAX)], doc.article,
                      article_at=doc.article_at)
