"""qa431: review of fx569 (57655e02..ee29488a): the place-named slip's person
cues, 'another' bound to its own name, a note's latest label, two-digit
years, a page's label paragraph, APA titles past initials, a kind word after
a lower-case plural. Strict xfails are faults found; the plain tests guard
the nearest shapes that work today. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at, uses as _uses
from label_day_helpers import MET, V, days as _days, page as _page
from q_element_helpers import G2, NITF

SV = ("names.spelling-variant",)
FT = ("dates.future-tense-past-date",)
COACH = "Coach Mike Jordon said the team was ready. Jordon smiled.\n\n"
MAYOR = "Mayor Jane Kowalczyk said so. Kowalczyk voted.\n\n"
PLOT = ("Police named Abu Hussain al-Britani, 20, a hacker. Al-Britani was jailed in 2012. "
        "Officers said al-Britani ran an account online.\n\n")
WILL = '"The council will vote April 3,"'


def _jordan(later: str) -> tuple[str, list]:
    text = HEAD + COACH + later + "\n"
    return text, [("names.spelling-variant", *_at(text, "Jordan"), "Jordan")]


# ---- #1 (HIGH, before): a place-named slip owned or described as a person --

@pytest.mark.parametrize("later", ["Later, Jordan's wife said the team was glad.",
                                   "Later, Jordan’s son said the team was glad.",
                                   "Later, Jordan, the coach, said the team was glad.",
                                   "Later, Jordan, a former guard, said the team was glad."])
def test_a_place_named_slip_owned_or_described_as_a_person_is_flagged(later):
    text, want = _jordan(later)
    assert _findings(text, SV) == want


# ---- #2 (HIGH, before): a place-named slip as a quote's speaker --------------

@pytest.mark.parametrize("later", ['"We are glad," Jordan said.',
                                   '"We are glad," said Jordan.',
                                   "Later, Jordan told reporters the team was glad.",
                                   "Later, Jordan said that he was glad."])
def test_a_place_named_slip_as_a_quotes_speaker_is_flagged(later):
    text, want = _jordan(later)
    assert _findings(text, SV) == want


@pytest.mark.parametrize("later", ["Jordan, 45, said the team was glad.",
                                   "Later, Coach Jordan said the team was glad.",
                                   "Later, Dr. Jordan said the team was glad.",
                                   "Later, Mr Jordan said the team was glad.",
                                   "Later, Jordan (41) said the team was glad.",
                                   "Later, Jordan said Tuesday he was glad."])
def test_guard_a_place_named_slip_with_an_age_title_or_said_he_is_flagged(later):
    text, want = _jordan(later)
    assert _findings(text, SV) == want


# ---- #3 (MED, new): a person cue that is another word's ---------------------

@pytest.mark.xfail(strict=True, reason="qa431 #3: fx569's person cue is read off the place's own word when it "
                   "belongs to another: 'The king of Jordan said he', 'Chile, who beat Peru' (a national team), "
                   "'Asked about the hacker, Britain said he' are flagged as spellings of Jordon/Chiles/al-Britani")
@pytest.mark.parametrize("text", [
    COACH + "The king of Jordan said he would attend.",
    COACH + "King Abdullah of Jordan said he would attend.",
    "Adrian Chiles presented the match. Chiles said the crowd was loud.\n\n"
    "Chile, who beat Peru 2-0 in March, now face Brazil.",
    PLOT + "Asked about the hacker, Britain said he had been stripped of his passport.",
])
def test_a_place_whose_person_cue_is_another_words_stays_quiet(text):
    assert _findings(HEAD + text + "\n", SV) == []


@pytest.mark.parametrize("text", [COACH + "Jordan said it would not extradite the suspect.",
                                  COACH + "The team flew to Jordan on Tuesday.",
                                  PLOT + "Britain said it would act."])
def test_guard_the_country_with_no_person_cue_stays_quiet(text):
    assert _findings(HEAD + text + "\n", SV) == []


# ---- #4 (HIGH, before): 'another' bound to something else, no preposition ---

def test_another_opening_a_phrase_of_time_leaves_the_slip_flagged():
    # fx588: a phrase ending in a noun of time dates the sentence (names.yaml another_time_nouns)
    text = HEAD + MAYOR + "Another day, Jane Kowalcyzk spoke. Kowalcyzk left.\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.xfail(strict=True, reason="qa431 #4: 'another' in a sentence-opening phrase that is no preposition "
                   "of fx569's list ('Under another deal,', 'In yet another vote,', 'As another "
                   "vote neared,') still reads as bound to the name and excuses the slip Kowalcyzk")
@pytest.mark.parametrize("later", ["Under another deal, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "In yet another vote, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "As another vote neared, Jane Kowalcyzk spoke. Kowalcyzk left."])
def test_another_opening_a_phrase_of_something_else_leaves_the_slip_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


@pytest.mark.parametrize("later", ["During another vote, Jane Kowalcyzk spoke. Kowalcyzk left.",
                                   "Jane Kowalcyzk, another resident, spoke. Kowalcyzk left.",
                                   "Jane Kowalcyzk spoke on another day. Kowalcyzk left."])
def test_guard_another_not_bound_to_the_name_leaves_the_slip_flagged(later):
    text = HEAD + MAYOR + later + "\n"
    assert _findings(text, SV) == _uses(text, "Kowalcyzk")


def test_guard_another_right_before_the_name_is_another_person():
    assert _findings(HEAD + MAYOR + "ANOTHER RESIDENT, Jane Kowalcyzk, spoke. Kowalcyzk left.\n", SV) == []


# ---- #5 (HIGH, new): an APA title ending on a capital swallows the note ------

@pytest.mark.parametrize("title", ["Council picks Plan B.", "Tariffs hit the U.S."])
def test_the_notes_own_sentence_after_an_apa_title_ending_on_a_capital_is_flagged(title):
    text = HEAD + MET + "Lee, A. (2024, March 30). " + title + " The panel will vote April 3.\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]


@pytest.mark.parametrize("title", ["Council picks Plan B.", "Tariffs hit the U.S.", "Panel meets."])
def test_guard_the_notes_own_sentence_after_an_apa_title_and_outlet_is_flagged(title):
    text = (HEAD + MET + "Lee, A. (2024, March 30). " + title + " *Springfield Gazette*. "
            "The panel will vote April 3.\n")
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]


# ---- #6 (MED, before): an APA title past an abbreviation's stop --------------

@pytest.mark.parametrize("title", ["Gov. Cole will sign the bill April 3.", "Sen. Ann Cole will vote April 3.",
                                   "St. Louis panel will vote April 3."])
def test_an_apa_title_with_an_abbreviation_is_one_title(title):
    assert _findings(HEAD + MET + "Lee, A. (2024, March 30). " + title + " *Springfield Gazette*.\n", FT) == []


def test_guard_an_apa_title_with_initials_is_one_title():
    assert _findings(HEAD + MET + "Lee, A. (2024, March 30). Panel led by Ann B. Cole and the U.S. envoy will "
                     "vote April 3. *Springfield Gazette*.\n", FT) == []


# ---- #7 (MED, new): a lower-case section or possessive before a kind word ---

@pytest.mark.parametrize("tail", ["Springfield Gazette sports report.", "Springfield Gazette, politics report.",
                                  "Springfield Gazette elections post.", "Springfield Gazette, its report.",
                                  "Springfield Gazette, this week's report."])
def test_a_section_or_possessive_before_a_kind_word_stays_a_citation(tail):
    assert _findings(HEAD + MET + WILL + " " + tail + "\n", FT) == []


def test_guard_a_singular_section_before_a_kind_word_stays_a_citation():
    assert _findings(HEAD + MET + WILL + " Springfield Gazette metro report.\n", FT) == []


@pytest.mark.parametrize("tail", ["City officials post.", "Two council members report.", "Residents report."])
def test_guard_a_plural_speaker_before_a_kind_word_keeps_the_date_flagged(tail):
    text = HEAD + MET + WILL + " " + tail + "\n"
    assert _findings(text, FT) == [("dates.future-tense-past-date", *_at(text, "April 3"), "April 3")]


# ---- #8 (HIGH, before): a page's label paragraph in other label shapes ------

@pytest.mark.parametrize("label", ["<p><strong>Update: May 9, 2024</strong></p>",
                                   "<p><strong>Update — May 9, 2024</strong></p>",
                                   "<p><strong>Update, May 9, 2024.</strong></p>",
                                   "<h3>Update, May 9, 2024:</h3>"])
def test_a_page_label_alone_in_another_shape_dates_the_next_paragraph(label):
    assert _days("a.html", _page(label, f"<p>{V}</p>")) == [("next Tuesday", "Tuesday, May 14")]


@pytest.mark.parametrize("label", ["<p><strong>Update, May 9, 2024:</strong></p>",
                                   "<p><strong>Update (May 9, 2024)</strong></p>",
                                   "<p><strong>Update,&nbsp;May&nbsp;9,&nbsp;2024&#58;</strong></p>",
                                   "<p><strong>Update, May 9, 2024</strong>:</p>",
                                   "<p><strong>Update, May 9, 2024:</strong>&nbsp;</p>",
                                   "<p><strong>Update, 5/9/24:</strong></p>",
                                   "<p><strong>Update, May 9, 2024:</strong></p>\r\n<p>&nbsp;</p>"])
def test_guard_a_page_label_alone_dates_the_next_paragraph(label):
    assert _days("a.html", _page(label, f"<p>{V}</p>")) == [("next Tuesday", "Tuesday, May 14")]


def test_guard_a_page_paragraph_ending_in_a_colon_with_no_label_counts_from_publication():
    assert _days("a.html", _page("<p>The council will vote on Tuesday. Update, May 9, 2024:</p>", f"<p>{V}</p>")) \
        == [("next Tuesday", "Tuesday, May 7")]


@pytest.mark.parametrize("name, doc, day", [
    ("a.nitf", NITF.format(f"<p>Update, March 12, 2025:</p>\n<p>{V}</p>"), "Tuesday, March 18"),
    ("a.xml", NITF.format(f"<p>Update, March 12, 2025:</p>\n<p>{V}</p>"), "Tuesday, March 18"),
    ("a.xml", G2.format(f"<p>Update, March 12, 2025:</p><p>{V}</p>"), "Tuesday, March 18"),
])
def test_guard_nitf_and_newsml_label_paragraphs_date_the_next(name, doc, day):
    assert _days(name, doc) == [("next Tuesday", day)]


# ---- #9 (LOW, new reading): a two-digit year across a century --------------

def test_a_two_digit_year_after_the_century_turn_is_the_next_century():
    text = HEAD.replace("2024-05-01", "1999-12-29") + MET + "Update, 1/6/00: " + V + "\n"
    assert _days("a.md", text) == [("next Tuesday", "Tuesday, January 11")]


@pytest.mark.parametrize("label", ["Update, 1/6/2000:", "Update, Jan. 6, 2000:"])
def test_guard_a_four_digit_year_across_the_century_turn(label):
    text = HEAD.replace("2024-05-01", "1999-12-29") + MET + label + " " + V + "\n"
    assert _days("a.md", text) == [("next Tuesday", "Tuesday, January 11")]


def test_guard_a_two_digit_year_in_a_later_note_paragraph_counts_from_it():
    text = (HEAD + MET + "Update, 5/9/24: It moved.\n\n    Update, 12/30/24: It moved again.\n\n"
            "    " + V + "\n").replace("\n", "\r\n")
    assert _days("a.md", text) == [("next Tuesday", "Tuesday, December 31")]


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_a_page_label_alone_in_another_shape_dates_the_next_paragraph[<h3>Update, May 9, 2024:</h3>]': "taken back: the 'another' rework (8976d24a) and update labels alone (see git log: take back update labels alone)",
    'test_a_page_label_alone_in_another_shape_dates_the_next_paragraph[<p><strong>Update \\u2014 May 9, 2024</strong></p>]': "taken back: the 'another' rework (8976d24a) and update labels alone (see git log: take back update labels alone)",
    'test_a_page_label_alone_in_another_shape_dates_the_next_paragraph[<p><strong>Update, May 9, 2024.</strong></p>]': "taken back: the 'another' rework (8976d24a) and update labels alone (see git log: take back update labels alone)",
    'test_a_page_label_alone_in_another_shape_dates_the_next_paragraph[<p><strong>Update: May 9, 2024</strong></p>]': "taken back: the 'another' rework (8976d24a) and update labels alone (see git log: take back update labels alone)",
    'test_guard_an_apa_title_with_initials_is_one_title': 'taken back in lead61 (qa430/qa431/qa432): the behaviour this guards went with the take-back',
    'test_guard_the_country_with_no_person_cue_stays_quiet[text0]': 'taken back in lead61 (qa430/qa431/qa432): the behaviour this guards went with the take-back',
    'test_guard_the_country_with_no_person_cue_stays_quiet[text2]': 'taken back in lead61 (qa430/qa431/qa432): the behaviour this guards went with the take-back',
}
