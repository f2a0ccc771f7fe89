"""One element's start and end tags in a Markdown body's tokens (markdown-it),
read in an HTML block's text or a paragraph's raw HTML (`html_inline`): the
one scan under `_md_html.Closings` (where each element an HTML block opens
is closed) and `_md_posts.PostEnds` (whether an embedded post a blank line
split is closed later). Each pairs the tags by depth its own way,
and both leave out the tags inside a raw HTML table (`out_of_tables`, which
`_md_posts.first_closes` reads as it does, for every start at once).
Imports no HTML module: the Markdown reader asks it before any raw HTML."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache

from .. import rx as regex


@lru_cache(maxsize=64)
def tag_pattern(tag: str) -> regex.Pattern:
    """`<tag` or `</tag`, or `<table` or `</table` (any case), before a
    space, `/` or `>`; group 1 is the `/` of an end tag, group 2 the name
    as written."""
    names = regex.escape(tag) if tag.lower() == "table" else f"{regex.escape(tag)}|table"
    return regex.compile(rf"<(/?)({names})(?=[\s/>])", regex.IGNORECASE)


def tag_marks(tok, tag: str, text: str, line: Callable[[int], int]) -> Iterator[tuple[bool, bool, int, int]]:
    """(a table's tag?, end tag?, where, n) for each of `tag`'s and
    `table`'s start and end tags (the table's are for `out_of_tables`) in
    token `tok`, in order: in an `html_block` (its lines of `text`, line k
    starting at `line(k)`), where is the tag's offset in `text` and n is -1;
    in an `inline` token's raw HTML, where is -1 and n is the index of its
    `html_inline` child (the children after it follow the tag). Nothing for
    any other token."""
    pattern = tag_pattern(tag)
    if tok.type == "html_block" and tok.map:
        for m in pattern.finditer(text, line(tok.map[0]), line(tok.map[1])):
            yield m[2].lower() == "table", bool(m[1]), m.start(), -1
    elif tok.type == "inline" and tok.children:
        for n, c in enumerate(tok.children):
            if c.type == "html_inline" and (m := pattern.match(c.content)):
                yield m[2].lower() == "table", bool(m[1]), -1, n


def out_of_tables(marks: list[tuple], tag: str) -> Iterator[tuple]:
    """`marks` (each a `tag_marks` tuple, in source order, with anything
    after it the caller's) less the tables' own and those of `tag` inside a
    raw HTML table: a table is a scope an end tag does not reach past (WHATWG
    HTML 13.2.4.2, "has an element in scope"; a `</blockquote>` in a cell with
    no blockquote opened there is a parse error and ignored), and its
    `</table>` pops what it left open, so `tag`'s marks there change nothing
    outside it. Only a table closed later is a scope: an unclosed `<table>`,
    a `</table>` with none open, a stray `<td>` are broken markup, and the end
    tags after them are read as if they were not there. `</table>` pairs with
    the innermost open `<table>`, as a browser does. Each tuple is yielded
    without its first item. For `tag` "table" the marks are kept all."""
    if tag.lower() == "table":
        yield from (m[1:] for m in marks)
        return
    opens: list[int] = []
    ends: dict[int, int] = {}          # a closed table's start mark -> its end mark
    for k, m in enumerate(marks):
        if m[0] and not m[1]:
            opens.append(k)
        elif m[0] and opens:
            ends[opens.pop()] = k
    until = -1                         # the end mark of the outermost closed table open here
    for k, m in enumerate(marks):
        if k <= until:
            continue
        if m[0]:
            until = ends.get(k, -1)
            continue
        yield m[1:]
