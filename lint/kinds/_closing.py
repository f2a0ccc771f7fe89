"""Where an `existence` rule's `closing` tagline stands at a story's end
(hygiene.boilerplate's `Copyright 2026 Lakeshore Ledger. All rights
reserved.`), on one line or wrapped over a few, so that a match in it is
spared while a pitch or a footer beside it is not (nu25 #7, qa363, qa367).

Lines are the last two paragraphs' (by source position), parted at line
breaks, blank ones skipped, white space around each no part of it. A line
*runs on* into the next (a soft wrap, `_runs_on`) when the next opens with a
small letter, or when the line ends no sentence and the next opens with a
letter or digit and is no `closing` line itself. A line that ends a
sentence runs on into one opening with a letter only when it runs on from
the line before it itself, each of them one word (a tagline wrapped a word a
line: `Lakeshore` / `Ledger.` / `All`), so a phrase on lines of its own under a copyright line
(`Copyright 2026 Lakeshore Ledger.` / `All rights` / `reserved.`) is no
part of it.
"""
from __future__ import annotations

from bisect import bisect_right

import regex

from .base import matches

WRAPPED_LINES = 8     # the most lines a closing tagline is read over when wrapped
# A line's text without the white space around it.
_LINE = regex.compile(r"[^\s](?:[^\n]*[^\s])?")
_BREAK = regex.compile(r"[\r\n]")
# A line that ends a sentence: its last mark, any closing quotes or brackets after it.
_ENDS = regex.compile(r"[.!?\u2026:;][\"'\u201d\u2019)\]]*\Z")


class Closing:
    """The story's closing lines for one rule: `spares(part, m)` says
    whether the match `m` stands in its closing tagline."""

    def __init__(self, doc, closing, closing_after, trusted: bool):
        self.closing, self.closing_after, self.trusted = closing, closing_after, trusted
        paragraphs = sorted((p for p in doc.parts if p.kind == "paragraph" and p.segments),
                            key=lambda p: p.segments[0][1])[-2:]
        self.lines = [(p, m.start(), m.end()) for p in paragraphs for m in _LINE.finditer(p.text)]
        self.starts = {}          # id(part) -> (its first line's index, its lines' starts)
        for i, (p, start, _) in enumerate(self.lines):
            self.starts.setdefault(id(p), (i, []))[1].append(start)
        self.ends = self._ends()
        self.line = next((self.lines[e] for e in self.ends if self._holds(closing, e, e)), None)

    def _ends(self) -> list[int]:
        """The indexes of the lines a tagline may end on: the last, the one
        before a last line `closing-after` matches (an agency line), and
        the one before the last lines that run on into each other when it
        matches them read as one (a credit wrapped over two lines, qa367 #7)."""
        last = len(self.lines) - 1
        if last < 0:
            return []
        ends = [last]
        first = last
        while first > 0 and last - first < WRAPPED_LINES - 1 and self._runs_on(first - 1):
            first -= 1
        for start in dict.fromkeys((last, first)):
            if start > 0 and self._holds(self.closing_after, start, last):
                ends.append(start - 1)
        return ends

    def spares(self, part, m) -> bool:
        """Whether the match `m` in `part` stands in the closing tagline: on
        one line, inside the closing line (`line`); or in a tagline wrapped
        over two to `WRAPPED_LINES` lines (`Copyright 2026 The Lakeshore` /
        `Ledger. All rights` / `reserved.`), read as one line, that ends on
        an end line (`_ends`) the match's last line runs on into, and that
        starts on a line opening no run-on (`closing` anchored there) from
        which the lines run on into the match's first. A match that opens
        a line under the first is spared only where the line before it ran
        on from the one before that (`Lakeshore` / `Ledger.` / `All rights`):
        a pitch on lines of its own under `© 2026 Lakeshore Ledger` is not."""
        line = self.line
        if line is not None and line[0] is part and line[1] <= m.start() and m.end() <= line[2] \
                and _BREAK.search(m.group()) is None:
            return True
        at = self._line_at(part, m.start())
        to = self._line_at(part, m.end() - 1) if m.end() > m.start() else at
        if at is None or to is None:
            return False
        for end in self.ends:
            if not at <= to <= end < at + WRAPPED_LINES or not all(map(self._runs_on, range(to, end))):
                continue
            s = at                # the tagline's first line: back from the match's, run on into it
            while end - s < WRAPPED_LINES:
                if (s == 0 or not self._runs_on(s - 1)) and self._holds(self.closing, s, end):
                    # a match opening a line under the tagline's first is the tagline's only
                    # where it was wrapped before that line already (a word a line)
                    return at == s or m.start() > self.lines[at][1] or at - 2 >= s and self._runs_on(at - 2)
                if s == 0 or not self._runs_on(s - 1, loose=True):
                    break
                s -= 1
        return False

    def _line_at(self, part, at: int) -> int | None:
        """The index of `part`'s line holding the offset `at`, or None."""
        got = self.starts.get(id(part))
        if got is None:
            return None
        first, starts = got
        i = bisect_right(starts, at) - 1
        if i < 0 or at >= self.lines[first + i][2]:
            return None
        return first + i

    def _runs_on(self, i: int, loose: bool = False) -> bool:
        """Whether line `i` runs on into line `i + 1` (a soft wrap in one
        part; see the module's docstring); `loose`, also when line `i`
        ends a sentence but runs on from the line before it, each of the
        two one word (a tagline wrapped a word a line)."""
        (p, _, end), (q, start, _) = self.lines[i], self.lines[i + 1]
        if p is not q:
            return False
        opens = p.text[start]
        if opens.islower():
            return True
        if not opens.isalnum() or self._holds(self.closing, i + 1, i + 1):
            return False
        if _ENDS.search(p.text, 0, end) is None:
            return True
        return loose and i > 0 and self._runs_on(i - 1) and self._one_word(i - 1) and self._one_word(i)

    def _one_word(self, i: int) -> bool:
        """Whether line `i` holds one word (no white space inside it)."""
        p, start, end = self.lines[i]
        return p.text.find(" ", start, end) < 0 and p.text.find("\t", start, end) < 0

    def _holds(self, pattern, first: int, last: int) -> bool:
        """Whether `pattern` (None: no pattern) matches lines `first` to
        `last` read as one, each line break a space, from their start."""
        if pattern is None:
            return False
        p, start, _ = self.lines[first]
        end = self.lines[last][2]
        text = p.text[start:end] if first == last else _BREAK.sub(" ", p.text[start:end])
        return next(matches(pattern, text, self.trusted), None) is not None
