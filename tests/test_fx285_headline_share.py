"""fx285 (rr44b #5): titles.headline-unrelated's `{share}` in each of its
forms, and `{score}` staying a bare percentage for a house message. A share
short of 1 that rounds to 100% (a house threshold near 1) reads "almost
all", never "only 100%". Synthetic input only."""
from __future__ import annotations

import dataclasses

import pytest

from lint.config import Config
from lint.engine import lint_document
from lint.kinds.title_unrelated import _share
from titles_helpers import read, rule

# "Ryabkov" and "talks" are never in the story; the other key words are.
STORY = ("Council approves stadium lease after Ryabkov talks\n\n"
         "The council approved a new stadium lease on Tuesday after a long debate about the cost.\n")


@pytest.mark.parametrize("share, said", [
    (0.0, "none"), (0.004, "less than 1%"), (0.006, "only 1%"),
    (0.31, "only 31%"), (0.994, "only 99%"), (0.995, "almost all"), (0.9999, "almost all"),
])
def test_each_share_reads_as_words(share, said):
    assert _share(share) == said


def _messages(template: str, threshold: float) -> list[str]:
    unrelated = dataclasses.replace(rule("titles.headline-unrelated", threshold=threshold), message=template)
    return [d.message for d in lint_document(read(STORY), [unrelated], Config()).diagnostics]


def test_the_built_in_message_says_only_and_the_share():
    [message] = _messages(rule("titles.headline-unrelated").message, 0.999)
    assert "and only 79% of the headline's key words appear in it" in message
    assert "'Ryabkov' and 'talks'" in message


def test_score_stays_a_bare_percentage_in_a_house_message():
    assert _messages("score {score} ({share})", 0.999) == ["score 79% (only 79%)"]


def test_a_story_that_clears_the_threshold_gets_no_message():
    assert _messages("score {score} ({share})", 0.5) == []
