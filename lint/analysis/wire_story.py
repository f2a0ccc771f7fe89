"""Whether a story is raw wire copy, as the agencies send it: it opens with
a wire dateline that ends in a plain hyphen, dated or naming the agency
(`WASHINGTON, March 20 -`, `LONDON (Reuters) -`). Newspaper copy sets its dateline with a
typeset dash (`WASHINGTON —`, `DALLAS (AP) —`: PolNeAR train and dev-tune).

Read by the quote rules (a wire's untagged quote after its speaker's reported
speech, `quote_reported`) and by titles.case (a sport's slug before a
headline, `headline_wire.wire_lead`, qa168 #1); one reading for both.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Document, Part
from ..rule_cache import load_data
from .calendar import MONTHS, WEEKDAYS
from .speech_cues import word_lists

__all__ = ["wire_copy"]

# Part kinds (document.PART_KINDS) that may stand above a wire dateline: they
# frame the story (a page's title, who wrote it, its dek, its metadata) and are no text of it;
# a plain-text dek does not (`wire_copy`)
FRAMING = frozenset({"title", "byline", "dek", "field"})
# A dateline part's words: letters, or digits
_WORDS = regex.compile(r"\p{L}+|\d+")
# An agency's name in parentheses and a plain hyphen ending a dateline
_AGENCY_HYPHEN = regex.compile(r"\((?P<agency>[^()\n]{1,40})\)\s*-$")


def wire_copy(doc: Document) -> bool:
    """The story opens with a wire dateline (a reader marked it `wire`) that
    ends in a plain hyphen, as the wire sends it, and is dated (holds a
    digit: `WASHINGTON, March 20 -`) or names a wire agency (`LONDON
    (Reuters) -`: `_agency_hyphen`, fx305); a typeset dash (`WASHINGTON —`,
    `DALLAS (AP) —`) is a newspaper's. The
    dateline opens the story's first text part: above it may stand only a
    headline, and not one closed by a full stop, which reads as the lede's
    first sentence (`The council met on Monday.`), as it does in HTML; and
    what frames a story without being its text (`FRAMING`): a page's
    `<title>` or a title field, a byline (`By Jo Smith`, a front-matter
    `author:`), a dek (a front-matter `description:`, an HTML meta
    description: fx305; not a plain-text subhead, which the reader tells
    from a story paragraph left without its stop by no more than its
    lack of a stop, qa185 #3), another
    front-matter or meta field (`date:`, `tags:`)
    (qa172 #7), a heading that repeats the headline or title (a Markdown
    `# Road money` under a front-matter `title: Road money`, qa176 #5), and
    a date line (`March 3, 2026` under a byline, qa176 #6: `_date_line`).
    Cached on the document."""
    return doc.analysis("wire_copy", _opens_with_wire_dateline)


def _opens_with_wire_dateline(doc: Document) -> bool:
    line = next((p for p in doc.parts if p.kind == "dateline" and p.attrs.get("wire")), None)
    if line is None or not (line.text.rstrip().endswith(" -") and any(c.isdigit() for c in line.text)
                            or _agency_hyphen(line.text)):
        return False
    at = line.source_offset(0)
    above = [p for p in doc.parts if p is not line and p.text.strip() and p.source_offset(0) < at]
    titles = {p.text.strip().casefold() for p in doc.parts if p.kind in ("title", "headline")}
    return all(p.kind in FRAMING and not (p.kind == "dek" and doc.format == "text")
               or p.kind == "headline" and not p.text.rstrip().endswith(".")
               or p.kind == "heading" and p.text.strip().casefold() in titles or _date_line(p) for p in above)


def _agency_hyphen(dateline: str) -> bool:
    """The dateline ends in a wire agency's name in parentheses and a plain
    hyphen (`LONDON (Reuters) -`, `Houston, Texas (AP) -`): `wire_agencies`
    in lint/data/attribution.yaml, spelt as listed or in capitals as a caps
    dateline sets it (`(REUTERS) -`); no other case (`(Pa) -`, `(ap) -`:
    qa185 #6), and no two letters that are a US state's postal code
    (names.yaml `state_abbreviations`: `HARRISBURG (PA) -` sets a state, not
    PA Media; rr46a #4)."""
    m = _AGENCY_HYPHEN.search(dateline.rstrip())
    if m is None:
        return False
    agency = " ".join(m["agency"].split())
    return agency in _wire_agencies() and not (len(agency) == 2 and agency in _state_codes())


@lru_cache(maxsize=None)
def _wire_agencies() -> frozenset[str]:
    """attribution.yaml `wire_agencies` as listed and in capitals (`AP`,
    `Reuters`, `REUTERS`): the two spellings `_agency_hyphen` takes."""
    listed = [str(a) for a in word_lists()["wire_agencies"]]
    return frozenset(listed + [a.upper() for a in listed])


@lru_cache(maxsize=None)
def _state_codes() -> frozenset[str]:
    """names.yaml `state_abbreviations`, the postal codes among them (`PA`, `TX`)."""
    return frozenset(str(a) for a in load_data("names.yaml")["state_abbreviations"] if str(a).isupper())


def _date_line(part: Part) -> bool:
    """`part` is a dateline that gives only a date: digits, and words that
    are months or weekdays (`calendar`: `March 3, 2026`, `Tue. 3 March
    2026`), no place (`WASHINGTON —`)."""
    words = _WORDS.findall(part.text)
    return part.kind == "dateline" and any(w.isdigit() for w in words) \
        and all(w.isdigit() or w.lower() in MONTHS or w.lower() in WEEKDAYS for w in words)
