"""The standard library's HTML parser, reporting source offsets.

html.parser moves its place with `updatepos(i, j)` (from index i to j of the
text it holds), counting lines and columns for `getpos()`. The text is fed
once and only its unread end is kept between reads, so index j of what it
holds is an offset in the fed text: the parser keeps that offset instead
(`getpos()` is not kept up). Character references arrive unconverted
(`convert_charrefs=False`) with their exact source form, so the text can map
each decoded character back to where its reference starts.

The text-only elements (`RAW_TEXT`) are read as a browser reads them
(WHATWG HTML 13.2.5.2-4, RCDATA, RAWTEXT and script data): their content is
text up to their first own end tag, with no tag and no comment in it, so a
`<!-- </iframe> -->` or a nested `<noembed>` inside one cannot keep it open.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser

from .. import rx as regex

from ..html_comments import comment_end
from ._html_foreign import Spaces
from ._html_tags import TEXT_ONLY

# One attribute of a start tag; walking them in order never mistakes text
# inside another attribute's value (title="a alt=b") for an attribute.
_ATTR = regex.compile(r"""(?P<name>[^\s/>"'=]+)(?:\s*=\s*(?:"(?P<dq>[^"]*)"|'(?P<sq>[^']*)'|(?P<bare>[^\s>]+)))?""")
_TAG_NAME = regex.compile(r"<[^\s/>]*")
_LETTER = regex.compile(r"</?[A-Za-z]")

# Elements whose content is text up to their own end tag, where `<!--` is
# text, never a comment holding a directive, and `<tag>` no tag
# (`_html_tags.TEXT_ONLY`, and `noscript`, RAWTEXT when scripting is on);
# html.parser itself reads only `script` and `style` so.
RAW_TEXT = TEXT_ONLY | {"noscript"}
# RCDATA (13.2.5.2): character references count there, as in other text.
_RCDATA = frozenset({"textarea", "title"})
# Where a text-only element's text stops: its "appropriate end tag"
# (13.2.5.11-13), `</` and its name in any ASCII case, then whitespace, `/`
# or `>` (so `</iframe >` and `</iframe x>` end it, `</iframex>` is text);
# in RCDATA also at a `&`. ASCII only: a browser folds no other letter
# (`</ſcript>` is text).
_TEXT_ENDS = {tag: re.compile(rf"</{tag}(?=[\t\n\f\r />])" + ("|&" if tag in _RCDATA else ""),
                              re.IGNORECASE | re.ASCII)
              for tag in RAW_TEXT}

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


def _holds_text(text: str, i: int) -> bool:
    """Whether `text` from index i holds anything but tags and whitespace
    (a `<` opening no tag, WHATWG HTML 13.2.5.6, is text). One pass: a tag
    with no `>` after it runs to the end."""
    while True:
        lt = text.find("<", i)
        if text[i:len(text) if lt < 0 else lt].strip():
            return True
        if lt < 0:
            return False
        after = text[lt + 1:lt + 2]
        if not after or not (after.isascii() and after.isalpha() or after in "/!?"):
            return True
        gt = text.find(">", lt + 1)
        if gt < 0:
            return False
        i = gt + 1


class PositionedParser(HTMLParser):
    """html.parser with positions turned into source offsets. `ex` receives
    start(tag, attrs, raw, offset), end(tag, offset), text(data, offset),
    ref(raw, offset) and comment(offset, length), and may say closes(tag),
    whether it holds an element named `tag` open (`Spaces.end`; without it
    no HTML end tag ends an svg left open in it). It is fed `text` (starting
    at offset `base` of the source) once, whole, then closed. Inside a
    RAW_TEXT element it hands on text (and, in RCDATA, references) only,
    then the element's end tag; one left open holds the rest of the fed
    text, which is not handed on (a browser shows none of it as the page)."""

    CDATA_CONTENT_ELEMENTS = tuple(sorted(RAW_TEXT))

    def __init__(self, ex, base: int, text: str, spaces: Spaces | None = None):
        super().__init__(convert_charrefs=False)
        self.ex = ex
        self._base = base           # the fed text's offset in the source
        self._size = len(text)
        self._start = 0             # where the text the parser holds starts in the fed text
        self._pos = 0               # the parser's place in the text it holds
        self._text = text
        self._raw: tuple[str, int, int] | None = None   # the open RAW_TEXT element: tag, offset, tag's length
        self._no_gt = len(text) + 1  # no `>` from this offset of the fed text on (see `parse_endtag`)
        self._end = False           # reading at end of input (`goahead(1)`)
        # the open svg/math elements and their HTML integration points (`_html_foreign`);
        # the extractor's own, so that the blocks it feeds one by one share them
        self._spaces = Spaces() if spaces is None else spaces
        self._foreign_tag = False   # the last start tag was read in svg or math (`set_cdata_mode`)
        self._closes = getattr(ex, "closes", None) or (lambda tag: False)
        self.left_open: tuple[str, int] | None = None   # after close: see `close`

    def goahead(self, end):
        """html.parser reads on from the text it holds: its unread end of
        the fed text, which starts `_size - len(rawdata)` into it."""
        self._start, self._pos, self._end = self._size - len(self.rawdata), 0, bool(end)
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
        comment (`<!--`, a bogus `<!x` or `</1`) ends the comment there.
        A RAW_TEXT element still open holds the rest of the text, as in a
        browser: `left_open` is then (its tag, its start tag's source offset),
        when what it swallowed holds text, not only tags and blanks (a
        tracking pixel's `<noscript><img ...>` loses no word); not for a script or style, which
        html.parser always read so, and which a page cut off ends inside
        (`_html_cut_off` says that)."""
        raw = self.rawdata
        if self.cdata_elem not in (None, "script", "style") and self._raw is not None:
            tag, at, length = self._raw
            if _holds_text(self._text, at - self._base + length):
                self.left_open = (tag, at)
        if len(raw) > 1 and raw[0] == "<" and raw != "</" and not self.cdata_elem:
            if not _LETTER.match(raw) and raw.startswith(("<!", "</")) \
                    and not raw.startswith("<![CDATA[") and raw[:9].lower() != "<!doctype":
                self.ex.comment(self._at(), len(raw))
            self.rawdata = ""
        super().close()

    def _at(self) -> int:
        return self._base + self._start + self._pos

    def set_cdata_mode(self, elem):
        """After a RAW_TEXT element's start tag: read on as its text
        (`_TEXT_ENDS`), in place of html.parser's `</\\s*elem\\s*>`.

        Inside an inline <svg> or <math> (foreign content, WHATWG HTML
        13.2.6.5) a <title>, <textarea> and the like are no text-only
        elements: a browser reads markup there, and `</svg>` ends them. So
        they are read as other elements are; a script or style still as
        html.parser always read it. Inside a <foreignObject> and the other
        HTML integration points (`_html_foreign`) they are HTML's again."""
        if self._foreign_tag and elem not in ("script", "style"):
            return
        super().set_cdata_mode(elem)
        self.interesting = _TEXT_ENDS[self.cdata_elem]
        self._raw = (self.cdata_elem, self._at(), len(self.get_starttag_text() or ""))

    def parse_endtag(self, i):
        """An end tag at index i; inside a RAW_TEXT element only its own end
        tag is looked at (`_TEXT_ENDS`), which ends it at its `>`. Returns the
        index after the tag, or -1 when no `>` follows yet.

        Linear in the text: once no `>` follows an offset, none follows a
        later one (`_no_gt`), so `</textarea </textarea ...` with no `>` is
        not searched to the end again at each `</textarea`. At end of input
        such an opening is handed on as text up to the next `<`, as
        html.parser's `goahead(1)` does (without its own search for `>`)."""
        elem = self.cdata_elem
        if elem is None:
            return super().parse_endtag(i)
        rawdata = self.rawdata
        here = self._start + i + 2
        gt = -1 if here >= self._no_gt else rawdata.find(">", i + 2)
        if gt < 0:
            self._no_gt = min(self._no_gt, here)
            if not self._end:
                return -1
            k = rawdata.find("<", i + 1)
            k = i + 1 if k < 0 else k
            self.handle_data(rawdata[i:k])
            return k
        self.clear_cdata_mode()
        self.ex.end(elem, self._at())     # (a text-only element changes no `_spaces`)
        return gt + 1

    def handle_starttag(self, tag, attrs):
        """A start tag: a breakout tag in svg or math first ends the foreign
        elements it pops (`Spaces.start`), each handed on as an end tag at
        its offset, then it is read as HTML."""
        ended, self._foreign_tag = self._spaces.start(tag, attrs, self._at())
        for name in ended:
            self.ex.end(name, self._at())
        self.ex.start(tag, dict(reversed(attrs)), self.get_starttag_text() or "", self._at())

    def handle_endtag(self, tag):
        """An end tag closes the nearest open element of `_spaces` it names,
        and those opened inside it; a `</p>` or `</br>` in svg or math ends
        the foreign elements first, as a breakout start tag does, and so
        does the end tag of an element the extractor holds open around them
        (`Spaces.end`; `ex.closes`)."""
        for name in self._spaces.end(tag, self._closes):
            self.ex.end(name, self._at())
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

    def parse_comment(self, i, report=1):
        """A comment at index i ends where a browser ends it
        (`html_comments.comment_end`: its first `-->` or `--!>`, or at once
        when empty, `<!-->`), not at html.parser's `--` and a `>` after any
        white space (`-- >`), which read on past `--!>` and `<!-->` over the
        text after them. It is handed on whole (offset, length). Returns the
        index after it, or -1 when it is not closed yet."""
        span = comment_end(self.rawdata, i, len(self.rawdata))
        if span is None:
            return -1
        if report:
            self.ex.comment(self._at(), span[1] - i)
        return span[1]

    def handle_comment(self, data):
        self.ex.comment(self._at(), len(data) + 7)
