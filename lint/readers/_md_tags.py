"""One element's start and end tags in a Markdown body's tokens (markdown-it),
read in an HTML block's text or a paragraph's raw HTML (`html_inline`): the
one scan under `_md_html.Closings` (where each element an HTML block opens
is closed) and `markdown._Body._closed_later` (whether an embedded post a
blank line split is closed later). Each pairs the tags by depth its own way;
both read them through `Scoped`, which leaves out what a table hides.
Imports no HTML module: the Markdown reader asks it before any raw HTML."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import regex


@lru_cache(maxsize=64)
def tag_pattern(*tags: str) -> regex.Pattern:
    """`<tag` or `</tag` (any case) of any of `tags` before a space, `/` or
    `>`; group 1 is the `/` of an end tag, group 2 the name as written."""
    return regex.compile(rf"<(/?)({'|'.join(map(regex.escape, tags))})(?=[\s/>])", regex.IGNORECASE)


def _matches(tok, pattern: regex.Pattern, text: str, line: Callable[[int], int]) -> Iterator[tuple]:
    """(match, where, n) for each of `pattern`'s tags in `tok`, as `tag_marks` places them."""
    if tok.type == "html_block" and tok.map:
        for m in pattern.finditer(text, line(tok.map[0]), line(tok.map[1])):
            yield m, m.start(), -1
    elif tok.type == "inline" and tok.children:
        for n, c in enumerate(tok.children):
            if c.type == "html_inline" and (m := pattern.match(c.content)):
                yield m, -1, n


def tag_marks(tok, tag: str, text: str, line: Callable[[int], int]) -> Iterator[tuple[bool, int, int]]:
    """(end tag?, where, n) for each of `tag`'s start and end tags in token
    `tok`, in order: in an `html_block` (its lines of `text`, line k
    starting at `line(k)`), where is the tag's offset in `text` and n is -1;
    in an `inline` token's raw HTML, where is -1 and n is the index of its
    `html_inline` child (the children after it follow the tag). Nothing for
    any other token."""
    for m, where, n in _matches(tok, tag_pattern(tag), text, line):
        yield bool(m[1]), where, n


class Scoped:
    """`tag_marks` for tokens fed in order (`marks`), less the tags a table
    holds apart. A table is a scope an end tag does not reach past (WHATWG
    "has an element in scope": `table`, `td` and `th` bound it), so a
    `</blockquote>` in a cell closes no blockquote opened before the table
    and is left out (qa128 #2: it ended an embedded post); one that closes
    a blockquote opened in the same table is kept, and `</table>` ends any
    the table left open (it pops them on the page), given as end tags there.
    A Markdown pipe table's tags are all left out (its cells hold inline
    Markdown, no element's end). For `tag` "table" itself the marks are
    `tag_marks`'."""

    def __init__(self, tag: str, text: str, line: Callable[[int], int]):
        self.text, self.line = text, line
        self.scoped = tag.lower() != "table"
        self.pattern = tag_pattern(tag, "table") if self.scoped else tag_pattern(tag)
        self.open = [0]      # per table open (the first: outside any), `tag`'s start tags still open in it
        self.pipes = 0       # Markdown pipe tables open

    def marks(self, tok) -> Iterator[tuple[bool, int, int]]:
        """(end tag?, where, n) as `tag_marks` gives them for `tok`."""
        if tok.type in ("table_open", "table_close"):
            self.pipes = max(0, self.pipes + tok.nesting)
            return
        if self.pipes:
            return
        for m, where, n in _matches(tok, self.pattern, self.text, self.line):
            close = bool(m[1])
            if self.scoped and m[2].lower() == "table":
                if not close:
                    self.open.append(0)
                elif len(self.open) > 1:
                    for _ in range(self.open.pop()):
                        yield True, where, n
            elif not close:
                self.open[-1] += 1
                yield False, where, n
            elif self.open[-1] or len(self.open) == 1:
                self.open[-1] = max(0, self.open[-1] - 1)
                yield True, where, n
