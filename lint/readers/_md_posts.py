"""Where an embedded post that a blank line split is closed, in a Markdown
body's tokens (markdown-it). A blank line inside a post's embed code
(`<blockquote class="twitter-tweet">` ... `</blockquote>`) ends the HTML
block, so the lines after it up to the end tag are Markdown: on the page
they are still the post's. `markdown._Body` asks `PostEnds.after`, at the
first Markdown token after the post opened, which later token's raw HTML
closes it. Imports no HTML module: the Markdown reader asks it before any
raw HTML is parsed."""
from __future__ import annotations

from collections.abc import Callable

from ._md_tags import out_of_tables_by_token, tag_marks


def wordless(child) -> bool:
    """Is this inline child after a post's end tag no story: a raw tag or comment
    (`html_inline`: the platform's `<script>`), a line break or blank text? An
    image, a link, anything else is story, text or none (qa145 #1)."""
    return child.type in ("html_inline", "softbreak", "hardbreak") or (
        child.type == "text" and not child.content.strip())


class PostEnds:
    """The closings of the embedded posts in one Markdown body: `tokens`,
    read from `text`, whose line n starts at `line(n)`."""

    def __init__(self, tokens: list, text: str, line: Callable[[int], int]):
        self.tokens, self.text, self.line = tokens, text, line

    def after(self, i: int, tag: str, level: int) -> int:
        """The token after token `i` whose raw HTML closes an open post
        whose start tag is a `tag` in an HTML block at nesting `level`, or
        -1. Looked for in the later HTML blocks at that level (top level, or
        the list item or quote that opened it) and the raw tags of its
        paragraphs there, up to where that list item or quote ends: its end
        tag past any of the same tag opened in between. An end tag inside a
        raw HTML table closed later does not reach the post
        (`_md_tags.out_of_tables`); a paragraph that goes on past the end
        tag with story (not `wordless`) is story Markdown and closes none."""
        tokens, depth = self.tokens, 1

        def marks():
            for j in range(i + 1, len(tokens)):
                tok = tokens[j]
                if tok.nesting < 0 and tok.level < level:
                    return       # the quote or list item holding the post ends first
                if tok.level == level + (tok.type == "inline"):
                    # an HTML block at the post's level, or a paragraph's raw tags there
                    yield [(*m, j) for m in tag_marks(tok, tag, self.text, self.line)]
        for close, _, n, j in out_of_tables_by_token(marks(), tag):   # (an end tag in a table's cell closes no post)
            depth += -1 if close else 1
            if not depth:
                # a paragraph's raw tags (a signature a blank line cut off);
                # one that goes on past the end tag is story Markdown: not read as HTML
                if n >= 0 and not all(wordless(c) for c in tokens[j].children[n + 1:]):
                    return -1
                return j
        return -1
