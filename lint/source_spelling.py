"""A fix written in the source's own spelling, where the text it replaces
reads a space from a character reference or a lone CR (qa271 #2, fx385).

A part's text decodes `&nbsp;` to U+00A0 and reads a lone-CR file's line
ends as LF, so a fix over such a span (`11\u00a0to\u00a012 noon` ->
`11 a.m.\u00a0to\u00a0noon`, `1:00 -\n2:00 PM` -> `1 -\n2 p.m.`) cannot be
copied into the file as it stands: it would write a raw no-break space for
the entity, or an LF into a CR file. `in_source` writes each run of the
text the fix leaves as it was in the source's spelling (`&nbsp;`, `\r`) and
only what the fix changes in its own, when every character of the span
maps to the source next to the one before it (no markup between, inside or
round them: that is `source_markup.unverbatim`'s business, and stays held),
each one the source spells otherwise is white space (a horizontal space
reads the same however it is spelled: fx411; any other reference, such as
`&ndash;` or `&amp;`, is held as before) and what the fix writes is plain
(letters, figures, spaces, `.`, `:`, a dash): nothing the file's format
would read otherwise.
"""
from __future__ import annotations

import regex

# What a fix may write in its own spelling: nothing a format reads as markup or an escape.
_PLAIN = regex.compile(r"[\p{L}\p{N}\t\p{Zs}.:\u2013-]*")


def _char_end(source: str, part, i: int, f_end: int, end: int) -> int:
    """One past the source of `part.text[i]`: where the next character of the
    span (or the span, `end`) starts when what stands between is a legacy
    entity for that space, with no semicolon (`&nbsp ` in HTML 5, which the
    escape pattern leaves out: qa277 #8); else `Part.source_span`'s end."""
    at = part.source_span(i, i + 1, source)[1]
    after = part.source_offset(i + 1) if i + 1 < f_end else end
    start = part.source_offset(i)
    if after > at and part.text[i].isspace() and source.startswith("&", start):
        from html import unescape       # a page's legacy entity only: a plain run never loads html
        if unescape(source[start:after]) == part.text[i]:
            return after
    return at


def in_source(source: str, part, f_start: int, f_end: int, start: int, end: int, fix: str) -> str | None:
    """What a fix writing `fix` over `part.text[f_start:f_end]` (source
    [start, end)) writes into the source, or None when it cannot be told."""
    at, bounds = start, []
    for i in range(f_start, f_end):
        if part.source_offset(i) != at:
            return None        # markup (or anything the text leaves out) between two characters
        bounds.append(at)
        at = _char_end(source, part, i, f_end, end)
        if source[bounds[-1]:at] != part.text[i] and not part.text[i].isspace():
            return None        # only a space is read otherwise (`&nbsp;`, a lone CR): `&ndash;`, `&amp;` are held
    if at != end:
        return None
    bounds.append(end)
    from difflib import SequenceMatcher     # only for a span spelled otherwise (a plain run never gets here)
    text, out = part.text[f_start:f_end], []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, text, fix, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(source[bounds[i1]:bounds[i2]])
        elif _PLAIN.fullmatch(fix[j1:j2]):
            out.append(fix[j1:j2])
        else:
            return None
    return "".join(out)
