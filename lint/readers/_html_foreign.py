"""Foreign content: inline `<svg>` and `<math>` in HTML, as a browser's
parser reads them (WHATWG HTML 13.2.6, the tree construction dispatcher,
and 13.2.6.5, "The rules for parsing tokens in foreign content").

`Spaces` keeps the open elements that change how markup is read: each
`<svg>` or `<math>` root, every element opened inside one (so an end tag
is matched to the element it names, as in a browser) and each HTML
integration point (where markup is HTML again; what opens inside that is
HTML's, and not kept). It lives as long as the extractor that owns it, so
the HTML blocks of a Markdown file, fed one by one, are read as one page
is. Every element is pushed once and popped at most once: linear.
"""
from __future__ import annotations

from typing import Callable

# Roots of foreign content, where no element is text-only.
FOREIGN = frozenset({"svg", "math"})
# Their elements whose content is HTML again (13.2.6 "HTML integration point",
# and MathML's text integration points, where a start tag is HTML's too): an
# svg <foreignObject>, <desc> or <title>, a MathML <mi>, <mo>, <mn>, <ms>,
# <mtext>, and an <annotation-xml> whose encoding is HTML's (its first
# encoding attribute, as written, ASCII case-insensitive). A <title> or
# <textarea> there is text-only, as anywhere in HTML.
_HTML_IN = {"svg": frozenset({"foreignobject", "desc", "title"}),
            "math": frozenset({"mi", "mo", "mn", "ms", "mtext"})}
_HTML_ENCODINGS = frozenset({"text/html", "application/xhtml+xml"})
# Start tags that stay MathML at a MathML text integration point (13.2.6,
# the tree construction dispatcher).
_MATH_AT_TEXT = frozenset({"mglyph", "malignmark"})
# Breakout tags (13.2.6.5): in foreign content, a start tag of these names
# (or a <font> with a color, face or size attribute), or a `</br>` or `</p>`,
# pops the foreign elements up to the nearest HTML integration point or HTML
# element, and is then read as HTML: the story after an unclosed `<svg>` is
# shown.
BREAKOUT = frozenset({"b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt",
                      "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li",
                      "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span",
                      "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var"})
_FONT_BREAKOUT = frozenset({"color", "face", "size"})
_END_BREAKOUT = frozenset({"br", "p"})
# HTML end tags that leave foreign content open even when their element is
# open around it ("in body", 13.2.6.4.7): `</body>` and `</html>` only move
# the insertion mode on, `</form>` takes the form element alone off the stack.
_END_KEEPS = frozenset({"body", "html", "form"})
# Elements html.parser reads as text up to their end tag even in svg or math
# (`_html_parser.set_cdata_mode`): their end tag never reaches `end`.
_TEXT_IN_FOREIGN = frozenset({"script", "style"})
_ASCII_UPPER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(value: str) -> str:
    """`value` with ASCII letters lowered only: an attribute value is matched
    as written, ASCII case-insensitively (the encoding of <annotation-xml>)."""
    return value.translate(_ASCII_UPPER)


class Spaces:
    """The open svg and math elements (every one opened in foreign content,
    and the integration points), innermost last: (tag, "svg", "math" or
    "html" inside it, its start tag's source offset)."""

    def __init__(self) -> None:
        self.open: list[tuple[str, str, int]] = []
        self._named: dict[str, int] = {}    # tag -> how many of `open` it names
        self._points = 0                    # how many of `open` are HTML integration points

    @property
    def space(self) -> str:
        """Where the next tag is read: "svg", "math", or "html" (outside
        foreign content, or at an integration point)."""
        return self.open[-1][1] if self.open else "html"

    def start(self, tag: str, attrs: list[tuple[str, str | None]], offset: int) -> tuple[list[str], bool]:
        """A start tag `tag` (lower case; `attrs` as html.parser gives
        them, in source order) at source `offset`: (the foreign elements it
        ends, a breakout's, innermost first; whether the tag itself is read
        as foreign content, so a `<title>` there is no text-only element)."""
        space = self.space
        ended: list[str] = []
        if space != "html" and (tag in BREAKOUT or tag == "font" and any(a in _FONT_BREAKOUT for a, _ in attrs)):
            ended = self.break_out()
            space = self.space
        elif space == "html" and tag in _MATH_AT_TEXT and self.open and self.open[-1][0] in _HTML_IN["math"]:
            space = "math"          # at <mi>..<mtext> these two stay MathML (13.2.6): pushed below, once
        if tag in FOREIGN:
            self._push(tag, tag, offset)
        elif tag in _HTML_IN.get(space, ()) or (
                space == "math" and tag == "annotation-xml" and
                _ascii_lower(next((v or "" for a, v in attrs if a == "encoding"), "")) in _HTML_ENCODINGS):
            self._push(tag, "html", offset)
        elif space != "html" and tag not in _TEXT_IN_FOREIGN:
            self._push(tag, space, offset)      # (a <path>, <g>, an svg <a>: open until its end tag)
        return ended, space != "html"

    def end(self, tag: str, opened_outside: Callable[[str], bool] = lambda tag: False) -> list[str]:
        """An end tag `tag`: it closes the nearest open element it names, and
        those opened inside it, as foreign content's end tags do; a `</br>`
        or `</p>` in foreign content breaks out (`BREAKOUT`). One that names
        none of them, in foreign content with no integration point open
        around it, is an HTML end tag (13.2.6.5, "any other end tag", and
        "in body" 13.2.6.4.7): when `opened_outside(tag)` says the element
        it names is open outside the outermost svg or math (`<div><svg>`
        and `</div>`, `<button><svg>` and `</button>`), it ends them all
        with that element, so the story after it is read (not `</body>`,
        `</html>` or `</form>`: `_END_KEEPS`). Returns the foreign
        elements a breakout or such an end tag ends, innermost first (else
        []). Linear: a tag `open` does not name is not looked for, and the
        walk to one it does name pops each element it passes."""
        if tag in _END_BREAKOUT and self.space != "html":
            return self.break_out()
        if self._named.get(tag):
            while self.open and self._pop() != tag:
                pass
        elif self.open and not self._points and tag not in _END_KEEPS and opened_outside(tag):
            return self.break_out()     # (no integration point open: every element is popped)
        return []

    def html_point(self) -> tuple[str, int] | None:
        """(tag, source offset) of the innermost open element when it is an
        HTML integration point inside an svg or math (markup there is HTML,
        and a `<p>` no breakout); else None."""
        if self.open and self.open[-1][1] == "html":
            return self.open[-1][0], self.open[-1][2]
        return None

    def _push(self, tag: str, space: str, offset: int) -> None:
        self.open.append((tag, space, offset))
        self._named[tag] = self._named.get(tag, 0) + 1
        self._points += space == "html"

    def _pop(self) -> str:
        """Pop the innermost open element; returns its tag."""
        tag, space, _ = self.open.pop()
        self._named[tag] -= 1
        self._points -= space == "html"
        return tag

    def break_out(self) -> list[str]:
        """Pop the foreign elements up to the innermost integration point, as
        a breakout tag does (`BREAKOUT`); returns their tags, innermost first."""
        ended = []
        spaces = self.open
        while spaces and spaces[-1][1] != "html":
            ended.append(self._pop())
        return ended
