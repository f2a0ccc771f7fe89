"""A document that names nobody is no speaker (nu22 #6): `“…,” the statement
read.` is a suggestion of `quotes.unattributed`, owned statements stay quiet,
and the continuation convention never carries an unknown speaker on."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.analysis.attribution import attribution
from lint.config import Config
from test_quotes import body

QUOTES = Config(select=("quotes.unattributed",))
PIPE = "“This pipe was installed in 1931 and it simply gave out,”"


def hows(*paragraphs: str) -> list[str]:
    return [s.how for s in attribution(body(*paragraphs))]


@pytest.mark.parametrize("tag", [
    "the statement read.", "the statement read in part.", "the statement said Tuesday.",
    "the post said.", "the email said.", "the release said.", "said the statement.",
    "a statement said.",
])
def test_a_document_alone_credits_nobody(tag):
    assert hows(f"{PIPE} {tag}") == ["document"]


@pytest.mark.parametrize("tag", [
    "a statement from the mayor’s office said.", "Smith’s statement said.",
    "their statement read.", "the company said in a statement.",
    "the statement from Mayor Ellen Park read.", "the city’s statement said.",
    "organisers said in a statement.", "organisers said in a brief statement.",
])
def test_a_document_whose_owner_the_sentence_names(tag):
    assert hows(f"{PIPE} {tag}") != ["document"]
    assert hows(f"{PIPE} {tag}")[0] != ""


@pytest.mark.parametrize("before", [
    "The water department issued a statement on Wednesday.",
    "Herrera said in a statement that the pipe was old.",
    "The mayor posted on Facebook on Tuesday night.",
    "On Thursday, the Republican Party of Wyoming announced she was not coming.",
])
def test_an_earlier_sentence_that_names_the_owner(before):
    tag = "the post said." if "posted" in before else "the statement read."
    assert hows(before, f"{PIPE} {tag}") == ["cue"]


@pytest.mark.parametrize("before", [
    # qa47 #2: the sentence just before, whose subject says or puts words out, owns it
    "Crews shut off the line by 10 a.m., department spokesman Luis Herrera said.",
    "Police said two men were arrested after the break-in on Main Street.",
    "Singer Jane Roe shared a photo of her new puppy on Instagram late Monday.",
    "President Trump weighed in on Twitter early Tuesday.",
])
def test_the_sentence_before_that_says_or_puts_out_owns_it(before):
    tag = "the post read." if "Instagram" in before or "Twitter" in before else "the statement said."
    assert hows(before, f"{PIPE} {tag}") == ["cue"]


@pytest.mark.parametrize("before, how", [
    # fx69 (e): a firm suffix's stop before a lower-case word ends no sentence
    ("Acme Corp. said two men were arrested after the break-in.", "cue"),
    ("Acme Inc. said the plant would close in March.", "cue"),
    ("Harbor Freight Co. announced the closing on Monday.", "cue"),
    ("Acme Ltd. confirmed the closing on Monday.", "cue"),
    # before a capital it may end one: the sentence just before names nobody
    ("Ann Lee left Acme Corp. The plant opened in 1984.", "document"),
])
def test_a_firm_suffix_ends_no_sentence_before_a_lower_case_word(before, how):
    assert hows(before, f"{PIPE} the statement said.") == [how]



@pytest.mark.parametrize("before", [
    # qa57: a month's short form is a date, no person, in an earlier sentence too,
    # and its stop before the day ends no sentence
    "A statement was released on Jan. 5.",
    "A statement was released on Jan. 5 after the vote.",
    "A statement was posted on Dec. 9 after the vote.",
])
def test_an_earlier_sentences_month_owns_no_statement(before):
    assert hows(before, f"{PIPE} the statement said.") == ["document"]

@pytest.mark.parametrize("before, how", [
    # fx81 (qa57): a run of capitals after on/in/at/via is where the statement
    # went out, in an earlier sentence as in the quote's own
    ("A statement was released after the vote at Lincoln High.", "document"),
    ("A statement was released on Main St.", "document"),
    ("A statement was released at St. Mary's.", "document"),
    ("A statement was released at St. Mary's Hospital.", "document"),
    ("A statement was released at Mercy Hospital.", "document"),
    ("A statement was released in New York.", "document"),
    # ... while the owner beside the place still owns it
    ("A statement was issued by Acme.", "cue"),
    ("A statement was released at Lincoln High by Principal Joan Avery.", "cue"),
    ("A statement was posted on Acme's website.", "cue"),           # a possessive ends the place
    ("A statement was posted on Jones' page.", "cue"),
    ("A statement was posted on Jane Smith's page.", "cue"),
    ("In Boston Mayor Michelle Wu issued a statement.", "cue"),     # so does a title
    ("On Tuesday Acme issued a statement.", "cue"),                 # and a weekday or month
    ("In March Acme issued a statement.", "cue"),
])
def test_a_place_in_an_earlier_sentence_owns_no_statement(before, how):
    assert hows(before, "“We are grateful for the support,” the statement read.") == [how]
    assert hows(f"{before} “We are grateful for the support,” the statement read.") == [how]


@pytest.mark.parametrize("before, how", [
    ("The closure was confirmed at Lincoln High.", "document"),
    ("The closure was confirmed in New York.", "document"),
    ("Police confirmed the closure at Lincoln High.", "cue"),
    ("Park said the pipe broke.", "document"),      # a person spoke; nothing says Park issued it
])
def test_a_place_in_the_sentence_just_before_says_nothing(before, how):
    # the last sentence of the paragraph before owns the statement only when
    # somebody in it says or puts words out (`_owns_next`): a place is nobody;
    # in the same paragraph a cue and a place before it are no speaker the
    # statement's quote follows either (fx87)
    assert hows(before, "“We are grateful for the support,” the statement read.") == [how]
    assert hows(f"{before} “We are grateful for the support,” the statement read.") == [how]


@pytest.mark.parametrize("before", [
    # qa49 #2: only the sentence just before can own it, and only by saying or putting words out
    ("Mayor Linda Park attended the ribbon cutting on Tuesday.",),
    ("Workers at the plant were told on Friday.", "Governor Alan Reese visited the town in March."),
    ("The Associated Press reported the storm made landfall near Mobile.",),
    ("Police said two men were arrested.", "The plant opened in 1984.", "The last shift ends on Friday."),
    ("Police said two men were arrested. The plant opened in 1984.",),
])
def test_a_name_far_back_or_without_a_verb_of_saying_owns_nothing(before):
    assert hows(*before, f"{PIPE} the statement said.") == ["document"]


def test_the_last_sentence_of_the_paragraph_before_owns_it():
    assert hows("The plant opened in 1984. Police said two men were arrested.",
                f"{PIPE} the statement said.") == ["cue"]
    assert hows(f"The plant opened in 1984. Police said two men were arrested. {PIPE} the statement said.") \
        == ["cue"]


def test_an_organisation_quoted_just_before_owns_it():
    # qa49 #5: an organisation's words are its statement; a person's are not
    first = "“We regret having to take this step,”"
    assert hows(f"{first} the Pentagon said Tuesday.", f"{PIPE} the statement said.") == ["cue", "cue"]
    assert hows(f"{first} the Mayor said Tuesday.", f"{PIPE} the statement said.") == ["cue", "document"]
    assert hows(f"{first} Park said Tuesday.", f"{PIPE} the statement said.") == ["cue", "document"]


@pytest.mark.parametrize("before, tag, how", [
    # fx58's limit: a firm with no `the` owns the statement when the story shows it is one
    ("Acme Inc. makes widgets in Ohio.", "Acme said Tuesday.", "cue"),
    ("The retailer Acme makes widgets in Ohio.", "Acme said.", "cue"),
    ("The storm closed roads on Monday.", "FEMA said.", "cue"),
    ("The storm closed roads on Monday.", "Acme Group said.", "cue"),
    ("The storm closed roads on Monday.", "Acme said Tuesday.", "document"),   # a surname, for all we know
    ("Mayor Linda Park spoke on Monday.", "Park said.", "document"),
    ("Park Inc. makes widgets in Ohio.", "Mayor Park said.", "document"),      # a title: a person
    # qa50 #5: initials are a person's; an acronym is a body's when known or spelt out
    ("Coach J.D. Walsh resigned on Friday.", "JD said.", "document"),
    ("Kevin Durant signed an extension on Friday.", "KD said.", "document"),
    ("Rep. Alexandria Ocasio-Cortez criticized the bill.", "AOC said.", "document"),
    ("The Ohio Valley Water Authority (OVWA) shut the plant.", "OVWA said.", "cue"),
    ("The storm closed roads on Monday.", "OVWA said.", "document"),
    # a surname the story also gives a person is that person's, whatever firm shares it
    ("Executive Lee Park left to run Park Inc., his new venture.", "Park said.", "document"),
    ("Senator Ann Wells praised the lender Wells Fargo on Friday.", "Wells said.", "document"),
    ("The retailer Acme hired Ann Lee on Monday.", "Acme said.", "cue"),
])
def test_a_firm_quoted_just_before_owns_it(before, tag, how):
    first = "“We regret having to take this step,”"
    assert hows(before, f"{first} {tag}", f"{PIPE} the statement said.") == ["cue", how]


def test_a_speaker_of_an_earlier_quote_does_not_own_it():
    # qa47 #4 (q16): Park spoke; nothing says Park issued the statement, and the
    # continuation convention does not hand Park the statement's quote
    assert hows("“We will reopen the roads when it is safe to do so,” Park said.",
                f"{PIPE} the statement read.") == ["cue", "document"]
    # ... nor carries the statement's unknown speaker to the next paragraph (qa47 q6)
    assert hows("“We will reopen the roads when it is safe to do so,” Park said.",
                f"{PIPE} the statement read.", "“Nobody listened to us for years and years.”") == \
        ["cue", "document", ""]
    assert hows("The storm closed roads across the county on Monday night.",
                f"{PIPE} the statement read.") == ["document"]


@pytest.mark.parametrize("tag", [
    "the Post reported.",                                   # a newspaper, not a post
    "the statement, signed by 40 professors, read.",
])
def test_the_frame_names_a_speaker_or_the_signers(tag):
    assert hows("The merger talks ended on Monday night.", f"{PIPE} {tag}") == ["cue"]


@pytest.mark.parametrize("tag", [
    "the post on Facebook read.", "the statement said on Twitter.", "the statement read Dec. 9.",
    "according to the statement.", "the post on Facebook Live read.",
    "the statement released at Lincoln High read.",
])
def test_a_place_a_date_or_according_to_is_no_owner(tag):
    # qa47 #4: a capital after the document is where or when it went out
    assert hows("The storm closed roads across the county on Monday night.", f"{PIPE} {tag}") == \
        ["document"]


@pytest.mark.parametrize("lead_in, how", [
    # nu23 #5: a colon lead-in that names only a document is the same case
    ("The statement read:", "document"),
    ("The statement was brief:", "document"),
    ("The email said, in part:", "document"),
    ("The post on Facebook read:", "document"),
    ("The mayor’s statement read:", "colon"),
    ("A statement from the mayor’s office read:", "colon"),
    ("In a statement, the mayor said:", "colon"),
    ("Mayor Ann Lee put it this way:", "colon"),
])
def test_a_colon_lead_in_naming_only_a_document(lead_in, how):
    said = "“We cannot keep asking commuters to pay more.”"
    assert hows("The council voted to freeze ferry fares on Tuesday.", f"{lead_in} {said}") == [how]


@pytest.mark.parametrize("before", [
    "The water department issued a statement on Wednesday.",
    "Police said two men were arrested after the break-in.",
])
def test_a_colon_lead_in_whose_document_an_earlier_sentence_owns(before):
    assert hows(before, "The statement read: “We cannot keep asking commuters to pay more.”") == ["colon"]


def test_a_colon_lead_in_under_a_speaking_headline():
    text = "Mayor says fares will freeze\n\nThe statement read: “We cannot keep asking commuters to pay more.”\n"
    assert [d.rule for d in lint_text(text, "s.txt", config=QUOTES)] == []
    text = "Council freezes ferry fares\n\nThe statement read: “We cannot keep asking commuters to pay more.”\n"
    assert [d.level for d in lint_text(text, "s.txt", config=QUOTES)] == ["suggestion"]


@pytest.mark.parametrize("before, how", [
    ("A statement was released at noon.", "document"),
    ("A statement from Acme was released at noon.", "cue"),
    ("The company put out a statement at noon.", "cue"),
    # fx75 (qa57): a month before a figure is a date, nobody who could own the statement
    ("A statement was posted on Dec. 9.", "document"),
    ("A statement was posted on Sept. 30.", "document"),
    ("A statement was posted Jan. 5 after the vote.", "document"),
    ("A statement was posted on December 9.", "document"),
    ("A statement was posted on May 9.", "document"),
    # ... while a name beside it still owns it
    ("A statement from Theresa May was posted on Dec. 9.", "cue"),
    ("A statement from Jan Lee was posted on Dec. 9.", "cue"),
    # fx81: a place is nobody who could own it either
    ("A statement was released at Lincoln High.", "document"),
    ("A statement from Acme was released at Lincoln High.", "cue"),
])
def test_it_for_the_document_of_the_sentence_before(before, how):
    said = "“Nobody is going back to the table this week or next,” it said."
    assert hows(f"{before} {said}") == [how]


def test_many_ownerless_statements_are_judged_alike():
    # qa47 #1: one pass over the story; every statement quote still gets its answer
    paragraph = "Water rose {} feet overnight, and it kept rising. “Stay off the roads number {} " \
        "until the water goes down,” the statement read."
    assert hows(*(paragraph.format(i, i) for i in range(1, 40))) == ["document"] * 39
    assert hows("The county issued a statement.", *(paragraph.format(i, i) for i in range(1, 40))) == \
        ["cue"] * 39


@pytest.mark.parametrize("before, frame, how", [
    # nu24 #3: `the vote` after `after` is when the statement went out, not whose it is
    ("A statement was released after the vote.", "The statement read: “{}”", "document"),
    ("A statement was issued after the meeting.", "The statement read: “{}”", "document"),
    ("A statement was released after the verdict.", "“{},” the statement read.", "document"),
    ("Fares were frozen.", "After the vote, the statement read: “{}”", "document"),
    ("A statement was released at the end of the day.", "“{},” the statement read.", "document"),
    ("A statement was released after a meeting of the board.", "“{},” the statement read.", "document"),
    # ... while a named body or person owns it wherever it stands
    ("A statement was released by the department after the vote.", "“{},” the statement read.", "cue"),
    ("The city issued a statement after the vote.", "“{},” the statement read.", "cue"),
    ("A statement was released after Mayor Ann Lee spoke.", "“{},” the statement read.", "cue"),
    ("A statement was released on behalf of the family.", "“{},” the statement read.", "cue"),
    ("Fares were frozen.", "After the vote, the mayor’s statement read: “{}”", "colon"),
])
def test_a_vote_or_meeting_after_a_preposition_owns_no_statement(before, frame, how):
    quote = "Fares will not rise this winter" + ("." if frame.endswith("”") else "")
    assert hows(f"{before} {frame.format(quote)}") == [how]


def test_an_earlier_mention_that_names_nobody_does_not_own_it():
    assert hows("A statement was read at noon.", f"{PIPE} the statement read.") == ["document"]
    # the words of an earlier quote are no owner
    assert hows("“We will look into it,” the statement said.",
                f"{PIPE} the statement read.") == ["document", "document"]


def test_the_paragraph_shares_it_but_the_next_paragraph_is_not_carried():
    assert hows(f"{PIPE} the statement read. “Nobody listened to us for years.”") == \
        ["document", "document"]
    assert hows(f"{PIPE} the statement read.", "“Nobody listened to us for years and years.”") == \
        ["document", ""]
    # an owned statement is a speaker, and the convention carries it as before
    assert hows(f"{PIPE} their statement read.", "“Nobody listened to us for years and years.”") == \
        ["cue", "continues"]


def test_the_finding_is_a_suggestion_and_the_bare_quote_a_warning():
    text = ("Water main breaks\n\nA water main broke on Wednesday.\n\n"
            f"{PIPE} the statement read.\n\n“We asked the council for money and nobody listened.”\n")
    found = [(d.line, d.column, d.level, d.message[:40]) for d in lint_text(text, "s.txt", config=QUOTES)]
    assert found == [(5, 1, "suggestion", "direct quote is credited only to a docum"),
                     (7, 1, "warning", "direct quote has no attribution: add who")]


@pytest.mark.parametrize("lead_in, owned", [
    # qa50 #6: a share of the document is the document's words
    ("Part of the statement read:", False),
    ("Excerpts of the email read:", False),
    ("The statement read, in part:", False),
    ("Part of her statement read:", True),
    ("Part of Mayor Ann Lee's statement read:", True),
])
def test_a_share_of_a_document_is_the_documents_words(lead_in, owned):
    quote = "“We will not let the council sell this park to developers without a fight.”"
    found = hows("Protesters gathered outside City Hall on Tuesday as the council debated the plan.",
                 f"{lead_in} {quote}")
    assert (found[-1] != "document") == owned


@pytest.mark.parametrize("subhead, flagged", [
    ("## Statement from Mayor Ann Lee", []),      # qa50 #6: the subhead names the owner
    ("## The statement", [7]),                     # names nobody
])
def test_a_subhead_may_name_the_documents_owner(subhead, flagged):
    text = ("# Council delays park vote\n\nThe council delayed its vote on the park plan Tuesday after a "
            f"long debate over costs.\n\n{subhead}\n\nThe statement read: \"We need more time to review "
            "the costs.\"\n")
    assert [d.line for d in lint_text(text, "story.md", config=QUOTES)] == flagged


def test_the_document_pre_test_passes_every_frame_the_noun_pattern_matches():
    """`may_hold(frame, _noun_hints())` is False only where the case-blind noun pattern
    finds nothing: each noun with one letter written as each character
    `regex` matches to it (the long s, the Kelvin sign, capitals), in a frame."""
    import sys

    import regex

    from lint.analysis.ownerless_words import (document_nouns as _nouns, document_patterns as _document_patterns,
                                               noun_hints as _noun_hints)
    from lint.analysis.speech_cues import may_hold

    def _may_name_document(frame: str) -> bool:
        return may_hold(frame, _noun_hints())

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    pattern = _document_patterns()[0]
    kept = 0
    for noun in _nouns():
        for i, letter in enumerate(noun):
            for twin in set(regex.findall(rf"(?i){regex.escape(letter)}", every)):
                frame = f"“…,” the {noun[:i]}{twin}{noun[i + 1:]} said."
                assert pattern.findall(frame)
                assert _may_name_document(frame), frame
        kept += not _may_name_document(f"“…,” the {noun[:-1]} said.")
    assert not _may_name_document("“The pipe gave out,” Marsh said.")
    assert kept     # the test does rule frames out


@pytest.mark.parametrize("before, how", [
    # fx87: a passive of putting words out with no agent names no speaker
    ("The closure was announced.", "document"),
    ("The closure was quietly announced Tuesday.", "document"),
    ("A closure was announced at Lincoln High.", "document"),
    ("The closure was announced by the district.", "cue"),        # its agent
    ("The district announced the closure.", "cue"),
    ("Mayor Park's plan was announced Tuesday.", "cue"),           # Park's plan
])
def test_the_subject_of_a_passive_without_an_agent_owns_nothing(before, how):
    assert hows(before, "“We are grateful for the support,” the statement read.") == [how]
    assert hows(f"{before} “We are grateful for the support,” the statement read.") == [how]


@pytest.mark.parametrize("before, how", [
    # qa64 #4: an owner named after the verb owns it; an adjective names nobody
    ("The closure was announced Monday in a district statement.", "cue"),
    ("The closure was announced Monday in a school district statement.", "cue"),
    ("The closure was announced Monday in a statement posted on the district's website.", "cue"),
    ("The closure was announced Monday in a city statement.", "cue"),
    ("The closure was announced Monday in a brief statement.", "document"),
    ("The closure was announced Monday.", "document"),
])
def test_an_owner_after_the_passive_owns_it(before, how):
    assert hows(f"{before} “We regret the disruption,” the statement read.") == [how]


# nu51 #5: a cue verb such as `opened` or `began` in the sentence before, with
# a thing as its subject, credits a quote that opens its own sentence, though
# no speaker stands in the quote's sentence and a thing is no person
# (`The river rose. “…”` and `The session ended early. “…”` are flagged).
@pytest.mark.xfail(strict=True, reason="taken back (fx381, qa252 #1-#4): asking a cue's subject to be somebody "
                   "lost main's credit after 'The lawyer opened the case.', 'NASA opened the briefing.'")
@pytest.mark.parametrize("before", ["The bridge opened early.", "The session opened early.",
                                    "The meeting began early."])
def test_nu51_a_things_cue_verb_in_the_sentence_before_credits_nobody(before):
    from lint.readers import read_bytes
    text = (f"---\ntitle: Ferry repairs approved\ndate: 2025-03-04\n---\n\n{before} "
            "“The ferries will finally get the repairs they need.”\n\nThe ferry budget passed.\n")
    doc = read_bytes("story.md", text.encode())
    assert [s.attributed for s in attribution(doc) if s.direct] == [False]


@pytest.mark.parametrize("before", [
    # the nearest cases that stay as they were: a person, a title, a speaker noun
    # as the cue's subject, a verb that reports speech, a name the story writes
    "She began.", "The mayor opened the meeting.", "Police began the search.",
    "Officials opened the bridge.", "The bridge was opened by the mayor.",
    "The city said the walls hold.", "They began.", "Ames opened the meeting.",
    # no `thing_cues` verb: the sentence lends its speaker as on main, whoever its subject
    "The council praised the plan.", "The board welcomed the vote.",
])
def test_a_cue_verb_with_somebody_as_subject_still_credits_the_next_quote(before):
    assert hows(f"{before} “The ferries will finally get the repairs they need.” Ames spoke at the pier.") \
        == ["follows"]


@pytest.mark.xfail(strict=True, reason="taken back (fx381, qa252 #1-#4): asking a cue's subject to be somebody "
                   "lost main's credit after 'The lawyer opened the case.', 'NASA opened the briefing.'")
@pytest.mark.parametrize("before", ["The bridge opened early.", "It began.", "The store closed early."])
def test_a_things_cue_verb_lends_no_speaker(before):
    assert hows(f"{before} “The ferries will finally get the repairs they need.”") == [""]


# qa252: the `thing_cues` test of the sentence before (`lends`) and its nearest cases.
FERRIES = "“The ferries will finally get the repairs they need.”"


@pytest.mark.parametrize("before", [
    "The council praised the close vote.", "The board welcomed the close of trading.",
    "The council praised the plan before the session closed.",
    "The board welcomed the vote to close the school.",
    "When the session opened, the council praised the plan.",
])
def test_qa252_a_thing_cue_word_beside_another_cue_keeps_its_speaker(before):
    assert hows(f"{before} {FERRIES}") == ["follows"]


@pytest.mark.parametrize("before", [
    "The lawyer opened the case.", "The attorney closed the case.", "Protesters began the march.",
    "Parents opened the meeting.", "Neighbours began the protest.",
])
def test_qa252_a_person_as_a_thing_cues_subject_credits_the_next_quote(before):
    assert hows(f"{before} {FERRIES}") == ["follows"]


@pytest.mark.parametrize("before", [
    "The council opened the meeting.", "The union opened talks.", "Parliament opened the debate.",
    "The prosecution opened its case.", "The mayor’s office opened an inquiry.", "NASA opened the briefing.",
])
def test_qa252_an_organisation_as_a_thing_cues_subject_credits_the_next_quote(before):
    assert hows(f"{before} {FERRIES}") == ["follows"]


@pytest.mark.parametrize("before", [
    "Smith opened the meeting.", "O’Brien opened the meeting.", "Acme closed the deal.",
])
def test_qa252_a_name_written_only_there_credits_the_next_quote(before):
    assert hows("The vote was set for Friday.", f"{before} {FERRIES}") == ["follows"]


@pytest.mark.xfail(strict=True, reason="qa252 #5: a capitalised thing or a place before the thing cue is read "
                                       "as somebody ('The Golden Gate Bridge opened early.', 'In Chicago, the "
                                       "session opened early.'): the quote is still credited")
@pytest.mark.parametrize("before", [
    "The Golden Gate Bridge opened early.", "Main Street closed early.",
    "In Chicago, the session opened early.", "The Dow closed lower.",
])
def test_qa252_a_named_thing_or_place_lends_no_speaker(before):
    assert hows(f"{before} {FERRIES}") == [""]
