"""nu59 #1: a quote paragraph right after a paragraph that paraphrases one
named speaker is that speaker's (fx446's reading, quote_named.py, taken back
after qa312 #1-#3: those cases are strict xfails); and the nearest cases
that stay unattributed, as at main: a deed, a noun, a pronoun alone, two
speakers, another name before the quote, a paragraph in between, and a story
that tags its paragraph-opening quotes. The sentences are ours."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.config import Config

QUOTES = Config(select=("quotes",))
HEAD = "Copper boom lifts Chile's mines\n\nMarch 4, 2025\n\n"
QUOTE = "\"With these investments, we are going to stay the main actor in copper mining.\""


def unattributed(*paragraphs: str) -> list[int]:
    """The lines of the story's quotes.unattributed findings."""
    text = HEAD + "\n\n".join(paragraphs) + "\n"
    return [d.line for d in lint_text(text, "t.txt", config=QUOTES) if d.rule == "quotes.unattributed"]


@pytest.mark.parametrize("before", [
    "Mr Cartagena told reporters the industry expects to see investment worth $10bn.",
    "Patricio Cartagena said that the industry expects to see investment worth $10bn.",
    # BBC business/360.txt's shape: a closing tag, a pronoun, then the name again
    "Strong demand has fuelled production, said Cochilco vice president Patricio Cartagena. "
    "He added that the boom lets the government collect $950m in taxes. "
    "Mr Cartagena said the industry expects to see investment worth $10bn.",
])
@pytest.mark.xfail(strict=True, reason="taken back (fx446, qa312 #1-#3): a named speaker's paraphrase lends the next quote no speaker")
def test_a_quote_after_one_named_speakers_paraphrase_is_his(before):
    assert unattributed(before, QUOTE) == []


@pytest.mark.parametrize("before", [
    "Mr Cartagena signed the investment deal worth $10bn on Tuesday.",           # a deed
    "Mr Cartagena won the contract and expects more work next year.",           # a deed, then a verb
    "Officials said the industry expects to see investment worth $10bn.",        # a noun
    "He said the industry expects to see investment worth $10bn.",               # a pronoun alone
    "Mr Cartagena and Ms Rojas said the industry expects investment worth $10bn.",    # two speakers
    "Mr Cartagena said Ms Rojas told him the industry expects investment worth $10bn.",
    "Mr Cartagena said the investment is growing. Officials said it would slow.",
    "Mr Cartagena said the mine, which Codelco runs, would grow.",               # another name
    "But Mr Cartagena said the industry expects to see investment worth $10bn.",  # not the subject
    "Mr Cartagena said nothing about the investment worth $10bn.",              # nobody spoke
    "Mr Cartagena explains his plans for the investment worth $10bn.",          # a lead-in
])
def test_a_quote_after_no_one_named_speakers_paraphrase_stays_unattributed(before):
    assert unattributed(before, QUOTE) == [7]


def test_a_paragraph_in_between_breaks_the_paraphrase():
    assert unattributed("Mr Cartagena said the industry expects investment worth $10bn.",
                        "Copper prices reached a 16-year high in October.", QUOTE) == [9]


def test_a_story_that_tags_its_paragraph_opening_quotes_keeps_the_untagged_one():
    # the US papers' convention (PolNeAR): a quote opening a paragraph carries its tag
    assert unattributed("Mr Cartagena said the industry expects investment worth $10bn.", QUOTE,
                        "Ms Rojas said prices would hold through the year.",
                        "\"We are not worried about the price of copper this year,\" she said.") == [7]


def test_a_story_under_a_place_dateline_keeps_the_untagged_quote():
    # a newspaper's typeset dateline: PolNeAR's US papers tag such quotes (nu43's newspaper case)
    text = ("Copper boom lifts Chile's mines\n\nSANTIAGO — Chile's copper industry had a record year.\n\n"
            "Mr Cartagena said the industry expects to see investment worth $10bn.\n\n" + QUOTE + "\n")
    assert [d.line for d in lint_text(text, "t.txt", config=QUOTES) if d.rule == "quotes.unattributed"] == [7]


def test_qa312_a_reply_by_the_person_the_paraphrase_names_stays_unattributed():
    assert unattributed("Mr Smith said Mrs Jones, the opposition leader, had misled voters. "
                        "He said she should resign.",
                        "\"I have never misled anyone in my life.\"") == [7]


@pytest.mark.parametrize("quote", [
    "\"Mr Smith has no idea what he is doing to this town.\"",
    "\"Smith is lying to the people of this town.\"",
])
def test_qa312_a_quote_naming_the_speaker_in_the_third_person_stays_unattributed(quote):
    assert unattributed("Mr Smith said the council would cut its budget by a third.", quote) == [7]


@pytest.mark.parametrize("middle", [
    "Mrs Jones has called it reckless.",
    "Labour opposed the plan.",
])
def test_qa312_another_name_in_a_middle_sentence_keeps_the_quote_unattributed(middle):
    assert unattributed(f"Mr Smith said the council would cut its budget by a third. {middle} "
                        "He said the cuts were needed.",
                        "\"It is reckless and it is the worst budget in a generation.\"") == [7]
