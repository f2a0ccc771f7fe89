"""Wire copy read in its real paragraphs (Reuters-21578 since the text reader
splits indented paragraphs): kinds of false alarm found there, one test per
kind (the sentences are ours), each with the near miss that must stay flagged."""
from __future__ import annotations

from lint.analysis.attribution import attribution
from lint.analysis.speakers import lower_case_copy
from lint.readers import read_bytes
from test_quotes import body

# A story as some wire feeds send it: names, places and months in lower case.
LOWER = [
    "Lima, june 3 - peru is seeking a new accord with its creditor banks on the "
    "debt, finance minister luis carrera told a press conference in the capital.",
    "He declined to comment on talks this week in london between the treasury and "
    "the bank committee, except to say they were going well enough for now.",
    "The banks have offered a margin of one pct over libor, banking sources said, "
    "against the 1-1/8 pct of the last accord, and carrera wants less than that.",
]
# The same story as most copy writes it.
CASED = [p.replace("peru", "Peru").replace("luis carrera", "Luis Carrera")
         .replace("london", "London").replace("libor", "Libor").replace("carrera wants", "Carrera wants")
         for p in LOWER]
QUOTE = "“the talks will go on until both sides can live with the terms,” carrera said."
BARE = "“the talks will go on until both sides can live with the terms.”"


def flagged(*paragraphs: str) -> list[bool]:
    """Per quote run: would quotes.unattributed report it (ignoring min_words)?"""
    return [not s.attributed and s.direct for s in attribution(body(*paragraphs))]


def test_lower_case_copy_is_told_by_the_capitals_inside_its_sentences():
    assert lower_case_copy(body("Headline", *LOWER, QUOTE))
    assert not lower_case_copy(body("Headline", *CASED, QUOTE))
    assert not lower_case_copy(body("Headline", "“Short,” he said."))   # too few words to tell


def test_a_lower_case_name_speaks_in_lower_case_copy():
    assert flagged("Headline", *LOWER, QUOTE) == [False]
    assert flagged("Headline", *LOWER, "“the terms are fair for both sides,” bank workers leader "
                   "ana ruiz told reuters.") == [False]


def test_a_lower_case_word_is_no_speaker_in_cased_copy_nor_a_bare_quote_in_lower_case():
    assert flagged("Headline", *CASED, QUOTE) == [True]
    assert flagged("Headline", *LOWER, BARE) == [True]


def test_a_name_is_learnt_across_a_line_break():
    """`said Walter\\nBrown` in wrapped copy writes `Brown` inside a sentence,
    so `Brown took it further. “…”` introduces Brown's words."""
    wrapped = ("“Growers want the loan price for security,” said Walter\n"
               "Brown, an analyst for a cotton producer.")
    later = "Brown took that a step further. “I don't think the planted acreage matters at all.”"
    assert flagged("Headline", wrapped, later) == [False, False]
    unnamed = ("“Growers want the loan price for security,” said an analyst\n"
               "for a cotton producer.")
    assert flagged("Headline", unnamed, later) == [False, True]


# --- a quote inside the sentence after one that names its speaker --------------

def test_a_quote_inside_the_sentence_after_its_speakers_cue():
    """`Keefe said … . Furthermore, “we …”`: the sentence before, in the same
    paragraph, has a cue and a speaker; the quote does not open its sentence."""
    assert flagged("Keefe said the next level of resistance is near. Furthermore, “we still "
                   "have the April highs to contend with,” which is higher.") == [False]
    assert flagged("Funaro said he hoped to travel next week. He would then talk to the banks "
                   "“If I have got some solution from the governments first.”") == [False]
    assert flagged("On tax, he said the rate will stay at 35 pct. But gains will be charged at "
                   "the “appropriate corporation tax rate for the year.”") == [False]


def test_a_woven_quote_after_a_sentence_whose_subject_is_a_person():
    named = "The currencies will hold, Gleske said."
    woven = ("Gleske was sceptical of target zones. Such targets threatened conflicts, "
             "“both within countries and between them.”")
    assert flagged(named, woven) == [False]
    # `Gleske` opens its sentence, so it is a name only when the story writes it inside one
    assert flagged(woven) == [True]


def test_the_sentence_before_must_name_somebody_and_be_in_the_same_paragraph():
    assert flagged("The next level of resistance is near. Furthermore, “we still have the "
                   "April highs to contend with,” which is higher.") == [True]
    assert flagged("Keefe said the next level of resistance is near.",
                   "Furthermore, “we still have the April highs to contend with,” which is "
                   "higher.") == [True]


# --- fx255: wire reported speech, then the speaker's quote in a paragraph of its own ---

def _story(dateline: str, *paragraphs: str) -> list[bool]:
    """Per quote run of a text story (headline, then `paragraphs` with the
    dateline opening the first): would quotes.unattributed report it?"""
    text = "Brazil debt talks\n\n" + dateline + "\n\n".join(paragraphs) + "\n"
    doc = read_bytes("t.txt", text.encode("utf-8"))
    return [not s.attributed and s.direct for s in attribution(doc)]


LEDE = "Fed chairman Paul Volcker spoke to the bankers on Monday about the debt."
PARAPHRASE = "Volcker said he believed Brazil wants to keep up its debt service."
OWN = "“It is fundamentally in their best interest to keep paying the banks.”"


def test_wire_reported_speech_gives_the_next_paragraphs_quote_its_speaker():
    assert _story("WASHINGTON, March 20 - ", LEDE, PARAPHRASE, OWN) == [False]
    assert _story("LONDON, March 3 (Reuters) - ", LEDE, PARAPHRASE, OWN) == [False]
    # a partial quote in the first sentence of the next paragraph is the speaker's too
    assert _story("WASHINGTON, March 20 - ", LEDE, PARAPHRASE,
                  "The plan “is not a solution and it never was one for the banks.”") == [False]


def test_reported_speech_carries_only_in_wire_copy_and_only_from_the_paragraph_before():
    # no wire dateline: US copy tags the quote in its own paragraph (the rule's mayor example)
    assert _story("", LEDE, PARAPHRASE, OWN) == [True]
    # a newspaper's dateline: typeset with a dash, or with no date
    assert _story("WASHINGTON — ", LEDE, PARAPHRASE, OWN) == [True]
    assert _story("WASHINGTON - ", LEDE, PARAPHRASE, OWN) == [True]
    # a tag inside the quote's own words: its closing mark was lost, a slip still reported
    assert _story("WASHINGTON, March 20 - ", LEDE, PARAPHRASE,
                  "“It is in their interest, he said. They will pay the banks.”") == [True]
    # the paragraph before reports nobody's words
    assert _story("WASHINGTON, March 20 - ", LEDE, "Brazil stopped paying interest in February.",
                  OWN) == [True]
    # the paraphrase is two paragraphs up
    assert _story("WASHINGTON, March 20 - ", LEDE, PARAPHRASE,
                  "Brazil stopped paying interest in February.", OWN) == [True]
