"""The lines of a Markdown story above its first ordinary paragraph
(lint/readers/markdown.py reads the rest): a line that is only a date is the
dateline, a `By ...` line the byline (with the writer's line under it,
`Staff Writer`: `_byline_lines`), and a time stamp (`Published Dec. 3,
2026`), a release or embargo line or a writer's dated stamp (`Posted on
March 3, 2026 by Jane Doe`) is read by the functions the plain-text reader
reads them with (`_text_stamps.stamp_line` and `StampDates`,
`_release_lines.under_hed_line`), so a Hugo or Jekyll body with no date in
its front matter gives the same parts and date as the same lines in a .txt
file."""
from __future__ import annotations

from itertools import islice

from ..analysis.calendar import parse_date_line
from ..document import Document, Part
from ._byline_lines import byline_second_line
from ._conventions import date_line_date
from ._release_lines import StampBlock, under_hed_line
from ._stitch import OBJECT, marks_within, sub_part
from ._text_fields import BYLINE
from ._text_stamps import StampDates, stamp_line


def _rest(text: str, nl: int):
    """The lines of a paragraph after the one that ends at `nl` (-1: none),
    stripped, blank ones left out, split off one by one as they are asked for."""
    while nl != -1:
        next_nl = text.find("\n", nl + 1)
        line = text[nl + 1:len(text) if next_nl == -1 else next_nl].strip()
        if line:
            yield line
        nl = next_nl


class Above:
    """What the lines above a Markdown story gave so far: `present`, the
    kinds read ("dateline", "byline", "field"), and `stamps`, the date of
    its time stamp lines (`StampDates`, as in plain text)."""

    def __init__(self) -> None:
        self.present: set[str] = set()
        self.stamps = StampDates()


def read_preamble(doc: Document, part: Part, above: Above) -> Part | None:
    """Read the leading lines of a paragraph above the story: date line,
    byline, time stamp (`Published Dec. 3, 2026`: `stamp_line`), release
    line and dated writer's stamp each become their parts; what follows
    stays a paragraph (None when nothing does). `above`: what the lines
    read so far gave, updated. A stamp's date is the publication date when
    no front matter or file name gave one."""
    present = above.present
    pos = 0
    text = part.text
    tail = len(text.rstrip())       # the end of the paragraph's last line with text
    nl = -1
    rest = StampBlock(lambda: _rest(text, nl))      # the lines after the one read now
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl == -1 else nl
        line = text[pos:end].rstrip("\r").strip().strip(OBJECT)
        if not line:
            break
        stop = pos + len(text[pos:end].rstrip("\r").rstrip())
        lead = stop - len(text[pos:stop].lstrip())         # where the line's text starts

        def place(kind: str, start: int, end: int, **kw) -> Part:
            return sub_part(part, kind, lead + start, lead + end, **kw)

        if "dateline" not in present and parse_date_line(line, default_year=2000):
            present.add("dateline")
            date_line_date(doc, doc.add(sub_part(part, "dateline", pos, stop)), line)
        elif "byline" not in present and len(line) <= 100 and BYLINE.match(line):
            present.add("byline")
            # the writer's line under it (`Staff Writer`), as in plain text
            nxt = list(islice(_rest(text, nl), 2))
            if nxt and byline_second_line(nxt[0], nxt[1] if len(nxt) > 1 else None):
                nl = text.find("\n", nl + 1)
                stop = len(text.rstrip()) if nl == -1 else len(text[:nl].rstrip())
            doc.add(sub_part(part, "byline", pos, stop))
        elif OBJECT in text[lead:stop]:
            break
        elif (stamp := stamp_line(text[lead:stop])) is not None:
            above.stamps.add(doc, stamp, place("field", 0, stop - lead, name=stamp[0]))
            present.add("field")
        elif not under_hed_line(doc, text[lead:stop], nl == -1 or tail <= nl + 1, rest, present, place):
            break
        pos = len(text) if nl == -1 else nl + 1
    if pos == 0:
        return part
    while pos < len(text) and text[pos].isspace():
        pos += 1
    if pos == len(text):
        return None
    # the inline marks over the rest (a <q>, a link), rebased: a <q> there is a quote (qa372 #1);
    # footnote markers' source spans kept as they are (`kinds.time_form`: qa408 #1)
    attrs = {"inline": marks} if (marks := marks_within(part.attrs.get("inline", ()), pos, len(text))) else {}
    if notes := part.attrs.get("notes"):
        attrs["notes"] = notes
    return sub_part(part, "paragraph", pos, len(text), attrs=attrs)
