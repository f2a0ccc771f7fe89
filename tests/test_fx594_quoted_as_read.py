"""fx594: only the date kinds quote a date as their readers read it, a
footnote mark left out (kinds._read_dates); every other rule quotes its span
as written (qa452 #2, #4). Synthetic stories only."""
from __future__ import annotations

import pytest

from lint.kinds._read_dates import as_read
from lint.kinds.base import Finding
from lint.document import Part
from sup_story_helpers import doc, found


class _OnePass:
    def per_part(self, key, part, build):
        return build(part.text)


def _part(text, sups=()):
    return Part("paragraph", text, ((0, 0),), attrs={"inline": [("superscript", s, e) for s, e in sups]})


def test_a_date_finding_over_a_mark_is_shown_as_read():
    part = _part("on Sept. 111, 2023, it", [(11, 12)])
    (f,) = as_read(_OnePass(), [Finding(part, 3, 18)])
    assert f.shown == "Sept. 11, 2023"


def test_a_finding_without_a_mark_or_with_its_own_shown_is_kept():
    part = _part("on Sept. 111, 2023, it", [(11, 12)])
    plain, own = as_read(_OnePass(), [Finding(part, 0, 2), Finding(part, 3, 18, shown="Sept.")])
    assert plain.shown is None and own.shown == "Sept."


def test_shown_from_widens_what_is_read():
    part = _part("Friday, Feb. 31, 2025", [(14, 15)])
    (f,) = as_read(_OnePass(), [Finding(part, 8, 21, shown_from=0)])
    assert f.shown == "Friday, Feb. 3, 2025"


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_quote_rule_quotes_a_marked_date_as_written(name):
    # a date inside a nested quote: the quote rule quotes its words, mark and all
    para = "\u201cThe memo said \u201cwe met Feb. 3<sup>1</sup>, 2023,\u201d then left,\u201d Smith said."
    (d,) = found(name, doc(name, para), ("quotes.nested-same-mark",))
    assert "Feb. 31, 2023" in d.message


@pytest.mark.parametrize("name", ["a.md", "a.html"])
def test_a_date_rule_still_quotes_the_date_without_its_mark(name):
    para = "The vote came Tuesday, Jan. 1<sup>2</sup>, 2024, officials said."
    (d,) = found(name, doc(name, para), ("dates",))
    assert d.message.startswith("'Tuesday, Jan. 1, 2024':")
