"""Attribution forms found missing on PolNeAR train and the BBC tuning pool,
one test per kind (the sentences are ours), with the near misses that must
stay unattributed or stay direct quotes."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.attribution import attribution
from lint.analysis.speech_cues import TOKEN, is_speaker, lexicon
from lint.config import Config
from test_quotes import body

QUOTES = Config(select=("quotes.unattributed",))


def hows(*paragraphs: str) -> list[str]:
    """How each quote run of the paragraphs is attributed ("" if it is not)."""
    return [s.how for s in attribution(body(*paragraphs))]


def direct(text: str) -> list[bool]:
    return [s.direct for s in attribution(body(text))]


# --- a later quote in the paragraph of an attributed quote ---------------------

def test_a_quote_after_narration_in_the_paragraph_of_an_attributed_quote():
    got = hows("“Those are some very small towns,” Woolf said. They lie far from any "
               "airport. “That is a tough area for any campaign.”")
    assert got == ["cue", "paragraph"]
    # a partial quote inside the narration is that speaker's too
    got = hows("“We will finish the bridge,” said Mayor Ellen Park. The council, she "
               "argues, is “dragging its feet on every single contract.”")
    assert got[1] in ("cue", "paragraph")
    got = hows("“It is ambush journalism,” she said. It is “a new kind of ambush on the road.”")
    assert got == ["cue", "paragraph"]


def test_a_fragment_or_a_later_attribution_does_not_license_the_paragraph():
    # a one-word attributed quote is a fragment, not a speaker going on
    assert hows("“No,” she said. The council then approved “the full plan for the ferry.”") \
        == ["cue", ""]
    # a quote BEFORE the attributed one is not covered
    assert hows("The bridge is late. “The road comes next year, too.” The mayor "
                "spoke on Monday. “We will finish the bridge,” Park said.") == ["", "cue"]
    # and a paragraph break still needs the continuation convention's shape
    assert hows("“We will finish the bridge,” Park said.",
                "The council met. Its plan is “a gift to the developers and nobody else.”") \
        == ["cue", ""]


def test_a_short_crowd_cry_does_not_hand_a_speaker_to_the_next_paragraph():
    # `“Out!” the crowd yelled.` is no speaker going on: the next quote is new
    assert hows("“Out!” the crowd yelled.", "“The ones who have been here twenty years?”") \
        == ["cue", ""]


# --- cue verbs: missing forms and speech-act verbs ---------------------------------

@pytest.mark.parametrize("text", [
    "About 50 strikers gathered, chanting “no contract, no ferry, no peace.”",
    "On its website, the agency lists “bridge safety as its top priority.”",
    "The suit also seeks “a permanent injunction against the county board.”",
    "The complaint says the guard, alleging he “grabbed and restrained the driver,” lied.",
    "Deputy Mayor Rosa Ruiz criticised the budget as “too thin to fix the roads.”",
    "Mr Prater concedes “it has grown awfully fast in three years.”",
    "TV Weekly is describing the show as “a cross between a quiz and a riot.”",
    "“Please finish the bridge before the spring thaw,” implores Mayor Ellen Park.",
    "Dr Ruiz estimated “between 300 and 400 riders a day.”",
    "He confided to his diary, “the ferry will never pay for itself.”",
    "The researchers found, “ridership falls when the fares rise again.”",
    "The law makes clear that fines apply to “anyone who skips the fare twice.”",
])
def test_speech_act_verbs_are_cues(text):
    assert hows(text) == ["cue"]


def test_a_noun_that_is_also_a_verb_is_no_cue():
    # `the blast`, `the forecast` are not speech: the quote stays unattributed
    assert hows("The blast woke residents. “Windows shook across the whole street.”") == [""]
    assert hows("The forecast was wrong. “Nobody expected a storm like that one.”") == [""]


# --- possessive attributions ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "“It is an across-the-board failure” of planning, in Marsh’s view.",
    "The port is, in Forbes’ words, “the busiest place on the whole coast.”",
    "In his own words, “the ferry has run out of road and money.”",
    # the owner after the noun, with a word or two before it
    "In the wise words of Lena Marsh, a ferry captain, “The tide waits for nobody here.”",
    "In the words of the harbor master, “the tide waits for nobody here.”",
    "In the view of Marsh, “The ferry has run out of road and money.”",
])
def test_in_somebodys_words_or_view_attributes(text):
    assert hows(text) == ["cue"]


def test_in_a_word_that_is_not_possessive_does_not_attribute():
    assert hows("In other words, “the ferry has run out of road and money.”") == [""]
    # an adjective before the noun does not make the phrase an owner's
    assert hows("In other wise words, “the ferry has run out of road and money.”") == [""]


# --- a speaker whose name is a cue word ---------------------------------------------

def test_a_capitalised_cue_word_before_a_cue_is_a_name():
    assert hows("“On the political risk, we have assessed this deal,” Read said.") == ["cue"]
    lex = lexicon()
    tokens = TOKEN.findall("Read said")
    assert is_speaker(tokens, [t.lower() for t in tokens], 0, lex)
    tokens = TOKEN.findall("Asked about it")
    assert not is_speaker(tokens, [t.lower() for t in tokens], 0, lex)


# --- names, not direct quotes: a lead-in with an article, a lead-out -----------

def test_a_name_with_its_lead_in_or_lead_out_is_not_a_direct_quote():
    assert direct("It runs on the Jinshajiang, or “river of golden sand and stone” as the "
                  "upper reaches are known.") == [False]
    assert direct("EU rules ban it in what is known as the “one time, last time” rule.") \
        == [False]
    assert direct("He went to a school known here as the “Eton of the whole valley.”") == [False]
    # `as` that starts a comparison is no lead-out
    assert direct("“We will finish the bridge this year” as well as the road.") == [True]



# --- short quoted terms (AP "quotation marks": special sense, nicknames, titles) ---

@pytest.mark.parametrize("text", [
    "The river crossing is the “bridge to the next century” for the county.",
    "Engineers dubbed it a “search and replace tool” for mud.",
    "The ferry was, in effect, a typical “boat to nowhere at all” for the town.",
    "The council sees the plan as “a bridge too far” for the budget.",
    "Crews sang “Roll Down the River Slowly” all the way to port.",
    "Its self-described “ferry for the people” sails twice a day.",
    # a composition title keeps its prepositions in lower case
    "The county issued a “Policy to Require Life Jackets across Ferry Routes and Docks”.",
])
def test_a_short_quote_after_a_determiner_or_naming_word_is_a_term(text):
    assert direct(text) == [False]


@pytest.mark.parametrize("text", [
    # an interface label after the verb that works it: the reader's own action, nobody's words
    "To book a seat, click “Reserve ferry tickets now” and pay.",
    "Then select \"Show all sailing times\" from the menu.",
    "On the form, choose “Residents of the county” first.",
    "Tap “Add a new ferry pass” on the home screen.",
    "Open the app and press \"Start a new trip\" twice.",
    "The ferry office put up a page titled \"Sailings for the whole year\".",
])
def test_a_short_interface_label_is_a_term(text):
    assert direct(text) == [False]


@pytest.mark.parametrize("text", [
    # a full sentence, however short, is speech
    "The sign on the bridge read the “road is closed today.”",
    # more than five words is more than a term
    "The plan is the “best bridge this county has ever had”.",
    # no determiner or naming word before it
    "The ferry will “sail on time every single day” from June.",
    # a capitalised common noun is no lower-case adjective after `the`
    "The mayor met the Council “to settle the ferry fares”.",
    # a sentence after an interface verb is still speech
    "The captain told riders to click “the bell. It rings the crew.”",
])
def test_near_misses_stay_direct_quotes(text):
    assert direct(text) == [True]


def test_a_plural_common_noun_after_said_is_the_speaker():
    assert hows("“The ferry is safe to sail in any weather,” said researchers.") == ["cue"]
    assert hows("“The ferry is safe to sail in any weather,” wrote analysts on Monday.") \
        == ["cue"]
    # only straight after a cue that follows the quote; no plural, no speaker
    assert hows("“The ferry is safe to sail in any weather,” was said for years.") == [""]
    assert hows("“The ferry is safe to sail in any weather,” and said nothing.") == [""]


# --- a dialogue tag without a cue verb -------------------------------------------------

@pytest.mark.parametrize("text", [
    "“Carnival has a strong record of sailing on time,” Mr Champion.",
    "“The ferry was late again this morning,” Hannity started.",
    "“The ferry was late again this morning,” she shrugged.",
])
def test_a_comma_closed_quote_and_a_bare_tag(text):
    assert hows(text) == ["tag"]


@pytest.mark.parametrize("text", [
    "“The ferry was late again this morning,” and so on.",
    "“The ferry was late again this morning.” Mr Champion.",
    "“The ferry was late again this morning,” Trump from his desk.",
])
def test_no_tag_without_the_comma_or_with_more_words(text):
    assert hows(text) == [""]


def test_the_rule_reports_none_of_these_kinds():
    text = ("Ferry inquiry\n\n“Those are small towns,” Woolf said. They lie far away. "
            "“That is a tough area for any campaign.”\n\n"
            "The port is, in Forbes’ words, “the busiest place on the whole coast.”\n\n"
            "“The ferry was late again this morning,” Hannity started.\n\n"
            "The bridge is late. “The road comes next year, too.”\n")
    assert [(d.line, d.column) for d in lint_text(text, "t.txt", config=QUOTES)] == [(9, 21)]


# --- a lead-in that the paragraph break cuts off -----------------------------------

@pytest.mark.parametrize("lead", [
    "A ferry spokesman denied the report on Monday, saying,",      # a sentence cut mid-way
    "The mayor was blunt about the delay, she told reporters,",
    "A statement from the ferry company later said the following.",
    "The ferry company's reply was as follows.",
])
def test_a_lead_in_ending_the_paragraph_before_attributes_the_quote(lead):
    assert hows(lead, "“That is false. The ferry sails on time every single day.”") == ["colon"]


@pytest.mark.parametrize("lead", [
    "The ferry was late again on Monday, and again on Tuesday,",    # a comma, but no cue
    "Riders waited for the ferry. The council said nothing.",       # a cue, but a full stop
    "The following riders waited longest.",                         # `the following` not last
])
def test_no_lead_in_ending_the_paragraph_before(lead):
    assert hows(lead, "“That is false. The ferry sails on time every single day.”") == [""]
