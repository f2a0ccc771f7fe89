"""The publication date of a web page, from the candidates `PageMeta` ranked.

Values come as the web writes them: ISO 8601 (`2019-11-19T19:47:00Z`),
`November 19, 2019, 07:47 PM EST`, RFC 2822 (`Tue, 19 Nov 2019 07:47:00
-0500`), `2019/11/19`, Unix time in seconds or milliseconds. Only the
calendar date is kept. A candidate that cannot be a publication date
(`lint.analysis.calendar.implausible_publication`: a CMS placeholder such as
`0001-01-01`, or a date in the future) is skipped with a `file.implausible-date` notice
and the next source is tried; a modified date is never a candidate. With no
date in the markup, htmldate reads the page's text and scripts (no position).
"""
from __future__ import annotations

import datetime as dt
import warnings
from collections.abc import Iterable

from .. import rx as regex

from ..analysis.calendar import MONTH_WORDS, MONTHS, implausible_publication, parse_date_line
from ..document import Document, Part
from ._conventions import not_a_date, refused_date
from ._html_meta import RANK_URL, DateCandidate, PageMeta
from ._text_stamps import DATE_AND_CLOCK, TIME_ONLY

_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_FORMS = regex.compile(rf"""^\s*{_WEEKDAY}(?:
      (?P<y>\d{{4}})[-/.](?P<m>\d{{1,2}})[-/.](?P<d>\d{{1,2}})(?!\d)      # 2019-11-19, 2019/11/19
    | (?P<y2>\d{{4}})(?P<m2>\d{{2}})(?P<d2>\d{{2}})(?:T|$)             # 20191119T...
    | (?P<mn>{MONTH_WORDS})\.?\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y3>\d{{4}})(?!\d)
    | (?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mn4>{MONTH_WORDS})\.?,?\s+(?P<y4>\d{{4}})(?!\d)
    | (?P<epoch>\d{{10}}(?:\d{{3}})?)\s*$                            # Unix time
)""", regex.IGNORECASE | regex.VERBOSE)
_UTC = regex.compile(r"(?:Z|[+-]00:?00|\bUTC|\bGMT)\s*$", regex.IGNORECASE)
# A word an update stamp's lead holds (`updated_leads` of lint/data/plain_text.yaml),
# where a stamp line writes it: a cheap test before the stamp is read.
_UPDATE_WORD = regex.compile(r"(?i:updated|modified)")
# A definition list's term that names a site's stamp, byline or furniture, no fact of the story
# (`Published`, `Last updated`, `Filed under`, `By`, `Tags`, `Share this`), a colon after it or not.
STAMP_TERM = regex.compile(
    r"\s*(?:(?:(?:first|last|originally)\s+)?(?:published|updated|posted|modified|filed|sent|written|edited|created)"
    r"(?:\s+(?:on|at|in|under|by))?|by|(?:story|text|words|photos?|photography)(?:\s+by)?|authors?|writers?|bylines?|contributors?|tags?|tagged|topics?"
    r"|categor(?:y|ies)|sections?|keywords?|share(?:\s+(?:this|on|via)(?:\s+\w+)?)?|reading\s+time|comments?)"
    r"\s*:?\s*", regex.IGNORECASE)
# A term that is a word, a fact box's (`Final vote`, `2019`), no icon (`🕒`, `•`).
_WORD = regex.compile(r"[\p{L}\p{N}]")
_DATE_AND_CLOCK = regex.compile(DATE_AND_CLOCK)       # (`7:05 p.m. Dec. 1`)
# A name a stamp's description gives: one to four capitalised words (`Jane Doe`, `City Desk`).
_NAME = regex.compile(r"\s*\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,3}\s*")
_URL_DATE = regex.compile(r"/((?:19|20)\d\d)[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\d|3[01])(?=[/-]|$)"
                          r"|/((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])/")


def parse_published(value: str) -> dt.date | None:
    """The calendar date a metadata value states, or None."""
    m = _FORMS.match(value or "")
    if not m:
        return None
    try:
        if m["epoch"]:
            seconds = int(m["epoch"][:10])
            return dt.datetime.fromtimestamp(seconds, dt.timezone.utc).date()
        if m["y"]:
            return dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        if m["y2"]:
            return dt.date(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        if m["y3"]:
            return dt.date(int(m["y3"]), MONTHS[m["mn"].lower()], int(m["d3"]))
        return dt.date(int(m["y4"]), MONTHS[m["mn4"].lower()], int(m["d4"]))
    except (ValueError, OverflowError, OSError):
        return None


def url_date(url: str) -> dt.date | None:
    """A date written in a page's URL path (`/2019/11/19/`, `/2019-11-19-`, `/20191119/`)."""
    m = _URL_DATE.search(url or "")
    if not m:
        return None
    y, mo, d = (m[1], m[2], m[3]) if m[1] else (m[4], m[5], m[6])
    try:
        return dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None


def update_stamp(part: Part) -> bool:
    """Whether a page's part is a time stamp line alone that holds an
    update's stamp (`Updated 9:14 a.m. Dec. 1, 2026`, `Published Nov. 30,
    2026 | Updated Dec. 1, 2026`: `_text_stamps.stamp_line`): a paragraph
    or a dateline element whose whole text is the stamp (a CMS's `<p
    class="timestamp">`, a live blog's stamp between its entries)."""
    from ._text_stamps import stamp_line

    return part.kind in ("paragraph", "dateline") and len(part.text) <= 80 \
        and _UPDATE_WORD.search(part.text) is not None and stamp_line(part.text.strip()) is not None


def stamp_list(items: list[Part]) -> bool:
    """A run of a definition list's items (`<dt>` terms, `<dd>` descriptions,
    in page order) is a site's stamp box, no fact box of the story: a term
    names a stamp, a credit or the page's furniture (`STAMP_TERM`:
    `Published`, `Updated`, `Sent`, `By`, `Story`, `Filed under`, `Tags`,
    `Share`), or no term is a word (an icon, `🕒`, or no `<dt>` text) and
    every description is only a date, a time or a name, one at least a date
    or a time (`Dec. 1, 2026 7 PM`, `3 hours ago`, `Jane Doe`). A fact box
    whose terms are the story's words (`Public hearing` / `3 October 2026`,
    `Mayor` / `Jane Smithsen`, `Term ends` / `Jan. 1, 2028`) is story text:
    False, dates or not."""
    terms = [p.text for p in items if p.attrs.get("block") == "dt"]
    if any(STAMP_TERM.fullmatch(t) for t in terms):
        return True
    if any(_WORD.search(t) for t in terms):
        return False
    texts = [p.text for p in items if p.attrs.get("block") == "dd"]
    when = [_when(t.strip()) for t in texts]
    return any(when) and all(w or _NAME.fullmatch(t) for w, t in zip(when, texts))


def _when(text: str) -> bool:
    """The text is only a date or a time, a clock time before or after a date
    (`Dec. 1, 2026 7 PM`, `7:05 p.m. Dec. 1`, `2026-12-01T19:00`, `3 hours ago`)."""
    if TIME_ONLY.fullmatch(text) or parse_published(text) is not None:
        return True
    m = _DATE_AND_CLOCK.fullmatch(text)
    return m is not None and parse_date_line(m["date"], default_year=2000) is not None


def story_updates(doc: Document, parts: Iterable[Part]) -> None:
    """Read those of `parts` (the story's, as the page reader keeps it) that
    are `Updated` stamp lines (`update_stamp`) into doc's update date, as a
    plain-text or Markdown story's are (`_text_stamps.add_updates`: a stamp
    with its year in `Document.updates`, a yearless one in
    `Document.update_days`). Never the publication date: the page's markup
    gives that (fx106)."""
    from ._text_stamps import add_updates

    for part in parts:
        if update_stamp(part):
            add_updates(doc, part.text.strip())


def choose_date(doc: Document, meta: PageMeta, page: bool = True) -> None:
    """Set the document's publication date from the best plausible candidate;
    with none in the markup, from htmldate's reading of a full page (never of
    a fragment, which must not pay for loading it). When the page stays
    undated, the first candidate in the markup that reads as no date
    (`article:published_time` of `TK`) is a `file.html` warning at its value
    (`_conventions.not_a_date`); a value htmldate dates the page beside is a
    date in a spelling not read here (`20141229 18:22:00`), not said."""
    candidates = meta.ranked_dates()
    from_url = next((d for d in map(url_date, meta.urls[:3]) if d is not None), None)
    if from_url is not None:
        candidates.append(DateCandidate(RANK_URL, "the page's URL", from_url.isoformat(), None))
        candidates.sort(key=lambda c: c.rank)
    refused: set[str] = set()
    for cand in candidates:
        value = parse_published(cand.value)
        if value is None:
            continue
        at = cand.part.source_offset(0) if cand.part is not None else 0
        notice = refused_date(value, cand.label, at)
        if notice is not None:
            if notice.message not in refused:
                refused.add(notice.message)
                doc.notices.append(notice)
            continue
        if from_url is not None and _UTC.search(cand.value) and 0 < abs(value - from_url).days <= 1:
            # A UTC time is an instant; the newsroom's own calendar date is in its URL.
            doc.published, doc.published_from = from_url, f"the page's URL ({cand.label} is in UTC)"
            return
        doc.published, doc.published_from = value, cand.label
        if cand.part is not None:
            doc.published_part = doc.add(cand.part)
        return
    found = _htmldate(doc.source) if page else None
    if found is not None:
        doc.published, doc.published_from = found, "htmldate (the page's text and scripts)"
        return
    unread = next((n for n in (not_a_date("file.html", c.label, c.value, c.part.source_offset(0))
                               for c in candidates if c.part is not None) if n is not None), None)
    if unread is not None:      # `content="TK"`: said at the value
        doc.notices.append(unread)


def htmldate_text(source: str) -> str | None:
    """htmldate's original-date reading of a page, as it gives it
    (`YYYY-MM-DD`), or None: the field's reference for pages whose markup
    states no date where we look (Barbaresi 2020, JOSS 5(51):2439). Imported
    on first use; a missing package or any failure of the library is "no date"."""
    try:
        from htmldate import find_date
    except ImportError:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return find_date(source, original_date=True, extensive_search=False)
    except Exception:  # noqa: BLE001 - a library failure means "no date found"
        return None


def _htmldate(source: str) -> dt.date | None:
    """htmldate's reading as a plausible publication date, or None."""
    value = htmldate_text(source)
    found = parse_published(value or "")
    return found if found is not None and implausible_publication(found) is None else None
