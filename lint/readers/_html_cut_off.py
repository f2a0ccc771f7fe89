"""A saved page that stops short: a download cut off mid-transfer, or a
crawler's size cap, leaves a page with `<html>` or `<body>` open and neither
end tag. Both end tags may be omitted by the HTML standard (WHATWG HTML
13.1.2.4, optional tags), but a news page that opens its document and closes
neither is, in practice, a partial file: the story's last paragraphs are
missing and its last sentence may stop mid-word, so the findings there say
little. A `file.html` warning says so, once, and everything read is linted.
"""
from __future__ import annotations

import regex

from ..document import Notice

_OPENED = regex.compile(r"<(?:html|body)[\s>/]", regex.IGNORECASE)
_END = regex.compile(r"</(?:body|html)\s*>", regex.IGNORECASE)
# The last comment, script or style sheet opened before a point (a backward search).
_BLOCK_OR_END = regex.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)"
                              r"|(</(?:body|html)\s*>)", regex.IGNORECASE | regex.DOTALL)
_LAST_OPEN = regex.compile(r"<!--|<(script|style)\b", regex.IGNORECASE | regex.REVERSE)


def body_end(source: str, start: int = 0):
    """The first `</body>` or `</html>` at or after `start` that is markup,
    not words of a comment, script or style sheet (each runs to its end, or
    to the file's, as a browser reads one never closed): its match, or None.
    The first end tag is nearly always markup, and is tried alone first;
    else one pass over the blocks finds it (linear, however many end tags
    the blocks hold)."""
    m = _END.search(source, start)
    if m is None or not _hidden(source, m.start()):
        return m
    for m in _BLOCK_OR_END.finditer(source, start):
        if m.group(2):
            return m
    return None


def _hidden(source: str, at: int) -> bool:
    """Is `at` inside a comment, script or style sheet? Only the last one
    opened before it can hold it (none nests)."""
    opened = _LAST_OPEN.search(source, 0, at)
    if opened is None:
        return False
    name = opened.group(1)
    close = "-->" if name is None else regex.compile(rf"</{name}\s*>", regex.IGNORECASE)
    if name is None:
        return source.find(close, opened.end(), at) == -1
    return close.search(source, opened.end(), at) is None


def cut_off(source: str) -> Notice | None:
    """The `file.html` notice for a page cut off before its end tags, or
    None. It stands at a tag left unfinished at the end (`<a href="...`
    with no `>`), else at the page's last character that is not white
    space."""
    # Any end tag written counts, even one a script or comment might hold:
    # telling those apart would need the page's full tokenizing (attributes,
    # <textarea>, <noscript>, CDATA, qa68 #7), and a warning on a whole page
    # costs more trust than one missed on a cut page.
    if not _OPENED.search(source) or _END.search(source):
        return None
    end = len(source.rstrip())
    if end == 0:
        return None
    lt = source.rfind("<", 0, end)
    at = lt if lt > source.rfind(">", 0, end) else end - 1
    return Notice("file.html", "warning",
                  "the page ends without </body> or </html>: it looks cut off (a partial "
                  "download or save), so the story may stop short; what was read is linted", at)

