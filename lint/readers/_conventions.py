"""Newsroom conventions the Markdown and HTML readers share with plain text:
a wire dateline opening the story, a hed demoted to the leading h2, and what
a caption under a photo looks like; and how the line readers meet an old Mac file's lone CR line ends."""
from __future__ import annotations

from functools import lru_cache
from itertools import islice
from typing import Callable

import regex

from ..analysis.abbreviations import STOP_ABBREVIATIONS
from ..analysis.calendar import MONTH_WORDS, implausible_publication, parse_date_line
from ..analysis.credits import blank_credit
from ..document import Document, Notice, Part
from . import USER_DATE_SOURCE
from .patterns import CAPTION_LINE, WIRE_DATELINE
from ._text_fields import kicker, opening_byline
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


# A caption that ends in its credit: `... (AP Photo/Jane Doe)`, `... Photo: Jane Doe`.
TRAILING_CREDIT = regex.compile(
    r"""(?:\(\s*[^()]{0,60}\b(?:photo|photograph|picture|image|images|credit|courtesy|via\s+AP)\b[^()]{0,60}\)?
      | \b(?:photo|photograph|picture|credit)s?\s*(?:courtesy\s*(?:of)?|by)?\s*:\s*[^.!?]{0,60}
    )\s*$""", regex.IGNORECASE | regex.VERBOSE)


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
        m = WIRE_DATELINE.match(first.text)
        sub = not m and under_hed and _subhead(first.text)
        if not sub or sub == _STOPPED and not (k + 1 < len(paragraphs)
                                               and _sure_dateline(WIRE_DATELINE.match(paragraphs[k + 1].text))):
            break       # (a subhead closed with a stop stands right over a sure dateline's paragraph)
    else:
        return None
    if not m or _note_word(m["place"]):
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


def _dated(doc: Document, m, part: Part) -> Part:
    """A wire dateline's date with its year is the publication date when
    nothing above the story gave one."""
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
    m = WIRE_DATELINE.match(line + "\n")
    if m is None or m.end("dateline") != len(line) or _note_word(m["place"]) or \
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
    hire 300 engineers."), reads as a lede's sentence; a question, an
    exclamation or a quote's close is a lede's or a quote's."""
    text = text.rstrip()
    if not text or text.count("\n") > 1 or len(text.split()) > HED_WORDS:
        return ""
    if text[-1] == "." and not text.endswith(".."):
        one_clause = "\n" not in text and not any(c in text for c in ";:") \
            and _SENTENCE_BREAK.search(text[:-1]) is None
        return _STOPPED if one_clause else ""
    return _OPEN if text[-1] not in ".!?:\"”’)" else ""


_OPEN, _STOPPED = "open", "stopped"


def _sure_dateline(m) -> bool:
    """Whether a `WIRE_DATELINE` match shows it is a dateline, not a
    paragraph's opening words before a dash: an agency in parentheses
    (`(AP)`, `(Reuters)`) or a distributor, a state or country after a comma
    (`PORTLAND, Maine —`), or a date; and its place no note's word (`_note_word`)."""
    return m is not None and not _note_word(m["place"]) and bool(
        m["agency"] or m["distributor"] or m["date"] or "," in m["place"])


# A note's or a kicker's word before a dash or a date is no place: `UPDATE, March 5 —`,
# `CORRECTION —`, `EDITOR'S NOTE —` (and the `kickers` of lint/data/plain_text.yaml).
_NOTE_WORDS = regex.compile(r"(?i:updated?|corrections?|corrected|clarifications?|editor['’]?s['’]?\s+notes?"
                            r"|notes?|advisory|addendum|postscript|update\s+\d+)")


def _note_word(place: str) -> bool:
    """Whether a dateline's place is a note's or a kicker's word (`UPDATE`, `Correction`)."""
    place = place.strip(" .-")
    return _NOTE_WORDS.fullmatch(place) is not None or kicker().fullmatch(place.upper()) is not None


# A sentence end inside a paragraph: a stop, then a capital or a quote mark;
# not the stop of an abbreviation or an initial ("St. Louis Fed names ...").
_SENTENCE_BREAK = regex.compile(rf"(?<!\b(?:{STOP_ABBREVIATIONS}))[.!?][\"”’)]*\s+[\p{{Lu}}\"“‘(]")


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


# Italic notes that are not captions, by how they open: an editor's note, a
# correction or update notice, a note on the story itself or on where it first
# ran ("Originally published on ...", "Cross-posted from ..."), or an author bio
# ("Jane Doe is a reporter at ...", "Jane Doe covers city hall ..."). A bio
# names a newsroom role: "Ana Ruiz is the first woman to ..." and "Chief Ana
# Ruiz covers her face" are captions, as is "This page from the 1890 ledger"
# (a note on the story goes on with its verb: "This story was updated"). The
# bio's name may hold lower-case particles ("Ursula von der Leyen", "Ahmed
# al-Sharaa"), the names pack's `particles`. A notice may be dated before its
# word ("Summer 2017 update:", "June 5 update:", "Oct. 3, 2024, correction:").
# (The months are calendar.MONTH_WORDS, every name and abbreviation, the one table.)
_DATE_LEAD = r"""(?:(?:(?:early|late|mid-?)\s*)?(?:spring|summer|fall|autumn|winter|MONTHS)\b\.?
      (?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(?:\d{4},?\s+)?|\d{4},?\s+)""".replace("MONTHS", MONTH_WORDS)
# ... but "Originally published in 1943, the poster urged ..." opens a caption:
# after the comma a clause on what is pictured (a pronoun, or a noun and its verb).
_CLAUSE_AFTER = r"""[^,.\n]*,\s+(?:this|these|that|those|it|he|she|they
      |(?:the|a|an|his|her|its|their)\s+(?:[\p{L}'’-]+\s+){0,2}(?!news\b)\p{L}+(?:ed|s)\b)\b"""
_NOTE = r"""\s*(?:(?:editor|ed)(?:['’]?s|s['’])?\.?\s+note\b
      | (?:DATE_LEAD)?(?:correction|clarification|update|updated|editor['’]?s\s+update)s?\b\s*(?:[:—–(-]|\d|on\b|at\b)
      | updated\s+(?-i:\p{Lu})
      | this\s+(?:story|article|post|piece|report|column|essay|interview|page)\s+(?:was|were|is
                |has|had|first|originally|appeared|appears|contains|includes|uses)\b
      | an\s+earlier\s+version\s+of\s+this\b
      | originally\s+(?:published|posted|appeared|ran)\b(?!CLAUSE_AFTER) | cross-?posted\s+(?:from|on|with)\b
      | re(?:published|posted|printed)\s+(?:with\s+permission|from|courtesy)\b
      | (?-i:(?!(?:The|A|An)\s)\p{Lu}[\p{L}'’.-]+(?:\s+(?:(?:PARTICLE)\s+){0,2}(?:(?:PARTICLE)-)?\p{Lu}[\p{L}'’.-]+){1,3})
        \s+(?:is\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:bureau\s+chief|(?:reporter|writer
                |correspondent|editor|journalist|columnist|contributor|photographer|producer
                |author|critic|freelancer)s?\b)
            | (?:covers|writes\s+about|reports\s+on)\s+(?!(?:her|his|their|its|him|them
                |herself|himself|themselves|up)\b)))"""


@lru_cache(maxsize=1)
def _note() -> "regex.Pattern":
    from ..analysis.name_titles import tables      # the names pack's data: read on first use
    words = sorted((w for w in tables()["particles"] if w.isalpha()), key=lambda w: (-len(w), w))
    note = _NOTE.replace("DATE_LEAD", _DATE_LEAD).replace("CLAUSE_AFTER", _CLAUSE_AFTER)
    return regex.compile(note.replace("PARTICLE", "|".join(words)), regex.IGNORECASE | regex.VERBOSE)


def editors_note(text: str) -> bool:
    """Whether a text opens as an editor's note, a correction or update notice,
    a note on the story or an author bio (`_NOTE`)."""
    return _note().match(text) is not None


def looks_like_caption(text: str, emphasized: bool) -> bool:
    """Is the paragraph under a lone image its caption? Captions are set in
    italics, open with a caption/credit lead-in, or end with a credit; an
    ordinary body paragraph after a photo does none of these. Italics alone
    do not make a caption of an editor's note, a correction or update notice
    or an author bio (`_NOTE`): those are set in italics too."""
    if not text.strip():
        return False
    return emphasized and not _note().match(text) or bool(CAPTION_LINE.match(text)) \
        or bool(TRAILING_CREDIT.search(text))


def credit_left_blank(text: str) -> bool:
    """Is the paragraph a caption line whose credit names nobody ("Cyclists
    ride on Main Street. (Photo by: )", "Photo courtesy of")? It is a caption
    with no picture above it too (a CMS places the picture as an asset), as
    the plain-text reader reads every caption line: a credit's lead-in left
    open is never prose. One whose credit names someone is not taken without a
    picture: the shape is also a sourced fact's ("... (Source: Pew, 2013)") or
    an agency's name alone ("NASA")."""
    return bool(CAPTION_LINE.match(text)) and blank_credit(text)


# Emphasis markers CommonMark leaves as text: no closing run after a space
# ("*Cyclists ride on Main Street. Photo by: *" is not italics).
_LITERAL_EMPHASIS = regex.compile(r"([*_]{1,2})(?=\S)(.*?\S)\s+\1", regex.DOTALL)


def blank_credit_caption(part: Part) -> Part | None:
    """The caption a Markdown paragraph or blockquote is when its credit is
    left blank (`credit_left_blank`; a quoted "> *... (Photo by: )*" too),
    without the emphasis markers around it that CommonMark left as text
    ("*... Photo by: *", whose closing '*' follows a space): the writer's
    italics, not the credit's characters. None for any other paragraph."""
    m = _LITERAL_EMPHASIS.fullmatch(part.text)
    if m and credit_left_blank(m[2]):
        caption = sub_part(part, "caption", m.start(2), m.end(2))
        caption.attrs.update(part.attrs)
    elif credit_left_blank(part.text):
        caption = part
    else:
        return None
    caption.kind = "caption"
    return caption


def blank_credit_captions(doc: Document) -> None:
    """Each paragraph that closes with a blank credit in parentheses
    (`credit_left_blank`) becomes a caption, as the Markdown and plain-text
    readers read it: the HTML reader's `<p><em>... (Photo by: )</em></p>`
    with no figure. A lone `Photo by:` block is a page template's label,
    no caption, and stays as the page reader left it."""
    for part in doc.parts:
        if part.kind == "paragraph" and part.text.rstrip().endswith(")") and \
                credit_left_blank(part.text):
            part.kind = "caption"


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


def link_credit(caption, credit) -> None:
    """A caption and its credit name each other by part index, when both are
    there (the NITF, NewsML-G2 and front-matter figure readers). Here, not in
    `_articles`: the Markdown path loads this module, and no XML parser."""
    if caption is not None and credit is not None:
        caption.attrs["credit"], credit.attrs["caption"] = credit.index, caption.index
