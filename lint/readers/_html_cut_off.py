"""A saved page that stops short: a download cut off mid-transfer, or a
crawler's size cap, leaves a page with `<html>` or `<body>` open and neither
end tag. Both end tags may be omitted by the HTML standard (WHATWG HTML
13.1.2.4, optional tags), but a news page that opens its document and closes
neither is, in practice, a partial file: the story's last paragraphs are
missing and its last sentence may stop mid-word, so the findings there say
little. A `file.html` warning says so, once, and everything read is linted.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Notice
from ._no_body import BODY_END

_OPENED = regex.compile(r"<(?:html|body)[\s>/]", regex.IGNORECASE)


def cut_off(source: str) -> Notice | None:
    """The `file.html` notice for a page cut off before its end tags, or
    None. It stands at a tag left unfinished at the end (`<a href="...`
    with no `>`), else at the page's last character that is not white
    space."""
    # Any end tag written counts, even one a script or comment might hold:
    # telling those apart would need the page's full tokenizing (attributes,
    # <textarea>, <noscript>, CDATA, qa68 #7), and a warning on a whole page
    # costs more trust than one missed on a cut page.
    if not _OPENED.search(source) or BODY_END.search(source):
        return None
    end = len(source.rstrip())
    if end == 0:
        return None
    lt = source.rfind("<", 0, end)
    at = lt if lt > source.rfind(">", 0, end) else end - 1
    return Notice("file.html", "warning",
                  "the page ends without </body> or </html>: it looks cut off (a partial "
                  "download or save), so the story may stop short; what was read is linted", at)

