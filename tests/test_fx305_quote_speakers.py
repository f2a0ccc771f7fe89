"""fx305: who goes on speaking after a quote (quote_follow, quote_tags.another_speaks).
Synthetic input only; each case with its nearest neighbour that must stay as it was."""
from __future__ import annotations

from test_quotes import body

from lint.analysis.quote_follow import _StoryAbove, _first_use


def test_the_story_above_a_part_holds_the_words_of_that_part_and_those_before_it():
    """`_others_after` asks which words the story uses up to a part, by look-up
    (no story joined per quote): a word first used below that part is not there."""
    doc = body("Club spokesman Tom Hill said the fares stay.", "The board met.",
               "A council spokeswoman said more.")
    first = _first_use(doc)
    assert "spokesman" in _StoryAbove(first, 0) and "spokesman" in _StoryAbove(first, 2)
    assert "spokeswoman" not in _StoryAbove(first, 1)
    assert "spokeswoman" in _StoryAbove(first, 2)
    assert "Spokesman" not in _StoryAbove(first, 2)      # words are kept lowered
