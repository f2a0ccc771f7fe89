"""Licence notes in a caption: set aside, so the credit beside them is read.

Creative Commons asks whoever reuses a picture to give its title, author,
source and licence, so a reused picture's caption often carries the licence
after its credit: "Photo by Jane Doe. Licensed under CC BY 2.0.", "Jane
Doe/Flickr (CC BY 2.0)", "Jane Doe (CC BY 2.0) / Flickr". The note is no
credit form, and a credit must end its caption (`credits.find_credit`), so
the credit before it was lost. `set_aside` takes every licence note (and an
edit note right after one: ", cropped", "Image cropped.") that ends a
caption out of its text. `credits.find_credit` sets them aside in every
caption: when the caption as written holds no credit, it reads the rest
with its usual reading, as if the notes were not there; either way it
gives the credit without a note at its edge, carrying offsets between
text and rest with `NoteOffsets`, so "Courtesy of Jane
Doe, CC BY 2.0" and "Courtesy of Jane Doe (CC BY 2.0)" have one credit,
"Courtesy of Jane Doe". A note between a credit's words or before its
closing bracket stays in it. Nothing here decides what a credit is: "Lake
Tahoe (CC BY 2.0)" leaves "Lake Tahoe", which is no credit, and a note
alone leaves nothing. `notes_only` tells a line that is a credit and its
notes alone, from the notes `find_credit` set aside (`credits.read_credit`).

The wordings (licence names, what may follow a version, lead-ins, edit
notes) are data: lint/data/credits.yaml `licence_names`, `licence_tails`,
`licence_leads`, `licence_edits`, each with its source there. Between an
entry's words any run of spaces, hyphens or dashes is allowed (or none), so
"CC BY-SA" is also "CC-BY-SA", "CC BY–SA" (en dash) and "CC BY‑SA"
(U+2011); a version ("4.0") and a port's code in capitals ("US", "IGO") may
follow, joined the same way ("CC BY‑2.0").
"""
from __future__ import annotations

from functools import cached_property, lru_cache

from .. import rx as regex

from ..diagnostic import Fix
from ..fix_offsets import FixMap
from ..regex_join import longest_first
from .credit_grammar import grammar, vocabulary

__all__ = ["REACH", "TAIL_MARKS", "NoteOffsets", "licence_line", "licence_only", "notes_only", "set_aside"]

# How far back from the caption's end notes are looked for, in characters:
# the credit reading looks at the last LOOKAHEAD + 40 (160) characters; two
# long-form notes and an edit note before the end fit in the rest.
REACH = 400

# What joins an entry's words: spaces (a no-break space too), a hyphen, the
# Unicode hyphens and dashes U+2010-U+2015 (non-breaking hyphen, en dash, em dash).
_JOIN = r"[\s\-\u2010-\u2015]"


def _entry(phrase: str) -> str:
    """One data entry as a pattern: its words, case ignored, joined by `_JOIN` runs."""
    words = regex.split(r"[\s\-]+", str(phrase).strip())
    return "(?i:" + f"{_JOIN}*".join(regex.escape(w) for w in words if w) + ")"


def _alternation(key: str) -> str:
    """The entries of credits.yaml `key` as one alternation, longest first
    (so "CC BY-SA" is tried before "CC BY"), the same in every run (`longest_first`)."""
    items = sorted({" ".join(str(x).split()) for x in vocabulary().get(key) or ()}, key=longest_first)
    return "(?:" + "|".join(_entry(x) for x in items) + ")"


_EDGE_BEFORE = r"(?<![\p{L}\p{N}])"
_EDGE_AFTER = r"(?![\p{L}\p{N}])"


@lru_cache(maxsize=None)
def _licence() -> str:
    """One licence as a pattern: an optional lead-in ("Licensed under"), a
    name, a version and the tails after it (credits.yaml)."""
    edge, after = _EDGE_BEFORE, _EDGE_AFTER
    version = rf"(?:{_JOIN}*\d{{1,2}}(?:\.\d{{1,2}})?{after})?"
    tail = rf"(?:{_JOIN}+(?:{_alternation('licence_tails')}|(?-i:\p{{Lu}}{{2,3}})){after})*"
    lead = rf"(?:{edge}{_alternation('licence_leads')}{after}\s*:?\s*)?"
    return rf"{lead}{edge}{_alternation('licence_names')}{after}{version}{tail}"


@lru_cache(maxsize=None)
def _alone() -> regex.Pattern:
    """A licence with nothing else but white space, brackets and a stop."""
    return regex.compile(rf"[\s(\[]*{_licence()}\s*\.?[\s)\]]*\.?\s*")


def licence_only(text: str, start: int, end: int) -> bool:
    """`text[start:end]` is a licence and nothing else (white space, brackets
    and a stop aside): "CC BY 2.0", "(Public domain)". Such a credit body
    names no one ("Photo by: CC BY 2.0")."""
    return _named().search(text, start, end) is not None and _alone().fullmatch(text, start, end) is not None


@lru_cache(maxsize=None)
def _opening() -> regex.Pattern:
    """A licence opening a text, with white space, brackets and a stop after it."""
    return regex.compile(rf"[\s(\[]*{_licence()}\s*\.?[\s)\]]*")


def licence_line(line: str) -> bool:
    """`line`, a caption's line of its own, names no one: a licence alone
    (`licence_only`), perhaps with separators after it, as if another
    licence followed ("CC BY-SA 4.0 /", "CC BY 2.0 —": `_DANGLING`), or
    with its source after a slash (`_sourced`: "CC BY 2.0 / via Flickr",
    "CC BY 2.0 / Wikimedia Commons")."""
    line = line.rstrip()
    sep = _LINE_END.search(line)
    if licence_only(line, 0, sep.start() if sep else len(line)):
        return True
    opening = _opening().match(line) if _named().search(line) else None
    return opening is not None and _sourced(line, opening.end(), len(line))


@lru_cache(maxsize=None)
def _pattern() -> regex.Pattern:
    after = _EDGE_AFTER
    licence = _licence()
    # A note in brackets, or after a sentence's end, a comma, a semicolon, a
    # slash, a bar, a dash or a line break ("\n": `set_aside`'s `breaks`);
    # one not in brackets must end there too: at the end, before one of
    # those (a line break too, so each of two licence lines is a note), or
    # with a stop before a space.
    bracketed = rf"\s*[(\[]\s*{licence}\s*\.?\s*[)\]]"
    # A slash that ends a line is the line's own ("Photo: Jane Doe /" over
    # "CC BY 2.0": an empty slot), no separator: the line break is.
    lead_sep = r"(?:(?<=[.!?])\s+|\s*(?:[,;|]|/(?![ \t]*\n))\s*|\s+[-\u2013\u2014]\s+|\s*[\u2013\u2014]\s*|\n)"
    ends = r"(?=\s*(?:$|[,;|/(\[)\]\u2013\u2014]|-(?:\s|$))|(?<=\.)\s|\n)"
    plain = rf"{lead_sep}{licence}(?:\s*\.(?=\s|$))?{ends}"
    edit = _alternation("licence_edits")
    edits = (rf"(?:\s*[(\[]\s*{edit}{after}\s*\.?\s*[)\]]"
             rf"|(?:\s*[,;]\s*|(?<=[.)\]])\s+){edit}{after}(?:\s*\.(?=\s|$))?{ends})*")
    # A note never starts inside a run of white space: one that could
    # starts at the run's first character too, and trying each character of
    # the run against the separators' `\s*` again made the search quadratic.
    return regex.compile(rf"(?<!\s)(?:{bracketed}|{plain}){edits}")


@lru_cache(maxsize=None)
def _named() -> regex.Pattern:
    """A licence name's first word ("CC", "Creative", "public", "gemeinfrei"):
    a caption without one holds no note, and this test is a tenth of the
    note pattern's time on such a caption."""
    firsts = {regex.split(r"[\s\-]+", str(x).strip())[0].lower() for x in vocabulary().get("licence_names") or ()}
    return regex.compile(r"(?i)(?<![\p{L}\p{N}])(?:" + "|".join(map(regex.escape, sorted(firsts))) + r")(?!\p{L})")


def set_aside(text: str, breaks: list[int] = ()) -> tuple[str, list[tuple[int, int]]] | None:
    """(rest, cuts): `text` without the licence notes that end it, and each
    note's [start, end) in `text` (the separator before it included), in
    order; None when it holds no such note. `breaks` are the offsets just
    after each space that stands for a line break (`credit_flatten.flatten`'s
    marks): a plain note may start on a line of its own there
    ("Getty Images<br>Public domain"), the space being its separator. Only notes at the end are set
    aside: after the last one come only stops, quotes, closing brackets and
    white space (`_TAIL`), or a source and those ("Jane Doe (CC BY 2.0) /
    Flickr", "CC BY 2.0 / via Wikimedia Commons": a slash, perhaps "via",
    and a known agency or platform, credits.yaml `agencies`, `platforms`);
    between two notes only white space, or that source once. A note that
    starts a line and has its source on that line is a licence line with
    its source (`licence_line`: "...<br>CC BY 2.0 / Flickr"), and the source
    is set aside with it, as the line's own: the credit is what the line
    follows ("(Photo: Jane Doe)<br>CC BY 2.0 / via Flickr"). A separator
    left after a note (",", ";", "|", "/", a dash: "CC BY-SA 4.0 /" ending a
    figcaption, or over another licence line) is set aside with it, so the
    caption reads as without it; a slash that ends a line before a note is
    the line's own ("Photo: Jane Doe /<br>CC BY 2.0": an empty slot).
    A note mid-caption ("Photo (CC BY 2.0) by the river") or opening it is
    left as written. Notes are looked for in the last REACH characters.
    Offsets in `rest` go back to `text`, and `text`'s to `rest`, with
    `NoteOffsets`."""
    lo = max(0, len(text) - REACH)
    if not _named().search(text, lo):
        return None
    while lo and text[lo - 1].isspace():   # a note may start at a run of white space before the reach
        lo -= 1
    lined = _lined(text, breaks, lo)
    cuts = [m.span() for m in _pattern().finditer(lined, lo)]
    end = len(text)
    while end and (text[end - 1] in _TAIL or text[end - 1].isspace()):
        end -= 1
    kept: list[tuple[int, int]] = []
    sourced = False
    for start, stop in reversed(cuts):
        if stop < end and not _SPACE.fullmatch(text, stop, end):
            if _DANGLING.fullmatch(text, stop, end):
                stop = end      # a separator left after a note ("CC BY-SA 4.0 /") goes with it
            elif sourced or not _sourced(text, stop, end):
                break
            else:
                sourced = True
                if "\n" in _LEAD.match(lined, start).group() and "\n" not in lined[stop:end]:
                    stop = end  # a licence line with its source (`licence_line`): the source is the line's, no credit's
        kept.append((start, stop))
        end = start
    if not kept:
        return None
    kept.reverse()
    pieces, last = [], 0
    for start, stop in kept:
        pieces.append(text[last:start])
        last = stop
    pieces.append(text[last:])
    return "".join(pieces), kept


def _lined(text: str, breaks: list[int], lo: int) -> str:
    """`text` with the space before each of `breaks` at or after `lo` a line
    break again, for the note pattern's separators; the breaks before `lo`
    are left as spaces (the search starts there, and a look-behind sees a
    space as it sees a line break)."""
    pieces, last = [], 0
    for at in breaks:
        if lo <= at <= len(text) and at and text[at - 1] == " ":
            pieces += (text[last:at - 1], "\n")
            last = at
    return "".join(pieces) + text[last:] if pieces else text


# What may follow the last note, and a credit at a caption's end, with
# white space: stops, quotes, closing brackets.
TAIL_MARKS = ".!?…\"'”’»)]"
_TAIL = frozenset(TAIL_MARKS)
_SPACE = regex.compile(r"\s*")
# A separator left after a note, with white space: "CC BY-SA 4.0 /" (or a
# dash, "CC BY-SA 4.0 —") ending a figcaption as it does above another
# licence line (`licence_line`: `_html_media.credit_block` passes over such
# a line too). A hyphen is a dash only after a space.
_SEPARATORS = r"(?:\s*(?:[,;|/\u2013\u2014]|(?<=\s)-))+\s*"
_DANGLING = regex.compile(_SEPARATORS)
_LINE_END = regex.compile(_SEPARATORS + r"\Z")
# What may stand between a note's end and a known source after it: a slash,
# and "via" after it ("CC BY 2.0 / via Wikimedia Commons").
_SOURCE_SLASH = regex.compile(r"\s*/(?:\s*(?i:via)(?=\s))?")
# What leads a note up to its licence's first letter: its separator, a bracket.
_LEAD = regex.compile(r"[^\p{L}\p{N}]*")


def _sourced(text: str, at: int, end: int) -> bool:
    """`text[at:end]` is a slash and a known agency or platform, "via" perhaps
    between ("/ Flickr", "/ via Wikimedia Commons")."""
    slash = _SOURCE_SLASH.match(text, at, end)
    return slash is not None and grammar().agency.fullmatch(text, slash.end(), end) is not None


class NoteOffsets:
    """Offsets between a caption's `text` and the rest `set_aside` left of
    it (the notes at `cuts`, their [start, end) in `text`, taken out), both
    ways, for one caption read (`credits.read_credit`). Each way's
    `fix_offsets.FixMap` is built once, when first asked, however many
    offsets it then carries. `rest`, when given, is that rest (`text_offset`
    reads it at a credit's end)."""

    def __init__(self, text: str, cuts: list[tuple[int, int]], rest: str | None = None):
        self.text, self.cuts, self.rest = text, cuts, rest

    @cached_property
    def _removed(self) -> FixMap:
        """The notes as fixes that delete them: the text's offsets to the rest's."""
        return FixMap([Fix(start, stop, "") for start, stop in self.cuts])

    @cached_property
    def _restored(self) -> FixMap:
        """Each note put back as an insertion at its place in the rest: the
        rest's offsets to the text's. Notes side by side in the text are one
        insertion (a FixMap takes no two fixes at one point)."""
        fixes: list[Fix] = []
        shift = 0
        for start, stop in self.cuts:
            here = start - shift
            if fixes and fixes[-1].start == here:
                fixes[-1] = Fix(here, here, fixes[-1].replacement + self.text[start:stop])
            else:
                fixes.append(Fix(here, here, self.text[start:stop]))
            shift += stop - start
        return FixMap(fixes)

    def text_offset(self, at: int, end: bool = False) -> int:
        """Offset `at` in the rest as an offset in the text. Where a note was
        cut out, a start goes after the note and an end (`end`) before it: a
        credit's span never takes in a note at its edge. Given the `rest`, an
        end after a note's place with only stops, quotes and white space
        between (`_EDGE`: "Photo by Jane Doe (CC BY 2.0).") goes before the
        note too; one with more between (a closing bracket, a source) stays
        after it. `fix_offsets.FixMap` over the notes put back does the
        mapping: it keeps a place it is told is a start before an insertion
        and moves any other after it, so a credit's end is passed as its
        `start`."""
        restored = self._restored
        if end and self.rest is not None:
            at = next((here for here in restored.starts if here <= at and _EDGE.fullmatch(self.rest, here, at)), at)
        return restored.to(at, start=end)

    def rest_offset(self, at: int) -> int | None:
        """Offset `at` in the text as an offset in the rest, or None when it
        is inside a note that was cut out (`fix_offsets.FixMap` over the
        notes' deletions)."""
        removed = self._removed
        return None if removed.overlaps(at, at) else removed.to(at)


# What may stand between a note's place and a credit's end for the note to be at its edge.
_EDGE = regex.compile(r"[\s.!?…\"'”’»]*")


def notes_only(text: str, at: int, cuts: list[tuple[int, int]]) -> bool:
    """`text[at:]` holds nothing but white space, the licence notes at
    `cuts` (their [start, end) in `text`, as `set_aside` gave them) and the
    stop that ends the sentence before one: "Photo: Jane Doe/AP (CC BY
    2.0)" or "Photo by Jane Doe. Licensed under CC BY 2.0." after its credit
    is still a line that is its credit alone."""
    pos = at
    for start, stop in cuts:
        if stop <= pos:
            continue
        if not _BLANK.fullmatch(text, pos, max(pos, start)):
            return False
        pos = stop
    return not text[pos:].strip()


_BLANK = regex.compile(r"\s*\.?\s*")
