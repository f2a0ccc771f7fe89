"""The standard library's HTML parser, reporting source offsets.

html.parser moves its place with `updatepos(i, j)` (from index i to j of the
text it holds), counting lines and columns for `getpos()`. The text is fed
once and only its unread end is kept between reads, so index j of what it
holds is an offset in the fed text: the parser keeps that offset instead
(`getpos()` is not kept up). Character references arrive unconverted
(`convert_charrefs=False`) with their exact source form, so the text can map
each decoded character back to where its reference starts.
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex

from ._html_tags import TEXT_ONLY

# One attribute of a start tag; walking them in order never mistakes text
# inside another attribute's value (title="a alt=b") for an attribute.
_ATTR = regex.compile(r"""(?P<name>[^\s/>"'=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?""")
_TAG_NAME = regex.compile(r"<[^\s/>]*")
_LETTER = regex.compile(r"</?[A-Za-z]")

# Elements whose `<!--` is text, never a comment holding a directive
# (`_html_tags.TEXT_ONLY`, and `noscript`, RAWTEXT when scripting is on);
# html.parser itself reads only `script` and `style` as raw text.
RAW_TEXT = TEXT_ONLY | {"noscript"}


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
    ref(raw, offset) and comment(offset, length). It is fed `text` (starting
    at offset `base` of the source) once, whole, then closed."""

    def __init__(self, ex, base: int, text: str):
        super().__init__(convert_charrefs=False)
        self.ex = ex
        self._base = base           # the fed text's offset in the source
        self._size = len(text)
        self._start = 0             # where the text the parser holds starts in the fed text
        self._pos = 0               # the parser's place in the text it holds
        self._raw: str | None = None    # the open RAW_TEXT element, whose `<!--` is text

    def goahead(self, end):
        """html.parser reads on from the text it holds: its unread end of
        the fed text, which starts `_size - len(rawdata)` into it."""
        self._start, self._pos = self._size - len(self.rawdata), 0
        super().goahead(end)

    def updatepos(self, i: int, j: int) -> int:
        """html.parser moves from index i to j of the text it holds (no line count)."""
        self._pos = j
        return j

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
                self._comment(self._at(), len(raw))
            self.rawdata = ""
        super().close()

    def _at(self) -> int:
        return self._base + self._start + self._pos

    def _comment(self, offset: int, length: int) -> None:
        """A comment at `offset`, `length` characters of source: handed on
        unless it lies in a RAW_TEXT element, where it is text."""
        if self._raw is None:
            self.ex.comment(offset, length)

    def handle_starttag(self, tag, attrs):
        if self._raw is None and tag in RAW_TEXT:
            self._raw = tag
        self.ex.start(tag, dict(reversed(attrs)), self.get_starttag_text() or "", self._at())

    def handle_endtag(self, tag):
        if tag == self._raw:
            self._raw = None
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
        self._comment(self._at(), len(data) + 7)
