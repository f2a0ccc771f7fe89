"""Lines and positions as the Language Server Protocol counts them.

LSP 3.17 ("Text Documents", `Position`): a line ends at `\\n`, `\\r\\n` or `\\r`
and nowhere else, and a character offset counts code units of the negotiated
position encoding: UTF-16 by default (an emoji is two), UTF-8 or UTF-32 when
client and server agree on one. Python's `str.splitlines` also breaks at
U+2028, form feed, U+0085 and more, so positions computed with it drift on
text pasted from the web; everything here splits as the protocol does.

Offsets are indices into the Python string (code points), as newslint's
`Diagnostic.offset` is.
"""
from __future__ import annotations

import bisect
import difflib
import re

_BREAK = re.compile(r"\r\n|\r|\n")
UTF8, UTF16, UTF32 = "utf-8", "utf-16", "utf-32"


def split_lines(text: str) -> list[str]:
    """The lines of `text`, each with its line break, split only at LSP's breaks."""
    out, pos = [], 0
    for m in _BREAK.finditer(text):
        out.append(text[pos:m.end()])
        pos = m.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


def _line_starts(text: str) -> list[int]:
    """Offsets where lines start. `str.find` in a loop is several times faster
    than a regex scan on a 10 MB buffer; a lone CR needs the regex."""
    if text.count("\r") != text.count("\r\n"):
        return [0] + [m.end() for m in _BREAK.finditer(text)]
    starts, find = [0], text.find
    i = find("\n")
    while i != -1:
        starts.append(i + 1)
        i = find("\n", i + 1)
    return starts


def units(text: str, encoding: str = UTF16) -> int:
    """How many code units of `encoding` `text` takes."""
    if encoding == UTF32:
        return len(text)
    if encoding == UTF8:
        return len(text.encode("utf-8", "surrogatepass"))
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def _chars(text: str, count: int, encoding: str) -> int:
    """How many characters of `text` its first `count` code units cover; a
    position inside a character (half a surrogate pair) rounds up past it."""
    if encoding == UTF32 or text.isascii():
        return min(count, len(text))
    seen = 0
    for i, c in enumerate(text):
        if seen >= count:
            return i
        seen += len(c.encode("utf-8", "surrogatepass")) if encoding == UTF8 else (2 if ord(c) > 0xFFFF else 1)
    return len(text)


class LineMap:
    """Offset <-> (line, character) for one version of a text. Built once in
    O(n); each conversion is a bisection plus the length of one line."""

    def __init__(self, text: str, encoding: str = UTF16):
        self.text, self.encoding = text, encoding
        self.starts = _line_starts(text)

    def _line_end(self, line: int) -> int:
        """Offset where line `line` (0-based) stops, before its line break."""
        if line + 1 < len(self.starts):
            end = self.starts[line + 1]
            return end - 2 if self.text.startswith("\r\n", end - 2) else end - 1
        return len(self.text)

    def position(self, offset: int) -> tuple[int, int]:
        """(line, character), both 0-based, of `offset` (clamped to the text).
        An offset between a CR and its LF is placed at the end of the line."""
        offset = max(0, min(offset, len(self.text)))
        line = bisect.bisect_right(self.starts, offset) - 1
        start = self.starts[line]
        offset = min(offset, self._line_end(line))
        return line, units(self.text[start:offset], self.encoding)

    def offset(self, line: int, character: int) -> int:
        """The offset of an LSP position. As the protocol says, a character past
        the line's end means the end of the line, and a line past the last
        means the end of the text."""
        if line < 0:
            return 0
        if line >= len(self.starts):
            return len(self.text)
        start, end = self.starts[line], self._line_end(line)
        return start + _chars(self.text[start:end], max(character, 0), self.encoding)

    def line_text(self, line: int) -> str:
        """Line `line` without its line break."""
        return self.text[self.starts[line]:self._line_end(line)] if 0 <= line < len(self.starts) else ""

    def line_break(self) -> str:
        """The text's own line break (its first), "\\n" when it has none."""
        m = _BREAK.search(self.text)
        return m[0] if m else "\n"


MAX_DIFF_LINES = 5000    # beyond this a changed stretch is replaced whole (difflib is quadratic)
MAX_DIFF_CHARS = 4000    # a changed stretch up to this long is narrowed character by character
JOIN = 4                 # changes fewer than this many characters apart are one edit


def edits(old: str, new: str) -> list[tuple[int, int, str]]:
    """(start, end, replacement) edits, in `old`'s offsets and in order, that
    turn `old` into `new`: the characters that change, so an editor keeps its
    cursor, markers and undo steps everywhere else (nu30 #8: a fix of 7 PM
    replaced its whole line). Lines are compared first; a changed stretch of
    lines is narrowed to the characters that differ (changes closer than JOIN
    characters are one edit), never splitting a CRLF. Applied together (LSP
    applies one TextEdit list against the original text), they give exactly
    `new`."""
    if old == new:
        return []
    a, b = split_lines(old), split_lines(new)
    head = 0
    while head < min(len(a), len(b)) and a[head] == b[head]:
        head += 1
    tail = 0
    while tail < min(len(a), len(b)) - head and a[-1 - tail] == b[-1 - tail]:
        tail += 1
    a_mid, b_mid = a[head:len(a) - tail], b[head:len(b) - tail]
    offsets = [0]
    for line in a:
        offsets.append(offsets[-1] + len(line))
    if len(a_mid) > MAX_DIFF_LINES or len(b_mid) > MAX_DIFF_LINES:
        return _narrowed(old, offsets[head], offsets[len(a) - tail], "".join(b_mid))
    out = []
    matcher = difflib.SequenceMatcher(None, a_mid, b_mid, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op != "equal":
            out += _narrowed(old, offsets[head + i1], offsets[head + i2], "".join(b_mid[j1:j2]))
    return out


def _narrowed(old: str, start: int, end: int, new: str) -> list[tuple[int, int, str]]:
    """The edit old[start:end] -> new as the characters that differ."""
    was = old[start:end]
    if len(was) > MAX_DIFF_CHARS or len(new) > MAX_DIFF_CHARS:
        cut = len(_common(was, new))
        back = len(_common(was[cut:][::-1], new[cut:][::-1]))
        spans = [(cut, len(was) - back, cut, len(new) - back)]
    else:
        spans = []
        matcher = difflib.SequenceMatcher(None, was, new, autojunk=False)
        for op, i1, i2, j1, j2 in matcher.get_opcodes():
            if op == "equal":
                continue
            if spans and i1 - spans[-1][1] < JOIN:
                spans[-1] = (spans[-1][0], i2, spans[-1][2], j2)
            else:
                spans.append((i1, i2, j1, j2))
    out = []
    for i1, i2, j1, j2 in spans:
        s, e, text = start + i1, start + i2, new[j1:j2]
        if old[s - 1:s + 1] == "\r\n" and s > start:     # never between a CR and its LF
            s, text = s - 1, "\r" + text
        if old[e - 1:e + 1] == "\r\n" and e < end:
            e, text = e + 1, text + "\n"
        out.append((s, e, text))
    return out


def _common(a: str, b: str) -> str:
    """The longest start `a` and `b` share."""
    return a[:next((i for i, (x, y) in enumerate(zip(a, b)) if x != y), min(len(a), len(b)))]
