"""nu74 #2: style.decades reads the words before a figure (her, their, its,
early, late...) capitalised at a sentence's start too, not only 'the' and 'mid'."""
import pytest

from lint import lint_text


def _decades(text):
    return [d for d in lint_text("# Hed\n\n" + text + "\n", "s.md", select=("style",))
            if d.rule == "style.decades"]


@pytest.mark.parametrize("text", ["His 80's were loud.", "Its 1990's sales fell.", "Our 70's home sold.",
                                  "My 60's car broke.", "Your 20's fly by.", "Late 1980's films won."])
def test_capitalised_lead_word_is_flagged_and_fixed(text):
    found = _decades(text)
    assert len(found) == 1 and found[0].fix.replacement == "s"
    assert found[0].snippet == "'s"


@pytest.mark.parametrize("text", ["Herald 1990's edition sold out.", "Lately 2010's sequel flopped.",
                                  "Interstate 80's lanes shut.", "In 1990's budget it fell."])
def test_guard_capital_words_that_only_begin_so_and_possessives_left_alone(text):
    assert _decades(text) == []
