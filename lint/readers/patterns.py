"""Patterns the readers share, and the helper that cuts spans out of a part."""
from __future__ import annotations

from .. import rx as regex

from ..analysis.credits import caption_line_pattern
from ..document import Part
from ._stitch import Builder

URL = regex.compile(r"""(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>"“”']+[^\s<>"“”'.,;:!?)\]]""",
                    regex.IGNORECASE)
# Every URL match holds "://" or a "www." in some case, so does its "ww." part.
_URL_HINTS = ("://", "ww.", "wW.", "Ww.", "WW.")


def may_hold_url(text: str, start: int = 0, end: int | None = None) -> bool:
    """False when text[start:end] surely holds no URL: plain `find`s, far
    cheaper than running URL over the text (most copy has no link)."""
    end = len(text) if end is None else end
    return any(text.find(hint, start, end) != -1 for hint in _URL_HINTS)


class _CaptionLine:
    """Lines that are a photo caption or credit rather than body copy. The
    credit vocabulary is data (lint/data/credits.yaml), shared with credit
    splitting; it is loaded on the first line tested, not at import, so a
    run that reads no plain text never pays for it."""

    @staticmethod
    def match(line: str) -> bool:
        return caption_line_pattern().match(line)

    @staticmethod
    def alone(line: str) -> bool:
        """The line is a credit and nothing else."""
        return caption_line_pattern().alone(line)


CAPTION_LINE = _CaptionLine()

# `LONDON, March 3 (Reuters) -` or `WASHINGTON (AP) —` opening a wire story,
# or a press release's dateline, as the distributors set it: PR Newswire's and
# GlobeNewswire's `MILLBROOK, Ohio, Nov. 18, 2025 /PRNewswire/ --` (the
# distributor between slashes), Business Wire's `AUSTIN, Texas--(BUSINESS
# WIRE)--` (the text may follow the dashes with no space; its classic form
# sets the date after the wire's name, `BOSTON--(BUSINESS WIRE)--Nov. 5, 2025--`,
# `bw_date`, read only with its year, as the release's own date; some
# reprints space them, `SAN FRANCISCO, March 3, 2026 -- (BUSINESS WIRE) --`), the
# date between dashes or in parentheses (`DAYTON, Ohio – Feb. 3, 2026 –`,
# `AUSTIN, Texas (Oct. 28, 2026) –`), and ACCESSWIRE's `NEW YORK, NY /
# ACCESSWIRE / March 3, 2026 /` (distributor, then date, each closed by a
# slash; no dash), and Newsfile's `Vancouver, British Columbia--(Newsfile
# Corp. - March 3, 2026) -` (there, with a distributor and a dated
# year after `--(`, the place may be in mixed case). A place in title case
# (one to three capitalised words, an optional `, State`) is a dateline too
# when a comma and a date follow it, then a dash (an agency in parentheses
# may stand before it): `Sydney, March 3 -`, `Harbor City, Nov. 12 (Courier) -` (AP's
# "datelines"; nu26 #11); a weekday or a preposition is no place (`On
# Tuesday, March 3 -`: `_NO_PLACE`). Two or three such words are as often a
# person's name (`Tom Smith, March 3 -`, fx88), which no list tells from a
# place, so they are a place only in a shape a name does not take
# (`_SAFE_PLACE`): with a state or country after a comma (`Portland, Maine,
# Nov. 12 -`, `Ann Arbor, Mich., March 3 -`), an agency after the date (`New York, March 3 (Reuters) -`), or
# a generic place word (`_PLACE_WORDS`: `Harbor City`, `Fort Worth`). The
# date may carry its year; `date` and `year` name it wherever it stands. A
# title-case place with a state and a wire's name in parentheses needs no
# date (`Lincoln, Neb. (AP) —`: `_AGENCY`).
_DATE = r"(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?P<year>,\s*\d{4})?)"
# A wire's day-first date after a place in capitals (Reuters' `LONDON, 3 March
# (Reuters) -`; nu70 #9): a month's name or its abbreviation, the year after a
# space. Only with a wire's name in parentheses after it, and a place that is
# no weekday or label (`TUESDAY, 3 March 2025 -`, `FOR IMMEDIATE RELEASE, 3
# March 2025 -`, `PRESS RELEASE, 3 March 2025 (PA) -` are no datelines:
# qa370 #2, qa378 #4). `dmy` marks the form.
_DAY_FIRST = (r"(?P<dmy>(?P<date>\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September"
              r"|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?![\p{L}])"
              r"(?P<year>\s+\d{4})?))(?=\s*\(AGENCY\))")
_NOT_A_PLACE = (r"(?!(?i:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY|TODAY|TONIGHT|YESTERDAY"
                r"|FOR|EMBARGOED|EXCLUSIVE|UPDATED?|CORRECTED|CORRECTION|BREAKING|URGENT|ADVISORY|NOTE"
                r"|EDITOR'?S|EDITOR|ANALYSIS|COMMENT|FACTBOX|RELEASE|PRESS|MEDIA|NEWS|TOMORROW|STATEMENT"
                r"|REMINDER|BULLETIN|ALERT|OPINION|EDITORIAL|INTERVIEW|VIDEO|PHOTOS?)(?![\p{L}'’]))")
_NO_PLACE = (r"(?!(?:On|In|At|By|For|From|Since|Until|Through|Before|After|The|This|That|Last|Next|Early|Late"
             r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Tonight|Yesterday)\b)")
# A word ends where its letters do: a space, a comma or a parenthesis
# follows it wherever it stands, and no look-behind is tried again at every
# shorter end of a long run (`Aa-a-a-…`, 10,000 characters took 8 s; fx467).
_TITLE_WORD = _NO_PLACE + r"\p{Lu}[\p{Ll}\p{M}'’.-]*\p{Ll}(?![\p{L}\p{M}'’.-])"
# Generic words of a place's name, never a given name or a common surname
# (not Park, West, Lake, Hill, Bay, Beach: Kim Park, Tom West, Michael Bay, Sylvia
# Beach, qa63 #7): the last word's, then the first's.
_PLACE_WORDS = (r"(?:City|Town|Township|Village|Springs|Falls|Heights|Harbor|Harbour|Island|Islands"
                r"|Valley|County|Creek|Junction)", r"(?:Fort|Port|Mount|San|Santa|Los|Las|Saint|New)")
# AP's abbreviation of a state after a place (`Mich.`, `Calif.`, `N.Y.`), not a name's suffix.
_STATE = r"(?!(?:Jr|Sr|Esq|Ph)\.)\p{Lu}[\p{L}.]{0,6}\.(?=,)"
# A title-case place with its state and a news agency, no date (AP's `Lincoln,
# Neb. (AP) —`, `Houston, Texas (Reuters) -`): a name takes neither a state
# nor an agency after it (qa148 #22). The agencies are the wires that set
# their name in a dateline.
_STATE_ABBR = r"(?!(?:Jr|Sr|Esq|Ph)\.)\p{Lu}[\p{L}.]{0,6}\."
_AGENCY = r"(?i:AP|Reuters|AFP|UPI|Bloomberg|CP|dpa|Xinhua|Kyodo|PA|ANSA|EFE|TASS)"   # any case: "(ap)" (qa155 #9)
# After a title-case place of a dateline: one word, a state after a comma, a
# place word, or an agency in parentheses after the date (see above).
_SAFE_PLACE = (rf"(?(region)|(?:(?<=^{_TITLE_WORD})|(?<=\s{_PLACE_WORDS[0]})|(?<=^{_PLACE_WORDS[1]}\s\S+(?:\s\S+)?)"
               r"|(?=,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\()))")
WIRE_DATELINE = regex.compile(
    r"""^(?P<dateline>
        (?P<place>\p{Lu}[\p{L}\p{M} .'-]{1,40}?(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?)
           --\((?P<distributor>\p{Lu}[^()\n-]{1,30}?)\s+[-–—]\s+DATE(?<=\d{4})\)\s*[-–—]{1,2}
      | (?P<place>NOTPLACE\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,\s*\p{Lu}[\p{L}.]*(?:\s[\p{L}.]+)?)?),\s*DMY
           \s*\((?P<agency>AGENCY)\)\s*(?:[-–—]{1,2}|(?<=\)\s)_)
      | (?P<place>\p{Lu}[\p{Lu}\p{M} .'-]{1,40}(?:,\s*[\p{L}.]+(?:\s[\p{L}.]+)?)?)
        (?:(?:,\s*DATE|\s*\(DATE\))?
           (?:\s*\((?P<agency>[^)]{1,30})\)|\s*/(?P<distributor>[^/\n]{1,30})/
              |\s*--\s*\((?P<distributor>[^)\n]{1,30})\)|\s+[-–—]{1,2}\s+DATE(?=\s*[-–—]))?
           (?P<bw_date>(?<=\))--DATE(?<=\d{4})(?=--))?
           \s*(?:[-–—]{1,2}|(?<=\)\s)_)
         |\s+/\s*(?P<distributor>[^/\n]{1,30}?)\s*/\s+DATE\s+/)
      | (?P<place>TITLE(?:\sTITLE){0,2}(?P<region>,\s*(?:TITLE(?:\sTITLE)?|STATE))?)SAFE
        ,\s*DATE(?:\s*\((?P<agency>[^)\n]{1,30})\))?\s*[-–—]{1,2}
      | (?P<place>TITLE(?:\sTITLE){0,2}(?P<region>,\s*(?:TITLE(?:\sTITLE)?|ABBR)))
        \s*\((?P<agency>AGENCY)\)\s*(?:[-–—]{1,2}|(?<=\)\s)_)
    )(?:\s|(?<=\)--)(?=\p{Lu})|(?(bw_date)(?<=--)(?=\p{Lu})|(?!)))""".replace("DATE", _DATE)
    .replace("DMY", _DAY_FIRST).replace("NOTPLACE", _NOT_A_PLACE).replace("TITLE", _TITLE_WORD)
    .replace("SAFE", _SAFE_PLACE).replace("STATE", _STATE)
    .replace("ABBR", _STATE_ABBR).replace("AGENCY", _AGENCY), regex.VERBOSE)

# Each WIRE_DATELINE match holds one of three things: a "(" (the `--(Distributor
# - date)` form, and the agency after a title-case place and its state), a place
# in capitals (a capital, then a capital, a mark, a space or one of . ' -), or a
# comma before a date (`, Nov. 12`, which a title-case place needs). Most
# paragraphs hold none, and the whole pattern takes 0.1-0.4 ms to fail on one
# (its title-case alternatives' look-behinds), so `dateline_match` tests them
# first (pf60; tests/test_quick_tests.py checks it against the pattern alone).
_CAPS_OPENING = regex.compile(r"\p{Lu}[\p{Lu}\p{M} .'-]")
_COMMA_DATE = regex.compile(r",\s*[A-Z][a-z]{2,8}\.?\s+\d")


def dateline_match(text: str) -> "regex.Match | None":
    """`WIRE_DATELINE.match(text)`, with its failure on ordinary copy found cheaply."""
    if "(" in text or _CAPS_OPENING.match(text) or _COMMA_DATE.search(text):
        return WIRE_DATELINE.match(text)
    return None


def mask_spans(kind: str, src: str, start: int, end: int, cut: list[tuple[int, int]],
               **kw) -> Part:
    """A part over src[start:end] with the `cut` source spans left out of its text.

    What remains is stitched into one text with its segment map, so offsets
    into the text still map exactly onto the source.
    """
    if not cut:
        return Part.from_slice(kind, src, start, end, **kw)
    kept, pos = Builder(), start
    for c_start, c_end in sorted(cut):
        kept.add(src[pos:c_start], pos)      # empty (and skipped) where cuts overlap
        pos = max(pos, c_end)
    kept.add(src[pos:end], pos)
    return Part(kind, kept.text(), tuple(kept.segments) or ((0, start),), **kw)
