"""Tense of the clause around a date (issue 12): month-alone past mentions,
noun phrases, perfects, reported speech, present relative clauses, and the
after-publication / future-tense-past-date rules that read it."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.analysis.dates import find_mentions
from lint.analysis.tense import FUTURE, PAST, UNKNOWN
from lint.config import Config
from lint.engine import lint_document, rules_for
from lint.readers import read_bytes

PUB = dt.date(2025, 3, 4)           # the date line, March 4, 2025
DATES = [r for r in rules_for(Config()) if r.pack == "dates"]


def tense_of(text: str, published: dt.date = PUB):
    found = [m for m in find_mentions(text, published) if m.kind in ("date", "month")]
    assert len(found) == 1, [m.matched for m in found]
    return found[0].tense.tense, found[0].tense.marker


def rules_fired(body: str, published: dt.date = PUB, path: str = "story.txt"):
    doc = read_bytes(path, f"Headline\n\n{body}\n".encode("utf-8"))
    result = lint_document(doc, DATES, Config(published=published))
    return [(d.rule, d.line, d.column) for d in result.diagnostics]


@pytest.mark.parametrize("text,tense,marker", [
    ("In September, the company cut 200 jobs.", PAST, "cut"),             # opens the sentence
    ("The governor in June vetoed the bill.", PAST, "vetoed"),
    ("The union's strike in April over pay ended quickly.", PAST, "ended"),  # `pay` is no schedule
    ("A May audit showed losses.", PAST, "showed"),                        # a noun phrase
    ("Its November poll showed him ahead.", PAST, "showed"),
    ("October's uptick made the data encouraging.", PAST, "made"),
    ("Sales have fallen since early August.", PAST, "since"),
    ("The firm has already shed jobs in March.", PAST, "shed"),
    ("The dynamics began to change in October.", PAST, "began to"),         # aspectual + infinitive
    ("In the July 9 cable, Stevens reported heavy fire.", PAST, "reported"),  # fronted phrase
    ("Emails that leaked in July forced her out.", PAST, "leaked"),
    ("Launch is to be in June.", FUTURE, "is to be"),
    ("The dividend will be payable April 3.", FUTURE, "will be payable"),
    ("The campaign will work hard to win voters in November.", FUTURE, "will ... to"),
    ("The ferry law, which takes effect July 1, was signed Monday.", UNKNOWN, "takes"),
    ("The measure kicks in June 1, officials said.", UNKNOWN, "kicks"),
    ("States holding contests on March 15 were courted.", UNKNOWN, "holding"),
    ("The privatisation is being put in place ahead of April.", UNKNOWN, "ahead"),
    ("It bought bills for resale to the market on April 2.", UNKNOWN, "for"),
    ("A base rate cut ahead of the Budget on March 17 was priced in.", UNKNOWN, "ahead"),
    ("They agreed to the transaction in August.", PAST, "agreed"),          # `to` + a plain noun
    ("Through the end of September, the campaign had raised $3 million.", PAST, "had"),
    ("Born May 24, 1917, in Newark, he studied law.", PAST, "born"),
    ("He'll have enough votes at the convention in July.", FUTURE, "he'll"),
    ("The nominee will almost certainly be decided in July.", FUTURE, "will be decided"),
    ("He visited Scotland for the opening of a golf course in June.", PAST, "visited"),
    ("Since clinching the nomination in early June, she has spent $77 million.", PAST, "since"),
    ("''We will win,'' he wrote in June on his website.", PAST, "wrote"),   # '' closes a quote
    ("The board gave the firm until March 31 to agree.", UNKNOWN, "until"),  # a deadline
    ("Voters will see the ad before the April 24 primary.", FUTURE, "will ... before"),
])
def test_tense_of_the_clause(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text", [
    "In May Theresa May resigned.",          # a name, not a month
    "Theresa May's cabinet met.",
    "She met June Carter.",
])
def test_months_that_are_names_stay_out(text):
    assert [m.matched for m in find_mentions(text, PUB) if m.kind == "month"] == []


def test_case_1_a_present_relative_clause_decides():
    text = "The ferry law, which takes effect July 1, 2025, was signed Monday by Gov. Mark Ellery."
    assert rules_fired(text) == []


@pytest.mark.parametrize("text,column", [
    ("In April, the company cut 200 jobs.", 4),
    ("The governor in June vetoed the bill.", 17),
    ("A May audit showed losses.", 3),
    ("She said that the plant was closed in May.", 39),             # reported speech
    ("The firm has cut 40 jobs since early April.", 32),
])
def test_month_alone_past_mentions_are_flagged(text, column):
    assert rules_fired(text, published=dt.date(2025, 3, 20)) == [
        ("dates.after-publication", 3, column)]


def test_since_a_month_far_ahead_means_the_last_one():
    # "since September" in a March story is last September: since-window-days (45).
    assert rules_fired("Talks have stalled since September.") == []
    assert rules_fired("Talks have stalled since early April.") == [
        ("dates.after-publication", 3, 26)]


def test_future_mirror():
    assert rules_fired("The state will hold its vote on Feb. 20.") == [
        ("dates.future-tense-past-date", 3, 33)]
    assert rules_fired("The state held its vote on Feb. 20.") == []


# Clause structure (second pass on issue 12): participle clauses, relative
# clauses after the date, phrases opening the sentence, spans from now.
@pytest.mark.parametrize("text,tense,marker", [
    # a participle clause set off by a comma shares its main clause's time
    ("Ryan endorsed Trump, telling reporters in May that he was not ready.",
     PAST, "endorsed ... telling"),
    ("Sanders has begun to rebut that criticism, fundraising for candidates in April.",
     PAST, "has begun ... fundraising"),
    ("The firm will expand, hiring 200 workers in June.", FUTURE, "will ... hiring"),
    ("The firm said its quarter, ending March 28, was weak.", UNKNOWN, "ending"),  # a schedule word
    # a `when` (or `in which`) clause right after the date tells what happened then
    ("The index is down 6.8% from Oct. 13, when Wall Street's plunge began.", PAST, "when ... began"),
    ("She offered few specifics beyond an op-ed in May, in which she called for change.",
     PAST, "which ... called"),
    ("The session runs until June 5, when the budget is due.", UNKNOWN, "until"),  # present: no say
    # the date in a phrase opening the sentence takes the main verb, past a
    # subordinate clause and a reporting verb too
    ("As recently as an October interview, Trump said he opposed it.", PAST, "said"),
    ("In a September debate, while most rivals called for war, Trump said no.", PAST, "said"),
    # `since` governs through a name; `due to` is "because of", no plan
    ("Since Clinton's op-ed in May, she has moved left.", PAST, "since"),
    ("The speech was never given due to the massacre on June 12.", PAST, "given"),
    ("The vote is due on June 12.", UNKNOWN, "due"),                        # a plan
    # `within` governs only a date right after it; a short -ed verb is a verb
    ("He died within weeks of his capture on March 26, 2025.", PAST, "died"),
    # a colon opens a clause, unless what follows it has no verb
    ("The party had a good year: Republicans have 24 seats up in November.", UNKNOWN, "have"),
    ("Polls started late: last Friday, January 24.", PAST, "started"),
    # `able`, `unable` and `enough` pass their verb group's tense to the infinitive
    ("Obama was able to hit the mark in September 2024.", PAST, "was ... able to"),
    ("Voters will be able to register in June.", FUTURE, "will be ... able to"),
    ("He was bold enough to tout it at a summit in March.", PAST, "was ... enough to"),
    # a present `have` with an object is present; after `'ll` it says nothing
    ("He'll have enough votes at the convention in July.", FUTURE, "he'll"),
    # an opening phrase reads past a participle set off by commas
    ("In a January debate, Trump, known for bluster, said little.", PAST, "said"),
    # a `when` clause whose subject runs on (an -ing form) does not decide
    ("Rules are due by October, when holders of bonds issued abroad may convert.", UNKNOWN, "by"),
    ("Duval left government service in mid-February.", PAST, "left"),
    # a target phrase opening the sentence takes its main verb: after `after`
    # a past one (or a report), after `by` a future one; inside a clause
    # `after` names a later state
    ("Eight days after Oct. 12, the day before the plunge, the index had fallen.", PAST, "had"),
    ("By June 5, officials said, the firm will cut jobs.", UNKNOWN, "by"),
    ("The rate was raised to 12 pct after May 31.", UNKNOWN, "after"),
    # a date opening the sentence, or a phrase after a conjunction, takes the
    # main verb; a supposition (`if`) tells no event
    ("Last May, a federal judge handling the lawsuit ordered monthly releases.", PAST, "ordered"),
    ("Although in September she said it was a mistake, she kept it.", PAST, "said"),
    ("At a March meeting of the caucus, of which he is a member, Grayson shouted.", PAST, "shouted"),
    ("If at the end of June, still not having pivoted, he loses, it is over.", UNKNOWN, "having pivoted"),
    # `after` before a determiner is a preposition, not a new clause
    ("Output rose 0.5 pct after a revised 0.1 pct increase in January.", PAST, "rose"),
    # `that` after a noun and before a verb is a relative pronoun
    ("A party that scored successes in three elections in March is rising.", PAST, "scored"),
    # a present reporting verb is a present verb: no reading back past it
    ("Clinton, who won in Iowa, says the race in June is open.", UNKNOWN, "is"),
    ("She says the vote on June 16 was close.", PAST, "was"),
    # a span that starts now ends ahead, whatever the verb
    ("The campaign will remind voters every day between now and November.", FUTURE, "now and"),
    ("Between now and June, the council meets weekly.", FUTURE, "now and"),
    # a participle after `after` is done before its past main verb; not under a future
    ("Spain won the cup after beating Italy in the final on June 9.", PAST, "won ... after beating"),
    ("Spain will face France after beating Italy in the final on June 9.", UNKNOWN, "beating"),
    # a past tally through dated events counts them done; a deadline stays a target
    ("She won 77 percent of the vote through the June 10 contests.", PAST, "won ... through"),
    ("The offer ran through June 10.", UNKNOWN, "through"),
    ("They extended the ban through the June 10 votes.", UNKNOWN, "through"),
])
def test_clause_structure_decides(text, tense, marker):
    assert tense_of(text) == (tense, marker)


@pytest.mark.parametrize("text,months", [
    ("Backers she will need come November are few.", ["November"]),
    ("Sales rose in February and May.", ["February", "May"]),
    ("Super PACs will make the case between now and March.", ["March"]),
    ("Cameron and May met.", []),                                # a name
    ("Previously, March and May were unlimited.", []),           # no month context at all
    ("Traders said the March has been acting strong.", []),      # `has` is no noun
])
def test_months_in_lists_and_spans(text, months):
    assert [m.matched for m in find_mentions(text, PUB) if m.kind == "month"] == months


@pytest.mark.parametrize("text", [
    "Options will trade on the February quarterly expiration cycle.",   # the head noun, 3 words on
    "Data for the March 9 week will be released.",
    "Traders eyed a gap in June\nbonds yesterday.",                    # a wrapped line
])
def test_a_label_is_read_to_the_head_of_its_noun_phrase(text):
    found = [m for m in find_mentions(text, PUB) if m.kind in ("date", "month")]
    assert [m.label for m in found] == [True]


def test_a_label_on_the_last_item_of_a_list_labels_them_all():
    found = find_mentions("Trading opens in January, February and May deliveries.", PUB)
    assert [(m.matched, m.label) for m in found] == [
        ("January", True), ("February", True), ("May", True)]


def test_a_span_under_way_is_no_past_event_but_a_list_item_is():
    pub = dt.date(2025, 3, 20)
    assert rules_fired("The group paid $1 million between June 2024 and April 2025.", pub) == []
    assert rules_fired("The group paid fees in June 2024 and April 2025.", pub) == [
        ("dates.after-publication", 3, 38)]


def test_future_check_reads_a_date_naming_an_event():
    pub = dt.date(2025, 8, 1)
    # the verb close before the date tells; a label told in the future does not
    assert rules_fired("He will fight on to the July convention.", pub) == [
        ("dates.future-tense-past-date", 3, 25)]
    assert rules_fired("The January orders will be revised.", dt.date(2025, 3, 4)) == []
    assert rules_fired("The campaign will remind voters between now and July.", pub) == [
        ("dates.future-tense-past-date", 3, 49)]


@pytest.mark.parametrize("body, fired", [
    # The date in a phrase of the subject is its noun's when the verb has its
    # own time at or before publication: the selling was last month, ...
    ("Tickets for the final on March 9 sold out last month.", False),
    ("Tickets for the final on March 9 sold out on Feb. 20.", False),
    ("Tickets for the final on March 9 sold out in April.", True),   # its own time is later too
    ("The vote on March 9 passed last week.", True),                 # the subject's own date
    # the date before the nested phrase's noun reads alike ("the March 9 final")
    ("Tickets for the March 9 final sold out last month.", False),
    ("Results of the March 9 runoff were announced on Feb. 28.", False),
    ("Tickets for the March 9 final sold out in April.", True),
    ("The March 9 vote passed last week.", True),
    # A `for` phrase hanging on a noun names what that noun is for: its date
    # is that event's, with no time of the verb's own, whichever verb is read.
    ("Tickets for the final on March 9 sold out.", False),
    ("Tickets for the March 9 final sold out.", False),
    ("Tickets for the final on March 9 have sold out.", False),
    ("Tickets for the final on March 9 quickly sold out.", False),
    ("Tickets for the final on March 9 quickly sold out in April.", True),   # a later time of its own
    # ... but only for a noun got or readied ahead of the event (`advance_nouns`);
    # on any other noun the date is that noun's own, and its verb's
    ("Seats for the concert on March 9 sold out.", False),
    ("Preparations for the summit on March 9 were completed.", False),
    ("A vigil for the victims on March 9 drew hundreds.", True),
    ("Turnout for the primary on March 9 reached 40 percent.", True),
    ("Polls for the runoff on March 9 closed at 8 p.m.", True),
    ("Demand for the vaccine on March 9 rose sharply.", True),
    ("Fans who bought tickets for the final on March 9 cheered last week.", False),
    # a verb before the phrase is the date's unless the phrase ends a
    # subject that holds it ("arrested two men for the attack": the cause, done)
    ("Police arrested two men for the attack on March 9.", True),
    ("Police arrested two men for the attack on March 9 and charged them.", True),
    ("He went to the final on March 9.", True),
])
def test_a_nested_date_is_its_nouns_not_the_verbs(body, fired):
    at = ("dates.after-publication", 3, body.index("March 9") + 1)
    assert (at in rules_fired(body)) is fired


@pytest.mark.parametrize("body, fired", [
    # the clause after ", and the" reads its own verb
    ("Voters backed the plan, and the vote on March 10 passed.", True),
    # a list item after ", and the" with no verb of its own keeps the verb before
    ("He visited Rome, Paris, and the summit on March 10.", True),
    # in the clause after ", and the", a past form with its agent after the
    # date is a participle on the subject's noun, not the clause's verb
    ("The council met Tuesday, and the meeting on March 10 called by the mayor will decide it.", False),
    ("Voters rejected the plan, and the vote on March 10 promised by the mayor is off.", False),
    ("Officials approved the plan, and the vote on March 10 required by law will follow.", False),
    ("Voters backed the plan, and the vote on March 10 was called by the mayor.", True),
    ("Voters backed the plan, and the vote on March 10 passed by a wide margin.", True),
])
def test_a_coordinated_clause_reads_its_own_verb(body, fired):
    at = ("dates.after-publication", 3, body.index("March 10") + 1)
    assert (at in rules_fired(body)) is fired


@pytest.mark.parametrize("text, expected", [
    # nu20 #3: the verb nearest before the date in its own coordinated clause governs it
    ("The council voted to keep fares flat and met again Nov. 25.", (PAST, "met")),
    ("The council voted Friday and met again Nov. 25.", (PAST, "met")),
    ("The board agreed to cut fares and approved the plan Nov. 25.", (PAST, "approved")),
    # an -ed word after `to ... and` with a noun after it is an adjective: no verb of its own
    ("The board plans to hold talks and related meetings Nov. 25.", (UNKNOWN, "to")),
])
def test_a_coordinated_past_verb_tells_its_own_date(text, expected):
    assert tense_of(text, dt.date(2026, 11, 21)) == expected


def test_a_past_verb_after_a_to_phrase_and_a_date_is_flagged_after_publication():
    found = rules_fired("The council voted Friday, Nov. 20, to keep fares flat and met again Nov. 25.",
                        dt.date(2026, 11, 21))
    assert found == [("dates.after-publication", 3, 69)]
