"""The opening lines of a plain text, read by their shape alone: which is
the headline, the byline, the dateline (a line that is only a date) or a
caption, and which is prose. The plain-text reader (lint/readers/text.py)
reads its top lines with `Opening`, and so does the reader of a word
processor's HTML (`_html_docs`: Google Docs' and Word's exports, whose
opening lines are paragraphs), so the two never read the same lines apart.

`Opening` keeps what the lines read so far tell about the next: a headline
may follow a date line, a byline or an editor's note, and under a byline one
line closed with a full stop is a lede ("She won."), not a hed."""
from __future__ import annotations

from collections.abc import Callable

from .. import rx as regex

from ..analysis.calendar import parse_date_line
from ..analysis.sentence_ends import LINE_ENDS_AT_STOP
from ..analysis.word_patterns import WORD
from ..analysis.words import is_common
from ..document import Document, Part
from ._byline_lines import email_line
from ._captions import editors_note
from ._conventions import HED_WORDS, date_line_date
from ._text_dek import dek_under_hed, dek_wraps, hed_over_dek
from ._text_fields import (BYLINE, EDS_NOTE, LOWER_BYLINE, NUMERIC_DATE, byline_stamp, field_line, kicker,
                           lede_sentence, opening_byline)
from ._text_lines import trim
from ._text_stamps import stamp_line
from .patterns import CAPTION_LINE, dateline_match

__all__ = ["Opening", "byline_line", "dek_lines", "record_top_line"]

SENTENCE_CLOSE = regex.compile(r"[.!?:;,\"”’)]\s*$")
_FULL_STOP = regex.compile(r"\.[\"”’)]*\s*$")


class Opening:
    """What the lines read so far at the text's top tell about the next:
    `seen`, a headline or prose was read (no headline by shape may follow,
    bar a line right under a date line); `after_dateline`, only a date line
    so far; `after_byline`, a byline over the hed; `after_note`, only an
    editor's note so far (the reader sets it: the note is a paragraph)."""

    __slots__ = ("seen", "after_dateline", "after_byline", "after_note")

    def __init__(self) -> None:
        self.seen = self.after_dateline = self.after_byline = self.after_note = False

    def kind(self, present: set[str], line: str, src: str | None = None,
             line_spans: list[tuple[int, int]] | None = None,
             in_body: Callable[[], bool] | None = None) -> str | None:
        """The kind of `line` (headline, byline, dateline, heading, caption;
        None for prose: `_line_kind`), the first of `line_spans`, the (start,
        end) in `src` of its block's lines not yet read (default: the line
        as a block of its own). `present`: the part kinds read so far; the
        caller adds the kind. After a byline, one line ending in a full stop
        is a lede, not a hed; after a date line, one line with no sentence
        close is the hed. What the line was is kept for the next one."""
        if line_spans is None:
            src, line_spans = line, [(0, len(line))]
        one = len(line_spans) == 1
        first = (not self.seen and _looks_like_hed(src, line, line_spans, present)
                 and not (self.after_note and one and SENTENCE_CLOSE.search(line))
                 and not (self.after_byline and (not one or _FULL_STOP.search(line)))) or (
            self.after_dateline and one and not SENTENCE_CLOSE.search(line))
        kind = _line_kind(present, line, first=first, in_body=in_body)
        self.after_dateline = kind == "dateline" and not self.seen
        self.after_byline = kind == "byline" and "headline" not in present
        if kind is not None:        # a byline over the hed: a hed may follow
            self.seen = self.seen or kind != "byline" or "headline" in present
        return kind


def record_top_line(doc: Document, part: Part, present: set[str], line: str) -> None:
    """Record `part`, a top line (`line`, as read) whose kind `Opening.kind`
    gave: its kind is present, and a date line dates the story
    (`date_line_date`), as in plain text, so in a word processor's HTML."""
    present.add(part.kind)
    if part.kind == "dateline":
        date_line_date(doc, part, line)


def byline_line(line: str) -> bool:
    """Whether a line reads as a byline (`By Dana Whitfield`, AFP's `by Marie Dupont`)."""
    return len(line) <= 100 and (BYLINE.match(line) or LOWER_BYLINE.match(line)) is not None


# A headline runs to about 25 words (`HED_WORDS`); a line that ends like a
# sentence and is longer than 18 is a lede (BBC's and PolNeAR's titles: under
# 18 words, Title Case ones to 30).
_HED_SENTENCE_WORDS, _HED_TITLE_CASE_WORDS = 18, 30


def _looks_like_hed(src: str, line: str, line_spans: list[tuple[int, int]], present: set) -> bool:
    """Whether the first line of the text reads as a headline: on a line of its
    own (a blank line or a byline, dateline or caption line after it), or
    over a release or embargo line in a block of two (`HOLD FOR RELEASE UNTIL
    6 A.M. EST` under it: `field_line`), over a longer dek in a block of two lines (a dek opens with no lower-case
    letter: a wrapped lede's second line runs on, `at pension changes`) or
    a shorter one that reads as a dek (`hed_over_dek`), or over a dek
    and a byline (`dek_lines`), or closed with ';' (PolNeAR's hed; dek); and short: at most 25 words, 18 when it ends like a sentence
    ('.', '!', '?'), 30 in Title Case, and then no editor's note or correction
    (`Correction: An earlier version ...`: `editors_note`); never one that opens with a wire
    dateline naming a date, an agency or a state (`LONDON, March 3 (Reuters) -`). Body text and a lede are longer, and
    a hard-wrapped paragraph's first line runs straight on into the next."""
    if len(line) > 200 or opening_byline(line) or NUMERIC_DATE.match(line):
        return False      # a byline or a date in figures opening the text
    # (a dateline may end the first line of a block, its lede on the next: `SACRAMENTO, Calif. (AP) --`)
    wire = dateline_match(line) or len(line_spans) > 1 and dateline_match(line + " ")
    if wire and (wire["date"] or wire["agency"] or "," in wire["place"] or _lede_after(line, wire)):
        return False      # a lede under a wire dateline; a bare `EXCLUSIVE –` is a hed's kicker
    if len(line_spans) > 1:
        nxt = src[slice(*trim(src, *line_spans[1]))]
        if not (line.endswith(";") or _line_kind(present | {"headline"}, nxt, first=False) or EDS_NOTE.match(nxt)
                or stamp_line(nxt) is not None or len(line_spans) == 2 and _notice_under(line, nxt)
                or len(line_spans) == 2 and (len(line) < len(nxt) and not nxt[:1].islower()
                                             or hed_over_dek(line, nxt))
                or _over_body(line, nxt)
                or dek_lines(present, line, [src[slice(*trim(src, *s))] for s in line_spans[1:5]])):
            return False
    words = line.split()
    if _title_case(words):
        return len(words) <= _HED_TITLE_CASE_WORDS
    if line[-1] in ".!?" and (len(words) > _HED_SENTENCE_WORDS or editors_note(line)) or lede_sentence(line, words):
        return False      # a sentence too long for a hed, a note's (`Correction: ...`) or a lede's
    return len(words) <= HED_WORDS


def dek_lines(present: set[str], hed: str, under: list[str]) -> int:
    """How many of `under`, the lines under `hed` in its block (stripped; the
    first four are read), are the hed's dek in the usual typed layout of a
    hed, a dek and a byline in one block (nu48 #3: `Council approves new
    ferry budget` / `Spending plan adds two boats and a new dock` / `By Jane
    Doe, Staff Writer`); 0 when the block has no such layout. The byline,
    or a photo credit (`Photo by Jane Doe/AP`), is read by `_line_kind` as
    under a hed in a block of two lines; the dek above it is one line, or
    two when its second runs on from the first (`dek_wraps`, qa206 #1,
    qa212 #5: `Spending plan adds two boats` / `and a new dock for the
    harbor`), and reads as the hed's dek (`dek_under_hed`,
    the lines joined). Under a byline the block may go on with the lede,
    no blank line between (qa206 #3), whose first line opens a sentence,
    never in lower case (the writer's e-mail line, `email_line`, is the
    byline's: nu49 #2); nothing goes on under a photo credit. A
    paragraph's third line runs on in prose (`By the way, ...` is no
    byline). No line of the dek is one the reader reads as something else
    (`_read_as`)."""
    for n in (1, 2):
        if len(under) <= n or _read_as(present, under[n - 1]):
            return 0        # a stamp, a date line or a caption's credit keeps its reading (qa219 #1, #2)
        kind = _line_kind(present | {"headline"}, under[n], first=False)
        if kind not in ("byline", "caption"):
            continue
        if n == 2 and not dek_wraps(under[0], under[1]):
            return 0        # two lines under the hed that are not one dek wrapped
        if len(under) > n + 1 and (kind != "byline" or under[n + 1][:1].islower() and not email_line(under[n + 1])):
            return 0        # a caption's block, or a byline running on in prose
        return n if dek_under_hed(hed, " ".join(under[:n])) else 0
    return 0


def _read_as(present: set[str], line: str) -> bool:
    """Whether a line under the hed is already read as something other
    than prose: a stamp (`Published Dec. 5, 2026`, `Updated 2 hours ago`:
    `stamp_line`), a date line, or a caption or its credit (`Photo
    illustration by Jane Doe`: `_line_kind`) that names a picture (credit_grammar's
    `picture` words). A `Name for Outlet` line with no picture word is left
    as it was (`Senators Call for Review`, `Ben Carson for VP`: qa212, fx343).
    Such a line is never the dek."""
    kind = _line_kind(present | {"headline"}, line, first=False)
    if kind == "caption":
        from ..analysis.credit_grammar import grammar      # the credit patterns: compiled on first use
        return grammar().picture.search(line) is not None
    return stamp_line(line) is not None or kind == "dateline"


def _notice_under(line: str, nxt: str) -> bool:
    """Whether `nxt`, the second and last line of the text's first block,
    is a release or embargo line under a hed (`field_line`: `HOLD FOR
    RELEASE UNTIL 6 A.M. EST`), not the second line of a wrapped lede that
    happens to open with a notice's words (`The company announced the
    layoffs in a` / `news release on Friday.`, qa455 #7): a notice opens
    with a capital (its first letter; `(EMBARGOED ...` too), and does not
    run on from the line above (`dek_wraps`: a line ending `in a`, `the`,
    a comma)."""
    first = _FIRST_LETTER.search(nxt[:4])
    return first is not None and first[0].isupper() and not dek_wraps(line, nxt) \
        and field_line(nxt) == "release"


_FIRST_LETTER = regex.compile(r"\p{L}")


def _over_body(line: str, nxt: str) -> bool:
    """Whether a line stands over a hard-wrapped paragraph with no blank line
    between (`Council approves budget` over `The council approved ...`): it
    ends with no stop or comma, the next line opens with a capital, and it is
    under 60% of that line's length, shorter than any wrap would leave a
    paragraph's first line (the next line's first word would have fitted).
    Not a credit (`By: Press Trust of India | ...`, `From Staff Reports`)."""
    return not SENTENCE_CLOSE.search(line) and nxt[:1].isupper() and len(line) < 0.6 * len(nxt) \
        and _CREDIT_LEAD.match(line) is None


_CREDIT_LEAD = regex.compile(r"(?i)(?:by|from)\b")


def _title_case(words: list[str]) -> bool:
    """Whether most words of four letters or more are capitalised (Title Case or all caps)."""
    capitalizable = [w for w in words if len(w) > 3 and w[0].isalpha()]
    return bool(capitalizable) and sum(w[0].isupper() for w in capitalizable) >= 0.8 * len(capitalizable)


def _lede_after(line: str, wire) -> bool:
    """Whether a line under a bare dateline (`WASHINGTON —`: no date, agency
    or state) is a lede: a sentence in sentence case, ended with '.', '!' or
    '?' (FNC-1's `LAS VEGAS -- The person behind the $300,000 dinner ... has
    been revealed.`). A kicker (`EXCLUSIVE –`), a Title Case or all-caps rest
    (Reuters' `U.S. SUGAR IMPORTS DOWN IN WEEK - USDA`) or one with no closing
    stop is a headline's."""
    rest = line[wire.end():]    # (not LINE_ENDS_SENTENCE: a rest trailing off in `…` is a tease, no lede)
    return (not kicker().fullmatch(wire["place"].strip(" -")) and LINE_ENDS_AT_STOP.search(rest) is not None
            and not _title_case(rest.split()))


# A Title Case headline that has the shape of a `Name for Publication` or
# `Name via Source` credit ("More Money for NASA", "Fighters Enter U.S. via
# Mexico": credit_grammar's `by_for` and `via` forms): the words before `for`
# or `via`, and what follows, with nothing else that marks a credit.
_NAME_FOR = regex.compile(r"(?P<head>[^/©()\[\]:|]+?)\s+(?P<sep>for|via)\s+(?P<tail>[^/©()\[\]:|]+)")


def _hed_not_credit(line: str) -> bool:
    """Whether a line in the headline's place (the text's first, no headline
    yet) that reads as a `Name for Publication` or `Name via Source` credit
    is its headline (qa151 #6, #7): in Title Case, with no other mark of a
    credit (a slash, a bracket, the copyright sign, a colon, a label's word
    before it: "Staff Photo for AP"), no agency or
    platform after `via` (credits.yaml: "Handout via Reuters", "via
    Instagram"; after `for` one may be a headline's: "More Money for
    NASA"), and more than half of the capitalised words before it
    ordinary English words ("More Money", "Council Backs Plan"), where a
    credit names a person ("Jane Doe for BuzzFeed") or a job (credits.yaml
    `credit_roles`, `role_words`: "Staff Writer for AP" is a credit)."""
    m = _NAME_FOR.fullmatch(line.strip())
    if m is None or not _title_case(line.split()):
        return False
    from ..analysis.credit_grammar import grammar      # the credit patterns: compiled on first use
    g = grammar()
    if g.picture.search(m["head"]) or m["sep"] == "via" and \
            " ".join(m["tail"].lower().split()).rstrip(".") in g.agency_names:
        return False
    words = [w for w in WORD.findall(m["head"]) if w[0].isupper()]
    # A credit's job words are no ordinary words: "Staff Writer for AP" is a credit.
    common = sum(is_common(w) and w.lower() not in g.role_words for w in words)
    return bool(words) and 2 * common > len(words)


def _line_kind(present: set[str], line: str, first: bool, in_body: Callable[[], bool] | None = None) -> str | None:
    """What a single line is on its own, or None when it is ordinary prose.
    `present`: the part kinds the document has so far; `in_body`: None
    before any body paragraph, else whether the line counts as the body's
    (asked only of a date line: no byline next to it: `text._by_byline`), where a
    date line in words is a subhead (a blotter's `Monday, Nov. 23`), never
    the dateline, which opens the story."""
    if CAPTION_LINE.match(line) and not (first and "headline" not in present and _hed_not_credit(line)):
        return "caption"
    if in_body is not None or "dateline" not in present:
        dated = parse_date_line(line, default_year=2000) is not None
        if dated or "dateline" not in present and NUMERIC_DATE.match(line):
            body = in_body is not None and in_body()
            if body and dated:
                return "heading"
            if not body and "dateline" not in present:
                return "dateline"
    if first and "headline" not in present and len(line) <= 200:
        return "headline"
    if "byline" not in present and (byline_line(line) or byline_stamp(line)):
        return "byline"
    return None
