"""What a case-sensitive site (Jekyll, Eleventy) does not read in front
matter, as the messages say it: the fields `frontmatter.mark_unread_case`
tags. Kept apart from the front-matter reader so that the engine's `-v`
line and the missing-headline kind load no YAML parser for it."""
from __future__ import annotations

from ..document import Document


def reads_only(key: str) -> str:
    """How a message names the one key a case-sensitive site reads:
    "lower-case `title`", or "`publishDate` as spelt"."""
    return f"lower-case `{key}`" if key.islower() else f"`{key}` as spelt"


def unread_date(doc: Document) -> str:
    """Why a publication date key in the front matter was not read
    (`mark_unread_case`): "`Date:` is not read: Jekyll reads only
    lower-case `date`", or "" when no such key is there."""
    part = next((p for p in doc.parts if p.attrs.get("unread", ("",))[0] == "date"), None)
    if part is None:
        return ""
    _, key, site = part.attrs["unread"]
    return f"`{part.name}:` is not read: {site} reads only {reads_only(key)}"
