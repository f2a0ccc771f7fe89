"""A word processor's own HTML: Google Docs' File > Download > Web page and
Word's Save as Web Page (nu29 #3).

Such a file is a fragment (no page chrome, no metadata) whose story opens
with lines styled, not marked: Docs writes its "Title" style as `<p
class="... title">` and "Subtitle" as `subtitle`, Word as `class=MsoTitle`
and `MsoSubtitle`, and a byline (`By Priya Raman`) and a date line (`Dec. 2,
2026`) are plain paragraphs. `read_export` gives those the kinds the
plain-text reader gives the same lines by their shape (`text.top_line_kind`,
one implementation): the title-styled paragraph is the headline, the
subtitle the dek, then the opening paragraphs are read as the text reader
reads its opening lines (headline, byline, dateline) until the first that is
prose. A date line dates the story, as in plain text. Parts keep their
offsets; only their kind changes.

An export is told by its markup alone: Docs' `<body class="... doc-content">`,
Word's `<meta name=Generator content="Microsoft Word ...">` or an `Mso` class.
"""
from __future__ import annotations

import regex

from ..analysis.calendar import parse_date_line
from ..document import Document

_DOCS = regex.compile(r"<body\b[^>]*\bclass\s*=\s*[\"']?[^\"'>]*\bdoc-content\b", regex.IGNORECASE)
_WORD = regex.compile(r"<meta\b[^>]*\bcontent\s*=\s*[\"']?Microsoft\s+Word\b|\bclass\s*=\s*[\"']?Mso[A-Z]",
                      regex.IGNORECASE)
# A paragraph in the "Title" or "Subtitle" style: Docs' class token, Word's class.
_STYLED = regex.compile(r"<p\b[^>]*\bclass\s*=\s*(?:\"[^\"]*?\b(?P<docs>title|subtitle)\b[^\"]*\"|"
                        r"[\"']?Mso(?P<word>Title|Subtitle)\b)[^>]*>", regex.IGNORECASE)
_STYLE_KINDS = {"title": "headline", "subtitle": "dek"}


def is_export(source: str) -> bool:
    """Whether an HTML fragment is a Google Docs or Word export."""
    return _DOCS.search(source) is not None or _WORD.search(source) is not None


def read_export(doc: Document) -> None:
    """Give the opening paragraphs of a word processor's export (`is_export`)
    their kinds: title and subtitle styles first, then the text reader's
    reading of opening lines, to the first paragraph that is prose."""
    from .text import top_line_kind

    styled = _styled(doc.source)
    present = set()
    state: dict = {}
    for part in doc.parts:
        if part.kind != "paragraph":
            if part.kind in ("headline", "dek", "byline", "dateline"):
                present.add(part.kind)
            continue
        kind = styled.get(_element_at(doc.source, styled, part.source_offset(0)))
        line = " ".join(part.text.split())
        if kind is None or kind in present:
            kind = top_line_kind(present, line, state) if line else None
        if kind is None:
            if line:
                return
            continue
        part.kind = kind
        present.add(kind)
        if kind == "dateline" and doc.published is None:
            doc.published, doc.published_from, doc.published_part = parse_date_line(line), "date line", part


def _styled(source: str) -> dict[int, str]:
    """Where each title- or subtitle-styled paragraph's text may start (its
    start tag's end) -> the part kind that style gives."""
    return {m.end(): _STYLE_KINDS[(m["docs"] or m["word"]).lower()] for m in _STYLED.finditer(source)}


def _element_at(source: str, styled: dict[int, str], at: int) -> int | None:
    """The styled paragraph whose text `at` (a part's first source offset)
    opens: the nearest start tag ending before it with no `</p>` between."""
    best = max((end for end in styled if end <= at), default=None)
    return best if best is not None and _CLOSE.search(source, best, at) is None else None


_CLOSE = regex.compile(r"</p\b", regex.IGNORECASE)
