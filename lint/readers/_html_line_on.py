"""Where a line of loose text goes on past a phrasing element's end tag.

`LineSteps` (mixed into `_html_extract.Extractor` beside
`_html_text.TextSteps`) decides, when an inline element that opens loose
text (a `<div>`, a `<td>`, a WordPress post: no `<p>` round it) ends and
owns the part started on demand for its words, whether that part ends with
it or is handed on to the container round it, which reads the rest of the
line into it, as a browser shows one line: a `<q>`'s always, a speaker's
name's when its sentence runs on, a bold dateline's. No text of its own.

What follows an end tag is read as a browser shows it (`_shown`): white
space and character references decoded as the parser decodes them (any
spelling of a space is one space: `&nbsp` with no `;`, `&#0160;`,
`&thinsp;`, qa392 #3), tags as one mark each, so one pattern reads it.
"""
from __future__ import annotations

from .. import rx as regex

from ._html_breaks import unescape
from ._html_tags import PHRASING
from ._html_text import _placed

# The kinds of a part started on demand for bare text (`_html_text.TextSteps._builders`).
_ON_DEMAND = frozenset({"paragraph", "blockquote", "embed", "caption"})

# Marks standing for tags in the text shown after an end tag (`_shown`): a phrasing
# element's end tag, a link's start tag, an emphasis's start tag (a verb in it:
# `</a> <em>said</em>`, qa392 #4), another phrasing element's start tag.
_END, _LINK, _EMPH, _OTHER = "\x01", "\x02", "\x03", "\x04"
_EMPHASIS = frozenset({"em", "i", "b", "strong", "u", "mark", "font"})
# How far past an end tag the source is read, in characters (a pretty-printed indent fits).
_WINDOW = 400
# One piece of source: white space, a character reference (as `html.unescape` reads
# it: the legacy `&nbsp` needs no `;`), a tag, other text.
_PIECE = regex.compile(r"(\s+)|(&(?:#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});?)"
                       r"|<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*>|(<!--.*?-->)|[^\s&<]+|[&<]", regex.DOTALL)
# Enough of the text shown for the patterns below, in characters.
_ENOUGH = 100
_SPACES = regex.compile(r"\s+")
# The sentence runs on past the end tag: the end tags of phrasing elements round it
# (`<a><b>Name</b></a> said`), then a word joined to it (`Apple</a>'s`, `Apple</b>s`;
# `plural`: `Jones</a>' house`, qa392 #1), or a word in lower case after a comma and
# an age (`Ana Reyes</a>, 45, said`), an age in parentheses (`Ana Reyes</a> (45) said`,
# qa392 #5) or an emphasis's start tag (qa392 #4).
_RUNS_ON = regex.compile(r"(?:[ ]?\x01)*+(?:\p{L}|['\u2019](?:\p{L}|(?P<plural>)(?![\p{L}\p{N}]))|[ ]?(?:,[ ]?"
                         r"(?:\d{1,3}[ ]?,[ ]?)?|\(\d{1,3}\)[ ]?)?(?:\x03[ ]?)*+\p{Ll})")
# Words go on inside the link round the element (`<a><b>Mayor</b> Ana Reyes</a>`, qa392 #6).
_IN_LINK = regex.compile(r"[ ]?(?:[\x03\x04][ ]?)*+\p{L}")
# A bold dateline's end tag, the end tags round it and the loose text after it, to the next tag.
_BOLD_AFTER = regex.compile(r"(?:[ ]?\x01)*+([^\x01-\x04]{0,80})(\x02)?")
_LABEL_END = frozenset(":-\u2013\u2014|")      # a label's last mark: `<b>Editor's note:</b> this …`


def _shown(src: str, offset: int) -> str:
    """The source after the end tag at `offset` (its `<`), to `_WINDOW`
    characters, as a browser shows it: each run of white space, written or
    referenced, one space; other references decoded; a phrasing element's
    tag one mark (`_END`, `_LINK`, `_EMPH`, `_OTHER`); it stops at any other
    tag (a block, a `<br>`, an image: the line or the run ends there); a
    comment shows nothing."""
    out: list[str] = []
    size = 0
    at = src.find(">", offset) + 1
    for m in _PIECE.finditer(src, at, min(len(src), at + _WINDOW) if at else 0):
        if m[4] is not None:
            tag = m[4].lower()
            if tag not in PHRASING:
                break
            piece = _END if m[3] else _LINK if tag == "a" else _EMPH if tag in _EMPHASIS else _OTHER
        elif m[5] is not None:
            continue
        else:
            piece = " " if m[1] is not None else unescape(m[2]) if m[2] is not None else m[0]
        out.append(piece)
        size += len(piece)
        if size > _ENOUGH:
            break
    return _SPACES.sub(" ", "".join(out))


class LineSteps:
    """Handing a line of loose text on for `Extractor` (see the module docstring)."""

    def _line_on(self, i: int, offset: int) -> None:
        """When the phrasing element stack[i], the innermost element, ends
        at `offset` (its end tag) owning a part started on demand, the part
        is handed on to the container round its phrasing run (a `<div>`, a
        `<td>`, the fragment's root), which reads the rest of the line into
        it, as a browser shows one line: a `<q>`'s always (`<div><a
        href><q>We waited,</q></a> Reyes said.`: qa372 #2, qa379 #2), any
        other's when its sentence runs on past the end tag (`_RUNS_ON`:
        `<div><a href>Mayor Ana Reyes</a> said, <q>…`: qa379 #5), over any
        white space (qa385 #1, qa392 #3), the end tags of phrasing elements
        round it (`<a href><b>Name</b></a> said`: qa385 #2), an age
        (`Ana Reyes</a>, 45, said`: qa385 #3), or joined to a word
        (`Apple</a>'s`: qa392 #1), or when words go on in a link round it
        (`_IN_LINK`); a bold label (`_LABEL_END`) or a line of links ends
        with its element."""
        elem = self.stack[i]
        coll = elem.coll
        if i != len(self.stack) - 1 or elem.tag not in PHRASING or coll is None or coll.name \
                or coll.kind not in _ON_DEMAND:
            return
        k = self._phrasing_from(i) - 1
        if elem.tag != "q":
            text = coll.builder.text()
            if text.rstrip()[-1:] in _LABEL_END or not self._runs_on(_shown(self.src, offset), text, k, i):
                return
        if k >= 0 and self.stack[k].coll is None:
            elem.coll, self.stack[k].coll, self.owners[-1] = None, coll, self.stack[k]

    def _runs_on(self, shown: str, text: str, k: int, i: int) -> bool:
        """Whether the sentence of `text` (the part's, up to the end tag of
        stack[i]) runs on into `shown` (`_shown`), k the container's index."""
        m = _RUNS_ON.match(shown)
        if m is not None:
            return m["plural"] is None or text[-1:] in "sS"
        return _IN_LINK.match(shown) is not None and any(e.tag == "a" for e in self.stack[k + 1:i])

    def _bold_dateline_on(self, i: int, offset: int) -> None:
        """When the bold element stack[i], ending at `offset` (its end
        tag), opens a line of loose text as its dateline (`<div><b>PORTLAND,
        Ore.</b> -- A fire ...<br><br>`, nu47 #5; after a line break or in
        a link, qa392 #2): its own bare-text paragraph, the innermost
        element, and with the text after the end tag a dateline that names
        its place (`_placed`), the paragraph is handed on to the container
        round its phrasing run, which reads the rest of the line into it (as
        `<p>` round the lede would), its bold text one `strong` mark: the
        one opened on demand for it (`_marks_on_demand`), which its end tag
        closes, else one added here (qa385 #7: not both).
        Otherwise the bold run's paragraph ends with it, as before."""
        bold = self.stack[i]
        coll = bold.coll
        if i != len(self.stack) - 1 or bold.tag not in ("b", "strong") or coll is None or \
                coll.kind != "paragraph" or coll.name:
            return
        k = self._phrasing_from(i) - 1
        if k < 0 or self.stack[k].coll is not None:
            return
        after = _BOLD_AFTER.match(_shown(self.src, offset))
        if _placed(coll.builder.text().strip() + after[1], after[2] is not None):
            bold.coll, self.stack[k].coll, self.owners[-1] = None, coll, self.stack[k]
            if not any(m[0] == "strong" and m[2] < 0 for m in coll.builder.inline):
                coll.builder.inline.append(["strong", 0, coll.builder.length])
