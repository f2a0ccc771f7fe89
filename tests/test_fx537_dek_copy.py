"""fx537 (qa399 #2, #3): a dek's opening copies the headline only up to the
end of a clause (the headline's or the dek's own), and words are compared
with one apostrophe and in NFC."""
import os

import pytest

from lint import lint_text
from lint.kinds.title_case import _clause_ends, _copies, _folded
from lint.analysis.word_patterns import WORD

DIGITALGOV = "/work/shared/mdrepos/digitalgov/content/news"


def _cut(deck, headline):
    found = list(WORD.finditer(headline))
    words = [_folded(m[0]) for m in found]
    return [deck[a:b] for a, b in _copies(deck, words, _clause_ends(headline, found))]


@pytest.mark.parametrize("deck", [
    "Riverside Water Board members voted 4-1 on Monday.",
    "Riverside Water Board\u2019s members voted 4-1 on Monday.",
    "Riverside Water members said the rates were too low.",
])
def test_dek_sentence_opening_with_the_headline_name_is_no_copy(deck):
    assert _cut(deck, "Riverside Water Board raises rates") == []


@pytest.mark.parametrize("deck, cut", [
    # the run reaches the end of the headline's first clause, with no mark in the dek
    ("Twitter Chats as Outreach help agencies reach people.", ["Twitter Chats as Outreach"]),
    # the dek's own clause ends after the copied words: a bold's close, a dash, a colon
    ("**Budget Talks Stall**&mdash;The agency waits.", ["Budget Talks Stall"]),
    ("Riverside Water Board: members voted 4-1.", ["Riverside Water Board"]),
    ("Riverside Water Board", ["Riverside Water Board"]),          # the whole dek
])
def test_opening_to_a_clause_end_is_a_copy(deck, cut):
    headline = ("Twitter Chats as Outreach: A Reflection" if deck.startswith("Twitter")
                else "Budget Talks Stall as Council Waits" if deck.startswith("**Budget")
                else "Riverside Water Board raises rates")
    assert _cut(deck, headline) == cut


def test_guard_number_comma_is_no_headline_clause_end():
    # '1,000' in the headline ends no clause: the dek's run to 'hires' is its own sentence
    assert _cut("City Hall hires staff today.", "City Hall hires 1,000 workers") == []


@pytest.mark.parametrize("word, same", [
    ("Mayor\u02bcs", "mayor's"),
    ("MAYOR\u2019S", "mayor's"),
    ("Cafe\u0301", "caf\u00e9"),
])
def test_folded_apostrophes_and_nfc(word, same):
    assert _folded(word) == same


def test_decomposed_headline_composed_dek_copy_teaches_nothing():
    title = "Cafe\u0301 Budget Plan Fails"
    text = (f"---\ntitle: \"{title}\"\ndeck: \"**Caf\u00e9 Budget Plan Fails** \u2014 The plan failed.\"\n---\n\n"
            "The mayor said on Monday that the plan had failed.\n")
    found = [d.message for d in lint_text(text, "content/news/post.md", select=["titles.case"])]
    assert found == ["headline is not in sentence case: 'Budget', 'Plan', 'Fails'"]


@pytest.mark.parametrize("name, words", [
    ("2020/12/2020-12-21-covid-19-is-complex-as-is-covid-19-open-data.md", "'Complex'"),
    ("2021/07/2021-07-14-twitter-chats-as-effective-outreach-a-reflection-on-national-consumer-"
     "protection-week-2021.md", "'Chats'"),
])
def test_guard_digitalgov_dek_copy_findings_stay(name, words):
    path = os.path.join(DIGITALGOV, name)
    if not os.path.exists(path):
        pytest.skip("no digitalgov checkout")
    with open(path, encoding="utf-8") as f:
        found = [d.message for d in lint_text(f.read(), path, select=["titles.case"])]
    assert len(found) == 1 and words in found[0]
