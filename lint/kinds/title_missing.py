"""`title-missing`: an article with no headline in any source.

A document-level check: it looks at the headline and every title field, and
reports at the very start of the file when there are none, because that is
where the headline belongs (in a NewsML-G2 item, at its `contentMeta`, else
the `newsItem`, nu27 #11; in a WordPress post, at its empty `title`, else its
`item`: `Document.headline_at`). Not when the front matter could not be read (a
`file.front-matter` error, or its block never closed: nu30 #4): the title is
most likely in it, and that finding already says what to mend. Nor when the document holds only fields (dates,
ids): a NewsML-G2 item of metadata alone (a video's subjects and places), or
front matter with no title and no body, has no story to head. When the site
reads front-matter keys in their case only (Jekyll, Eleventy) and a title
key is there in another case (`Title:`), the finding stands on that key's
value and says so (`message-unread`, nu20 #4). When the reader found headline
fields with no text in them (a JSON Lines `"headline": ""` with an empty
`title`, a front-matter `title: ""`), the finding stands on the first one's
value and says what each holds (`message-empty`, `Document.headline_said`),
not that there is none; a headline or title part with no text is none.
"""
from __future__ import annotations

from ..document import Part
from ..readers._fm_unread import reads_only
from .base import Finding, Kind, Option


class TitleMissing(Kind):
    name = "title-missing"
    placeholders: frozenset[str] = frozenset()      # `message:` names nothing; the others:
    message_placeholders = {"message-unread": frozenset({"key", "reads", "site"}),
                            "message-empty": frozenset({"said"})}
    description = "Reports a document that has no headline or title field."
    default_scope = ("headline", "title")
    options = {
        "message-unread": Option(str, "", help="message when a title key in another case is not read: "
                                 "{key} (as written), {site} and {reads} (the key the site reads)"),
        "message-empty": Option(str, "", help="message when the reader found headline fields with no "
                                "text in them: {said} (`'headline' is empty and 'title' is null`)"),
    }

    def check(self, doc, parts):
        parts = [p for p in parts if p.text.strip()]     # an empty `title: ""` heads nothing
        if parts or all(p.kind == "field" or not p.text.strip() for p in doc.parts) or any(
                n.rule == "file.front-matter" and (n.level == "error" or n.unread_front) for n in doc.notices):
            return
        unread = next((p for p in doc.parts if p.attrs.get("unread", ("",))[0] == "headline"), None)
        if unread is not None and self.opts["message-unread"]:
            _, reads, site = unread.attrs["unread"]
            yield Finding(unread, 0, 0, message=self.opts["message-unread"],
                          args={"key": unread.name, "site": site, "reads": reads_only(reads)})
            return
        if doc.headline_at is not None:     # (a NewsML item's contentMeta, a WXR post's title)
            said = {"message": self.opts["message-empty"], "args": {"said": doc.headline_said}} \
                if doc.headline_said and self.opts["message-empty"] else {}
            yield Finding(Part("headline", "", ((0, doc.headline_at),)), 0, 0, **said)
            return
        first = min(doc.parts, key=lambda p: p.source_offset(0))
        yield Finding(first, 0, 0)


KIND = TitleMissing
