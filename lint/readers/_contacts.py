"""A press release's contact block in Markdown and HTML, as the text reader
finds it in plain text: a paragraph under the story that opens with a
contact lead (`Contacts`, `Media contact: Jane Doe, 555-0100`:
`_text_fields.contact_head`), and the paragraphs of names, phones and emails
under it or under a heading that is such a lead (`### Media Contact`:
`contact_info`). Each becomes a `contact` part: no prose, so no date, quote
or name check reads it, but `hygiene.placeholder` still finds a `555-010-TK`
left in it. Shared by the Markdown and HTML readers (after `wire_dateline`)."""
from __future__ import annotations

from ..document import Document
from ._text_fields import contact_head, contact_info


def release_contacts(doc: Document) -> None:
    """Turn the contact paragraphs under a story's first paragraph into
    `contact` parts (in place; the part keeps its text and offsets)."""
    body = False          # a paragraph of the story read: a contact block may follow
    open_ = False         # the part above opened or was a contact block
    for part in doc.parts:
        if part.kind == "heading":
            open_ = body and contact_head(part.text.strip())
            continue
        if part.kind != "paragraph":
            continue
        lines = [line.strip() for line in part.text.split("\n") if line.strip()]
        if body and lines and (contact_head(lines[0]) or open_ and contact_info(lines)):
            part.kind, open_ = "contact", True
            continue
        open_, body = False, True
