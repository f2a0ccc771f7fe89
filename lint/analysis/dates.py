"""Date mentions: find every date a story states and resolve it against the
publication date, with exact offsets.

One pass of one compiled pattern per part finds full dates (`March 7, 2025`,
`Thursday, March 7`, `Mar. 7`, `7 March 2025`, `2025-03-07`, `May 18th`),
weekdays alone, months alone or with a year, and relative words
(`yesterday`, `last week`, `next Friday`). The date checks and the AP style
rules read the result from `date_mentions(doc)`, built once per document.

API (for rules and other packs): `date_mentions(doc)` gives every
`Mention` keyed by part index (cached on the document);
`find_mentions(text, published)` works on a bare string. A `Mention` carries its span, `kind` (`DATE`, `WEEKDAY`,
`MONTH`, `RELATIVE`), the resolved `first`/`last` day, `year_written`,
`weekday`, `valid`, and `spans` of its pieces (weekday, month, day,
ordinal, year, modifier) for fixes such as `May 18th` -> `May 18`.

Resolution follows news usage: a date without a year takes the publication
year, or the year written just before it (`year_carry`: in its sentence it
is read in that year; from the sentence or paragraph before it is carried
as `Mention.year_before`); a weekday alone is the one in the week around publication, looking
back when its clause is in the past tense and ahead when it is in the future
(`Mention.tense`, from `lint.analysis.tense`). Words like `May`, `March` or
`Sun` count only with a day number, a year, or a context word ("in May").
"""
from __future__ import annotations

import bisect
import datetime as dt
import re

from .. import rx as regex

from ..document import Document, Part
from ..regex_cache import SERIAL
from .calendar import MONTHS, WEEKDAYS, add_days
from .date_mention import DATE, MONTH, RELATIVE, WEEKDAY, Mention, month_range, outside_writer  # noqa: F401
from .date_anchors import scan
from .date_scan import (NAME_AFTER, NAME_NEXT, OPENS_SENTENCE, POSSESSIVE, SUCH_AS, YEAR_STEP,
                        capitalised_after, from_now, label_follows, mention_day, names, names_event, next_word,
                        noun_follows, owned, prev_word, range_day, range_gap, spans, that_year,
                        words_after, year_in_aside)
from .pair_year import pair_year
from .sup_notes import dated_text
from .tense import sentence_bounds
from .year_carry import Carry, carry_years
from .year_sources import text_years, year_other

# Every part a date can be written in: the checks that need no tense look at all of them.
DATED_PARTS = ("headline", "title", "dek", "heading", "paragraph", "blockquote",
               "caption", "dateline", "field", "footnote", "byline")
# Parts whose text is not prose about events (names, credits) are skipped, but
# for an HTML byline's CMS stamp: its dates outside attrs["writer"] (qa415 #2).
SKIPPED_PARTS = frozenset({"byline", "credit", "alt"})
_DAY_SHIFT = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
# "last Thursday, March 1", "last Thursday (March 1)" (then the parenthesis
# must close right after the date: `CLOSE`)
WEEKDAY_GAP = regex.compile(r",\s*|[ \t\u00a0]*(?P<paren>\()[ \t\u00a0]*")   # (a no-break space too)
CLOSE = regex.compile(r"[ \t\u00a0]*\)")
# A weekday in apposition after its date: "on Sept. 10, a Wednesday", "Sept.
# 10, which was a Wednesday", or in parentheses after it, "voted Dec. 2
# (Tuesday)" (then the parenthesis must close right after the weekday, and
# the date ends there: nu25 #12).
WEEKDAY_AFTER = regex.compile(r",\s+(?:(?:which|that)\s+(?:was|is|will\s+be)\s+)?a\s+"
                              r"|[ \t\u00a0]*(?P<paren>\()[ \t\u00a0]*")


def date_mentions(doc: Document) -> dict[int, list[Mention]]:
    """Every mention in the document, keyed by part index (built once per doc)."""
    return doc.analysis("dates.mentions", _build)


def _build(doc: Document) -> dict[int, list[Mention]]:
    """Mentions per part. A wire dateline is its own part and also opens the
    first paragraph: its date counts once, in the dateline part."""
    datelines = [p.source_span(0, len(p.text)) for p in doc.parts if p.kind == "dateline"]
    out = {}
    for p in doc.parts:
        if p.kind in SKIPPED_PARTS and "writer" not in p.attrs:
            continue
        found = _find(dated_text(doc, p), doc.published, p)    # a day or year ends at a footnote mark
        if "writer" in p.attrs:
            found = outside_writer(found, *p.attrs["writer"])
        if found and datelines and p.kind != "dateline" and _may_overlap(p, datelines):
            found = [m for m in found
                     if not any(a <= p.source_offset(m.start) < b for a, b in datelines)]
        out[p.index] = found
    if doc.published is not None:
        # the document keeps the carrying (`year_carry.Carry`), run per part
        # when a check first asks for a date's carried year
        doc.cache["dates.carry"] = Carry.attach(doc, out)
    return out


def _may_overlap(part: Part, spans: list[tuple[int, int]]) -> bool:
    """Can an offset of `part` map into one of the source `spans`? Text offset
    i maps to s + (i - t) for a segment (t, s), with 0 <= i <= len(text);
    a part wholly outside every span (most paragraphs) skips the test per mention."""
    lo = min(s - t for t, s in part.segments)
    hi = max(s for _, s in part.segments) + len(part.text)
    return any(a <= hi and b > lo for a, b in spans)


def find_mentions(text: str, published: dt.date | None, part: Part | None = None) -> list[Mention]:
    """All date mentions in one text, resolved against `published` (may be None),
    with the years carried within it (`year_carry`)."""
    out = _find(text, published, part)
    if out and published is not None:
        carry_years(out, text, published, out[0].bounds)
    return out


def _find(text: str, published: dt.date | None, part: Part | None) -> list[Mention]:
    """`find_mentions` but the years carried from before."""
    out: list[Mention] = []
    bounds: list[int] = []    # filled by the first mention that needs a tense
    years: tuple[tuple[int, int, int], ...] | None = None   # (end, start, year) of each bare year
    prev: Mention | None = None
    run_lead = 0              # index in `out` of the lead of the current run of dates
    sharer: tuple[int, Mention] | None = None   # the run's last date with a year, and its index
    for m in scan(text):
        mention = _mention(m, text, published, part,
                           prev.end if prev is not None and prev.kind in (DATE, MONTH) else -1)
        if mention is None:
            continue
        mention.bounds, mention.published = bounds, published
        kind = mention.kind
        if (kind == DATE and mention.weekday is None and prev is not None and prev.kind == WEEKDAY
                and prev.modifier and (gap := WEEKDAY_GAP.fullmatch(text, prev.end, mention.start, SERIAL))
                and (not gap["paren"] or (close := CLOSE.match(text, mention.end, None, SERIAL)))):
            _take_weekday(mention, out.pop())
            if gap["paren"]:
                mention.end = close.end()
        elif (kind == WEEKDAY and not mention.modifier and prev is not None and prev.kind == DATE
                and prev.weekday is None and (gap := WEEKDAY_AFTER.fullmatch(text, prev.end, mention.start, SERIAL))
                and (not gap["paren"] or (close := CLOSE.match(text, mention.end, None, SERIAL)))):
            prev.weekday = mention.weekday               # the date's own weekday, no weekday alone
            prev.spans["weekday"] = mention.spans["weekday"]
            if gap["paren"]:
                prev.end = close.end()
            continue
        if prev is not None and prev.kind in (DATE, MONTH) and range_gap(text, prev.end, mention.start):
            mention.lead = prev.lead or prev
            mention.span_range = prev.span_range or spans(text, mention.lead.start, prev.end, mention.start)
            if mention.label and not mention.lead.label:     # "the July/September quarter",
                for other in reversed(out):                  # "January, March and May deliveries"
                    other.label = True
                    if other is mention.lead:
                        break
            if mention.year_written and mention.first is not None:
                sharer = (len(out), mention)
        else:
            if sharer is not None:
                _share_year(sharer[1], out[run_lead:sharer[0]])
            run_lead, sharer = len(out), None
        if kind == WEEKDAY:
            mention.pending = published
        elif (kind in (DATE, MONTH) and not mention.year_written
              and (mention.first_day is not None or (published is not None and mention.leap_day))
              and mention.modifier in ("", "early", "mid", "late")):
            if that_year(text, mention.end):
                mention.first = mention.last = None    # "in June of that year"
            else:
                if years is None:
                    years = text_years(text)
                if years:
                    _year_from_sentence(mention, years)
        out.append(mention)
        prev = mention
    if sharer is not None:
        _share_year(sharer[1], out[run_lead:sharer[0]])
    return out


def _share_year(mention: Mention, before: list[Mention]) -> None:
    """"Between April and May 2012", "in May and June 2012": the year written
    after the last of a run of dates holds for those before it that have
    none (a month after the last one's is in the year before: "December and
    January 2012"). `before` is the run from its lead up to `mention`; when
    several dates of the run write a year, the last one's holds, so the run
    is shared once, when it ends (sharing at each one made a long run of
    dates quadratic)."""
    for other in before:
        if not other.year_written and other.first_day is not None and other.kind in (DATE, MONTH):
            year = mention.first.year - (other.first_day.month > mention.first.month)
            other.year_from = "run"
            try:
                other.first = other.first_day.replace(year=year)
                other.last = other.last_day.replace(year=year)
            except ValueError:              # Feb. 29 in a year without one
                other.first = other.last = None


def _year_from_sentence(mention: Mention, years: tuple[tuple[int, int, int], ...]) -> None:
    """"In 2008, the campaign began airing ads in mid-September": the last year
    stated before the mention in its sentence overrides the publication year.
    `years` holds every bare year of the text; the nearest one before the
    mention counts when no sentence ends between the two, unless it stands in
    an aside or is a birth's ("Born in 1950, she moved to Lowell on Dec.
    12": `year_sources.year_other`)."""
    k = bisect.bisect_right(years, (mention.start, mention.start, 0)) - 1
    if k < 0:
        return
    y_end, y_start, year = years[k]
    read = mention.first_day.year if mention.first_day is not None else mention.year
    if _sentence_ends(mention, y_end) or year == read \
            or year_in_aside(mention.text, y_start, y_end, mention.start) \
            or year_other(mention.text, y_start) == "born":
        return
    if mention.kind == DATE:
        # read afresh: Feb. 29 is a day in 1976 and none in 1977, whatever the
        # publication year (`impossible-date` reads `valid` and `year`)
        mention.read_day(year)
    else:
        try:
            mention.first, mention.last = mention.first_day.replace(year=year), mention.last_day.replace(year=year)
        except ValueError:                  # February's last day, in a year without a 29th
            mention.first = mention.last = None
            return
    mention.year_from = "sentence"


def _sentence_ends(mention: Mention, y_end: int) -> bool:
    """Does a sentence end between a year ending at `y_end` and the mention?
    Read on the text's shared sentence starts (`Mention.bounds`, filled here
    when still empty: the tense reads them too), not by a `SENTENCE_END`
    search from the year per mention. The same answer: a year ends in a
    digit, which no sentence end holds, so no end spans `y_end`, and the
    first end a search from there finds is the first of the text's ends
    after it, its start one of `bounds`."""
    bounds = mention.bounds
    if not bounds:
        bounds.extend(sentence_bounds(mention.text))
    k = bisect.bisect_right(bounds, y_end)
    return k < len(bounds) and bounds[k] <= mention.start


def _take_weekday(mention: Mention, weekday: Mention) -> None:
    """"last Thursday, March 1", "In this Sunday, Nov. 10, 2019, photo" (AP's
    caption form): the weekday belongs to the written date, which the weekday
    check compares it with; it is no weekday alone to resolve (issues 10, 11)."""
    mention.weekday = weekday.weekday
    mention.spans["weekday"] = weekday.spans["weekday"]
    mention.spans["modifier"] = weekday.spans["modifier"]
    mention.start = weekday.spans["weekday"][0]


def _mention(m: re.Match, text: str, published: dt.date | None, part,
             prev_end: int = -1) -> Mention | None:
    if m["mo"] or m["mo2"] or m["iy"]:
        return _day_mention(m, text, published, part)
    if m["mo3"]:
        month, year = MONTHS[m["mo3"].rstrip(".").lower()], int(m["year3"])
        first, last = month_range(year, month)
        return Mention(part, text, m.start(), m.end(), MONTH, first, last, True, month=month,
                       spans={"month": m.span("mo3"), "year": m.span("year3")})
    if m["wd3"]:
        return _weekday_mention(m, text, part)
    if m["mo4"]:
        listed = (prev_end >= 0 and range_gap(text, prev_end, m.start())) \
            or from_now(text, m.start())
        return _month_mention(m, text, published, part, listed)
    return _relative_mention(m, text, published, part)


def _day_mention(m, text, published, part) -> Mention | None:
    spans = {"weekday": m.span("wd")} if m["wd"] is not None else {}
    # "Wednesday (Nov. 17)": the mention ends with the parenthesis, so a
    # finding on it is balanced (the pattern saw it follow, as `CLOSE` reads it)
    end = CLOSE.match(text, m.end(), None, SERIAL).end() if m["paren"] is not None else m.end()
    month, day, year = mention_day(m)            # (the year only when written)
    if m["iy"]:
        if not 1 <= month <= 12 or day == 0:
            return None
        spans.update(year=m.span("iy"), month=m.span("im"), day=m.span("id"))
    else:
        g = ("mo", "day", "ord", "year") if m["mo"] else ("mo2", "day2", "ord2", "year2")
        ordinal, year_s = m[g[2]], m[g[3]]
        if day == 0 or day > 39 or (day > 31 and not (ordinal or year_s)):
            return None
        spans.update(month=m.span(g[0]), day=m.span(g[1]))
        for key, name in (("ordinal", g[2]), ("year", g[3])):
            if m[name]:
                spans[key] = m.span(name)
        tail = range_day(text, m.end()) if m["mo"] and not year_s else None
        if tail and int(tail["end"]) > day:
            spans["end_day"] = tail.span("end")
            if tail["year"] and tail["year"].isdecimal():   # "Feb. 27-29, 2024": the range's year
                # is the date's (isdecimal: regex knows digits newer than Python's int() does)
                year, spans["year"] = int(tail["year"]), tail.span("year")
        elif m["mo"] and not year_s and (paired := pair_year(text, m.end(), month)):
            year, spans["year"] = paired             # "March 3 and 4, 2024": the pair's year
    weekday = WEEKDAYS[m["wd"].rstrip(".").lower()] if m["wd"] else None
    written = year is not None or bool(m["ry"])
    if year is None and published is not None:
        year = mention_day(m, published.year)[2]
    run = words_after(text, m.end())
    after = run[0] if run else ""
    lists = names()
    end_day = int(text[slice(*spans["end_day"])]) if "end_day" in spans else 0
    mention = Mention(part, text, m.start(), end, DATE, year_written=written,
                      weekday=weekday, day=day, end_day=end_day, month=month, spans=spans,
                      attributive=bool(after) and after not in lists["not_nouns"],
                      label=label_follows(run) or (not written and names_event(
                          run, month, day)))   # "the Sept. 11 attacks"
    mention.read_day(year)
    return mention


def _weekday_mention(m, text, part) -> Mention | None:
    lists = names()
    nxt = capitalised_after(text, m.end())
    if nxt and nxt in lists["weekday_names_after"]:
        return None
    if not m["wmod"] and prev_word(text, m.start()) in lists["weekday_names_before"]:
        return None
    mod = (m["wmod"] or "").strip().lower()
    spans = {"weekday": m.span("wd3")}
    if mod:
        spans["modifier"] = m.span("wmod")
    return Mention(part, text, m.start(), m.end(), WEEKDAY, weekday=WEEKDAYS[m["wd3"].lower()],
                   modifier=" ".join(mod.split()), spans=spans)


def _month_mention(m, text, published, part, listed: bool = False) -> Mention | None:
    """A month alone ("in June", "the June summit"); `listed`: it follows
    another mention in a list or range ("in February and March")."""
    lists = names()
    mod = (m["mmod"] or "").strip().lower().rstrip("-")
    word = m["mo4"]
    # The word before, lowered: "In September, ..." opens a sentence.
    prev = prev_word(text, m.start()).lower()
    if owned(text, m.start()):
        prev = "the"                                  # "the agency's September report": a determiner
    named = NAME_NEXT.match(text, m.end(), None, SERIAL)
    if named and not (prev in lists["month_determiners"] and word not in lists["ambiguous_months"]
                      and named["after"] not in lists["label_nouns"]):
        return None          # "June Carter"; not "the July Democratic convention" ("the July BIFFEX contract": a label)
    if word in lists["ambiguous_months"] and (NAME_AFTER.match(text, m.end(), None, SERIAL)
                                              or SUCH_AS.search(text, max(0, m.start() - 12), m.start(), SERIAL)):
        return None                                   # "the March on Washington", "leaders such as May"
    if not mod and not m["ry2"]:
        if prev in lists["month_determiners"]:
            if word in lists["ambiguous_months"] and not (
                    noun_follows(text, m.end()) and next_word(text, m.end()) not in lists["not_nouns"]):
                return None                           # "the May of her youth", "the March has risen"
        elif prev not in lists["month_context"] and not listed and not (
                word not in lists["ambiguous_months"] and (
                    OPENS_SENTENCE.search(text, max(0, m.start() - 4), m.start(), SERIAL)
                    and (POSSESSIVE.match(text, m.end(), None, SERIAL)               # "October's uptick"
                         or noun_follows(text, m.end())))):            # "October provided"
            return None                               # "Theresa May", "to march"
    month = MONTHS[word.lower()]
    spans = {"month": m.span("mo4")}
    if mod:
        spans["modifier"] = m.span("mmod")
    mention = Mention(part, text, m.start(), m.end(), MONTH, modifier=mod, month=month,
                      year_written=bool(m["ry2"]), spans=spans,
                      attributive=not mod and prev in lists["month_determiners"],
                      label=label_follows(words_after(text, m.end())))
    if published is not None:
        year = published.year + YEAR_STEP.get(m["ry2"], 0)
        if mod == "last" and month >= published.month:
            year -= 1
        elif mod == "next" and month <= published.month:
            year += 1
        first, last = month_range(year, month)
        if mod == "early":
            last = first.replace(day=10)
        elif mod == "mid":
            first, last = first.replace(day=11), first.replace(day=20)
        elif mod == "late":
            first = first.replace(day=21)
        mention.first, mention.last = first, last
    return mention


def _relative_mention(m, text, published, part) -> Mention:
    words = m["rel"].lower().split()
    mention = Mention(part, text, m.start(), m.end(), RELATIVE,
                      modifier=words[0] if len(words) > 1 else "")
    if published is None:
        return mention
    if len(words) == 1:
        mention.first = mention.last = add_days(published, _DAY_SHIFT[words[0]])
        return mention
    step = YEAR_STEP[words[0]]                          # (the same steps: last, this, next)
    if words[1] == "week":
        monday = add_days(published, 7 * step - published.weekday())
        mention.first, mention.last = monday, add_days(monday, 6)
    elif words[1] == "month":
        y, mo = divmod(published.year * 12 + published.month - 1 + step, 12)
        if dt.MINYEAR <= y <= dt.MAXYEAR:
            mention.first, mention.last = month_range(y, mo + 1)
    elif dt.MINYEAR <= published.year + step <= dt.MAXYEAR:
        y = published.year + step
        mention.first, mention.last = dt.date(y, 1, 1), dt.date(y, 12, 31)
    return mention
