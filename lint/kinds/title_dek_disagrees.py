"""`title-dek-disagrees`: the dek gives another figure of what the headline counts.

A hed says "Bus fares to rise 25 cents", its dek "... raise fares by 50
cents": one of them is wrong, and the body cannot tell the reader which. A
figure is compared only with a figure of the same thing (the same unit, see
`lint.analysis.quantities`): a dek may add figures of its own ("to $2.75",
"3 hurt") and may round (`numbers.close`: $1.13 billion over $1.1 billion). Reported at
the dek's first figure of that unit (its unit word too), when none of the dek's figures of it
agrees with the headline's. A figure after `within` (`within about $4M`)
is a gap, not a count: it is compared only with a gap or deadline of the
other line (`within 48 hours` over `within 24 hours`, `trails by 5 votes`
over `within 3 votes`), never with a count (`Sanders raises $33M` over `Is
within $4M of Clinton's haul`, and the mirror). The reference is the headline, else the first
title field. Source: AP Stylebook, "numerals" (figures in a story agree),
and the copy desk's habit of reading the hed and dek against each other.
"""
from __future__ import annotations

import regex

from ..analysis.quantities import quantities
from ..analysis.numbers import close
from .base import Finding, Kind


class TitleDekDisagrees(Kind):
    name = "title-dek-disagrees"
    placeholders = frozenset({"hed", "said"})
    description = "Flags a dek figure that disagrees with the headline's figure of the same thing."
    default_scope = ("headline", "title", "dek")

    def check(self, doc, parts):
        heads = [p for p in parts if p.kind == "headline"] or [p for p in parts if p.kind == "title"]
        deks = [p for p in parts if p.kind == "dek"]
        if not heads or not deks:
            return
        head = heads[0]
        said = [(h, _gap(head.text, h)) for h in quantities(head.text)]
        for dek in deks:
            figures = [(q, _gap(dek.text, q)) for q in quantities(dek.text)]
            done: set[str] = set()
            for h, h_gap in said:
                same = [q for q, q_gap in figures if q.unit == h.unit and _comparable(h_gap, q_gap)]
                if h.unit in done or not same or any(close(h.value, q.value) for q in same):
                    continue
                done.add(h.unit)
                yield Finding(dek, same[0].start, same[0].start + len(same[0].said),
                              args={"said": h.said, "hed": head.name or head.kind})


# `within` right before a figure, a hedge between them or not: the figure is a
# distance from another amount (`within $4M of Clinton's haul`) or a deadline
# (`within 48 hours`), never a count. `by` before one is a margin
# (`trails by 5 votes`): a gap too, but one that a count may still be.
_WITHIN = regex.compile(r"(?i)\bwithin\s+(?:(?:about|almost|around|just|nearly|only|roughly|some)\s+)?$")
_BY = regex.compile(r"(?i)\bby\s+$")


def _gap(text: str, q) -> str:
    """'within' when the figure `q` of `text` follows `within` (`_WITHIN`),
    'by' when it follows `by`, else '' (a count)."""
    if _WITHIN.search(text, 0, q.start):
        return "within"
    return "by" if _BY.search(text, 0, q.start) else ""


def _comparable(h_gap: str, q_gap: str) -> bool:
    """Whether a hed figure and a dek figure of these `_gap` sorts may
    disagree: a `within` figure only with a gap of the other line."""
    return not ({h_gap, q_gap} & {"within"}) or bool(h_gap and q_gap)


KIND = TitleDekDisagrees
