"""Photo credits: recognise them in caption text and carve them out as parts.

Readers find captions; `split_credits` (run on every document right after its
reader) finds the credit a caption carries in its own text, such as
"... (AP Photo/Jane Doe)" or "... Photograph: Jane Doe/Reuters", and adds a
`credit` part over exactly that slice, built from the caption's segment map so
positions stay exact without searching the source again. The caption part is
kept whole (its checks see the credit too); the two are linked through
`caption.attrs["credit"]` and `credit.attrs["caption"]`.

`parse` splits any credit part (carved here or marked up by a reader) into
lead-in and body for the credit checks. The vocabulary lives in
lint/data/credits.yaml so a newsroom can add its own agencies and forms.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .caption_lines import caption_line_pattern
from .credit_bodies import empty_slot, lead_in
from .credit_grammar import LOOKAHEAD, grammar
from .credit_flatten import flatten, unflat
from .credit_licences import TAIL_MARKS, NoteOffsets, licence_only, notes_only, set_aside

__all__ = ["Credit", "blank_credit", "caption_line_pattern", "carve", "credits", "find_credit",
           "found_credit", "may_trail", "parse", "read_credit", "read_found", "split_credits"]


# Where a trailing credit may start: after sentence punctuation (glued or
# not) or a dash or bar between spaces, at a line break, at a bracket, at the
# copyright sign, at a capitalised label ("... 1974 Photo: Lego") or at "via".
_BOUNDARY = re.compile(r"[.!?…;|—–”\"’)]\s*|\s[-|]\s+|\s*(?=[(\[])|\s+(?=©)|\n\s*"
                       r"|\s(?=(?:Photo|Picture|Image|Credit)\s*:|Credit\s+[A-Z]|[Vv]ia\s)")


# `grammar().trailing` takes a "(" only as the credit's opening bracket (the
# first character after the spaces) or in a count closing it ("Getty Images
# (2)"): with any other "(" in the rest of the caption it cannot match, and
# failing there cost it a fifth of a millisecond (a caption's first words).
_SPACES = regex.compile(r"\s*")
_COUNT_END = regex.compile(r"\(\d+\)\s*\.?\s*[)\]]?\s*\Z")


def may_trail(text: str, pos: int) -> bool:
    """False when no trailing credit can start at `pos` (see above)."""
    q = text.find("(", pos)
    if q < 0:
        return True
    count = _COUNT_END.search(text, pos, None, SERIAL)
    allowed = (_SPACES.match(text, pos, None, SERIAL).end(), count.start() if count else -1)
    while q >= 0:
        if q not in allowed:
            return False
        q = text.find("(", q + 1)
    return True


def find_credit(text: str) -> tuple[int, int] | None:
    """The [start, end) of the credit a caption text carries, or None.

    A trailing credit is tried at each boundary in the caption's last stretch
    (a credit body is at most _LOOKAHEAD characters), and only where the rest
    of the text could hold one; then a leading credit. Line breaks inside the
    caption are read as spaces (`flatten`), and a credit may also start just
    after one; the span is in `text`'s own offsets. Licence notes that end
    the caption ("... Photo by Jane Doe. Licensed under CC BY 2.0.", "Jane
    Doe/Flickr (CC BY 2.0)") are set aside (`credit_licences.set_aside`):
    when the caption as written holds no credit, the rest is read the same
    way, as if they were not there (`_beside_notes`), and so it is when
    the credit as written is only the last note's source ("Photo: Jane Doe
    (CC BY 2.0) / via Flickr" credits "Photo: Jane Doe (CC BY 2.0) / via
    Flickr", not "via Flickr", which it keeps when no credit is found
    beside the notes); either way the span
    takes in no note at its edges ("Courtesy of Jane Doe, CC BY 2.0" and
    "Courtesy of Jane Doe (CC BY 2.0)" both give "Courtesy of Jane Doe")."""
    return read_credit(text)[0]


def read_credit(text: str) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """(span, notes): `find_credit`'s span, and the [start, end) of each
    licence note it set aside, in `text`'s offsets and in order (none: [])."""
    flat, marks = flatten(text)
    breaks = [at for at, _ in marks]
    aside = set_aside(flat, breaks)
    span = _find(flat, breaks)
    if aside is not None:
        offsets = NoteOffsets(flat, aside[1], aside[0])       # (its maps built once, for either reading)
        # a credit found as written after the last note is that note's source
        # ("... Photo: Jane Doe (CC BY 2.0) / via Flickr"): the credit the
        # notes follow comes first, and the source is the credit only with none;
        # so is one inside the last note (a licence line's source, "<br>CC BY 2.0 / via Flickr")
        if span is None or span[0] > aside[1][-1][0]:
            span = _beside_notes(breaks, offsets) or span
        else:
            span = _trimmed(span, offsets)
    notes = [(unflat(a, marks), unflat(b, marks)) for a, b in aside[1]] if aside else []
    if span is None:
        return None, notes
    return (unflat(span[0], marks), unflat(span[1], marks)), notes


def _trimmed(span: tuple[int, int], offsets: NoteOffsets) -> tuple[int, int]:
    """A credit the caption as written holds, without the licence notes at
    its edges, as `_beside_notes` gives one: "Courtesy of Jane Doe, CC BY
    2.0" is "Courtesy of Jane Doe", "Photo by: [CC BY 2.0]" the blank
    "Photo by:". A note between its words, or before its closing bracket
    ("(Photo by Jane Doe/Flickr, licensed under CC BY 2.0)"), stays in it."""
    start, end = offsets.rest_offset(span[0]), offsets.rest_offset(span[1])
    if start is None or end is None:
        return span
    return offsets.text_offset(start), offsets.text_offset(end, end=True)


def _beside_notes(breaks: list[int], offsets: NoteOffsets) -> tuple[int, int] | None:
    """The credit that the licence notes ending a (`flatten`ed) caption
    follow, as `find_credit` gives it, or None. The rest (`set_aside`'s, as
    `offsets` holds it beside the caption's text) is read by `_find`, and
    what it finds counts only when it is the credit the notes followed (it
    ends the rest, but for stops, quotes and closing brackets), it carries a
    credit mark (`_marked`), and it names someone or no one as its span in
    the text does (a note inside the span must not give a blank lead-in a
    body: "(Photo by: (CC BY 2.0))"). A slash left open at the rest's end, a
    line's own before a note's line ("Jane Doe/Flickr /<br>CC BY 2.0",
    `set_aside`), is read with the credit before it, as its empty slot."""
    text, rest = offsets.text, offsets.rest
    rest_breaks = [b for at in breaks if (b := offsets.rest_offset(at)) is not None]
    slot = _OPEN_SLOT.search(rest)
    found = _find(rest, rest_breaks)
    if found is None and slot is not None:
        found = _find(rest[:slot.start()], rest_breaks)
    if found is None or rest[found[1]:].strip(_TAIL) and (slot is None or found[1] != slot.start()):
        return None
    credit = parse(Part.from_slice("credit", rest, *found))
    if not _marked(credit):
        return None
    if found[1] < len(rest) and slot is not None and found[1] == slot.start():
        found = (found[0], slot.end(1))     # the open slot is the credit's own
    span = offsets.text_offset(found[0]), offsets.text_offset(found[1], end=True)
    if parse(Part.from_slice("credit", text, *span)).is_empty != credit.is_empty:
        return None
    return span


# A slash left open at the end of what the notes follow: group 1 is the slash.
_OPEN_SLOT = regex.compile(r"(?<=\S)\s*(/)\s*\Z")
# What may follow a credit at a caption's end: `TAIL_MARKS` and white space.
_TAIL = TAIL_MARKS + " \t\n\r\u00a0"
# A source named after the body's last slash or "via" ("Jane Doe/Flickr",
# "Handout via Reuters"): group 1 is what follows.
_LAST_SOURCE = regex.compile(r"(?s).*(?:/|(?<![\p{L}\p{N}])(?i:via)\s)(.*)")


# What makes a lead-in's body name someone beside a licence note when the
# lead-in holds no label's word: a capital, a digit or a web address ("Jane
# Doe", "nasa.gov"); not lower-case words alone ("Courtesy of the storm
# (CC0)", qa133 A1).
_NAMES = regex.compile(r"\p{Lu}|\p{N}|\p{L}\.\p{L}")


def _marked(credit: Credit) -> bool:
    """The credit carries a mark that makes it one whatever the words: a
    lead-in ("Photo by", "Photo:", "Credit:", "Courtesy of", "AP Photo/",
    credits.yaml `labels`, `phrases`, `agency_leads`), or a known agency or
    platform (credits.yaml `agencies`, `platforms`) as the body after its
    last slash or "via", or as the whole body ("Jane Doe/Flickr", "Handout
    via Reuters", "Getty Images"). A name and a place, two places or a title
    and a place ("St. Paul/Minneapolis", "Mona Lisa/Louvre", "Reuters/AP
    Building") have the shape of a credit but none of these marks; an
    agency's name before a slash counts as a lead-in only with a label's
    word (credits.yaml `labels`: "AP Photo/Jane Doe", not "Reuters/AP
    Building").

    A lead-in that holds a label's word ("Photo:", "Foto:", "Credit:",
    "Photo courtesy of", "AP Photo/") marks a credit whatever its body
    ("Photo: handout", "Photo courtesy of the artist"), as it does with no
    note. One without ("Courtesy of", "Provided by") is also everyday
    English ("courtesy of the storm": thanks to it), so beside a note its
    body must name someone (`_NAMES`) or no one at all (a blank credit,
    reported as one)."""
    if credit.lead is not None:
        labelled = grammar().picture.search(credit.part.text, *credit.lead) is not None
        # an agency's lead-in before a slash names a picture desk only with
        # a label's word ("AP Photo/"): "Reuters/AP Building" is a place
        if credit.slash is not None and not labelled:
            return False
        return labelled or credit.complete_lead or credit.is_empty or \
            _NAMES.search(credit.part.text, *credit.body) is not None
    body = credit.body_text
    last = _LAST_SOURCE.match(body)
    if last is not None and not body[:last.start(1)].rstrip(" \t/").lower().removesuffix("via").strip():
        return False    # "via Reuters" alone: a sentence's words ("came via Reuters"), qa133 A2
    return grammar().agency.fullmatch(body, last.start(1) if last else 0) is not None


def _find(text: str, breaks: list[int]) -> tuple[int, int] | None:
    """`find_credit`'s reading of a caption's one-line (`flatten`ed) text
    whose line breaks stood at `breaks`: the credit's span in `text`, or None."""
    g, line = grammar(), caption_line_pattern()
    lo = max(0, len(text.rstrip()) - LOOKAHEAD - 40)
    starts = [m.end() for m in _BOUNDARY.finditer(text, lo)]
    if breaks:
        starts = sorted(set(starts).union(at for at in breaks if at >= lo))
    if lo == 0:
        starts.insert(0, 0)
    for pos in starts:
        rest = text[pos:]
        if (line.hinted(rest) or rest.rstrip(" .)]")[-40:].lower().endswith(g.agency_names)) \
                and may_trail(text, pos):
            m = g.trailing.match(text, pos)
            if m and not lead_in(text, m):
                break
    else:
        m = g.leading.match(text)
        if m and lead_in(text, m):
            m = None
    if not m:
        return None
    start, end = m.span("credit")
    dangling = _DANGLING.search(text, start, end)
    if dangling:
        end = dangling.start()      # "Photo by: *": the emphasis's closing mark is no credit
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# Emphasis marks after a space at the end of a credit: Markdown's closing `*`
# or `_` that a blank credit left with no word to close on (`*... Photo by: *`,
# which CommonMark therefore reads as plain text).
_DANGLING = regex.compile(r"\s[*_]+\s*\Z")


# A letter or digit: what a credit body needs to name anyone (`is_empty`, run
# on every credit; a pattern string would be looked up in regex's cache each time).
_NAMING = regex.compile(r"[\p{L}\p{N}]")


@dataclass(frozen=True)
class Credit:
    """A credit part's text split up; spans are offsets into `part.text`."""

    part: Part
    lead: tuple[int, int] | None      # "Photo:", "AP Photo/", "Courtesy of"
    body: tuple[int, int]             # what the lead-in introduces (may be empty)
    slash: tuple[int, int] | None     # the slash after an agency lead-in
    complete_lead: bool               # "(AP Photo)": the lead-in is the whole credit

    @property
    def body_text(self) -> str:
        return self.part.text[self.body[0]:self.body[1]]

    @property
    def is_empty(self) -> bool:
        """True when nothing names a photographer or a source: no letter or
        digit in the body, or a licence alone ("Photo by: CC BY 2.0"), or a
        lead-in's photographer left blank before a bar ("Photo by: |
        The Courier": `credit_bodies.empty_slot`)."""
        if self.complete_lead:
            return False
        text = self.part.text
        return _NAMING.search(text, *self.body) is None or licence_only(text, *self.body) or \
            self.lead is not None and empty_slot(text, *self.body) is not None


    @property
    def courtesy_alone(self) -> tuple[int, int] | None:
        """The [start, end) of a courtesy that names no source, or None:
        "(Courtesy)", "(Photo courtesy)", a credit the writer closed without
        naming the source, or "(Photo: Courtesy)", a label whose body is that
        word alone, or "(Courtesy photo)", the same two words the other way
        round. Not a lead-in left open ("Photo courtesy of", "(photo
        courtesy:"), but an incomplete credit: AP's form is "Courtesy of" and
        the source (Stylebook, "photo credits")."""
        if self.lead is None:
            # "(Courtesy photo)": the same words as "(Photo courtesy)", a
            # house credit's shape, and no source either
            word = _COURTESY_NOUN.fullmatch(self.part.text, *self.body)
            return word.span(1) if word else None
        if self.is_empty:
            return self.lead if _COURTESY.fullmatch(self.part.text, *self.lead) else None
        word = _COURTESY_BODY.fullmatch(self.part.text, *self.body)
        return word.span(1) if word else None


# The courtesy lead-in with neither "of" nor a colon after it.
_COURTESY = regex.compile(r"(?i)(?:(?:photo|photos|photograph|image|picture|video)\s+)?courtesy")
# A label's body that is the word alone ("Photo: Courtesy.") or with a picture
# word ("Photo: Courtesy photo"); group 1 is the credit.
_COURTESY_BODY = regex.compile(r"(?i)\s*(courtesy(?:\s+(?:photo|photograph|image|picture)s?)?)[\s.]*")
# A body that is "courtesy" and a picture word ("Courtesy photo."); group 1 is the credit.
_COURTESY_NOUN = regex.compile(r"(?i)\s*(courtesy\s+(?:photo|photograph|image|picture)s?)[\s.]*")


def parse(part: Part) -> Credit:
    """The credit part split up, read across its line breaks as `find_credit` reads it."""
    flat, marks = flatten(part.text)
    m = grammar().whole.match(flat)

    def span(name: str) -> tuple[int, int]:
        return unflat(m.start(name), marks), unflat(m.end(name), marks)
    slash = span("slash") if m["slash"] is not None else None
    return Credit(part, span("lead") if m["lead"] is not None else None, span("body"), slash,
                  complete_lead=m["agency"] is not None and slash is None)


def blank_credit(text: str) -> bool:
    """`text` carries a credit (`find_credit`) that names nobody ("... (Photo by: )")."""
    span = find_credit(text)
    return span is not None and parse(Part.from_slice("credit", text, *span)).is_empty


def credits(doc: Document) -> dict[int, Credit]:
    """Every credit part of the document parsed once, by part index."""
    return doc.analysis("credits", lambda d: {p.index: parse(p) for p in d.parts
                                              if p.kind == "credit"})


def carve(kind: str, part: Part, start: int, end: int, **kw) -> Part:
    """A part over part.text[start:end], its segments taken from the parent's map."""
    segs, n = [], len(part.segments)
    for k, (t0, s0) in enumerate(part.segments):
        t1 = part.segments[k + 1][0] if k + 1 < n else len(part.text)
        if t1 <= start and k + 1 < n:
            continue
        if t0 >= end and segs:
            break
        lo = max(t0, start)
        segs.append((lo - start, s0 + lo - t0))
    return Part(kind, part.text[start:end], tuple(segs), **kw)


def found_credit(doc: Document, part: Part) -> tuple[int, int] | None:
    """`find_credit(part.text)` for a caption part, worked out once per part
    (`Document.per_part`): the readers' credit split and the caption checks
    (`caption_faults`) both ask it of every caption, and it is a tenth of a
    caption check's time."""
    return read_found(doc, part)[0]


def read_found(doc: Document, part: Part) -> tuple[tuple[int, int] | None, list[tuple[int, int]]]:
    """`read_credit(part.text)`, worked out once per part (see `found_credit`)."""
    return doc.per_part("credits.found", part, read_credit)


def split_credits(doc: Document) -> None:
    """Give every caption without a marked-up credit the credit found in its
    text. A blank marked-up credit (an empty credit element or field) counts as
    none here: a credit in the caption's text is still carved out and becomes
    the caption's (the blank one keeps its link to the caption), so a lead-in
    left open there ("... (Photo by: )") is reported beside the blank element.
    Beside a filled marked-up credit, only a credit in the text that names
    nobody is carved (the page prints that open lead-in too: nu68 #1); the
    marked-up one stays the caption's credit."""
    captions = [p for p in doc.parts if p.kind == "caption"]
    credit_only: dict[int, int] = {}
    for cap in captions:
        marked = cap.attrs.get("credit")
        filled = marked is not None and not (isinstance(marked, int) and 0 <= marked < len(doc.parts)
                                             and not doc.parts[marked].text.strip())
        span, notes = read_found(doc, cap)
        if span is None:
            continue
        if filled:
            if parse(Part.from_slice("credit", cap.text, *span)).is_empty:
                doc.add(carve("credit", cap, *span, attrs={"caption": cap.index, "split": True}))
            continue
        credit = doc.add(carve("credit", cap, *span, attrs={"caption": cap.index, "split": True}))
        cap.attrs["credit"] = credit.index
        if span[0] == 0 and notes_only(cap.text, span[1], notes):
            credit_only[cap.index] = credit.index   # "Photo: Jane Doe/AP", maybe "(CC BY 2.0)" after it
    if doc.format == "text":
        _link_credit_lines(doc, captions, credit_only)


def _link_credit_lines(doc: Document, captions: list[Part], credit_only: dict[int, int]) -> None:
    """Plain text puts the credit on its own line under the caption: link the two."""
    for cap in captions:
        nxt = cap.index + 1
        if cap.attrs.get("credit") is not None or nxt not in credit_only:
            continue
        gap = doc.source[cap.source_offset(len(cap.text)):doc.parts[nxt].source_offset(0)]
        if not gap.strip() and gap.count("\n") <= 1:
            cap.attrs["credit"] = credit_only[nxt]
