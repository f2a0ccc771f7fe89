"""A word processor's own HTML: Google Docs' File > Download > Web page and
Word's Save as Web Page (nu29 #3).

Such a file is a fragment (no page chrome, no metadata) whose story opens
with lines styled, not marked: Docs writes its "Title" style as `<p
class="... title">` and "Subtitle" as `subtitle`, Word as `class=MsoTitle`
and `MsoSubtitle`, and a byline (`By Priya Raman`) and a date line (`Dec. 2,
2026`) are plain paragraphs. `read_export` gives those the kinds the
plain-text reader gives the same lines by their shape (`_opening_lines.Opening`,
one implementation): the title-styled paragraph is the headline, the
subtitle the dek, then the opening paragraphs are read as the text reader
reads its opening lines (headline, byline, dateline) until the first that is
prose. A date line dates the story, as in plain text (`record_top_line`). Parts keep their
offsets; only their kind changes.

An export is told by its markup alone: Docs' `<body class="... doc-content">`,
Word's `<meta name=Generator content="Microsoft Word ...">` or an `MsoTitle`/`MsoSubtitle` class.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document

# A tag is read up to the next `<` or `>`, so a run of unclosed tags (`<body<body...`) is
# scanned once; its class is read from the tag's own text.
_TAG = regex.compile(r"<(?P<name>body|meta|p)\b(?P<attrs>[^<>]*)>", regex.IGNORECASE)
_CLASS = regex.compile(r"\bclass\s*=\s*(?:\"(?P<q>[^\"]*)\"|'(?P<s>[^']*)'|(?P<bare>[^\s\"'=<>`]+))", regex.IGNORECASE)
_WORD_META = regex.compile(r"\bcontent\s*=\s*[\"']?Microsoft\s+Word\b", regex.IGNORECASE)
# Word's own Title or Subtitle style; a pasted `MsoNormal` paragraph alone marks no export (qa65 #2)
_MSO = regex.compile(r"\bclass\s*=\s*[\"']?Mso(?:Title|Subtitle)\b")
# A paragraph in the "Title" or "Subtitle" style: Docs' class token, Word's class.
_STYLE_KINDS = {"title": "headline", "subtitle": "dek", "msotitle": "headline", "msosubtitle": "dek"}


def _classes(attrs: str) -> list[str]:
    m = _CLASS.search(attrs)
    return [] if m is None else (m["q"] or m["s"] or m["bare"] or "").lower().split()


def is_export(source: str) -> bool:
    """Whether an HTML fragment is a Google Docs or Word export."""
    if _MSO.search(source) is not None:
        return True
    for m in _TAG.finditer(source):
        name = m["name"].lower()
        if name == "body":
            return "doc-content" in _classes(m["attrs"])
        if name == "meta" and _WORD_META.search(m["attrs"]):
            return True
    return False


def read_export(doc: Document) -> None:
    """Give the opening paragraphs of a word processor's export (`is_export`)
    their kinds: title and subtitle styles first, then the text reader's
    reading of opening lines, to the first paragraph that is prose."""
    from ._opening_lines import Opening, record_top_line

    styled = _styled(doc.source)
    present = set()
    top = Opening()
    for part in doc.parts:
        if part.kind != "paragraph":
            if part.kind in ("headline", "dek", "byline", "dateline"):
                present.add(part.kind)
            continue
        line = " ".join(part.text.split())
        if not line:
            continue
        kind = styled.get(_element_at(doc.source, styled, part.source_offset(0)))
        if kind is None or kind in present:
            kind = top.kind(present, line)
        if kind is None:
            return
        part.kind = kind
        record_top_line(doc, part, present, line)


def _styled(source: str) -> dict[int, str]:
    """Where each title- or subtitle-styled paragraph's text may start (its
    start tag's end) -> the part kind that style gives."""
    styled = {}
    for m in _TAG.finditer(source):
        if m["name"].lower() == "p":
            kind = next((_STYLE_KINDS[c] for c in _classes(m["attrs"]) if c in _STYLE_KINDS), None)
            if kind is not None:
                styled[m.end()] = kind
    return styled


def _element_at(source: str, styled: dict[int, str], at: int) -> int | None:
    """The styled paragraph whose text `at` (a part's first source offset)
    opens: the nearest start tag ending before it with no `</p>` between."""
    best = max((end for end in styled if end <= at), default=None)
    return best if best is not None and _CLOSE.search(source, best, at) is None else None


_CLOSE = regex.compile(r"</p\b", regex.IGNORECASE)
