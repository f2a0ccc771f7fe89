"""The standard library's HTML parser, reporting source offsets.

`getpos()` gives (line, column) counted by "\n"; a line-start table of the
fed text turns it into an offset. Character references arrive unconverted
(`convert_charrefs=False`) with their exact source form, so the text can map
each decoded character back to where its reference starts.
"""
from __future__ import annotations

import bisect
from html.parser import HTMLParser

import regex

from ..document import LineIndex


# One attribute of a start tag; walking them in order never mistakes text
# inside another attribute's value (title="a alt=b") for an attribute.
_ATTR = regex.compile(r"""(?P<name>[^\s/>"'=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?""")
_TAG_NAME = regex.compile(r"<[^\s/>]*")
_LETTER = regex.compile(r"</?[A-Za-z]")


def attr_span(raw: str, offset: int, name: str) -> tuple[int, int] | None:
    """Source span of attribute `name`'s value in a start tag's raw text."""
    m = _TAG_NAME.match(raw)
    pos = m.end() if m else 0
    for a in _ATTR.finditer(raw, pos):
        if a["name"].lower() == name:
            for g in ("dq", "sq", "bare"):
                if a.start(g) != -1:
                    return offset + a.start(g), offset + a.end(g)
            return None
    return None


class PositionedParser(HTMLParser):
    """html.parser with positions turned into source offsets. `ex` receives
    start(tag, attrs, raw, offset), end(tag, offset), text(data, offset),
    ref(raw, offset) and comment(offset, length)."""

    def __init__(self, ex, base: int, text: str, lines: LineIndex | None = None):
        super().__init__(convert_charrefs=False)
        self.ex = ex
        # Line n > 1 of the fed text starts at _line_starts[_first + n - 2] + _shift:
        # the position is asked for at every tag and every run of text. With the
        # whole source's `lines` its table is used in place, never copied (a
        # copy per HTML block of a Markdown file was quadratic).
        self._base = base
        if lines is None:
            self._line_starts, self._first, self._shift = LineIndex(text).starts, 1, base
        else:
            self._line_starts, self._shift = lines.starts, 0
            self._first = bisect.bisect_right(lines.starts, base)

    def close(self) -> None:
        """End of input. What `feed` left unparsed starts with a tag or comment
        that never ends; html.parser (CPython before its 2025 fix, gh-135462)
        then retries it at every later `<`, each time scanning to the end, so
        `<a x<a x...` takes quadratic time. Read it as the HTML spec and the
        fixed parser do: end of input inside a tag drops the tag, inside a
        comment (`<!--`, a bogus `<!x` or `</1`) ends the comment there."""
        raw = self.rawdata
        if len(raw) > 1 and raw[0] == "<" and raw != "</" and not self.cdata_elem:
            if not _LETTER.match(raw) and raw.startswith(("<!", "</")) \
                    and not raw.startswith("<![CDATA[") and raw[:9].lower() != "<!doctype":
                self.ex.comment(self._at(), len(raw))
            self.rawdata = ""
        super().close()

    def _at(self) -> int:
        n = self.lineno
        if n == 1:
            return self._base + self.offset
        return self._line_starts[self._first + n - 2] + self._shift + self.offset

    def handle_starttag(self, tag, attrs):
        self.ex.start(tag, dict(reversed(attrs)), self.get_starttag_text() or "", self._at())

    def handle_endtag(self, tag):
        self.ex.end(tag, self._at())

    def handle_data(self, data):
        self.ex.text(data, self._at())

    def handle_entityref(self, name):
        offset = self._at()
        end = offset + 1 + len(name)
        self.ex.ref(self.ex.src[offset:end + 1 if self.ex.src.startswith(";", end) else end],
                    offset)

    def handle_charref(self, name):
        offset = self._at()
        end = offset + 2 + len(name)
        self.ex.ref(self.ex.src[offset:end + 1 if self.ex.src.startswith(";", end) else end],
                    offset)

    def handle_comment(self, data):
        self.ex.comment(self._at(), len(data) + 7)
