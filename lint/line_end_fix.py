"""A fix across a line end that the text holds as LF and the file does not.

Two readers put a LF in a part's text where the file holds another line end:
a lone-CR file (old Mac files, some CMS exports) is read with each lone CR as
a LF (`readers._conventions.lone_cr_as_lf`), and an XML parser (NITF, WXR,
NewsML-G2) reads each CRLF and each lone CR as a LF (XML 1.0 section 2.11).
`Part.is_verbatim` refuses such a span, so a range wrapped over two lines was
fixed by its end alone (qa282 #1, qa289 #1), where the same story with LF line
ends is fixed whole. Here a span that is its source but for those line ends
takes its fix, each line end written as the file holds it at that place: a
span may hold a lone CR and the file's own LF or CRLF (qa295 #1).
"""
from __future__ import annotations

import re

# A line end as a unit: CRLF is one (XML 1.0 section 2.11, `LineIndex`).
LINE_END = re.compile(r"\r\n|\r|\n")


def line_end_fix(source: str, part, f_start: int, f_end: int, fix: str) -> str | None:
    """`fix` (a str) as it is written over part.text[f_start:f_end] into
    `source`, when that span is copied verbatim but for its line ends
    (`Part.is_verbatim` with `line_ends`: character by character, no escapes
    or references): each line end of the fix (LF, CRLF or CR) written as the
    file's line end at the same place in the span, in order. When the fix holds as many line ends as the
    span, the k-th is written as the span's k-th; when it holds none, it is
    written as it is; when it holds another number and the span has one form
    of line end only, each is written in that form. None (the fix is refused:
    its end alone is fixed) when the span is not verbatim so, or when its line
    ends differ in form and the fix's cannot be matched to them one by one
    (`Document.fix_judged` holds that as `line-ends`)."""
    forms: list[str] = []
    if not part.is_verbatim(source, f_start, f_end, line_ends=forms):
        return None
    return placed(fix, forms)


def placed(fix: str, forms: list[str]) -> str | None:
    """`fix` with its line ends written as `forms`, the line ends of the span
    it replaces as the file holds them, in order (`verbatim_but_line_ends`):
    as `line_end_fix` says; None when they cannot be matched one by one."""
    pieces = LINE_END.split(fix)
    if len(pieces) == 1:            # no line end to place: written whole (qa309 #1)
        return fix
    if len(pieces) - 1 != len(forms):
        if len(set(forms)) != 1:
            return None
        forms = forms[:1] * (len(pieces) - 1)
    return pieces[0] + "".join(form + piece for form, piece in zip(forms, pieces[1:]))


def verbatim_but_line_ends(source: str, part, start: int, end: int, s: int, e: int,
                           forms: list[str]) -> bool:
    """Is part.text[start:end] the source [s, e) character by character (as
    `Part.is_verbatim` compares them, no copy), but for a LF read from a CRLF
    or a lone CR? Each line end of the span is appended to `forms` as the
    source holds it ("\\n", "\\r\\n" or "\\r"). A span ending in a line
    end read from a CRLF is not (its end maps inside it)."""
    text, i, j = part.text, start, s
    while i < end:
        m = LINE_END.match(text, i, end)
        unit = m[0] if m else text[i]
        if unit == "\n" and (held := LINE_END.match(source, j)):
            form = held[0]          # a LF read from the file's line end there: LF, CRLF or a lone CR
        elif source.startswith(unit, j):
            form = unit
        else:
            return False
        if m:                       # a line end as the file holds it
            forms.append(form)
        i, j = i + len(unit), j + len(form)
    return j == e
