"""A press release's notice and embargo lines as the plain-text reader meets
them (lint/readers/text.py), and the writer's stamp that names its date on
the byline's line.

A release says when it may run: `FOR RELEASE: June 5, 2026`, `EMBARGOED
UNTIL 12:01 a.m. ET, June 5, 2026`. That is its publication date as far as
the copy desk knows, so when nothing in the text states a better one (a date
line, a `Published` stamp, a wire dateline with its year, front matter) the
release line's date is taken (`release_date`), and `published_from` says
which line gave it. Its year is needed (a day alone is a guess), and an
implausible date (`implausible_publication`: before 1800, or more than a
year ahead; a date next week is the embargo a release is linted before, so
`_conventions.PLANNED_RUN_SOURCES` lets it stand) is refused with the
`file.implausible-date` notice the other sources give.

An embargo line may stand under the hed as well as over it (a desk's
layout: hed, embargo, dateline); there it is the same field, never the
story's first paragraph (`under_hed_field`), when it ends its block and
reads as one by the grammar of `_wire_advisory.release_line`: a lede may
open with the same words ("Embargoed until March 3, 2026, the city audit
was given to reporters"), and runs on in words no caveat holds. Its date,
read in the notice before any caveat (`notice_head`), is the publication
date when nothing else gives one, over the hed as well.

`Posted by Jane Doe on March 3, 2026` is the byline and the date on one line
(`stamp_pieces`; so are `Posted on March 3, 2026 by Jane Doe` and `Posted by
Jane Doe | March 3, 2026 | 4:15 pm`, under the hed or a dek): the byline part
is the stamp's words over the writer's names, and the date
is the CMS's stamp, a `published` field over the date alone (as a `Published
June 5, 2026` line is a field), which gives the publication date. Not a
`dateline`: the date is the template's, not the writer's, so the style
rules on a date's form (`Sept 3rd`) leave it alone, as they leave a
blog's post-meta line; the fact checks that read fields (an impossible
date, a weekday that does not match) still read it. The clock time after it
is in no part.

The Markdown reader reads these lines above its story with the same
function (`under_hed_line`, from `_md_preamble`).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS, parse_date_line
from ..analysis.word_patterns import phrase_alternation
from ..document import Document, Part
from ..rule_cache import load_data
from ._conventions import refused_date
from ._text_fields import EDS_NOTE, byline_stamp, field_line
from ._text_stamps import add_updates, stamp_line
from ._wire_advisory import WEEKDAY_BEFORE, notice_head, release_line

# A calendar date with its year inside a release line: `June 5, 2026`, `Jun. 5 2026`,
# `5 June 2026`, `2026-06-05` (lint.analysis.calendar's month words).
_DATE_IN_LINE = regex.compile(
    rf"(?i)\b(?:(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\.?,?\s+\d{{4}}"
    r"|\d{4}-\d{1,2}-\d{1,2})\b")


@lru_cache(maxsize=1)
def _embargo_lead() -> regex.Pattern:
    """An embargo line's opening words (`embargo_leads` in lint/data/plain_text.yaml)."""
    return regex.compile(rf"(?i)\s*(?:{phrase_alternation(load_data('plain_text.yaml')['embargo_leads'])})\b")



# A day of a month, month first or day first, its year perhaps (`June 5, 2026`, `5 June`):
# read by a stamp's `_STAMP_DAY` (a release line's are `_wire_advisory`'s).
_MONTH_DAY = (rf"(?:(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
              rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_WORDS})\.?(?:,?\s+\d{{4}})?)")


def under_hed_field(line: str, alone: bool) -> str:
    """The field name of a line between the hed and the story's first
    paragraph that is no prose: `eds` for a wire's note to editors, `release`
    for a release notice or an embargo that is its block's last line
    (`alone`: no line of the block after it), read by the grammar it is
    read by over the hed (`field_line`: `_wire_advisory.release_line`, a
    press office's caveat after its time too: `EMBARGOED UNTIL 0001 GMT (no
    early posting)`), so a lede that opens with a notice's words and runs on
    ("Embargoed until Thursday, with EU backing, ministers agreed") stays
    prose; else ''."""
    if EDS_NOTE.match(line):
        return "eds"
    return "release" if alone and field_line(line) == "release" else ""


def release_date(doc: Document) -> None:
    """When the reading gave no publication date (no date line, stamp, wire
    dateline with its year or front matter, wherever it stood), take the
    date of a `Posted by NAME on DATE` line (`dated_byline`), else of the
    first release or embargo line (`field[release]`) that states one with
    its year in its notice, before any caveat (`_wire_advisory.release_line`
    and `notice_head`: never a lede's date over the hed); a date `refused_date` refuses is left with its notice and the next
    line is tried."""
    if doc.published is not None:
        return
    for part, at, when, source in _dated_fields(doc):
        notice = refused_date(when, source, part.source_offset(at))
        if notice is not None:
            doc.notices.append(notice)
            continue
        doc.published, doc.published_from, doc.published_part = when, source, part
        return


def _dated_fields(doc: Document):
    """(part, offset in its text, date, source) of each field that may give
    the publication date, in `release_date`'s order: a byline's date, then
    the release and embargo lines."""
    for part in doc.parts:
        if part.kind == "field" and part.attrs.get("byline_date") and (when := parse_date_line(part.text)):
            yield part, 0, when, "the byline's date"
    for part in doc.parts:
        if part.kind != "field" or part.name != "release" or not release_line(part.text):
            continue
        # the date is the notice's, before any caveat (`..., 5 JUNE 2026 — NO EARLY POSTING`)
        m = _DATE_IN_LINE.search(part.text, 0, notice_head(part.text))
        when = parse_date_line(m[0]) if m else None
        if when is not None:
            yield part, m.start(), when, "the embargo line" if _embargo_lead().match(part.text) else "the release line"


# A stamp's date (a year or not), a weekday before it being the date's (`on Monday, March 3,
# 2026`), so that the checks that read the field compare the two.
_STAMP_DAY = rf"(?P<date>{WEEKDAY_BEFORE}{_MONTH_DAY})"
# A clock time after a stamp's date, after a comma, `at` or a bar (`at 9:15 a.m.`, `| 4:15 pm`):
# the template's, left out of every part.
_STAMP_TIME = (r"(?:(?:,|\s*[|·•]|\s+[–—-])?\s+(?:at\s+)?\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?"
               r"(?:\s+\p{Lu}{2,4})?)?")
# `Posted by Jane Doe on March 3, 2026`, `Posted by Jane Doe | 3 March 2026 | 4:15 pm`: the
# writer's stamp, then `on`, a comma, a bar or a dash, and the date, perhaps a clock time after it.
_STAMP_DATE = regex.compile(
    rf"(?i)(?:\s+on\s+|\s*[,|·•]\s*|\s+[–—-]\s+)(?:on\s+)?{_STAMP_DAY}{_STAMP_TIME}\s*$")
# `Posted on March 3, 2026 by Jane Doe`, `Posted on March 3, 2026 at 9 a.m. | by Jane Doe`: the
# stamp's lead, its date (and time), then the writer's `by` and names to the line's end.
_DATE_FIRST = regex.compile(
    rf"(?i)\s*(?P<lead>\p{{L}}+(?:\s+and\s+\p{{L}}+)?)\s+on\s+{_STAMP_DAY}{_STAMP_TIME}"
    r"(?:\s*[,|·•]|\s+[–—-])?\s+(?P<by>by\s+.+?)"
    r"(?:\s*[|·•]\s*\d{1,2}(?::\d\d\s*(?:[ap]\.?m\.?)?|\s*[ap]\.?m\.?)(?:\s+\p{Lu}{2,4})?)?\s*$")
# The longest stamp read, and the longest update tail after it (a bar and
# `stamp_line`'s 80 characters).
_STAMP_MAX, _TAIL_MAX = 100, 90
# The bar before an update stamp at the end of a stamp's line (`... by Jane Doe | Updated March 4, 2026`).
_UPDATE_BAR = regex.compile(r"\s*[|·•]\s*(?=(?i:last\s+)?(?i:updated|modified)\b)")


def _date_stamp_lead(lead: str) -> bool:
    """Whether a date-first stamp opens with a word that stamps a date
    (`published_leads` in lint/data/plain_text.yaml: `Posted on March 3`),
    not any verb ("Written on Nov. 19, 1863 by Abraham Lincoln" is a sentence)."""
    return " ".join(lead.lower().split()) in _published_leads()


@lru_cache(maxsize=1)
def _published_leads() -> frozenset[str]:
    return frozenset(map(str, load_data("plain_text.yaml")["published_leads"]))


def _update_tail(line: str):
    """The bar before an update stamp that ends a stamp's line (`| Updated
    Monday, March 4, 2026`: `stamp_line` reads it as an update), or None."""
    for m in _UPDATE_BAR.finditer(line):
        stamp = stamp_line(line[m.end():])
        if stamp is not None and stamp[0] == "updated":
            return m
    return None


def stamp_pieces(line: str) -> list[tuple[str, str, int, int]]:
    """The parts of a writer's stamp that names its date, as (kind, field name,
    start, end) in `line`: the byline (`Posted by Jane Doe`; `by Jane Doe`
    when the date comes first, `Posted on March 3, 2026 by Jane Doe`) and a
    `published` field over the date alone (weekday and all), and an update
    stamp after a bar (`| Updated Monday, March 4, 2026`: a field of its
    own, `updated`, which the date checks read and which never gives the
    publication date). The stamp must be
    the whole line, ending with its date, its clock time or the writer's
    names (`byline_stamp` reads lead and names), so that a sentence ("Posted
    on the door was a notice ...") stays prose. [] for any other line."""
    if len(line) > _STAMP_MAX + _TAIL_MAX:    # before any pattern: no line of bar after bar is read
        return []
    if not _may_stamp(line):
        return []
    update = _update_tail(line)
    if update is not None:      # one update tail at most, split off without recursion
        pieces = _stamp_head(line[:update.start()])
        return pieces and [*pieces, ("field", "updated", update.end(), len(line))]
    return _stamp_head(line)


def _stamp_head(line: str) -> list[tuple[str, str, int, int]]:
    """`stamp_pieces` for a stamp with no update tail."""
    if len(line) > _STAMP_MAX:
        return []
    m = _STAMP_DATE.search(line)
    if m is not None and m.start() > 0 and byline_stamp(line[:m.start()]):
        return [("byline", "", 0, m.start()), ("field", "published", m.start("date"), m.end("date"))]
    m = _DATE_FIRST.fullmatch(line)
    if m is not None and _date_stamp_lead(m["lead"]) and byline_stamp(f"{m['lead']} {m['by']}"):
        return [("field", "published", m.start("date"), m.end("date")), ("byline", "", m.start("by"), m.end("by"))]
    return []


def _may_stamp(line: str) -> bool:
    """A cheap test that every stamp passes (most lines fail it, so
    `stamp_pieces` tries no pattern on them): a stamp that ends with its
    date opens as `byline_stamp` reads it (`Posted by`), and one whose date
    comes first opens with `Posted` or `Published` (`_date_stamp_lead`); an
    update stamp after it leaves its opening in the first 100 characters."""
    if byline_stamp(line[:100], lead_only=True):
        return True
    low = line.lower()
    return "posted" in low or "published" in low


def dated_byline(doc: Document, src: str, start: int, end: int, present: set[str], rest: StampBlock) -> bool:
    """Read a writer's stamp that names its date on the line src[start:end]
    of a plain text (`add_stamp`); `rest`: the lines after it in its block,
    which must all be stamps (`StampBlock`), read only when the line is one."""
    if not stamp_pieces(src[start:end]) or not rest.stamps_only():
        return False
    return add_stamp(doc, src[start:end], present,
                     lambda kind, s, e, **kw: Part.from_slice(kind, src, start + s, start + e, **kw))


def stamp_block(rest: Iterable[str]) -> bool:
    """Whether the lines after a stamp in its block (a paragraph in
    Markdown) let it be a stamp: none, or stamps only. A stamp is a whole
    block; a line that a wrapped lede runs on from ("Posted on March 3, 2026
    by Mayor Jane Doe" over "on the city website, ...") is prose."""
    return all(stamp_pieces(line) for line in rest)


class StampBlock:
    """The lines after the line being read in one block, for `stamp_block`,
    decided once per block: `lines()` gives them (read lazily) for the line
    read now. Once the lines after one line are all stamps, so are those
    after any later line of the block, and they are not read again (a block
    of stamp lines is read in linear time, rv18 H2)."""

    def __init__(self, lines: Callable[[], Iterable[str]]):
        self._lines = lines
        self._proven = False

    def stamps_only(self) -> bool:
        self._proven = self._proven or stamp_block(self._lines())
        return self._proven


def add_stamp(doc: Document, line: str, present: set[str], place) -> bool:
    """Read a writer's stamp that names its date (`stamp_pieces`: `Posted by
    Jane Doe on March 3, 2026`) as a byline and a `published` field over the
    date (`attrs["byline_date"]`), which gives the publication date when it
    has its year and no other line gives one (`release_date`, once the whole
    text is read). `place(kind, start, end, **kw)` makes the part over
    line[start:end]. False (nothing added) for any other line, or when the
    text has a byline already (`present`: the kinds read so far, updated)
    that no stamp gave: a second stamp in the top block (a repost's, a
    syndication's) is a stamp too, and the first one's date stands."""
    pieces = stamp_pieces(line) if "byline" not in present or "stamp" in present else []
    for kind, name, p_start, p_end in pieces:
        attrs = {"byline_date": True} if name == "published" else {}
        doc.add(place(kind, p_start, p_end, name=name, attrs=attrs))
        if name == "updated":       # `| Updated Monday, March 4, 2026`: the story's update date
            add_updates(doc, line[p_start:p_end])
        present.update((kind, "stamp"))
    return bool(pieces)


def under_hed_line(doc: Document, line: str, last: bool, rest: StampBlock, present: set[str], place) -> bool:
    """Read a line between the hed and the story's first paragraph that is no
    prose, as the plain-text reader reads it: a release or embargo line
    (`under_hed_field`; `last`: the last line of its block) as a field, a
    dated stamp (followed by stamps only: `rest`, the lines after it in the
    block) as a byline and a date (`add_stamp`). The Markdown reader's
    (`_md_preamble`); False (nothing added) for any other line."""
    name = under_hed_field(line, last)
    if not name:
        return bool(stamp_pieces(line)) and rest.stamps_only() and add_stamp(doc, line, present, place)
    doc.add(place("field", 0, len(line), name=name, attrs={"copy_line": True}))
    present.add("field")
    return True


def under_dek(doc: Document) -> bool:
    """Whether what the reader has read so far is a headline and a dek in
    the hed's own block (`Council approves budget` over `Spending rises for
    a third year`, no blank line between: the dek `_looks_like_hed` lets a
    hed stand over), so that a dated stamp (`dated_byline`) may stand under
    it as under the hed. A one-line paragraph after a blank line is the
    story's lede, never a dek: a stamp under it is prose."""
    parts = doc.parts
    if not 2 <= len(parts) <= 8 or parts[-1].kind != "paragraph" or "\n" in parts[-1].text \
            or parts[-2].kind != "headline" or parts[-1].text[:1].islower():
        return False
    hed, dek = parts[-2], parts[-1]
    between = doc.source[hed.source_offset(len(hed.text) - 1) + 1:dek.source_offset(0)]
    return between.count("\n") == 1 and not between.strip()
