"""Where an embedded post that a blank line split is closed, in a Markdown
body's tokens (markdown-it). A blank line inside a post's embed code
(`<blockquote class="twitter-tweet">` ... `</blockquote>`) ends the HTML
block, so the lines after it up to the end tag are Markdown: on the page
they are still the post's. `markdown._Body` asks `PostEnds.after`, at the
first Markdown token after the post opened, which later token's raw HTML
closes it. Each (tag, level) asked about is read in one pass over the
tokens, and each answer is then looked up: linear in the body however many
posts it opens and whatever raw tables they hold. Imports no HTML module:
the Markdown reader asks it before any raw HTML is parsed."""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence

from ._md_tags import tag_marks


def wordless(child) -> bool:
    """Is this inline child after a post's end tag no story: a raw tag or comment
    (`html_inline`: the platform's `<script>`), a line break or blank text? An
    image, a link, anything else is story, text or none (qa145 #1)."""
    return child.type in ("html_inline", "softbreak", "hardbreak") or (
        child.type == "text" and not child.content.strip())


def first_closes(marks: Sequence[tuple], tag: str, stretch: Sequence[int]) -> list[int]:
    """For each mark k of `marks` (in order, each starting (a table's tag?,
    end tag?), as `_md_tags.tag_marks` gives them), the index of the mark
    that closes an element opened just before it, or -1. Read on from k to
    the end of k's stretch (marks whose `stretch` differs never pair): the
    first end tag past as many of `tag`'s start tags as were met, the marks
    left as `_md_tags.out_of_tables` leaves them: a raw table closed later
    in the stretch is passed over with all in it (a scope no end tag
    reaches past), any other table tag changes nothing. One pass back to
    front, so linear: an end tag is its own answer, a start tag's is the
    answer after the end tag that closes it (`step`: the next mark read,
    past a closed table)."""
    n = len(marks)
    own = tag.lower() == "table"           # then every mark is the element's own (`out_of_tables`)
    step = [k + 1 for k in range(n)]       # the next mark read after mark k
    opens: list[int] = []                  # `<table>`s open in the stretch
    for k, (table, end, *_) in enumerate(marks):
        if k and stretch[k] != stretch[k - 1]:
            opens = []
        if table and not own:
            if not end:
                opens.append(k)
            elif opens:
                step[opens.pop()] = k + 1  # a table closed later: read on after its </table>
    for k in range(n):
        if step[k] < n and stretch[step[k]] != stretch[k]:
            step[k] = n                    # the stretch ends
    close = [-1] * (n + 1)                 # close[n]: past the end, nothing closes
    for k in range(n - 1, -1, -1):
        table, end = marks[k][0], marks[k][1]
        if table and not own:
            close[k] = close[step[k]]
        elif end:
            close[k] = k
        else:
            inner = close[step[k]]         # the end of the element this start tag opens
            close[k] = close[step[inner]] if inner >= 0 else -1
    return close[:n]


class PostEnds:
    """The closings of the embedded posts in one Markdown body: `tokens`,
    read from `text`, whose line n starts at `line(n)`."""

    def __init__(self, tokens: list, text: str, line: Callable[[int], int]):
        self.tokens, self.text, self.line = tokens, text, line
        self._read: dict[tuple[str, int], tuple] = {}     # (tag, level) -> what `_marks` gives

    def after(self, i: int, tag: str, level: int) -> int:
        """The token after token `i` whose raw HTML closes an open post
        whose start tag is a `tag` in an HTML block at nesting `level`, or
        -1. Looked for in the later HTML blocks at that level (top level, or
        the list item or quote that opened it) and the raw tags of its
        paragraphs there, up to where that list item or quote ends: its end
        tag past any of the same tag opened in between. An end tag inside a
        raw HTML table closed later does not reach the post
        (`first_closes`); a paragraph that goes on past the end tag with
        story (not `wordless`) is story Markdown and closes none."""
        read = self._read.get((tag, level))
        if read is None:
            read = self._read[tag, level] = self._marks(tag, level)
        marks, ends, closes = read
        k = bisect_right(marks, i, key=lambda m: m[3])      # the first mark after token i
        if k == len(marks) or marks[k][4] != bisect_right(ends, i):
            return -1                      # none before the quote or list item holding the post ends
        at = closes[k]
        if at < 0:
            return -1
        _, _, n, j, _ = marks[at]
        # a paragraph's raw tags (a signature a blank line cut off);
        # one that goes on past the end tag is story Markdown: not read as HTML
        if n >= 0 and not all(wordless(c) for c in self.tokens[j].children[n + 1:]):
            return -1
        return j

    def _marks(self, tag: str, level: int) -> tuple[list, list[int], list[int]]:
        """(marks, ends, closes): each of `tag`'s and `table`'s tags in an
        HTML block at `level` or a paragraph's raw tags there, as (a
        table's?, end tag?, n, token, stretch) (`_md_tags.tag_marks`); the
        tokens where a quote or list item holding that level ends, each
        ending a stretch; and `first_closes` of the marks."""
        marks: list[tuple] = []
        ends: list[int] = []
        for j, tok in enumerate(self.tokens):
            if tok.nesting < 0 and tok.level < level:
                ends.append(j)
            elif tok.level == level + (tok.type == "inline"):
                marks.extend((table, close, n, j, len(ends))
                             for table, close, _, n in tag_marks(tok, tag, self.text, self.line))
        return marks, ends, first_closes(marks, tag, [m[4] for m in marks])
