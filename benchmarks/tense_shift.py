"""The tense-shift measure of `dates.after-publication` and
`dates.future-tense-past-date` on labelled date mentions.

A past-tense mention is right in real copy. Move the publication date to the
day before it and the copy now tells, in the past tense, of a day after
publication: `after-publication` should fire on that mention (recall). Do
the same to a mention labelled future or other (present, modal, schedule)
and a finding there is a false alarm. The mirror: move the publication date
to the day after a future-tense mention and `future-tense-past-date` should
fire. Only the finding on that mention's span counts; each shifted date is
one fresh read of the document (the mentions are cached per document). A
mention without a year is read in the publication year, so a shift that
crosses New Year ("in January" published Dec. 31) asks nothing of the
checks: such cases are left out.
"""
from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass

from lint.config import Config
from lint.engine import lint_document
from lint.readers import read_bytes

AFTER, FUTURE = "dates.after-publication", "dates.future-tense-past-date"


@dataclass
class Case:
    """A labelled mention: source[start:end] of a document, the first and
    last day it means, and its label (past, future or other)."""

    start: int
    end: int
    first: dt.date
    last: dt.date
    label: str
    dated: bool = False     # the year is written: the shift may cross a new year


def _fired(path: str, source: str, published: dt.date, rules, want: str) -> list[tuple[int, int]]:
    doc = read_bytes(path, source.encode("utf-8"))
    result = lint_document(doc, rules, Config(published=published))
    return [(d.offset, d.end_offset) for d in result.diagnostics if d.rule == want]


def _hit(spans, case: Case) -> bool:
    return any(a < case.end and case.start < b for a, b in spans)


def measure(documents, rules) -> tuple[Counter, list]:
    """documents: (path, source, real publication date, [Case]). Returns the
    counts (`past fired/total`, `other`, `future`, `future mirror`, `real`)
    and the misses and false alarms as (path, case, what) for a sample."""
    counts: Counter = Counter()
    seen = []
    for path, source, real, cases in documents:
        by_date: dict[tuple[dt.date, str], list[Case]] = defaultdict(list)
        for case in cases:
            before, after = case.first - dt.timedelta(days=1), case.last + dt.timedelta(days=1)
            if case.dated or before.year == case.first.year:
                by_date[(before, AFTER)].append(case)
            if case.label == "future" and (case.dated or after.year == case.last.year):
                by_date[(after, FUTURE)].append(case)
        for (published, rule), group in sorted(by_date.items()):
            spans = _fired(path, source, published, rules, rule)
            for case in group:
                hit = _hit(spans, case)
                key = case.label if rule == AFTER else "future mirror"
                counts[key, "total"] += 1
                counts[key, "fired"] += hit
                if (key in ("past", "future mirror")) != hit:
                    seen.append((path, source, case, key, published))
        if real is not None and cases:
            spans = _fired(path, source, real, rules, AFTER) + _fired(path, source, real, rules, FUTURE)
            counts["real", "total"] += len(cases)
            counts["real", "fired"] += sum(_hit(spans, c) for c in cases)
    return counts, seen


def report(name: str, counts: Counter) -> None:
    def rate(key):
        t = counts[key, "total"]
        return f"{counts[key, 'fired']:4}/{t:4} ({100 * counts[key, 'fired'] / t:5.1f}%)" if t else "   -"
    print(f"  {name}")
    print(f"    after-publication, past mentions, published the day before:   fires {rate('past')}")
    print(f"    after-publication, other mentions (false alarms):              fires {rate('other')}")
    print(f"    after-publication, future mentions (false alarms):             fires {rate('future')}")
    print(f"    future-tense-past-date, future mentions, published day after:  fires {rate('future mirror')}")
    print(f"    either check on the labelled mentions at the real date:        fires {rate('real')}")
