"""Newsroom conventions the Markdown and HTML readers share with plain text:
a wire dateline opening the story, a hed demoted to the leading h2, which
publication dates a reader refuses; and how the line readers meet an old Mac
file's lone CR line ends. What a caption looks like is `_captions`'."""
from __future__ import annotations

from itertools import islice
from typing import Callable

from .. import rx as regex

from ..analysis.abbreviations import STOP_ABBREVIATIONS
from ..analysis.calendar import implausible_publication, parse_date_line
from ..analysis.initial_stops import goes_on_after_clock
from ..document import Document, Notice, Part
from . import USER_DATE_SOURCE
from .patterns import dateline_match
from ._captions import editors_note
from ._text_fields import kicker, opening_byline
from ._text_stamps import stamp_lead_end
from ._stitch import sub_part

_LONE_CR = regex.compile(r"\r(?!\n)")


def lone_cr_as_lf(doc: Document, read: Callable[..., None], *args) -> None:
    """Run `read(doc, *args)` on a copy of the source where each lone CR (old
    Mac files, some CMS exports: a line end, as `LineIndex` counts it) is a
    LF, so readers that split lines at LF see the same lines; the copy has
    the same length, so every offset read holds for the real source, which
    is put back after (a fix then keeps the file's own line ends)."""
    original = doc.source
    if "\r" not in original or _LONE_CR.search(original) is None:   # LF or CRLF: nothing to copy
        read(doc, *args)
        return
    doc.source = _LONE_CR.sub("\n", original)
    try:
        read(doc, *args)
    finally:
        doc.source, doc._lines = original, None


def wire_dateline(doc: Document) -> Part | None:
    """`LONDON, March 3 (Reuters) -` opening the first paragraph becomes a
    dateline part over that slice (the paragraph keeps its text). A date
    line above it does not stop it: the two are compared (issue 12, case 7).
    A dateline whose date has its year (a press release's `MILLBROOK, Ohio,
    Nov. 18, 2025 /PRNewswire/ --`) gives the publication date when nothing
    above the story did; without a year it gives none (the year is a guess).
    Under a headline, a release's subheads (`_subhead`, up to
    `_SUBHEADS` paragraphs) may stand between it and the dateline's
    paragraph; one closed with a full stop ("Board picks veteran executive
    after long search.") only right over the dateline's paragraph, and only
    when that dateline is a sure one (`_sure_dateline`): a one-sentence lede
    may stand over a paragraph that opens "NASA — which had planned ...".
    A note's word is no place (`UPDATE, March 5 — The mayor signed ...`).
    An editor's note or correction over the lede (`EDITOR'S NOTE — ...`,
    `Editor's note: ...`: `editors_note`) may stand right over a sure
    dateline's paragraph, headline or not (nu70 #3).

    In plain text a stop-less subhead right under the hed is the `dek`
    (`_text_dek`), as a dek is in every other format, so the rules read it as
    they read Markdown's `dek:` (a surname alone there is headline style, no
    first reference: nu19 #7); one closed with a full stop reads like a lede's
    sentence and stays a `paragraph`, and so does a second subhead."""
    if any(p.kind == "dateline" and p.attrs.get("wire") for p in doc.parts):
        return None
    under_hed = doc.first("headline") is not None
    paragraphs = list(islice((p for p in doc.parts if p.kind == "paragraph"), _SUBHEADS + 1))
    for k, first in enumerate(paragraphs):
        note = editors_note(first.text)     # (`EDITOR'S NOTE — ...` is no `PLACE —` dateline)
        m = None if note else dateline_match(first.text)
        sub = _NOTE if note else not m and under_hed and _subhead(first.text)
        if not sub or sub != _OPEN and not (k + 1 < len(paragraphs)
                                            and _sure_dateline(dateline_match(paragraphs[k + 1].text))):
            break       # (a subhead closed with a stop, or a note, stands right over a sure dateline's paragraph)
    else:
        return None
    if not m or note_word(m["place"]):
        return None
    return _dated(doc, m, doc.add(sub_part(first, "dateline", 0, m.end("dateline"), attrs={"wire": True})))


def date_line_date(doc: Document, part: Part, line: str, source: str = "date line") -> None:
    """Take the date of a date line (`line`, `part`'s text as read: `Dec. 2,
    2026`) for the publication date when nothing before it gave one: sets
    `published`, `published_from` (`source`, as `-v` and `parse` name it)
    and `published_part`. A date with no year or in figures (no date from
    `parse_date_line`) leaves all three as they were. The one place a date
    line dates the story: plain text, a word processor's HTML
    (`_html_docs`), a Markdown story's opening lines (`_md_preamble`), a
    budget's `Dateline:` line (`_text_budget`) and a wire dateline
    (`wire_dateline`)."""
    if doc.published is None and (when := parse_date_line(line)) is not None:
        doc.published, doc.published_from, doc.published_part = when, source, part


# Wires that write their dateline's date day first (`LONDON, 3 March (Reuters) -`);
# AP, UPI, CP and Bloomberg write the month first, as AP style does.
_DAY_FIRST_WIRES = frozenset({"reuters", "afp", "dpa", "pa", "ansa", "efe", "xinhua", "tass"})


def _dated(doc: Document, m, part: Part) -> Part:
    """A wire dateline's date with its year is the publication date when
    nothing above the story gave one. A day-first date in the form of a
    wire that writes it so (`3 March` after `(Reuters)`, no leading zero) is
    marked `attrs["wire_form"]`: the agency's own form, which style.date-order
    leaves alone (nu70 #9; `HARBOR CITY, 3 March (AP) —` is not, qa370 #3)."""
    if m["dmy"] and not m["dmy"].startswith("0") and (m["agency"] or "").lower() in _DAY_FIRST_WIRES:
        part.attrs["wire_form"] = True
    if m["year"]:
        date_line_date(doc, part, m["date"], "wire dateline")
    return part


# A place alone before the dash, no state or agency after it, has at most
# this many words (SALT LAKE CITY, RIO DE JANEIRO); a longer run in
# capitals is a kicker or a hed set in capitals.
_PLACE_WORDS = 3


def lone_dateline(doc: Document, line: str):
    """The `WIRE_DATELINE` match of a line that is a wire dateline alone,
    ending in its dash, over the lede (`FORT DEVENS, Massachusetts -`,
    `SACRAMENTO --`, as some sites' plain text sets it), or None: also when
    the story already has a wire dateline. A place with no state, agency or
    date after it has at most `_PLACE_WORDS` words. The caller makes the part:
    `dateline_part` for a line alone in its block; a block that goes on is
    the lede, whose dateline `wire_dateline` carves."""
    if not line or line[-1] not in "-–—" or any(p.kind == "dateline" and p.attrs.get("wire")
                                                for p in doc.parts):
        return None
    m = dateline_match(line + "\n")
    if m is None or m.end("dateline") != len(line) or note_word(m["place"]) or \
            not _sure_dateline(m) and len(m["place"].split()) > _PLACE_WORDS:
        return None     # ("ISIS USES CHEMICAL WEAPONS—", FNC-1 466: a kicker in capitals)
    return m


def dateline_part(doc: Document, m, src: str, start: int, end: int) -> Part:
    """The dateline part over src[start:end], a lone dateline (`lone_dateline`)."""
    return _dated(doc, m, doc.add(Part.from_slice("dateline", src, start, end, attrs={"wire": True})))


# A headline runs to about 25 words (FNC-1's first lines: median 25 words),
# the plain-text reader's bound for a hed and this module's for a subhead.
HED_WORDS = 25
# A release's subhead under its headline (`Revenue up 18% year over year;
# company to hire 300 engineers`): one line or two (wrapped), a headline's
# length (`HED_WORDS`), closed with no stop, so no lede. PR Newswire
# and GlobeNewswire releases may set several, one a paragraph.
_SUBHEADS = 3


def _subhead(text: str) -> str:
    """Whether a paragraph over the dateline's reads as a release's subhead,
    not as the lede ('' when not): a headline's length, one line or two, and
    closed with no stop (`_OPEN`), or else one clause on one line closed
    with a full stop (`_STOPPED`), as a desk may set a subhead in sentence
    case ("Board picks veteran executive after long search."). A stopped
    line with another sentence end inside (`_SENTENCE_BREAK`), or with a
    semicolon or a colon joining two statements ("Revenue up 18%; company to
    hire 300 engineers."), reads as a lede's sentence; a clock time's colon
    joins nothing (a site's stamp "Updated March 5, 2025, 4:15 p.m.": nu49
    #3), nor does a stamp's label colon ("Updated: 4:15 p.m.": qa225 #3).
    A question, an exclamation or a quote's close is a lede's or a quote's."""
    text = text.rstrip()
    if not text or text.count("\n") > 1 or len(text.split()) > HED_WORDS:
        return ""
    if text[-1] == "." and not text.endswith(".."):
        one_clause = "\n" not in text and _JOINING.search(text, stamp_lead_end(text)) is None \
            and not _sentence_break(text[:-1])
        return _STOPPED if one_clause else ""
    return _OPEN if text[-1] not in ".!?:\"”’)" else ""


_OPEN, _STOPPED, _NOTE = "open", "stopped", "note"


def _sure_dateline(m) -> bool:
    """Whether a `WIRE_DATELINE` match shows it is a dateline, not a
    paragraph's opening words before a dash: an agency in parentheses
    (`(AP)`, `(Reuters)`) or a distributor, a state or country after a comma
    (`PORTLAND, Maine —`), or a date; and its place no note's word (`note_word`)."""
    return m is not None and not note_word(m["place"]) and bool(
        m["agency"] or m["distributor"] or m["date"] or "," in m["place"])


# A note's or a kicker's word before a dash or a date is no place: `UPDATE, March 5 —`,
# `CORRECTION —`, `EDITOR'S NOTE —` (and the `kickers` of lint/data/plain_text.yaml).
_NOTE_WORDS = regex.compile(r"(?i:updated?|corrections?|corrected|clarifications?|editor['’]?s['’]?\s+notes?"
                            r"|notes?|advisory|addendum|postscript|update\s+\d+)")


def note_word(place: str) -> bool:
    """Whether a dateline's place is a note's or a kicker's word (`UPDATE`, `Correction`)."""
    place = place.strip(" .-")
    return _NOTE_WORDS.fullmatch(place) is not None or kicker().fullmatch(place.upper()) is not None


# A semicolon, or a colon that is no clock time's (`4:15`, `12:30`): it joins two statements.
_JOINING = regex.compile(r";|:(?!\d\d(?!\d))|(?<!\d):")

# A sentence end inside a paragraph: a stop, then a capital or a quote mark;
# not the stop of an abbreviation or an initial ("St. Louis Fed names ...").
_SENTENCE_BREAK = regex.compile(rf"(?<!\b(?:{STOP_ABBREVIATIONS}))[.!?][\"”’)]*\s+[\p{{Lu}}\"“‘(]")
# A clock time's `a.m.` or `p.m.` (`_text_stamps.CLOCK`'s), its stop, and where the word after it starts.
_CLOCK_STOP = regex.compile(r"(?<=\b\d{1,2}(?::\d\d)?\s*(?i:[ap]\.?m))\.\s+\(?(?=\p{L})")


def _sentence_break(text: str) -> bool:
    """Whether a sentence ends inside `text` (`_SENTENCE_BREAK`). A clock
    time's `p.m.` before a time zone or a date that goes on its sentence
    (`4:15 p.m. ET`, `4:15 p.m. March 5`, `10 a.m. Tuesday`, read as
    `initial_stops.goes_on_after_clock` reads them for the quote splitter)
    is an abbreviation whose stop ends no sentence (qa225 #2); before
    `Tuesday’s meeting` or `May said` it ends one (qa230)."""
    for m in _SENTENCE_BREAK.finditer(text):
        clock = _CLOCK_STOP.match(text, m.start())
        if clock is None or not goes_on_after_clock(text, clock.end()):
            return True
    return False


def demoted_hed(doc: Document) -> None:
    """In a document with no headline (no `<h1>` or `# `, no title field), a
    leading h2 (`<h2>`, Markdown's `## `: before any paragraph or
    blockquote) is the hed: a CMS exports the story's body with its headline
    demoted, as WordPress and Arc give a block's top heading. A later h2 is
    a subhead, and an HTML page's reading never comes here. Lead art
    (a figure, its caption and credit) may stand over it, and so may a
    kicker (`<p class="kicker">PORTS</p>`, a paragraph the extractor names
    `kicker`: `_html_kinds`), which then is a `kicker` field. The first
    paragraph under that hed (and its dek) that is a byline alone (`By Dana
    Ruiz | Staff writer`: `opening_byline`) is the byline. A leading h2 of
    one or two words right over a longer one is the section's kicker
    (`Politics`), and the h2 under it the hed."""
    hed, kicker = None, None
    parts = doc.parts
    for k, part in enumerate(parts):
        if hed is not None:
            if part.kind == "paragraph" and len(part.text) <= 100 and opening_byline(part.text):
                part.kind = "byline"
            if part.kind != "dek":
                break
        elif part.kind == "paragraph" and part.name == "kicker" and kicker is None:
            kicker = part
        elif part.kind in ("paragraph", "blockquote"):
            return
        elif part.kind == "heading" and part.text.strip():
            if not _h2(part):
                return
            nxt = parts[k + 1] if k + 1 < len(parts) else None
            if nxt is not None and nxt.kind == "heading" and _h2(nxt) \
                    and len(part.text.split()) <= 2 < len(nxt.text.split()):
                continue            # the kicker over the hed
            part.kind, hed = "headline", part
    if hed is not None and kicker is not None:
        kicker.kind = "field"


def _h2(part) -> bool:
    """Whether a heading part is an h2's text (its tag, as the extractor recorded it: `attrs["block"]`)."""
    return part.attrs.get("block") == "h2"


# Sources whose date is the run the copy is readied for, so a future one (up
# to a year ahead) is the plan, not a glitch: the user's own (`--published`,
# the config), a press release's release or embargo line
# (readers/_release_lines.py), and a static-site post's own date: its front
# matter date keys (Hugo, Jekyll and Eleventy publish a future-dated post on
# that day) and a Jekyll dated file name (`_posts/2027-01-05-slug.md`). A date
# scraped from a web page's metadata (JSON-LD, meta tags, htmldate) is no plan:
# a future one there is a glitch, still refused.
# The keys in the order Hugo's default configuration reads a page's publish
# date (publishDate, pubDate, published, then date; `date` alone is the page's
# own date, so a scheduled Hugo post gives both). Jekyll and Eleventy read
# `date` only. lastmod/modified never name the publication.
FRONT_MATTER_DATE_KEYS = ("publishDate", "pubDate", "published", "date")
PLANNED_RUN_SOURCES = frozenset({USER_DATE_SOURCE, "the release line", "the embargo line", "file name"}
                                | {f"front matter {key}" for key in FRONT_MATTER_DATE_KEYS})


_FM_SOURCE = "front matter "
_FM_DATE_KEYS_ANY_CASE = frozenset(k.lower() for k in FRONT_MATTER_DATE_KEYS)


def planned_run(source: str) -> bool:
    """Whether a publication date from `source` may lie ahead
    (`PLANNED_RUN_SOURCES`); a front-matter source names its key as
    written (`front matter PublishDate`: Hugo reads keys in any case)."""
    return source in PLANNED_RUN_SOURCES or (
        source.startswith(_FM_SOURCE) and source[len(_FM_SOURCE):].lower() in _FM_DATE_KEYS_ANY_CASE)


def refused_date(value, source: str, offset: int = 0, instead: str = "") -> Notice | None:
    """The `file.implausible-date` notice for a publication date candidate that
    `implausible_publication` refuses (None when the date is plausible): the
    reader skips it, and the user learns why the date checks ignore it, and
    what they use `instead` when another date was found. A source in
    `PLANNED_RUN_SOURCES` may lie up to a year ahead (an embargo or a
    scheduled story linted before it runs)."""
    why = implausible_publication(value, future_ok=planned_run(source))
    if why is None:
        return None
    then = f"date checks use {instead}" if instead else "date checks do not use it"
    return Notice("file.implausible-date", "warning",
                  f"publication date {why} (from {source}); refused, so {then}",
                  offset, refuses_date=True)


def not_a_date(rule: str, field: str, text: str, offset: int, holds: str = "") -> Notice | None:
    """The `rule` warning (the reader's own `file.*` id) for a publication date
    field whose value reads as no date (`TK`, `2024-XX-XX`, WordPress's unset
    `0000-00-00 00:00:00`), at `offset`, the value's first character in the
    file; the date checks would otherwise go quiet unsaid. `field` names the
    field as the message opens it (`front matter date:`, `NITF date.issue`).
    None for a blank value or a generator's template (`{{ .Date }}`, `{% ... %}`),
    which are left alone. A value that is no text (`date = 1e400` in front
    matter) is named by what it `holds` (`a number`, `a list`) in place of
    its text. One wording for every format (front matter, JSON Lines, NITF,
    NewsML-G2, WXR, a page's meta tags)."""
    text = text.strip()
    if holds:
        shown = holds
    elif not text or "{{" in text or "{%" in text:
        return None
    else:
        shown = "'" + (text if len(text) <= 40 else text[:39] + "…") + "'"
    return Notice(rule, "warning", f"{field} {shown} is not a date (write YYYY-MM-DD); "
                  "date checks do not use it", offset, refuses_date=True)
