"""`file.no-body`: a Markdown file of front matter and no story under it (nu29
#2: a student handed in the template, title, date and author, and got no
finding at all). A page that is meant to have no body is left alone: one
whose front matter points elsewhere (a link post's `source_url:`, a
`redirect_to:`: any value that is a URL or a site path), one its `layout:`
fills, and a Hugo section's `_index.md` (a list of other pages). Of the
mdrepos corpora's 36 front-matter-only files, all are link posts."""
from __future__ import annotations

import os

import regex

from ..document import Document, Notice

# A front matter line whose value is a URL or a site path (YAML `key: "https://...`,
# TOML `key = "/..."`, JSON `"key": "https://...`), or that names a layout.
_ELSEWHERE = regex.compile(r"""^[ \t]*["']?[\w.-]+["']?[ \t]*[:=][ \t]*["']?(?:https?://|/)""", regex.M)
_LAYOUT = regex.compile(r"""^[ \t]*["']?layout["']?[ \t]*[:=]""", regex.M | regex.I)


def no_body(doc: Document, start: int, end: int, body: int) -> None:
    """Add the `file.no-body` warning, at 1:1, when nothing but white space
    follows the front matter whose content is `doc.source[start:end]` (the
    body starts at `body`), unless the page is meant to have none."""
    src = doc.source
    if src[body:].strip() or os.path.basename(doc.path).lower().startswith("_index."):
        return
    fields = src[start:end]
    if _ELSEWHERE.search(fields) or _LAYOUT.search(fields):
        return
    doc.notices.append(Notice("file.no-body", "warning", "front matter and no story under it: "
                                                         "nothing to lint but its fields"))
