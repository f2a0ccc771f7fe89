"""Where "Disable RULE for this line" writes its comment, without changing
what the article says or how it renders.

`<!-- newslint-disable-next-line RULE -->` hides RULE on the line after the
comment's line, `<!-- newslint-disable-line RULE -->` on its own line
(lint/suppress.py). Three places are tried, the likeliest first:

- a line of its own before the finding's line, indented like it, when that
  line opens the file or follows a blank line (or a code fence, a heading, a
  setext underline or thematic break, or the front matter);
- the end of the line before, ahead of any trailing hard-break spaces or
  backslash, so a paragraph (or list item, quote) stays one: written as a
  line of its own it would end the paragraph (an HTML comment block may
  interrupt one, CommonMark 0.31 section 4.6, condition 2); never a quote's
  blank line (only `>` markers), which the comment would make a text line;
- `disable-line` at the end of the finding's own line (inside a table row's
  last cell, as text after the row's last `|` is dropped).

A place is taken only when the edited text, read again by newslint's reader
as `newslint check` reads it, has the same parts (kinds and texts), the
reader takes the comment as a directive, and the directive hides exactly the
finding's line; for Markdown the edited text must also render to the same
HTML (markdown-it, CommonMark and tables) once the comment is left out; and
the comment must not land where HTML shows it or keeps its line break (in
`<textarea>`, `<title>`, `<script>`, `<style>` or another raw-text or
RCDATA element, or in `<pre>`). So a table's delimiter row, a code block's
line, or a spot inside a tag is never written to.

In YAML or TOML front matter, where `<!--` is data, the comment is a `#` one at
the end of the finding's line, `# newslint-disable-line RULE`, taken when the
article reads the same and the comment is read as the directive.

Never offered where none of these holds, in JSON front matter, in plain text (which has no comment syntax: the
comment would be printed copy, and the text reader honours no directives),
or on an HTML line that holds more than one part of the article (a one-line
page, where "this line" would be the whole page). There, `ignore:` in
`.newslint.yaml` or `--ignore` is the way.
"""
from __future__ import annotations

import bisect
from typing import Callable, Iterator

from .. import rx as regex

from ..document import Document
from ..readers._html_tags import TEXT_ONLY
from .text import LineMap

DIRECTIVE = "<!-- newslint-disable-next-line {rule} -->"
ON_LINE = "<!-- newslint-disable-line {rule} -->"
YAML_ON_LINE = "  # newslint-disable-line {rule}"      # in YAML or TOML front matter
FORMATS = ("markdown", "html")
# A line that ends a block on its own: a code fence, a thematic break, a setext
# underline, an ATX heading (its closing #s must stay last) or a TOML fence.
_BLOCK_EDGE = regex.compile(r"[ \t]{0,3}(?:(?:`{3,}|~{3,}).*|(?:[-=*_][ \t]*){3,}|[=-]+[ \t]*"
                            r"|#{1,6}(?:[ \t].*)?|\+\+\+[ \t]*)")
_TRAILING = regex.compile(r"(?:[ \t]+|\\)+$")
# A blank line inside a block quote: only `>` markers. A comment appended to it
# makes it a text line, which joins the quote's two paragraphs under
# Python-Markdown (qa45 #10), so nothing is appended there.
_QUOTE_BLANK = regex.compile(r"[ \t]{0,3}>(?:[ \t]*>)*[ \t]*")
_ROW_END = regex.compile(r"(?<!\\)[ \t]*\|[ \t]*$")      # a table row's closing pipe
# Elements whose content HTML shows as text (raw text, RCDATA) or whose line
# breaks it keeps: a comment there is printed, or adds a line.
_SHOWN = TEXT_ONLY | {"plaintext"}
_KEEPS_LINES = frozenset(("pre", "listing"))
_TOKEN = regex.compile(r"<!--.*?(?:-->|\Z)|<(/?)([A-Za-z][^\s/>]*)[^>]*>", regex.DOTALL)

Reader = Callable[[str], "Document | None"]


def disable_edit(text: str, fmt: str, offset: int, rule: str, body: int = 0,
                 read: Reader | None = None,
                 render: Callable[[str], str] | None = None) -> tuple[int, str] | None:
    """(offset, text to insert) hiding `rule` on the line holding `offset`, or
    None when no comment can go there safely. `fmt` is the reader's format;
    `body` is where a Markdown body starts after its front matter; `read`
    reads a text as `newslint check` would (by default, as a plain file of
    that format); `render` renders the unedited Markdown text
    (`render_markdown`; a caller placing many findings of one text passes
    one that renders it once)."""
    if fmt not in FORMATS:
        return None
    read = read or _plain_reader(fmt)
    if fmt == "markdown" and offset < body:
        return _front_matter_edit(text, offset, rule, read)
    before = read(text)
    if before is None:
        return None
    lines = LineMap(text)
    line, _ = lines.position(offset)
    if fmt == "html" and _parts_on_line(before, *_span(before, offset)) > 1:
        return None
    rendered = _without((render or render_markdown)(text), DIRECTIVE.format(rule=rule), ON_LINE.format(rule=rule)) \
        if fmt == "markdown" else ""
    for at, insert in _places(text, fmt, lines, line, rule, body):
        if not _in_tag(text, at) and _keeps_article(text, fmt, at, insert, offset, rule,
                                                    before, read, rendered):
            return at, insert
    return None


def _front_matter_edit(text: str, offset: int, rule: str, read: Reader) -> tuple[int, str] | None:
    """In YAML or TOML front matter: `# newslint-disable-line RULE` at the end
    of the finding's line (`readers._fm_comments`), taken only when the article
    reads the same (parts and front-matter fields) and the comment is read
    as that directive: never in a `|` block, a quoted value running on or a
    TOML multi-line string, where it would be text, nor in JSON front matter."""
    lines = LineMap(text)
    line, _ = lines.position(offset)
    current = lines.line_text(line)
    at = lines.starts[line] + len(current.rstrip(" \t"))
    insert = YAML_ON_LINE.format(rule=rule)
    before, after = read(text), read(text[:at] + insert + text[at:])
    if before is None or after is None or _parts(after) != _parts(before) or after.fields != before.fields:
        return None
    mark = at + insert.index("#")
    if any(s.offset == mark and s.action == "disable-line" and rule in s.rules for s in after.suppressions):
        return at, insert
    return None


def _places(text: str, fmt: str, lines: LineMap, line: int, rule: str,
            body: int) -> Iterator[tuple[int, str]]:
    start = lines.starts[line]
    comment = DIRECTIVE.format(rule=rule)
    current = lines.line_text(line)
    indent = current[:len(current) - len(current.lstrip(" \t"))]
    own = (start, f"{indent}{comment}{lines.line_break()}")
    previous = lines.line_text(line - 1) if line > 0 else ""
    own_first = (line == 0 or not previous.strip() or lines.starts[line - 1] < body
                 or (fmt == "markdown" and _BLOCK_EDGE.fullmatch(previous)))
    if own_first:
        yield own
    if previous.strip() and lines.starts[line - 1] >= body and not (
            fmt == "markdown" and _QUOTE_BLANK.fullmatch(previous)):
        trail = _TRAILING.search(previous)
        yield lines.starts[line - 1] + (trail.start() if trail else len(previous)), comment
    if not own_first:
        yield own
    trail = _TRAILING.search(current)
    end = trail.start() if trail else len(current)
    row = _ROW_END.search(current, 0, end) if fmt == "markdown" else None
    yield start + (row.start() if row else end), ON_LINE.format(rule=rule)


def _keeps_article(text: str, fmt: str, at: int, insert: str, offset: int, rule: str,
                   before: Document, read: Reader, rendered: str) -> bool:
    """Whether inserting `insert` at `at` leaves the article as it was and
    hides `rule` on the finding's line, and only there."""
    edited = text[:at] + insert + text[at:]
    after = read(edited)
    if after is None or _parts(after) != _parts(before):
        return False
    mark = at + insert.index("<!--")
    action = "disable-line" if insert.startswith(ON_LINE.format(rule=rule)) else "disable-next-line"
    if not any(s.offset == mark and s.action == action and rule in s.rules and not s.vale
               for s in after.suppressions):
        return False                      # in code, or not read as a comment at all
    starts = after.lines.starts
    here = bisect.bisect_right(starts, mark) - 1
    hidden = here if action == "disable-line" else here + 1
    moved = offset + len(insert) if at <= offset else offset
    if hidden != bisect.bisect_right(starts, moved) - 1:
        return False
    if fmt == "markdown":
        html = render_markdown(edited)
        if _without(html, DIRECTIVE.format(rule=rule), ON_LINE.format(rule=rule)) != rendered:
            return False
        comment = insert.strip(" \t\r\n")
        return not any(_shown_at(html, m.start()) for m in regex.finditer(regex.escape(comment), html))
    return not _shown_at(edited, mark)


def _without(html: str, *comments: str) -> str:
    """`html` with every one of `comments` left out (a line holding only one
    goes with it), to compare a render with and without them."""
    for comment in comments:
        html = regex.sub(rf"(?m)^[ \t]*{regex.escape(comment)}\n", "", html).replace(comment, "")
    return html


def _shown_at(html: str, pos: int) -> bool:
    """Whether a comment at `pos` in `html` would be shown as text or keep its
    line break: inside a raw-text or RCDATA element, or in `<pre>`."""
    i, depth = 0, 0
    while True:
        m = _TOKEN.search(html, i, pos)
        if m is None:
            return depth > 0
        i = m.end()
        name = (m[2] or "").lower()
        if name in _SHOWN and not m[1]:
            close = regex.compile(rf"</{regex.escape(name)}\b", regex.IGNORECASE).search(html, i)
            if close is None or close.start() >= pos or name == "plaintext":
                return True
            i = close.end()
        elif name in _KEEPS_LINES:
            depth = max(depth + (-1 if m[1] else 1), 0)


def _parts(doc: Document) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.text) for p in doc.parts]


def _span(doc: Document, offset: int) -> tuple[int, int]:
    """[start, end) of the document line holding `offset`."""
    starts = doc.lines.starts
    k = bisect.bisect_right(starts, offset) - 1
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(doc.source) + 1


def _parts_on_line(doc: Document, start: int, end: int) -> int:
    """How many parts with text have some of it in source [start, end)."""
    count = 0
    for p in doc.parts:
        if p.text.strip():
            s, e = p.source_span(0, len(p.text))
            count += s < end and start < e
    return count


_MD = None


def render_markdown(text: str) -> str:
    """`text` rendered as CommonMark (with tables): what "renders the same" compares."""
    global _MD
    if _MD is None:
        from markdown_it import MarkdownIt
        _MD = MarkdownIt("commonmark").enable("table")
    return _MD.render(text)


def _plain_reader(fmt: str) -> Reader:
    from ..readers import ReadError, read_bytes
    name = "article.md" if fmt == "markdown" else "article.html"

    def read(text: str) -> Document | None:
        try:
            return read_bytes(name, text.encode("utf-8"))
        except ReadError:
            return None
    return read


def _in_tag(text: str, offset: int) -> bool:
    """Whether `offset` is inside an HTML tag or comment that is still open
    (a `<` not yet closed by `>` on the way back from `offset`)."""
    opened = text.rfind("<", 0, offset)
    return opened != -1 and text.rfind(">", opened, offset) == -1 and _looks_like_tag(text, opened)


def _looks_like_tag(text: str, at: int) -> bool:
    nxt = text[at + 1:at + 2]
    return nxt.isalpha() or nxt in ("/", "!", "?")
