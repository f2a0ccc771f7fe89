"""One element's start and end tags in a Markdown body's tokens (markdown-it),
read in an HTML block's text or a paragraph's raw HTML (`html_inline`): the
one scan under `_md_html.Closings` (where each element an HTML block opens
is closed) and `markdown._Body._closed_later` (whether an embedded post a
blank line split is closed later). Each pairs the tags by depth its own way.
Imports no HTML module: the Markdown reader asks it before any raw HTML."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

import regex


@lru_cache(maxsize=64)
def tag_pattern(tag: str) -> regex.Pattern:
    """`<tag` or `</tag` (any case) before a space, `/` or `>`; group 1 is
    the `/` of an end tag."""
    return regex.compile(rf"<(/?){regex.escape(tag)}(?=[\s/>])", regex.IGNORECASE)


def tag_marks(tok, tag: str, text: str, line: Callable[[int], int]) -> Iterator[tuple[bool, int, int]]:
    """(end tag?, where, n) for each of `tag`'s start and end tags in token
    `tok`, in order: in an `html_block` (its lines of `text`, line k
    starting at `line(k)`), where is the tag's offset in `text` and n is -1;
    in an `inline` token's raw HTML, where is -1 and n is the index of its
    `html_inline` child (the children after it follow the tag). Nothing for
    any other token."""
    pattern = tag_pattern(tag)
    if tok.type == "html_block" and tok.map:
        for m in pattern.finditer(text, line(tok.map[0]), line(tok.map[1])):
            yield bool(m[1]), m.start(), -1
    elif tok.type == "inline" and tok.children:
        for n, c in enumerate(tok.children):
            if c.type == "html_inline" and (m := pattern.match(c.content)):
                yield bool(m[1]), -1, n
