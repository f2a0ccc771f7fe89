"""Plain text, as wire copy and the seed are written.

Blocks are runs of non-empty lines; a first-line indent after a sentence
also starts a paragraph (wire copy). The first non-empty line is the headline
when it looks like one (`_opening_lines`, as a word processor's HTML reads it too: short, on its own line, not a
run of body sentences; a wire slug line before it is skipped), as BBC's
and PolNeAR's files open: wire copy and scraped bodies (FNC-1) often open
with body text or a dateline-led lede instead, which is no headline. A
short line that is only a date, above any body paragraph, is the dateline
and gives the publication date (under one, a subhead: `heading`); a headline may also follow the date line,
as a block of one line that does not end like a sentence (issue 12, case 11); `By ...` lines are bylines; photo credit and
caption lines are captions. A wire slug, a press release's `FOR IMMEDIATE
RELEASE` (and the contact block under it: `Media Contact:` to the blank
line) and a `Published June 5, 2026` line (which gives the publication
date; `_text_stamps`, which also reads one with its year right under a
standfirst or the byline) are fields above the story, never its headline; a release or embargo line under the hed is one
too, and its date is the publication date when no other line gives one (`_release_lines`, as is a
`Posted by Jane Doe on March 3, 2026` line: a byline and a `published` field). A wire dateline (`LONDON, March 3 (Reuters) -`)
opening the first paragraph becomes a `dateline` part too.

Budget lines opening the text (`HED: ...`, `DEK: ...`, `BY: ...`, `Slug:
...`: `_text_budget`; a wire slug line may stand over them) give those parts over the text after the label; AP's
bare slug (`STORM-CLEANUP`) over a line of prose is a field and that line
the hed. `Published`/`Updated` stamps are fields with or without a year
(the date only with one); AFP's lower-case `by Marie Dupont` is a byline,
and the paper's name alone under a byline is the byline's. A release's
contact block (under its notice, or `Contacts` at its foot) is a `contact`
part: no prose, but placeholders left in it are found. A newslint directive on a line of
its own is read (`_text_lines`) and the line is no prose, nor is an end mark
under the story (`-30-`, `###`: an `end-mark` field). A live-update log's
entries (`UPDATE 8:42 p.m.: ...`) are the story, not notes (`_live_log`). An
archive's abstract over the story (`ABSTRACT.`, a summary, `FULL TEXT.`) is a
paragraph marked `abstract` (`_text_abstract`). YAML
front matter opening the file is read as in Markdown (`front_matter`); when it
is there but cannot be read (broken YAML, a block never closed), no line of the
body is taken for the headline it holds.
"""
from __future__ import annotations

from itertools import islice

from .. import rx as regex

from ..document import ADVISORY_FIELDS, Document, Part
from ._byline_lines import byline_second_line
from ._live_log import live_log
from ._captions import editors_note
from ._conventions import dateline_part, lone_cr_as_lf, lone_dateline, wire_dateline
from ._release_lines import StampBlock, dated_byline, release_date, under_dek, under_hed_field
from ._text_abstract import abstract_at
from ._text_budget import front_matter, read_budget, rule_lines
from ._opening_lines import Opening, byline_line, dek_lines, record_top_line
from ._text_dek import text_dek
from ._text_foot import foot_stamp
from ._text_fields import BYLINE, contact_head, contact_info, contact_line, field_line, plain_slug
from ._text_stamps import StampDates, stamp_line, under_top
from ._text_lines import add_end_marks, directive_lines, end_marks, indented_paragraphs, split_at_captions, trim
from .patterns import URL, mask_spans, may_hold_url

__all__ = ["BYLINE", "FORMAT", "blocks", "lines", "read", "trim"]

FORMAT = "text"


def blocks(source: str, start: int = 0, end: int | None = None, skip: frozenset[int] = frozenset()):
    """Yield (start, end) of each run of non-blank lines, trailing newline
    excluded; a line starting at an offset in `skip` counts as blank."""
    end = len(source) if end is None else end
    pos, block_start, last_end = start, None, start
    while pos < end:
        nl = source.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        content_end = line_end - 1 if line_end > pos and source[line_end - 1] == "\r" else line_end
        if source[pos:content_end].strip() and pos not in skip:
            if block_start is None:
                block_start = pos
            last_end = content_end
        elif block_start is not None:
            yield block_start, last_end
            block_start = None
        pos = line_end + 1
    if block_start is not None:
        yield block_start, last_end


def lines(source: str, start: int, end: int):
    """(start, end) of each line in [start, end), without the line break."""
    pos = start
    while pos <= end:
        nl = source.find("\n", pos, end)
        line_end = end if nl == -1 else nl
        stop = line_end - 1 if line_end > pos and source[line_end - 1] == "\r" else line_end
        yield pos, stop
        if nl == -1:
            break
        pos = nl + 1


def read(doc: Document, start: int = 0, end: int | None = None) -> None:
    """Fill doc with the parts of source[start:end] (front matter already
    handled); a lone CR ends a line as LF does (`lone_cr_as_lf`)."""
    lone_cr_as_lf(doc, _read, start, end)


def _read(doc: Document, start: int, end: int | None) -> None:
    src = doc.source
    said = len(doc.notices)
    if start == 0 and src.startswith("---"):
        start = front_matter(doc)
    top = Opening()               # the text's top lines so far (`top.seen`: a hed or prose read)
    links = may_hold_url(src, start, end)
    # The kinds the top lines' reading asks about (headline, byline, dateline, field, stamp), as
    # read so far: what `doc.first` would find for them, without a scan per line. The dek read
    # under the hed, a paragraph or a caption is not added: no reading after it asks (qa212 LOW).
    present = {p.kind for p in doc.parts}
    if any(n.unread_front for n in doc.notices[said:]) or doc.headline_at is not None:
        # front matter there but unreadable holds the hed: none is taken from the body, whose
        # lede a titles fix would cut (fx121 #1); its error is the one finding about it.
        # So does a front-matter title with no text (`title: ""`): the missing headline says so
        present.add("headline")
    in_body = False               # a paragraph read: no more heading lines
    released = False              # a press release's notice read: its contact block may follow
    opening = True                # the text's first block: budget lines and a slug may open it
    contacts_open = False         # the block above was a contact block: more contacts may follow
    stamps = StampDates()         # the date the `Published`/`Updated` lines give
    summary = None                # where the archive's abstract starts, once read (`_text_abstract`)
    under_hed = 0                 # blocks begun since the hed was read: the abstract is the first
    ends = end_marks(src, start, end)     # `-30-`, `###` under the story: `end-mark` fields, read as blank
    for b_start, b_end in blocks(src, start, end, directive_lines(doc, src, start, end) | rule_lines(src, start, end)
                                 | ends.keys()):
        line_spans = list(lines(src, b_start, b_end))
        under_hed += "headline" in present
        rest = StampBlock(lambda: (src[s:e].strip() for s, e in islice(line_spans, 1, None)))
        if opening:
            opening = False
            if len(line_spans) > 1 and field_line(src[slice(*trim(src, *line_spans[0]))]) == "slug":
                # AP's slug line over the budget lines (`BC-US-Storm-Power,0587` over `HED: ...`)
                doc.add(Part.from_slice("field", src, *trim(src, *line_spans.pop(0)), name="slug"))
                present.add("field")
            taken = read_budget(doc, src, [trim(src, *s) for s in line_spans], present)
            del line_spans[:taken]
            top.seen = "headline" in present and taken > 0
        if len(line_spans) == 1 and under_hed == 1:   # one block alone: `under_hed` only grows
            summary = abstract_at(src, trim(src, *line_spans[0])[0], end)     # `ABSTRACT.` opens an archive's
        while line_spans:
            l_start, l_end = trim(src, *line_spans[0])
            line = src[l_start:l_end]
            field = field_line(line) if not top.seen else under_hed_field(line, len(line_spans) == 1) if not in_body else None
            if not field and not top.seen and "headline" not in present and _slug_over_hed(src, line, line_spans):
                field = "slug"
            if field:          # a wire slug, an editors' note or a release notice: kept out of prose; a hed may follow
                doc.add(Part.from_slice("field", src, l_start, l_end, name=field,
                                        attrs={"copy_line": True} if field in ADVISORY_FIELDS else {}))
                present.add("field")
                released = released or field == "release"
                line_spans.pop(0)
                continue
            if released and not top.seen and contact_line(line):
                # the release's contact (`Media Contact:`, a name, a phone, an email) to the block's end
                c_start, c_end = trim(src, l_start, line_spans[-1][1])
                doc.add(Part.from_slice("contact", src, c_start, c_end))
                line_spans = []
                break
            stamp = stamp_line(line) if not in_body else under_top(doc, line, lambda: _over_story(
                src, line_spans, b_end, end))
            if stamp is not None:       # `Published June 5, 2026`, `Updated 5:32 p.m. ET, Oct. 14`
                stamps.add(doc, stamp, Part.from_slice("field", src, l_start, l_end, name=stamp[0]))
                present.add("field")
                line_spans.pop(0)
                continue
            if (not in_body or under_dek(doc)) and dated_byline(doc, src, l_start, l_end, present, rest):
                top.seen = top.seen or "headline" in present    # a stamp over the hed: a hed may follow
                line_spans.pop(0)
                continue
            if not in_body and (wire := lone_dateline(doc, line)):
                top.seen = True      # `SACRAMENTO --` over the lede: no hed
                if len(line_spans) == 1:
                    dateline_part(doc, wire, src, l_start, l_end)
                    present.add("dateline")
                    line_spans.pop(0)
                    continue
            kind = top.kind(present, line, src, line_spans, in_body=(
                lambda: not _by_byline(doc, src, line_spans, l_end, end)) if in_body else None)
            if kind is None:
                break
            if kind == "byline" and len(line_spans) > 1:    # `Associated Press Writer` under it
                n_start, n_end = trim(src, *line_spans[1])
                after = src[slice(*trim(src, *line_spans[2]))] if len(line_spans) > 2 else None
                if byline_second_line(src[n_start:n_end], after):
                    l_end = n_end
                    line_spans.pop(0)
            record_top_line(doc, doc.add(Part.from_slice(kind, src, l_start, l_end)), present, line)
            line_spans.pop(0)
            if kind == "headline" and (n := _dek_in_block(doc, src, line, line_spans, present, end)):
                doc.add(Part.from_slice("dek", src, trim(src, *line_spans[0])[0], trim(src, *line_spans[n - 1])[1]))
                del line_spans[:n]      # the byline or photo credit under it is read next
        if not line_spans:
            continue
        head = line     # the block's first line, trimmed: the loop above stopped at it
        if top.seen and (contact_head(head) or contacts_open and contact_info(
                [src[slice(*trim(src, *s))] for s in line_spans])):
            # a release's contact block at its foot (`Contacts`, then names, phones, emails), and
            # each block of names and phones under it (`Media contacts:` over a blank line)
            doc.add(Part.from_slice("contact", src, *trim(src, line_spans[0][0], line_spans[-1][1])))
            contacts_open = True
            continue
        contacts_open = False
        if in_body and foot_stamp(doc, src, line_spans, end, ends.keys(), present):
            continue        # `Posted by Communications Staff on Nov. 30, 2026` closing the text
        if not in_body and len(line_spans) == 1 and text_dek(doc, head, src, (d := trim(src, *line_spans[0]))[0],
                                                             b_end, end):
            doc.add(Part.from_slice("dek", src, *d))    # the subhead under the hed
            continue
        # a correction or editor's note over the story (`Correction: ...`) is prose, and a hed may follow it
        note = not top.seen and editors_note(head)
        for run in indented_paragraphs(src, line_spans):
            for p_start, p_end, kind in split_at_captions(src, run, run[-1][1]):
                part = _prose_part(kind, src, p_start, p_end, links) if kind == "paragraph" \
                    else Part.from_slice(kind, src, p_start, p_end)
                if p_start == summary:
                    part.attrs["abstract"] = True
                doc.add(part)
        top.seen = in_body = not note
        top.after_note = note
    wire_dateline(doc)
    live_log(doc)
    release_date(doc)
    add_end_marks(doc, ends)


def _by_byline(doc: Document, src: str, line_spans: list[tuple[int, int]], after: int, end: int | None) -> bool:
    """Whether the line that `line_spans` opens (ending at `after`) stands
    next to a byline: the part before it is one, or the next non-blank line
    (in its block, else the next block's first) reads as one. A date line
    there is the story's dateline even under a paragraph (a standfirst or an
    editor's note over the byline), never a blotter's subhead."""
    if doc.parts and doc.parts[-1].kind == "byline":
        return True
    if len(line_spans) > 1:
        nxt = src[slice(*trim(src, *line_spans[1]))]
    else:
        stop = len(src) if end is None else end
        n_start, n_end = trim(src, after, stop)
        nl = src.find("\n", n_start, min(n_end, n_start + 102))     # (a byline is at most 100 long)
        nxt = src[n_start:min(n_end, n_start + 102) if nl == -1 else nl].rstrip()
    return byline_line(nxt)


def _dek_in_block(doc: Document, src: str, hed: str, line_spans: list[tuple[int, int]], present: set[str],
                  end: int | None) -> int:
    """How many of `line_spans`, the lines left under the hed `hed` in its
    block, are the hed's dek (one, or two when it wraps), with a byline or a
    photo credit under it (`dek_lines`, nu48 #3, qa206 #1) and the story
    below that line, in the block or under it (`text_dek`); 0 for none."""
    n = dek_lines(present, hed, [src[slice(*trim(src, *s))] for s in line_spans[:4]])
    if not n:
        return 0
    d_start, d_end = trim(src, line_spans[0][0], line_spans[n - 1][1])
    dek = " ".join(src[d_start:d_end].split())
    return n if text_dek(doc, dek, src, d_start, trim(src, *line_spans[n])[1], end) else 0


def _over_story(src: str, line_spans: list[tuple[int, int]], b_end: int, end: int | None) -> bool:
    """Whether the story goes on under the line that `line_spans` (a block
    ending at `b_end`) opens: a byline is the next line of the block, or the
    line is its block and text follows."""
    if len(line_spans) > 1:
        return byline_line(src[slice(*trim(src, *line_spans[1]))])
    return _TEXT.search(src, b_end, len(src) if end is None else end) is not None


_TEXT = regex.compile(r"\S")


def _slug_over_hed(src: str, line: str, line_spans: list[tuple[int, int]]) -> bool:
    """Whether the text's first line is a bare slug over the hed (AP's
    `STORM-CLEANUP`, `WILDFIRE`, `WILDFIRE-EVAC 2NDLD`: `plain_slug`) with a line of prose under it in the same
    block: the slug names the story, the line under it is the hed. A line
    closed with a full stop is a lede's (`COVID-19` over `Health officials
    reported 1,200 new cases.`: a kicker or a label, no slug), as no hed
    ends with one."""
    if len(line_spans) < 2 or not plain_slug(line):
        return False
    nxt = src[slice(*trim(src, *line_spans[1]))]
    return " " in nxt and any(c.islower() for c in nxt) and not nxt.endswith(".")


def _prose_part(kind: str, src: str, start: int, end: int, links: bool = True) -> Part:
    """A part whose URLs are cut out, so that they are never linted as prose.
    `links=False`: the caller knows the text holds none."""
    if not links:
        return Part.from_slice(kind, src, start, end)
    return mask_spans(kind, src, start, end, [m.span() for m in URL.finditer(src, start, end)])
