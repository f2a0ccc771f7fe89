"""Where an HTML comment ends, as a browser reads it (WHATWG HTML 13.2.5.43-52,
and golang.org/x/net/html, which Vale reads with): at its first `-->` or
`--!>`, or at once when empty (`<!-->`, `<!--->`); a `<!--` before its end is
the comment's text. Markdown hands a comment on to the browser as it is
written, so the same holds there. In XML (NITF, NewsML-G2) a comment ends at
its first `-->` only (XML 1.0 section 2.5). The one reading of both
directive readers, newslint's (`suppress.find_directives`) and Vale's
(`suppress_vale.vale_directives`). Imports no module of newslint's.
"""
from __future__ import annotations

from typing import Iterator

from . import rx as regex

# A comment's end (WHATWG 13.2.5.50-52): `-->`, or `--!>`; in XML, `-->`.
END = r"--!?>"
_END = regex.compile(END)
_XML_END = regex.compile(r"-->")


def comment_end(source: str, at: int, stop: int, xml: bool = False) -> tuple[int, int] | None:
    """(where its text ends, where it ends): offsets in `source` of the
    comment whose `<!--` is at source[at], read no further than `stop`;
    None when it is not closed before `stop`. An empty one (`<!-->`,
    `<!--->`, not in XML) is (at + 4, just past its `>`)."""
    if not xml:
        empty = next((len(e) for e in (">", "->") if source.startswith(e, at + 4, stop)), 0)
        if empty:
            return at + 4, at + 4 + empty
    close = (_XML_END if xml else _END).search(source, at + 4, stop)   # (the first of either: linear)
    return None if close is None else close.span()


def comments(source: str, start: int = 0, stop: int | None = None,
             xml: bool = False) -> Iterator[tuple[int, int, int]]:
    """(start, where its text ends, end) of each comment in source[start:stop],
    in source order (`comment_end`): a `<!--` inside one is its text, and one
    left open ends the walk, as no later `<!--` opens a comment. Linear."""
    stop = len(source) if stop is None else stop
    pos = start
    while (at := source.find("<!--", pos, stop)) != -1:
        span = comment_end(source, at, stop, xml)
        if span is None:
            return
        yield at, span[0], span[1]
        pos = span[1]
