"""The Reuters-style wire story the dates tests share (fx508, qa373, nu70),
written once: a headline, then one paragraph under a `NEW YORK, March 2
(Reuters) - ` dateline, published on March 2, 1987 (the date a
Reuters-21578 story of that dateline carries), so a date after it in the
sentence is "after publication" unless the sentence makes it a plan.

`WIRE` is the story with one `{}` slot for the sentence; `LEAD` the
dateline's length, so a finding's 1-based column on line 3 is
`LEAD + sentence.index(...) + 1`. `wire_dates(sentence, published, select)`
gives `lint_text`'s diagnostics on that story (rules of the `dates` pack
unless `select` says otherwise).

Synthetic input only: the stories are written for the tests, not taken from
the corpus."""
from __future__ import annotations

from lint import lint_text

WIRE = "Acme sets dividend\n\nNEW YORK, March 2 (Reuters) - {}\n"
LEAD = len("NEW YORK, March 2 (Reuters) - ")


def wire_dates(sentence: str, published: str = "1987-03-02", select=("dates",)):
    return lint_text(WIRE.format(sentence), "story.txt", published=published, select=list(select))
