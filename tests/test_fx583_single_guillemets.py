"""fx583: --fix holds a quotation in single guillemets (‹…› French and Swiss
copy, ›…‹ German, spaced or not, nested in «…»), as it holds double ones
(qa440 #8); a lone › that cannot pair quotes nothing; no pairing crosses a
paragraph."""
from __future__ import annotations

import pytest

from lint.analysis.quote_others import other_spans
from quote_hold_helpers import held as _held, swap_fix as _fix

FIXED = ("It is alright", "It's all right")


@pytest.mark.parametrize("text", [
    "# Budget\n\n\u2039 It is alright \u203a, said the mayor.\n\nThe vote.\n",
    "# Budget\n\n\u2039It is alright\u203a, said the mayor.\n\nThe vote.\n",
    "# Budget\n\n\u203aIt is alright\u2039, sagte der B\u00fcrgermeister.\n\nThe vote.\n",
    "# Budget\n\n\u203a It is alright \u2039, sagte er.\n\nThe vote.\n",
    "# Budget\n\n\u00ab Il a dit \u2039 it is alright \u203a hier \u00bb, dit-elle.\n\nThe vote.\n",
    "# Budget\n\n\u00bbEr sagte \u203ait is alright\u2039 gestern\u00ab, sagte sie.\n\nThe vote.\n",
    # a breadcrumb before the quotation in the same paragraph: the tie holds both ways
    "# Budget\n\nHome \u203a Politics \u203a Budget. \u2039 It is alright \u203a, said the mayor.\n",
    "# Budget\n\nHome \u203a Politics\n\n\u2039 It is alright \u203a, said the mayor.\n",
    "# Budget\n\n\u2039 Prev | it is alright | Next \u203a\n",
])
def test_single_guillemet_quotations_are_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert ("alright", "quotation") in _held(outcome)


def test_two_german_quotations_leave_the_narration_between_free(tmp_path):
    text = "# Budget\n\n\u203aNein\u2039, sagte er. It is alright. \u203aJa\u2039, sagte sie.\n\nThe vote.\n"
    assert _fix(tmp_path, text).fixed == text.replace(*FIXED)


def test_two_french_quotations_leave_the_narration_between_free(tmp_path):
    text = "# Budget\n\n\u2039 Non \u203a, dit-il. It is alright. \u2039 Oui \u203a, dit-elle.\n"
    assert _fix(tmp_path, text).fixed == text.replace(*FIXED)


@pytest.mark.parametrize("text", [
    "# Budget\n\nHome \u203a Politics \u203a It is alright\n\nThe vote.\n",
    "# Budget\n\nIt is alright. Next \u203a\n",
    "# Budget\n\n\u2039 Back\n\nIt is alright. Next \u203a\n",       # no pairing across paragraphs
    "# Budget\n\n\u2039 Back\n\nIt is alright. More \u2039 less\n",
])
def test_lone_single_guillemets_hold_nothing(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text.replace(*FIXED)
    assert not outcome.result.held


def test_spans_pair_each_mark_with_the_next():
    text = "\u2039 a \u203a b \u2039 c \u203a"
    assert sorted(other_spans(text)) == [(0, 5), (8, 13)]
    assert other_spans("x \u203a y \u203a z") == []
    assert other_spans("\u2039 a\n\nb \u203a") == []
    assert other_spans("\u2039 a\nb \u203a") == [(0, 7)]


def test_double_guillemets_unchanged(tmp_path):
    text = "# Budget\n\n\u00ab It is alright \u00bb, said the mayor. It is alright.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text[:-len("It is alright.\n")] + "It's all right.\n"
