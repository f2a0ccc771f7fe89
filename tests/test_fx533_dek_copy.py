"""fx533 (qa393 #4): titles.case learns no name from a dek's copy of the
headline, whole or its opening clause, in any capitals; the dek's other
capitals, and a headline name its prose repeats, still teach."""
import pytest

from lint import lint_text
from lint.kinds.title_case import _copies
from lint.analysis.word_patterns import WORD

BODY = "The agency held a live chat with its partners. Each chat reached thousands, officials said.\n"


def _case(title, deck, body=BODY):
    text = f"---\ntitle: \"{title}\"\ndate: 2021-07-13\ndeck: \"{deck}\"\n---\n\n{body}"
    return [d.message for d in lint_text(text, "content/news/post.md", select=["titles.case"])]


def _words(headline):
    return [m[0].lower() for m in WORD.finditer(headline)]


def test_opening_run_is_cut_through_markup_and_other_capitals():
    deck = "**Budget Talks Stall Again** &mdash; The Council met on Monday."
    cuts = _copies(deck, _words("Budget talks stall again as Council waits"))
    assert [deck[a:b] for a, b in cuts] == ["Budget Talks Stall Again"]


@pytest.mark.parametrize("deck", [
    "Talks Stall as the council waits.",       # the dek opens with headline words, not its first
    "Budget: the Talks Stall, officials said.",  # one headline word at the opening is no copy
])
def test_guard_no_copy_of_the_headline_opening(deck):
    assert _copies(deck, _words("Budget Talks Stall")) == []


def test_whole_copy_in_other_capitals_anywhere_is_cut():
    deck = "Read on: BUDGET TALKS STALL, and more."
    assert [deck[a:b] for a, b in _copies(deck, _words("Budget talks stall"))] == ["BUDGET TALKS STALL"]


def test_opening_copy_in_other_capitals_teaches_nothing():
    title = "Budget Talks Stall as Council Waits"
    plain = _case(title, "The agency waits for the vote.")
    assert plain == ["headline is not in sentence case: 'Talks', 'Stall', 'Council', 'Waits'"]
    assert _case(title, "**BUDGET TALKS STALL AS COUNCIL WAITS**&mdash;The agency waits for the vote.") == plain
    assert _case(title, "**Budget Talks Stall**&mdash;The agency waits for the vote.") == plain


def test_guard_dek_prose_repeating_a_headline_name_still_teaches():
    # 'National Consumer Protection Week' mid-sentence in the dek is a name, as in the sample
    title = "Twitter Chats as Outreach: A Reflection on National Consumer Protection Week"
    deck = ("**Twitter Chats as Outreach**&mdash;The agency used Twitter for National Consumer "
            "Protection Week this year.")
    found = _case(title, deck)
    assert found and "'Chats', 'Outreach', 'Reflection'" in found[0]
    assert "National" not in found[0] and "Protection" not in found[0]


def test_guard_dek_opening_with_other_headline_words_still_teaches():
    # 'The Stack' opens the dek but is no copy of the headline's opening: it names the blog
    title = "Welcome to The Stack"
    assert _case(title, "The Stack is the blog of the Daily Bruin data desk.") == []
