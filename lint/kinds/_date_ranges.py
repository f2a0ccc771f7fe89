"""One finding for a date range whose two ends draw the same one: "was held
June 3 to June 5" in a June 1 story is one after-publication finding on
"June 3 to June 5", not one at each end (nu45 M2)."""
from __future__ import annotations

from dataclasses import replace
from typing import Iterable, Iterator

from .base import Finding


def one_per_range(found: Iterable[tuple[object, Finding]]) -> Iterator[Finding]:
    """The findings of `found`, (date mention, its finding) pairs in text
    order, with a range's two ends' findings made one from the first end's
    start to the last end's end. Ends are joined when the later mention
    `closes` a range from the earlier one (`date_mention.Mention.closes`:
    carried by the date scan) and both findings say the same thing (message,
    arguments, level); when only one end is flagged, or they differ, each
    stays as it is."""
    held: tuple[object, Finding] | None = None
    for m, finding in found:
        if held is not None and m.closes is held[0] and _same(held[1], finding):
            held = (m, replace(held[1], end=finding.end))
            continue
        if held is not None:
            yield held[1]
        held = (m, finding)
    if held is not None:
        yield held[1]


def _same(a: Finding, b: Finding) -> bool:
    return a.part is b.part and (a.message, a.args, a.level) == (b.message, b.args, b.level)
