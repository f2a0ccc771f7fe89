"""`title-missing`: an article with no headline in any source.

A document-level check: it looks at the headline and every title field, and
reports at the very start of the file when there are none, because that is
where the headline belongs. Not when the front matter could not be read (a
`file.front-matter` error): the title is most likely in it, and that error
already says what to mend. Nor when the document holds only fields (dates,
ids): a NewsML-G2 item of metadata alone (a video's subjects and places), or
front matter with no title and no body, has no story to head.
"""
from __future__ import annotations

from .base import Finding, Kind


class TitleMissing(Kind):
    name = "title-missing"
    description = "Reports a document that has no headline or title field."
    default_scope = ("headline", "title")

    def check(self, doc, parts):
        if parts or all(p.kind == "field" for p in doc.parts) or any(
                n.rule == "file.front-matter" and n.level == "error" for n in doc.notices):
            return
        first = min(doc.parts, key=lambda p: p.source_offset(0))
        yield Finding(first, 0, 0)


KIND = TitleMissing
