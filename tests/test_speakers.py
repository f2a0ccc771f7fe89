"""Speakers named without a cue verb (lint/analysis/speakers.py), kinds of
false alarm found on PolNeAR train, Reuters-21578, BBC and FNC-1 train
bodies; one test per kind (the sentences are ours), each with the near miss
that must stay flagged."""
from __future__ import annotations

import pytest

from lint.analysis.attribution import attribution
from lint.analysis.speakers import names_somebody
from lint.analysis.speech_cues import has_cue_and_speaker, lexicon
from test_quotes import body


def hows(*paragraphs: str) -> list[str]:
    return [s.how for s in attribution(body(*paragraphs))]


def flagged(*paragraphs: str) -> list[bool]:
    """Per quote run: would quotes.unattributed report it (ignoring min_words)?"""
    return [not s.attributed and s.direct for s in attribution(body(*paragraphs))]


# --- a partial quote woven into a sentence that names somebody -----------------

@pytest.mark.parametrize("text", [
    "Standard Chartered sees “the opportunity to sell better banking products”.",
    "The council voted 5-2, and Ruiz called the plan “a gift to the riders at last.”",
    "She said the vote was close and the ferry was “the slowest boat on the whole coast”.",
    "Bills are pending in Congress to pay the farmers “as soon as five months after harvest.”",
    # a person named by an object pronoun
    "The delay left her “feeling as though nobody on the council cared at all.”",
    "The vote gave him “a reason to stay on the council for another term.”",
    "The ferry never once took us “to the far side of the bay on time.”",
    # a capitalised quote woven in after `that` or `because`
    "After the vote, Park made sure that “No rider will wait past the hour again,” and left.",
    "Ellen Park voted for the plan because “Nobody rides the ferry after dark anyway.”",
])
def test_partial_quote_in_a_sentence_that_names_somebody(text):
    assert hows(text)[-1] in ("partial", "cue")
    assert flagged(text)[-1] is False


@pytest.mark.parametrize("text", [
    "The ferry is, in other words, “the slowest boat on the whole coast.”",
    "The new span is the “bridge that will outlast us all” for the county.",
    "Officials closed it. The road was “closed for the whole of the long winter.”",
    "The plan, approved Monday, is “a disaster for the riders of this city.”",
    "The council meets Thursday, when it will vote on “the schedule for next year.”",
    "The delay left the town “feeling as though nobody on the council cared at all.”",
    "The rule is that “No rider will wait past the hour again.”",
])
def test_partial_quote_in_a_sentence_that_names_nobody_stays_flagged(text):
    assert flagged(text)[-1] is True


def test_a_quote_opening_its_sentence_or_after_a_colon_is_not_partial():
    assert flagged("“the ferry is the slowest boat on the coast” is a line Ruiz knows.") == [
        True]
    assert hows("Ruiz wrote one line on the board: “the ferry is the slowest boat.”") == [
        "colon"]


# --- the subject of the sentence before the quote ------------------------------

@pytest.mark.parametrize("text", [
    "Mr Howard, however, was dismissive. “These things happen from time to time.”",
    "And she won't commit to an opinion yet. “I'm just in the middle of it, day to day.”",
    "Why was he out in the heat? “My mom says I have to save up for college.”",
    "Richard Viguerie is upbeat. “Not only can he win, he has the best chance of winning.”",
    "Viguerie is upbeat. “Not only can he win, he has the best chance.” The poll backs Viguerie.",
])
def test_quote_after_a_sentence_about_a_person(text):
    assert hows(text)[0] == "introduced"


def test_a_first_word_is_a_name_only_if_written_as_one_elsewhere():
    assert hows("Viguerie is upbeat. “Not only can he win, he has the best chance.”") == [""]


@pytest.mark.parametrize("text", [
    "Crews shut the bridge. “Nobody crosses it before the spring thaw.”",
    "They lie far from any airport. “That is a tough area for any campaign.”",
    "It rained all week. “The river will rise before the weekend is out.”",
    "The council met Monday. “We will finish the bridge before the thaw.”",
])
def test_quote_after_a_sentence_about_no_person_stays_flagged(text):
    assert flagged(text) == [True]


@pytest.mark.parametrize("before", [
    "Theresa May spoke to reporters on Monday.",
    "Prime Minister May spoke to reporters on Monday.",
    "Guitarist Brian May spoke to reporters on Monday.",
    "The ruling by Justice May came on Monday.",
    "On Monday, Mrs May spoke to reporters.",
])
@pytest.mark.parametrize("sentence", ["May was dismissive.", "May has said little since."])
def test_a_month_the_story_writes_as_a_surname_is_that_person(before, sentence):
    # fx81: a bare `May` before a predicate, in a story that names Theresa May, is her
    assert flagged(before, f"{sentence} “These things happen from time to time.”") == [False]
    assert hows(before, "May was dismissive. “These things happen from time to time.”") == ["introduced"]


@pytest.mark.parametrize("paragraphs", [
    ("May was the wettest month. “The river will rise before the weekend is out.”",),
    # no person named May: a date's lead-in, a determiner or a figure before or after it
    ("The vote came in May.", "May was dismissive. “These things happen from time to time.”"),
    ("Last May the river rose.", "May was dismissive. “These things happen from time to time.”"),
    ("Early May brought rain.", "May was dismissive. “These things happen from time to time.”"),
    ("The 2 May vote was close.", "May was dismissive. “These things happen from time to time.”"),
    ("Florida's May primary was close.", "May was dismissive. “These things happen from time to time.”"),
    ("The Pride May parade was late.", "May was dismissive. “These things happen from time to time.”"),
    ("The rally was on Friday May 5.", "May was dismissive. “These things happen from time to time.”"),
    # with one, a month before a day number, or before no predicate, is still no speaker
    ("Theresa May spoke on Monday.", "May 9 was the day. “These things happen from time to time.”"),
    ("Theresa May spoke on Monday.", "May rain fell. “These things happen from time to time.”"),
    ("Theresa May spoke on May 9.", "In May the party met. “These things happen from time to time.”"),
])
def test_a_month_is_nobody_unless_the_story_names_a_person_so(paragraphs):
    assert flagged(*paragraphs)[-1] is True


def test_the_speaker_introduced_in_another_paragraph_does_not_count():
    assert flagged("Mr Howard was dismissive.", "“These things happen from time to time.”") == [
        True]


# --- transcript turns ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Q: It was over. “We will finish the bridge before the thaw.” Why?",
    "ROBERTS: It was over. “We will finish the bridge before the thaw.”",
    "Jane Roe: The vote was over. “We will finish the bridge before the thaw.”",
    "Trump: We heard “we will finish the bridge before the thaw.” Trump was there.",
    "Q:\u00a0It was over. “We will finish the bridge before the thaw.” Why?",   # no-break space
    "JANE\u00a0ROE\u2009:\u00a0It was over. “We will finish the bridge before the thaw.”",
])
def test_quotes_in_a_transcript_turn(text):
    assert hows(text)[0] == "label"


@pytest.mark.parametrize("text", [
    "Update: the mayor now says “we will finish the bridge before the thaw.” Nothing more.",
    "Note: “We will finish the bridge before the spring thaw.”",
])
def test_a_note_is_no_speaker_label(text):
    assert hows(text)[0] != "label"


# --- lists of quotes -------------------------------------------------------------

def test_a_list_of_slogans_shares_the_first_ones_status():
    assert flagged("The posters showed “Peace Through Strength,” “Law and Order” and, yes, "
                   "“Sanity and a fair deal.”") == [False, False, False]
    assert hows("Her list: “Fix the ferry now,” “Open the bridge” and “Cut the fares for "
                "everyone.”") == ["colon", "paragraph", "paragraph"]
    assert hows("The demand: “Now,” “Open the bridge to the riders” or “Cut the fares for "
                "everyone.”") == ["colon", "listed", "listed"]
    assert hows("The sign: “Now,” then the bridge “Cut the fares for everyone.”") == [
        "colon", ""]     # no list's glue between them


def test_a_long_quote_after_a_title_is_no_list_item():
    assert flagged("“Meh,” “What does the ferry company know about the weather, the tides "
                   "and the timetables anyway?”") == [False, True]


# --- dialogue tags, apostrophes, titles, identifiers -----------------------------

@pytest.mark.parametrize("text, expected", [
    ("“Sales did not recover in February as expected,” today's survey said.", "tag"),
    ("“Sales did not recover in February as\nexpected,”\nParker shrugged.", "tag"),
    ("“If you buy a phone, you better be bald,” @redletter tweeted.", "cue"),
    ("“How are you today?” Miller, a retired worker from a nuclear plant in the valley, "
     "said pleasantly into the phone.", "cue"),
])
def test_dialogue_tags(text, expected):
    assert hows(text) == [expected]


@pytest.mark.parametrize("text", [
    "The mayor was thinking, “How complicated could the ferry timetable be?”",
    "You’re probably thinking, “How complicated could the ferry timetable be?”",
])
def test_a_thought_in_progress_is_attributed_like_one_thought(text):
    assert hows(text) == ["cue"]


def test_a_crowd_cheering_is_no_dialogue_tag():
    assert hows("“We will finish the bridge before the thaw,” the crowd cheered.") == [""]


@pytest.mark.parametrize("text", [
    "The show “101 Dalmatians and Friends” opens Friday at the Lyric.",
    "The film “Batman v Superman: Dawn of Justice” opens Friday.",
    "Call getElementById(“update_article_time_4760733_x”) when it loads.",
    "Boko Haram, a name that means “western education is forbidden”, is banned.",
    # a proverb or an adage is nobody's words, however long
    "The old adage of “do it right the first time on the ferry” holds here.",
    "Like the proverb “give a man a fish and you feed him for a day,” the plan teaches.",
    "Crews live by the mantra “never leave the pier before the tide turns”.",
    # markup left in scraped copy: an attribute's value, however many words
    'The ferry ran late. class="story-text story-para wide first">In the morning it sank.',
    "The ferry ran late. <img alt = 'The ferry at the pier in Hartwell on Monday'> It sank.",
])
def test_titles_glosses_and_identifiers_are_no_direct_quotes(text):
    assert [s.direct for s in attribution(body(text))] == [False]


@pytest.mark.parametrize("text, direct", [
    ("Ana Ruiz's commentary, “Riders, tell your ferry story,” is very thoughtful.", False),
    ("Her op-ed “Why The Ferry Must Run At Night And On Sundays” ran Monday.", False),
    # a stage work whose title is set in sentence case
    ("The 1980 Spanish musical “Del otro lado del puente,” follows a student.", False),
    # a work's noun, but the quote is somebody's words, or content, not a title
    ("In her book, “I never wanted to run the ferry at all,” she writes.", True),
    ("The article, “the ferry will run at night from May,” was wrong.", True),
    ("The ferry timetable, “Nobody rides the ferry after dark anyway,” is wrong.", True),
    # after the noun and a comma, a quote that ends the sentence is what somebody said: a
    # title set off by commas is an aside the sentence goes on from
    ("Despite the report, “We remain confident in our ferry crews and their training.”", True),
    ("After dropping the series, “We just didn't hit the ball this week.”", True),
])
def test_a_capitalised_quote_after_a_work_s_noun_is_its_title(text, direct):
    assert [s.direct for s in attribution(body(text))] == [direct]


def test_a_work_title_does_not_stop_the_book_s_quote_being_continued():
    assert hows("In her book, “I never wanted to run the ferry at all,” she writes.",
                "“Nobody rides the ferry after dark anyway.”") == ["cue", "continues"]


def test_an_equals_sign_in_prose_does_not_make_a_quote_markup():
    assert [s.direct for s in attribution(body(
        "The vote was 5 = 5, and “nobody on the council read the fine print.”"))] == [True]


def test_a_quote_opening_with_a_number_is_not_always_a_title():
    assert [s.direct for s in attribution(body("“20 people died in the flood last night.”"))] == [
        True]


# --- a headline that is a speaker label and a quote ------------------------------

def test_a_quote_opening_the_body_under_a_speaker_headline():
    from lint import lint_text  # noqa: F401  (the text reader makes line 1 the headline)
    from lint.readers import read_bytes
    doc = read_bytes("t.txt", "Cecile Richards: ‘We Are Not Going Away’\n\n“Her comments were "
                     "outrageous and dangerous for women.”\n".encode())
    assert [s.how for s in attribution(doc)] == ["continues"]


@pytest.mark.parametrize("headline", [
    "Update: ‘We Are Not Going Away’",          # not a speaker
    "Cecile Richards: We Are Not Going Away",   # a label, but no quote
    "Cecile Richards speaks at the rally",
])
def test_other_headlines_attribute_nothing(headline):
    from lint.readers import read_bytes
    doc = read_bytes("t.txt", f"{headline}\n\n“Her comments were outrageous and dangerous for "
                     "women.”\n".encode())
    assert [s.how for s in attribution(doc)] == [""]


def test_the_headline_speaker_reaches_the_first_paragraph_only():
    from lint.readers import read_bytes
    doc = read_bytes("t.txt", "Cecile Richards: ‘We Are Not Going Away’\n\nThe clinic opened "
                     "Monday.\n\n“Her comments were outrageous and dangerous.”\n".encode())
    assert [s.how for s in attribution(doc)] == [""]


def test_a_quote_set_off_by_dashes_in_a_sentence_that_names_somebody():
    assert hows("When Trump finally wrapped up — “I will fight for you and win for you!” — "
                "the balloons fell.") == ["partial"]
    assert flagged("When the rally finally wrapped up — “I will fight for you and win for "
                   "you!” — the balloons fell.") == [True]


def test_an_assessment_or_verdict_of_a_speaker_attributes():
    assert hows("“The voters are keener on us than the members,” is the dry assessment of "
                "Graham Lane.") == ["cue"]
    assert hows("“The voters are keener on us than the members,” is the dry assessment "
                "everyone shares.") == [""]    # no `of`: the assessment is nobody's


def test_a_slogan_of_is_a_term():
    assert [st.direct for st in attribution(body("UKIP, which campaigned on a slogan of “Say no "
                                                  "to Europe”, spent £2m."))] == [False]


# --- a month before a figure is a date, no speaker (fx75) -----------------------

@pytest.mark.parametrize("frame, named", [
    ("The notice went up on Dec. 9.", False),
    ("The notice went up on Sept. 30, 2024.", False),
    ("The vote is set for Jan 5.", False),
    ("The vote is set for May 9.", False),
    # a name stays one: no figure after it, or a name before it
    ("The vote was set by Theresa May on Dec. 9.", True),
    ("The vote was set by Jan Lee on Dec. 9.", True),
    ("The vote was set by Jan.", True),
])
def test_a_month_before_a_figure_names_nobody(frame, named):
    assert names_somebody(frame, lexicon(), frozenset()) is named


@pytest.mark.parametrize("frame, spoken", [
    ("\x00 was announced Dec. 9.", False),
    ("\x00 was said on May 9.", False),
    ("\x00 was announced on Sept. 30, 2024.", False),
    ("\x00, May said.", True),
    ("\x00, Theresa May said on May 9.", True),
    ("\x00, Jan said.", True),
    ("\x00, said Jan.", True),
])
def test_a_month_before_a_figure_is_no_speaker_beside_a_cue(frame, spoken):
    assert has_cue_and_speaker(frame, lexicon()) is spoken
