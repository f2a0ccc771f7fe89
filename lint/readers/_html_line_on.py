"""Where a line of loose text goes on past a phrasing element's end tag.

`LineSteps` (mixed into `_html_extract.Extractor` beside
`_html_text.TextSteps`) decides, when an inline element that opens loose
text (a `<div>`, a `<td>`, a WordPress post: no `<p>` round it) ends and
owns the part started on demand for its words, whether that part ends with
it or is handed on to the container round it, which reads the rest of the
line into it, as a browser shows one line: a `<q>`'s always, a speaker's
name's when its sentence runs on, a bold dateline's. No text of its own.
"""
from __future__ import annotations

import regex

from ._html_breaks import unescape
from ._html_tags import PHRASING
from ._html_text import _placed

# The kinds of a part started on demand for bare text (`_html_text.TextSteps._builders`).
_ON_DEMAND = frozenset({"paragraph", "blockquote", "embed", "caption"})

# The end tag of a bold run and the loose text right after it, on its line.
_BOLD_END = regex.compile(r"</(?:b|strong)\s*>([^<\n]{0,80})", regex.IGNORECASE)
# A link's start tag.
_LINK = regex.compile(r"<a[\s>]", regex.IGNORECASE)
# White space as a browser shows it, one space: a line break, a CRLF, a no-break space, written or a reference.
_GAP = r"(?:\s|&nbsp;|&#160;|&#[xX]0*[aA]0;)*+"
# An end tag, those of phrasing elements round it (`<a><b>Name</b></a>`), and a word in lower
# case after them, after a comma or an age (`Ana Reyes</a>, 45, said`): the sentence runs on past it.
_RUNS_ON = regex.compile(r"</[^>]*>(?:" + _GAP + r"</(?i:" + "|".join(sorted(PHRASING, key=len, reverse=True))
                         + r")\s*>)*+" + _GAP + r"(?:," + _GAP + r"(?:\d{1,3}" + _GAP + "," + _GAP + r")?)?\p{Ll}")
_LABEL_END = frozenset(":-\u2013\u2014|")      # a label's last mark: `<b>Editor's note:</b> this …`


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
        `<div><a href>Mayor Ana Reyes</a> said, <q>…`: qa379 #5), over a
        line break or an `&nbsp;` (qa385 #1), the end tags of phrasing
        elements round it (`<a href><b>Name</b></a> said`: qa385 #2), an
        age (`Ana Reyes</a>, 45, said`: qa385 #3); a bold label
        (`_LABEL_END`) or a line of links ends with its element."""
        elem = self.stack[i]
        coll = elem.coll
        if i != len(self.stack) - 1 or elem.tag not in PHRASING or coll is None or coll.name \
                or coll.kind not in _ON_DEMAND or elem.tag != "q" and (
                    not _RUNS_ON.match(self.src, offset) or coll.builder.text().rstrip()[-1:] in _LABEL_END):
            return
        k = self._phrasing_from(i) - 1
        if k >= 0 and self.stack[k].coll is None:
            elem.coll, self.stack[k].coll, self.owners[-1] = None, coll, self.stack[k]

    def _bold_dateline_on(self, i: int, offset: int) -> None:
        """When the bold element stack[i], ending at `offset` (its end
        tag), opens a line of loose text as its dateline (`<div><b>PORTLAND,
        Ore.</b> -- A fire ...<br><br>`, nu47 #5): its own bare-text
        paragraph, the innermost element, and with the text after the end
        tag a dateline that names its place (`_placed`), the paragraph is
        handed on to the container, which reads the rest of the line into
        it (as `<p>` round the lede would), its bold text one `strong` mark:
        the one opened on demand for it (`_marks_on_demand`), which its
        end tag closes, else one added here (qa385 #7: not both).
        Otherwise the bold run's paragraph ends with it, as before."""
        bold, parent = self.stack[i], self.stack[i - 1]
        coll = bold.coll
        if i != len(self.stack) - 1 or bold.tag not in ("b", "strong") or coll is None or \
                coll.kind != "paragraph" or coll.name or parent.coll is not None:
            return
        after = _BOLD_END.match(self.src, offset)
        if after is not None and _placed(coll.builder.text().strip() + unescape(after[1]),
                                         _LINK.match(self.src, after.end()) is not None):
            bold.coll, parent.coll, self.owners[-1] = None, coll, parent
            if not any(m[0] == "strong" and m[2] < 0 for m in coll.builder.inline):
                coll.builder.inline.append(["strong", 0, coll.builder.length])
