"""`title-dek-disagrees`: the dek gives another figure of what the headline counts.

A hed says "Bus fares to rise 25 cents", its dek "... raise fares by 50
cents": one of them is wrong, and the body cannot tell the reader which. A
figure is compared only with a figure of the same thing (the same unit, see
`lint.analysis.quantities`): a dek may add figures of its own ("to $2.75",
"3 hurt") and may round (`numbers.close`: $1.13 billion over $1.1 billion). Reported at
the dek's first figure of that unit (its unit word too), when none of the dek's figures of it
agrees with the headline's. The reference is the headline, else the first
title field. Source: AP Stylebook, "numerals" (figures in a story agree),
and the copy desk's habit of reading the hed and dek against each other.
"""
from __future__ import annotations

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
        said = quantities(head.text)
        for dek in deks:
            figures = quantities(dek.text)
            done: set[str] = set()
            for h in said:
                same = [q for q in figures if q.unit == h.unit]
                if h.unit in done or not same or any(close(h.value, q.value) for q in same):
                    continue
                done.add(h.unit)
                yield Finding(dek, same[0].start, same[0].start + len(same[0].said),
                              args={"said": h.said, "hed": head.name or head.kind})


KIND = TitleDekDisagrees
