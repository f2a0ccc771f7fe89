"""Obituary ledes with the age set off after an appositive or in brackets
(qa64 #11, fx103): the age is no period name before the verb, so `died
Dec. 5` is read as past and the date after publication is found. A number
before a verb in -ed in other shapes still names a period (`cue`)."""
from __future__ import annotations

import pytest

from lint import lint_text

HEAD = "---\ntitle: Jane Roe, teacher\ndate: 2026-12-03\n---\n\n"


def flagged(body: str) -> list[str]:
    """The texts dates.after-publication flags in a story published Dec. 3, 2026."""
    src = HEAD + body + "\n"
    return [src[d.offset:d.end_offset] for d in lint_text(src, "story.md") if d.rule == "dates.after-publication"]


@pytest.mark.parametrize("body, date", [
    ("Jane Roe, a retired teacher, 84, died Dec. 5.", "Dec. 5"),
    ("Jane Roe, a retired teacher from Ohio, 84, died Dec. 5.", "Dec. 5"),
    ("John Smith, the former mayor, 91, died Dec. 6, 2026.", "Dec. 6, 2026"),
    ("Jane Roe (84) died Dec. 5.", "Dec. 5"),
    ("Jane Roe (84) died at home Dec. 5.", "Dec. 5"),
    # fx105: in brackets at an appositive's end
    ("Jane Roe, a teacher (84), died Dec. 5, 2026.", "Dec. 5, 2026"),
    ("Jane Roe, a retired teacher from Ohio (84), died Dec. 5.", "Dec. 5"),
])
def test_an_age_after_an_appositive_or_in_brackets_is_read(body, date):
    assert flagged(body) == [date]


@pytest.mark.parametrize("body", [
    "Jane Roe, a retired teacher, 84, died Nov. 20.",          # before publication
    "Jane Roe (84) will be buried Dec. 5.",
    "The company said fiscal 1985/86 ended Dec. 5.",           # a period name, as before
    "Sales rose 84, ended Dec. 5.",
    "The fiscal year (1986) ended Dec. 5.",                    # four figures: a year
    "The index, a broad gauge, 1985, ended Dec. 5.",           # four figures
    "The panel, of 12 members, 30, ended Dec. 5.",              # a figure in the words before it
    "Jane Roe, a teacher (84), will be buried Dec. 5.",
    "Jane Roe, a teacher (84), died Nov. 20.",                 # before publication
    "The fiscal year (86), ended Dec. 5.",                     # no appositive before the brackets
    "The panel, of 12 members (30), ended Dec. 5.",            # a figure in the appositive
])
def test_other_numbers_before_a_verb_are_read_as_before(body):
    assert flagged(body) == []
