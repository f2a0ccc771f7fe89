"""What a Markdown footnote cites, as against what it tells of the story.

A note often holds a citation in the Chicago Manual of Style's note form
(14.19-14.32): `Jane Kowalczyk, *Budget Notes* (City Press, 2019), 54.`,
its short form `Kowalczyk, 87.` or `Kowalczyk, *Budget Notes*, 87.`, or a
cited article, `"Council will vote on budget April 3," Springfield Gazette,
March 30, 2024.` The author named there is the cited work's, no person of
the story (a namesake is a second person only on the page's citation list,
and an author's page number is no age: qa395 #1, #5), and the cited title's
words and date are the cited piece's, told on its own day (qa395 #6).
"""
from __future__ import annotations

import regex

from ..document import Part
from ..regex_cache import SERIAL

# What may open a citation before its author: the note's start, or a
# semicolon between two citations, then "See", "See also", "Cf." or "Quoted in".
_OPENS = regex.compile(r"(?:^|;)\s*(?:(?:see(?:\s+also)?|cf\.|quoted\s+in)\s+)?$", regex.IGNORECASE)
# After the author: a comma and a page (the short form, "Kowalczyk, 87." or
# "p. 87;"), ending the citation.
_PAGE = regex.compile(r",\s*(?:pp?\.\s*)?\d+(?:[-–]\d+)?\s*(?:[.;]|$)")
# After the author: a comma and the cited title's first mark (a quote mark;
# `*`, `_` or `[` in the source: emphasis or a link's text).
_TITLE_AFTER = regex.compile(r",\s*")
# A quoted title: straight or curly double quotes on one line.
_QUOTED = regex.compile(r'"[^"\n]+"|“[^”\n]+”')
# Between a cited title's end and its piece's date: no stop, a comma last
# (`" Springfield Gazette, ` or `, `); after the date, the citation's end.
_BETWEEN = regex.compile(r"[^.;:!?\n]*,\s*")
_CITATION_END = regex.compile(r"\s*(?:[.;)\]]|$)")


def cited_author(part: Part, start: int, end: int, source: str) -> bool:
    """Is the name at part.text[start:end] (a `footnote` part, `flat` or
    not) the author a citation opens with: at the note's start (or after a
    semicolon, "See", "Cf."), then a comma and a page number
    (`Kowalczyk, 87.`) or the cited title (quoted, in emphasis or a link)?"""
    text = part.text
    if part.kind != "footnote" or _OPENS.search(text, max(0, start - 40), start, SERIAL) is None:
        return False
    if _PAGE.match(text, end, None, SERIAL) is not None:
        return True
    comma = _TITLE_AFTER.match(text, end, None, SERIAL) if text.startswith(",", end) else None
    if comma is None or comma.end() >= len(text):
        return False
    at = comma.end()
    if text[at] in '"“':
        return True
    mark = part.source_offset(at) - 1
    return mark >= 0 and source[mark] in "*_["


def cited_titles(part: Part) -> list[tuple[int, int]]:
    """Spans in part.text of what a note cites by title: a link's text, an
    emphasis, a quotation, each one a comma-separated item of the note
    (a comma follows it, or ends it inside its quote marks)."""
    text = part.text
    spans = [(s, e) for kind, s, e in part.attrs.get("inline", ()) if kind in ("link", "emphasis")]
    spans += [q.span() for q in _QUOTED.finditer(text)]
    return sorted((s, e) for s, e in spans
                  if text.startswith(",", e) or text[max(s, e - 2):e] in (',"', ",”"))


def cited_date(part: Part, start: int, end: int) -> bool:
    """Is the date at part.text[start:end] a cited piece's (a `footnote`
    part): inside a cited title (`cited_titles`), or the date after one
    that ends the citation (`"...," Springfield Gazette, March 30, 2024.`)?"""
    if part.kind != "footnote":
        return False
    text = part.text
    for s, e in cited_titles(part):
        if s <= start and end <= e:
            return True
        if e <= start and _BETWEEN.fullmatch(text, e, start) is not None \
                and _CITATION_END.match(text, end) is not None:
            return True
    return False
