"""A fix across a lone-CR line end (old Mac files, some CMS exports).

A lone-CR file is read with each lone CR as a LF (`readers._conventions.
lone_cr_as_lf`), so a part's text holds a LF where its source holds a CR, and
`Part.is_verbatim` refuses any fix across such a line end: a range wrapped over
two lines was then fixed by its end alone (qa282 #1), where the same story with
LF or CRLF line ends is fixed whole. Here a span that differs from its text in
those line ends alone takes its fix, written with the file's own CR for each LF.
"""
from __future__ import annotations


def lone_cr_fix(source: str, part, f_start: int, f_end: int, fix: str) -> str | None:
    """`fix` (a str) as it is written over part.text[f_start:f_end] into
    `source` when that span is the text but for lone CRs read as LF: each LF
    of the fix becomes a CR. None when it is not so: no CR in the span, a LF
    in it too (a CRLF's, or a file mixing line ends within the span: its LF
    would be written as CR, qa289 #2), or a span not copied verbatim
    otherwise (escapes, references, template text: `Part.is_verbatim` with
    the span's CRs read as LF, on the source itself: no copy per finding,
    qa295 #2). A LF right after the span is no
    matter: the span ends before it (`10:00<CR>AM<LF>` is fixed whole)."""
    start, end = part.source_span(f_start, f_end, source)
    written = source[start:end]
    if "\r" not in written or "\n" in written:
        return None
    if not part.is_verbatim(source, f_start, f_end, lone_cr=True):
        return None
    return fix.replace("\r\n", "\r").replace("\n", "\r")
