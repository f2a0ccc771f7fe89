"""Where "Disable RULE for this line" writes its comment, without changing
what the article says or how it renders.

`<!-- newslint-disable-next-line RULE -->` hides RULE on the line after the
comment's line (lint/suppress.py). Written as a line of its own it would, in
Markdown, end the paragraph it falls in (an HTML comment block may interrupt
a paragraph, CommonMark 0.31 section 4.6, condition 2), so:

- the finding's line opens the file or follows a blank line (or a code
  fence, a heading, a setext underline or thematic break, or the front
  matter): the
  comment goes on a new line before it, indented like it;
- otherwise the line continues a block: the comment is appended to the line
  before, ahead of any trailing hard-break spaces or backslash, so the
  paragraph (or list item, quote, table) stays one.

Never offered where it would break the file: inside front matter (YAML or
TOML, where `<!--` is data), inside an HTML tag that spans lines, or in plain
text, which has no comment syntax (the comment would be printed copy, and the
text reader honours no directives): there, `ignore:` in `.newslint.yaml` or
`--ignore` is the way.
"""
from __future__ import annotations

import regex

from .text import LineMap

DIRECTIVE = "<!-- newslint-disable-next-line {rule} -->"
FORMATS = ("markdown", "html")
# A line that ends a block on its own: a code fence, a thematic break, a setext
# underline, an ATX heading (its closing #s must stay last) or a TOML fence.
_BLOCK_EDGE = regex.compile(r"[ \t]{0,3}(?:(?:`{3,}|~{3,}).*|(?:[-=*_][ \t]*){3,}|[=-]+[ \t]*"
                            r"|#{1,6}(?:[ \t].*)?|\+\+\+[ \t]*)")
_TRAILING = regex.compile(r"(?:[ \t]+|\\)+$")


def disable_edit(text: str, fmt: str, offset: int, rule: str, body: int = 0) -> tuple[int, str] | None:
    """(offset, text to insert) hiding `rule` on the line holding `offset`, or
    None when no comment can go there safely. `fmt` is the reader's format;
    `body` is where a Markdown body starts after its front matter."""
    if fmt not in FORMATS or (fmt == "markdown" and offset < body):
        return None
    lines = LineMap(text)
    line, _ = lines.position(offset)
    start = lines.starts[line]
    comment = DIRECTIVE.format(rule=rule)
    previous = lines.line_text(line - 1) if line > 0 else ""
    own_line = (line == 0 or not previous.strip() or lines.starts[line - 1] < body
                or (fmt == "markdown" and _BLOCK_EDGE.fullmatch(previous)))
    if own_line:
        if _in_tag(text, start):
            return None
        current = lines.line_text(line)
        indent = current[:len(current) - len(current.lstrip(" \t"))]
        return start, f"{indent}{comment}{lines.line_break()}"
    prev_start = lines.starts[line - 1]
    trail = _TRAILING.search(previous)
    at = prev_start + (trail.start() if trail else len(previous))
    if _in_tag(text, at):
        return None
    return at, comment


def _in_tag(text: str, offset: int) -> bool:
    """Whether `offset` is inside an HTML tag or comment that is still open
    (a `<` not yet closed by `>` on the way back from `offset`)."""
    opened = text.rfind("<", 0, offset)
    return opened != -1 and text.rfind(">", opened, offset) == -1 and _looks_like_tag(text, opened)


def _looks_like_tag(text: str, at: int) -> bool:
    nxt = text[at + 1:at + 2]
    return nxt.isalpha() or nxt in ("/", "!", "?")
