"""A plain-text dek (nu19 #7): a line under the headline that reads like a
headline is the story's subhead, not its first paragraph, so the body
rules treat it as Markdown's `dek:` is treated."""
from __future__ import annotations

import datetime as dt

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers._text_dek import dek_line

HED = "Council approves $42 million budget\n\n"
LEDE = "MILLBROOK, Ore. (AP) -- The city council approved a $42 million budget Monday, Mayor Ann Cole said.\n"


def _kinds(text: str):
    doc = lint_bytes("story.txt", text.encode(), Config()).document
    return [(p.kind, p.text) for p in doc.parts if p.kind != "dateline"]


def test_a_subhead_under_the_hed_is_the_dek_and_needs_no_full_name():
    text = HED + "Cole says taxes stay flat\n\n" + LEDE
    assert _kinds(text)[:2] == [("headline", "Council approves $42 million budget"),
                                ("dek", "Cole says taxes stay flat")]
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2026, 11, 30))).diagnostics
    assert [d.rule for d in found] == []          # names.first-reference asked for Cole's full name


@pytest.mark.parametrize("second", [
    "Cole says taxes will stay flat this year.",                  # ends like a sentence: the lede
    "LOS ANGELES -- ''The stories begin. The stories end.''",     # a wire dateline: the lede
    "Taxes stay flat. Fees rise",                                 # a stop inside: sentences
    "Local news",                                                 # a label, too short for a dek
    "and taxes stay flat for now",                                # a lower-case start runs on
    "Jane Doe Staff Writer",                                      # a writer and her role (rv20 L6)
])
def test_a_line_that_does_not_read_like_a_dek_stays_a_paragraph(second):
    assert _kinds(HED + second + "\n\n" + LEDE)[1] == ("paragraph", second)


@pytest.mark.parametrize("second", [
    "Gov. Cole says taxes stay flat",          # an abbreviation's stop ends no sentence (qa43 #4)
    "U.S. aid arrives Nov. 3 in Leeds",
])
def test_a_dek_may_hold_abbreviations(second):
    assert _kinds(HED + second + "\n\n" + LEDE)[1] == ("dek", second)


def test_a_last_line_under_the_hed_is_the_story_not_a_dek():
    assert _kinds(HED + "Cole says taxes stay flat\n") == [
        ("headline", "Council approves $42 million budget"), ("paragraph", "Cole says taxes stay flat")]


def test_only_one_dek():
    kinds = _kinds(HED + "Cole says taxes stay flat\n\nFees rise for the first time\n\n" + LEDE)
    assert [k for k, _ in kinds[:3]] == ["headline", "dek", "paragraph"]


# nu20 #2: a dek in the hed's own block (no blank line) that is shorter than the hed.
RELEASE = "\nFOR RELEASE: Nov. 28, 2026\n\nThe board voted to keep fares flat.\n"


@pytest.mark.parametrize("hed", ["Transit Board Holds Bus Fares for 2027", "Transit board holds bus fares for 2027"])
def test_a_shorter_dek_right_under_the_hed_keeps_hed_dek_and_release_line(hed):
    doc = lint_bytes("r.txt", (hed + "\nGov. Ruiz says fares stay flat\n" + RELEASE).encode(), Config()).document
    assert [(p.kind, p.text) for p in doc.parts[:3]] == [
        ("headline", hed), ("dek", "Gov. Ruiz says fares stay flat"), ("field", "FOR RELEASE: Nov. 28, 2026")]
    assert doc.published == dt.date(2026, 11, 28) and doc.published_from == "the release line"


@pytest.mark.parametrize("first, second", [
    ("Officials said the fire started in", "North Sacramento on Tuesday night"),   # prose runs on from `in`
    ("Mayor Ruiz and the council agreed Friday", "March fares would stay flat"),   # a past tense: a lede
    ("Mayor Ruiz and the council, on Friday,", "Said March fares stay flat"),      # a comma ends no hed
    ("The council voted on Friday to keep", "Bus fares flat in 2027."),            # a sentence's end
])
def test_a_wrapped_first_paragraph_of_two_lines_is_no_hed_and_dek(first, second):
    kinds = _kinds(first + "\n" + second + "\n\n" + LEDE)
    assert kinds[0] == ("paragraph", first + "\n" + second)


@pytest.mark.parametrize("dateline", ["SACRAMENTO, Calif. (AP) --", "SACRAMENTO, Calif., Nov. 24 --"])
def test_a_wire_dateline_on_its_own_line_opens_the_lede_not_a_hed(dateline):
    doc = lint_bytes("w.txt", f"{dateline}\nGov. Ruiz says fares stay flat\n\nMore text.\n".encode(), Config()).document
    kinds = [p.kind for p in doc.parts]
    assert "headline" not in kinds and "dek" not in kinds and kinds.count("dateline") == 1
    assert doc.parts[0].text == dateline + "\nGov. Ruiz says fares stay flat"


# fx308: PolNeAR's NYT and USA Today copy joins hed and dek as `hed; ` over `dek.`
SEMI_HED = "Sanders says he's riding momentum; \n"
SEMI_BODY = "\nBernie Sanders beat Hillary Clinton in Wisconsin on Tuesday.\n\nClinton said she still leads.\n"


def test_a_line_under_a_hed_closed_with_a_semicolon_is_its_dek_and_needs_no_full_name():
    text = SEMI_HED + "Takes Wisconsin, but Clinton still has the math.\n" + SEMI_BODY
    assert _kinds(text)[:2] == [("headline", "Sanders says he's riding momentum;"),
                                ("dek", "Takes Wisconsin, but Clinton still has the math.")]
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2016, 4, 6))).diagnostics
    assert "names.first-reference" not in [d.rule for d in found]     # asked for Clinton's full name


@pytest.mark.parametrize("hed, second", [
    ("Sanders says he's riding momentum; ", "Clinton still has the math. He takes Wisconsin."),  # two sentences
    ("Sanders says he's riding momentum; ", "Clinton still has the math,"),         # a comma runs on
    ("Sanders says he's riding momentum; ", "Jane Doe Staff Writer."),              # a writer and her role
    ("Sanders says he is riding momentum", "Takes Wisconsin, but Clinton still has the math."),  # no semicolon
])
def test_a_line_under_a_hed_not_closed_so_or_not_read_as_a_dek_stays_a_paragraph(hed, second):
    kinds = _kinds(hed + "\n" + second + "\n" + SEMI_BODY)
    assert kinds[0] == ("headline", hed.strip()) and kinds[1] == ("paragraph", second)


def test_a_short_lede_under_a_hed_closed_with_a_full_stop_stays_a_paragraph():
    # PolNeAR sets a stop on every hed: the line under one is a dek at the Post, a lede elsewhere
    hed, lede = "Cruz and Trump tied in Texas poll.", "Ted Cruz and Donald Trump are neck-and-neck in Texas."
    assert _kinds(hed + "\n\n" + lede + "\n" + SEMI_BODY)[:2] == [("headline", hed), ("paragraph", lede)]


def test_a_lede_a_blank_line_under_a_semicolon_hed_stays_a_paragraph():
    # the ';' dek is the line in the hed's own block (semicolon_dek's docstring); a blank line opens the story
    text = ("Council backs fare rise;\n\nThe council voted to raise fares under Smith's plan.\n\n"
            "John Smith said the vote was close.\n")
    assert _kinds(text)[1] == ("paragraph", "The council voted to raise fares under Smith's plan.")
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2016, 4, 6))).diagnostics
    assert [(d.rule, d.line) for d in found if d.rule == "names.first-reference"] == [("names.first-reference", 3)]


@pytest.mark.parametrize("close", ["&quot;", "&#8221;", "&rdquo;"])
def test_a_hed_ending_with_an_entity_is_not_a_semicolon_hed(close):
    # copy scraped from a feed keeps its entities: the ';' ends `&quot;`, not the hed
    opener = {"&quot;": "&quot;", "&#8221;": "&#8220;", "&rdquo;": "&ldquo;"}[close]
    lede = "Sanders beat Clinton in Wisconsin on Tuesday."
    text = (f"Sanders: {opener}We have momentum{close}\n{lede}\n\n"
            "Bernie Sanders told supporters in Madison that Hillary Clinton was in trouble.\n")
    assert _kinds(text)[1] == ("paragraph", lede)
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2016, 4, 6))).diagnostics
    assert ("names.first-reference", 2) in [(d.rule, d.line) for d in found]


def test_a_semicolon_hed_with_an_ampersand_word_keeps_its_dek():
    # the nearest case to the entity: a bare '&' in the hed's last word is no character reference
    hed, dek = "AT&T cuts 500 jobs in Dallas;", "Takes aim at costs as Clinton rallies in Texas."
    assert _kinds(hed + "\n" + dek + "\n" + SEMI_BODY)[:2] == [("headline", hed), ("dek", dek)]


def test_a_semicolon_hed_keeps_its_dek_over_crlf_line_ends():
    # the nearest case to the blank line: '\r\n' between hed and dek is one line break, no blank line
    hed, dek = "Sanders says he's riding momentum;", "Takes Wisconsin, but Clinton still has the math."
    text = (hed + "\n" + dek + "\n" + SEMI_BODY).replace("\n", "\r\n")
    assert _kinds(text)[:2] == [("headline", hed), ("dek", dek)]


def test_an_editors_note_under_a_semicolon_hed_stays_a_paragraph():
    # qa188 L2: `editors_note` reads it as a note over the story, not a dek
    note = "Editor's note: This story has been updated."
    assert _kinds("Sanders says he's riding momentum;\n" + note + "\n" + SEMI_BODY)[1] == ("paragraph", note)


def test_a_semicolon_dek_ending_in_two_names_is_the_dek():
    # PolNeAR train usa-today_2015-11-25_carson-is-cratering-while-trump-.txt
    hed = "'Carson is cratering' while Trump rises on tough talk; "
    dek = "Questions on Carson could be openings for Cruz and Rubio."
    text = hed + "\n" + dek + "\n\nBen Carson appears to be slipping. Ted Cruz and Marco Rubio gain.\n"
    assert _kinds(text)[1] == ("dek", dek)
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2015, 11, 25))).diagnostics
    assert "names.first-reference" not in [d.rule for d in found]     # 'Carson' at 2:14 asked for


def test_a_line_ending_in_a_capitalised_credit_is_still_no_dek():
    # nu47 #1's nearest case: the credit opens with a capital (`For The Times`).
    assert not dek_line("Jane Doe For The Times")
    assert dek_line("Questions on Carson could be openings for Cruz and Rubio")


_TAKEN_BACK = pytest.mark.xfail(strict=True, reason="qa196 #1: a credit line with a lower-case role ('Jane Doe for USA TODAY', 'Jane Doe, special to The Times') is read as the dek: the lower-case-role credit reading (fx323, fx329, fx336) is taken back after three QA rounds each found deks it read as credits (qa200 #1, qa202 #6, qa207 #1-#3)")
# fx343's reading of a credit line naming an outlet after `for` (a `mastheads` word or an agency)
# is taken back too: the same word list refused deks main read (qa212 #1, #2).
_OUTLET_TAKEN_BACK = pytest.mark.xfail(strict=True, reason="qa196 #1: 'Jane Doe for The Times' / 'Jane Doe for AP' is read as the dek (main too): fx343's outlet-after-'for' credit reading is taken back in fx349, since its `mastheads` word list also refused deks (qa212 #1 'Senators Call for Review', #2 'Obama Pick for Top Post')")


@pytest.mark.parametrize("line", [
    pytest.param("Jane Doe for USA TODAY", marks=_TAKEN_BACK),
    pytest.param("Jane Doe, special to The Times", marks=_TAKEN_BACK),
    pytest.param("Jane Doe for The Times", marks=_OUTLET_TAKEN_BACK),
    "Jane Doe for Reuters",                 # an agency after `for`: main's `byline_role` reads it
])
def test_qa196_a_credit_line_with_a_lower_case_role_is_no_dek(line):
    assert not dek_line(line)


def test_qa196_a_lower_case_role_after_words_that_are_no_name_leaves_a_title_case_dek():
    # the nearest case: a lower-case word before the role, so no name leads into it
    assert dek_line("Carson Slips in Polls for Cruz and Rubio")


# qa200 #1 (HIGH; new in fx323's qa196 #1 fix) `_credit_tail` closes a credit whenever every
# word before a lower-case role is capitalised, and `for` is a role's lead (`byline_role_leads`):
# so a title-case dek ending "for <Capitalised words>" is read as a credit line, no dek, and the
# text reader makes it a paragraph; main read each as the dek.
@pytest.mark.parametrize("line", [
    "Doctors Call for Tighter Rules",
    "Candidates Scramble for Iowa Votes",
    "Apple Unveils Plans for New Campus",
    "Obama Stumps for Clinton",
])
def test_qa200_a_title_case_dek_ending_in_for_and_capitals_is_a_dek(line):
    assert dek_line(line)


@pytest.mark.parametrize("line", ["Senators Push for NATO", "Jane Doe for the Lakeshore Ledger"])
def test_qa200_a_for_before_one_word_in_capitals_or_a_lower_case_the_leaves_a_dek(line):
    # fx329: qa200 #1's nearest cases, read as deks as before fx323: one word in capitals is
    # a title-case dek's as often as an outlet's, and a title-case hed writes `the`
    assert dek_line(line)


# nu48 #3 (MED; lead47 6ac54339 and main): a hed, a dek and a byline in one block, the usual
# typed layout, was read as one paragraph: no headline (a titles.missing-headline error), and the
# hed, dek and byline were linted as the story's prose. Read as its parts since fx331.
def test_nu48_a_hed_a_dek_and_a_byline_in_one_block_keep_their_parts():
    text = ("Council approves new ferry budget\nSpending plan adds two boats and a new dock\n"
            "By Jane Doe, Staff Writer\n\n" + LEDE)
    assert [k for k, _ in _kinds(text)[:4]] == ["headline", "dek", "byline", "paragraph"]
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2026, 11, 30))).diagnostics
    assert "titles.missing-headline" not in [d.rule for d in found]


@pytest.mark.parametrize("top, kinds", [
    # the archive's `hed; dek.` over a byline (PolNeAR's USA TODAY layout)
    ("Sanders says he's riding momentum;\nTakes Wisconsin, but Clinton still has the math.\n"
     "By Jane Doe, USA TODAY", ["headline", "dek", "byline"]),
    # a photo credit where the byline stands
    ("Council approves new ferry budget\nSpending plan adds two boats and a new dock\nPhoto by Jane Doe/AP",
     ["headline", "dek", "caption"]),
])
def test_nu48_a_semicolon_hed_or_a_photo_credit_in_the_block_keeps_the_dek(top, kinds):
    assert [k for k, _ in _kinds(top + "\n\n" + LEDE) if k != "credit"][:4] == kinds + ["paragraph"]


@pytest.mark.parametrize("top", [
    # a story opening with a paragraph of three lines
    "The council met on Tuesday night and\nvoted to approve the budget for the year\nafter a long debate on fares.",
    # a first paragraph whose last line opens `By the way`
    "The council met on Tuesday night to\nvote on the budget, which it passed\nBy the way, nobody came.",
    # a byline under a second line that ends like a sentence: the lede's, no dek
    "Council approves new ferry budget\nThe council approved the plan on Friday.\nBy Jane Doe",
])
def test_nu48_a_three_line_block_without_hed_dek_and_byline_stays_a_paragraph(top):
    kinds = [k for k, _ in _kinds(top + "\n\n" + LEDE)]
    assert "dek" not in kinds and "byline" not in kinds and kinds[0] == "paragraph"


# qa202 #6 (MED; fx329's qa200 #1 fix): `_outlet` takes a capital `The` after `for` as an
# outlet's ('for The Times'), but a title-case dek may name a thing or person with its own
# `The` ('The Beatles', 'The Donald', 'The Pope'), and main read each as the dek. Deks again
# since fx336: 'for' closes a credit only after a person's name (`_writer`).
@pytest.mark.parametrize("line", [
    "Fans Cheer for The Beatles",
    "Why Voters Fell for The Donald",
    "Crowds Gather for The Pope",
])
def test_qa202_a_title_case_dek_ending_for_the_and_a_name_is_a_dek(line):
    assert dek_line(line)


@pytest.mark.parametrize("line", [pytest.param("Jane Doe for The Times", marks=_OUTLET_TAKEN_BACK),
                                  "Jane Doe for The Associated Press"])
def test_qa202_a_name_for_the_outlet_is_still_no_dek(line):
    assert not dek_line(line)


# qa202 #5 (MED; fx329's qa200 #1 fix names "an agency" as an outlet): `desk_alone` does not
# take 'AP' alone, so 'Jane Doe for AP' is read as a dek while 'Jane Doe for Reuters' / 'for AFP'
# are credits.
@_OUTLET_TAKEN_BACK
def test_qa202_a_name_for_ap_is_a_credit():
    assert not dek_line("Jane Doe for AP")


@pytest.mark.parametrize("line", ["Jane Doe for Reuters", "Jane Doe for AFP"])
def test_qa202_a_name_for_an_agency_is_a_credit(line):
    assert not dek_line(line)


# qa206 #1 (MED; fx331 nu48 #3): a hed, a dek wrapped over two lines and a byline, typed in
# one block, are still read as one paragraph: a false titles.missing-headline error, where the
# same block with a one-line dek reads as hed / dek / byline.
# Read as hed / dek (both lines) / byline since fx343: the dek's second line runs on in lower case.
def test_qa206_a_hed_a_wrapped_dek_and_a_byline_in_one_block_keep_their_parts():
    text = ("Council approves new ferry budget\nSpending plan adds two boats\nand a new dock for the harbor\n"
            "By Jane Doe, Staff Writer\n\n" + LEDE)
    kinds = [k for k, _ in _kinds(text)]
    assert kinds[0] == "headline" and "byline" in kinds[:4]
    assert ("dek", "Spending plan adds two boats\nand a new dock for the harbor") in _kinds(text)
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2026, 11, 30))).diagnostics
    assert "titles.missing-headline" not in [d.rule for d in found]


# qa206 #3 (MED; fx331 nu48 #3): typed with no blank line at all, a hed, a dek, a byline and
# the lede in one block are read as one paragraph (a false titles.missing-headline), though a hed,
# a byline and the lede in one block are read as their parts, and so are hed, dek and byline.
# Read as its parts since fx343: the line under the byline opens the lede's sentence.
def test_qa206_a_hed_a_dek_a_byline_and_the_lede_in_one_block_keep_their_parts():
    text = ("Council approves new ferry budget\nSpending plan adds two boats and a new dock\n"
            "By Jane Doe, Staff Writer\n" + LEDE)
    assert [k for k, _ in _kinds(text)[:4]] == ["headline", "dek", "byline", "paragraph"]
    assert _kinds(text)[3] == ("paragraph", LEDE.strip())


def test_fx343_a_wrapped_dek_and_the_lede_in_the_block_keep_their_parts():
    # qa206 #1 and #3 together, and a writer's role line under the byline before the lede
    text = ("Council approves new ferry budget\nSpending plan adds two boats\nand a new dock for the harbor\n"
            "By Jane Doe\nAssociated Press Writer\n" + LEDE)
    assert [k for k, _ in _kinds(text)[:4]] == ["headline", "dek", "byline", "paragraph"]
    assert _kinds(text)[2] == ("byline", "By Jane Doe\nAssociated Press Writer")


@pytest.mark.parametrize("top", [
    # the line under the dek opens with a capital: two lines, no one dek wrapped
    "Council approves new ferry budget\nSpending plan adds two boats\nMayor Cole backs the harbor plan\nBy Jane Doe",
    # the dek's first line closes a sentence: the second opens no run-on
    "Council approves new ferry budget\nSpending plan adds two boats.\nand a new dock for the harbor\nBy Jane Doe",
    # qa212 #5's nearest cases (fx349): a comma lets a lower-case line run on, not a capital one;
    # a figure opens a line of its own after a word that may end one
    "Council approves new ferry budget\nSpending plan adds two boats,\nMayor Cole backs the harbor plan\nBy Jane Doe",
    "Council approves new ferry budget\nSpending plan adds two boats\n$4 million goes to a new dock\nBy Jane Doe",
    # a capitalised word that is no run-on word as typed (`Plan A`) ends the line
    "Council approves new ferry budget\nSpending plan picks Plan A\nMayor Cole backs the harbor plan\nBy Jane Doe",
    # fx355 (qa219 #4's nearest cases): a Title Case or all-caps line ending in no run-on word, or in a lone `A`
    "Council Approves New Ferry Budget\nSpending Plan Adds Two Boats\nMayor Cole Backs The Harbor Plan\nBy Jane Doe",
    "COUNCIL APPROVES NEW FERRY BUDGET\nSPENDING PLAN PICKS PLAN A\nMAYOR COLE BACKS THE HARBOR PLAN\nBy Jane Doe",
    # the byline runs on in lower case: prose, no lede opening under it
    "Council approves new ferry budget\nSpending plan adds two boats and a new dock\nBy Jane Doe, Staff Writer\n"
    "and the council voted to keep fares flat.",
    # a paragraph of three lines over a byline
    "The council met on Tuesday night and\nvoted to approve the budget for the year\nafter a long debate on fares.\n"
    "By Jane Doe",
])
def test_fx343_a_block_with_no_wrapped_dek_or_no_lede_opening_under_the_byline_stays_a_paragraph(top):
    kinds = [k for k, _ in _kinds(top + "\n\n" + LEDE)]
    assert kinds[0] == "paragraph" and "dek" not in kinds and "byline" not in kinds


def test_fx343_a_photo_credit_with_the_lede_under_it_in_the_block_stays_as_it_was():
    # under a photo credit nothing goes on in the block: no hed / dek / caption reading
    text = "Council approves new ferry budget\nSpending plan adds two boats and a new dock\nPhoto by Jane Doe/AP\n" + LEDE
    kinds = [k for k, _ in _kinds(text)]
    assert kinds[0] == "paragraph" and "headline" not in kinds and "dek" not in kinds


@pytest.mark.parametrize("line", [pytest.param("Mary Smith for AP", marks=_OUTLET_TAKEN_BACK),
                                  pytest.param("Jane Doe, for The Times", marks=_TAKEN_BACK),
                                  pytest.param("Maria Lopez for USA TODAY", marks=_TAKEN_BACK)])
def test_fx336_a_name_then_for_and_an_outlet_is_a_credit(line):
    assert not dek_line(line)


@pytest.mark.parametrize("line", [
    # fx336's nearest cases: capitals or `The` after words that are no person's name
    "Senators Push for AP", "Obama Stumps for NATO", "Big Win for The Times Square Area",
    "Doctors Call for The Ban",
])
def test_fx336_for_and_an_outlet_after_no_name_leaves_a_dek(line):
    assert dek_line(line)


# qa207 #1 (HIGH; fx336): `_writer` drops a trailing comma and `_outlet` now takes capitals alone,
# so 'Jane Doe, for AP' under the hed in its block is no dek, and the two lines are read as one
# paragraph: the story loses its headline (titles.missing-headline). lead47 before fx336 (and
# main) read hed and dek.
# passes since the lower-case-role credit reading is taken back (main's reading).
def test_qa207_a_comma_credit_for_ap_under_the_hed_keeps_the_headline():
    hed = "Council Approves New Budget After Long Debate"
    kinds = _kinds(hed + "\nJane Doe, for AP\n\n" + LEDE)
    assert kinds[0] == ("headline", hed)
    assert ("paragraph", "Jane Doe, for AP") not in kinds


# qa207 #2 (HIGH; fx336): a credit whose name is all common words ('Mark Hope', 'Grace Hope')
# over a byline, in the hed's block, was a caption and credit on main and before fx336; `_writer`
# now turns it into the dek.
@pytest.mark.xfail(strict=True, reason="qa207 #2: 'Mark Hope for The Times' between hed and byline "
                   "is read as the dek since fx336; fx343's `mastheads` refusal is taken back in fx349, since "
                   "it also refused deks ending in such a word (qa212 #1 'Senators Call for Review')")
@pytest.mark.parametrize("line", ["Mark Hope for The Times", "Grace Hope for The Times"])
def test_qa207_a_common_word_name_for_the_times_stays_a_credit(line):
    text = "Council Approves New Budget After Long Debate\n" + line + "\nBy Jane Roe, Staff Writer\n\n" + LEDE
    assert ("dek", line) not in _kinds(text)


# qa207 #3 (MED; fx336): capitals after a name are taken as an outlet whatever they are, so a
# name-led dek over a byline becomes a caption and credit ('Ben Carson for VP', lead47 before
# fx336: the dek), and a headline noun is read as a name ('Obama Pick for FBI').
# passes since the lower-case-role credit reading is taken back (main's reading).
@pytest.mark.parametrize("line", ["Ben Carson for VP", "Tom Brady for MVP", "Obama Pick for FBI"])
def test_qa207_a_name_for_capitals_that_are_no_outlet_is_a_dek(line):
    assert dek_line(line)


# qa207 #4 (MED; fx336's claim): with a blank line under the hed, the title-case deks fx336 names
# are still a caption and its credit in the story (`_line_kind`'s CAPTION_LINE reads them before
# `text_dek` does); only a hed/dek/byline block shows the fix.
@pytest.mark.xfail(strict=True, reason="qa207 #4: 'Fans Cheer for The Beatles' under a hed is still "
                   "a caption and credit in a story (main too); fx343's `headline_for` is taken back in fx349, "
                   "since it read a common-word name's credit for an outlet off its list as the dek (qa212 #3)")
@pytest.mark.parametrize("line", ["Fans Cheer for The Beatles", "Senators Push for AP", "Doctors Call for The Ban"])
def test_qa207_a_title_case_dek_for_an_outlet_like_name_is_the_dek_in_a_story(line):
    assert ("dek", line) in _kinds(HED + line + "\n\n" + LEDE)


# qa207 #5 (MED; fx336's claim): credits fx336 should read are still deks.
@pytest.mark.xfail(strict=True, reason="qa207 #5: 'JANE DOE for AP' / 'Jane Doe for BBC News' "
                   "still read as a dek")
@pytest.mark.parametrize("line", ["JANE DOE for AP", "Jane Doe for BBC News"])
def test_qa207_a_capitals_name_or_two_word_outlet_credit_is_no_dek(line):
    assert not dek_line(line)


@pytest.mark.parametrize("line", ["Mark Hope for The Times", "Grace Hope for AP", "Jane Doe for The Times",
                                  "Obama Stumps for NATO"])
def test_fx343_a_credit_naming_an_outlet_or_a_name_under_the_hed_stays_a_caption_in_a_story(line):
    # qa207 #4's nearest cases, for any later fix of it: an outlet after `for`, or words before it
    # that are no headline's
    kinds = _kinds(HED + line + "\n\n" + LEDE)
    assert ("caption", line) in kinds and ("dek", line) not in kinds


def test_fx343_a_headline_for_line_with_no_story_under_it_stays_a_caption():
    # qa207 #4's nearest case, for any later fix of it: with no story under it, no dek
    assert ("caption", "Fans Cheer for The Beatles") in _kinds(HED + "Fans Cheer for The Beatles\n")


@pytest.mark.parametrize("line", ["Fans Cheer for The Beatles", "Ben Carson for VP"])
def test_fx343_a_line_naming_no_outlet_over_the_byline_stays_the_dek(line):
    # qa207 #2's nearest cases in the hed / dek / byline block, for any later fix of it:
    # no outlet after `for`
    text = "Council Approves New Budget After Long Debate\n" + line + "\nBy Jane Roe, Staff Writer\n\n" + LEDE
    assert ("dek", line) in _kinds(text)


# qa212 #1 (HIGH; fx343 `dek_lines`): a one-line dek over the byline in the hed's block is refused
# whenever the credit grammar reads it as `... for <masthead word>`, though its head is a headline's
# words ('Senators Call for Review': `review` is a masthead word). main and lead48 read the dek; fx343
# read caption + credit. The dek again since fx349 takes fx343's outlet reading back.
@pytest.mark.parametrize("line", ["Senators Call for Review", "Activists Push for Free Press",
                                  "Mayor Bids for Cabinet Post"])
def test_qa212_a_headline_for_a_masthead_word_over_the_byline_stays_the_dek(line):
    text = "Council Approves New Budget After Long Debate\n" + line + "\nBy Jane Roe, Staff Writer\n\n" + LEDE
    assert ("dek", line) in _kinds(text)


# qa212 #2 (HIGH; fx343 `dek_line`): a dek whose head is a name and a noun ('Obama Pick', 'Clinton
# Hopes': not more than half ordinary words) before `for` and a masthead word ('Top Post', 'Good News')
# was no dek, so the archive's `hed;` / `dek.` lost its dek (read as a paragraph). main: the dek.
# The dek again since fx349 takes fx343's outlet reading back.
@pytest.mark.parametrize("line", ["Obama Pick for Top Post", "Clinton Hopes for Good News",
                                  "Biden Pick for Cabinet Post"])
def test_qa212_a_name_led_dek_for_a_masthead_word_under_a_semicolon_hed_is_the_dek(line):
    assert dek_line(line)
    text = "Obama faces new test;\n" + line + ".\n\n" + LEDE
    assert _kinds(text)[1] == ("dek", line + ".")


# qa212 #3 (HIGH; fx343 `headline_for`): a credit whose name is all common words ('Mark Hope',
# qa207 #2's kind) for an outlet not in credits.yaml `mastheads` ('The Atlantic', 'The New Yorker')
# under the hed was the dek: main and lead48 read caption + credit, and so does fx349, which takes
# `headline_for` back.
@pytest.mark.parametrize("line", ["Mark Hope for The Atlantic", "Grace Hope for The New Yorker"])
def test_qa212_a_common_word_name_for_an_outlet_off_the_list_stays_a_caption_in_a_story(line):
    kinds = _kinds(HED + line + "\n\n" + LEDE)
    assert ("caption", line) in kinds and ("dek", line) not in kinds


# qa212 #4 (MED; fx343's qa207 #4 claim): a title-case dek under the hed whose `for` names a thing that
# ends in a masthead word ('Review', 'Free Press') is still a caption and its credit in a story.
@pytest.mark.xfail(strict=True, reason="qa212 #4: 'Senators Call for Review' under the hed with a blank line "
                   "is a caption and credit (main too: `_line_kind` reads CAPTION_LINE before `text_dek`); "
                   "qa207 #4's case, whose word-list fix fx349 took back (qa212 #3)")
@pytest.mark.parametrize("line", ["Senators Call for Review", "Activists Push for Free Press"])
def test_qa212_a_headline_for_a_masthead_word_is_the_dek_in_a_story(line):
    assert ("dek", line) in _kinds(HED + line + "\n\n" + LEDE)


# qa212 #5 (MED; fx343's qa206 #1 claim): a dek wrapped after a comma, or after a word prose runs on
# from ('for', 'and') into a name or a figure, over a byline is still one paragraph with no headline
# (titles.missing-headline): `dek_lines` counted ',' as a sentence close and asked for a lower-case
# second line. Hed, dek and byline since fx349 (`dek_wraps`).
@pytest.mark.parametrize("dek", ["Spending plan adds two boats,\nand a new dock for the harbor",
                                 "Spending plan adds two boats for\nMillbrook harbor and its ferry",
                                 "Spending plan adds two boats and\n$4 million for a new dock"])
def test_qa212_a_dek_wrapped_after_a_comma_or_into_a_name_keeps_hed_dek_and_byline(dek):
    text = "Council approves new ferry budget\n" + dek + "\nBy Jane Doe, Staff Writer\n\n" + LEDE
    assert _kinds(text)[:3] == [("headline", "Council approves new ferry budget"), ("dek", dek),
                                ("byline", "By Jane Doe, Staff Writer")]


# qa219 #1 (HIGH; fx343's qa206 #3 layout, kept in fx349): a stamp or a date line between the hed and
# a byline with the lede under it, all in one block, is read as the dek, so the story loses its date
# (titles and dates rules that need one are skipped: 'Monday, Dec. 3' in the lede is no longer checked).
# main reads the line as a stamp field or a date line and dates the story.
@pytest.mark.parametrize("line", ["Published Dec. 5, 2026", "Posted: Dec. 5, 2026 3:15 PM", "December 5, 2026",
                                  "Friday, Dec. 5, 2026", "Updated 2 hours ago"])
def test_qa219_a_stamp_or_date_line_over_the_byline_and_lede_in_the_hed_block_is_no_dek(line):
    kinds = _kinds("Council approves new ferry budget\n" + line + "\nBy Jane Doe\n" + LEDE)
    assert kinds[0] == ("headline", "Council approves new ferry budget")
    assert ("dek", line) not in kinds and ("byline", "By Jane Doe") in kinds


@pytest.mark.parametrize("line", ["Published Dec. 5, 2026", "Posted: Dec. 5, 2026 3:15 PM", "December 5, 2026",
                                  "Friday, Dec. 5, 2026"])
def test_qa219_a_stamp_or_date_line_over_the_byline_and_lede_in_the_hed_block_dates_the_story(line):
    text = "Council approves new ferry budget\n" + line + "\nBy Jane Doe\n" + LEDE
    assert lint_bytes("story.txt", text.encode(), Config()).document.published == dt.date(2026, 12, 5)


# qa219 #2 (HIGH; same layout): a photo caption's credit line between the hed and a byline, lede in
# the block, is read as the dek: main reads the caption and its credit.
def test_qa219_a_photo_credit_over_the_byline_and_lede_in_the_hed_block_stays_a_caption():
    line = "Photo illustration by Jane Doe"
    kinds = _kinds("Council approves new ferry budget\n" + line + "\nBy Jane Doe\n" + LEDE)
    assert ("caption", line) in kinds and ("dek", line) not in kinds and ("credit", line) in kinds


# qa219 #3 (MED; `dek_lines` with a two-line dek): a story with no hed whose first block is a
# hard-wrapped paragraph over a byline is read as hed / dek / byline when its first line ends in a
# word prose runs on from ('... night with', '... Tuesday as'); main reports titles.missing-headline.
_QA219_3 = pytest.mark.xfail(strict=True, reason="qa219 #3: a run-on word ending a wrapped paragraph's first line is "
                             "read as a hed over a two-line dek (fx355's 'no hed ends on a run-on word' was taken back "
                             "in ac63386c after qa224 #1-#3: it also refused real heds, 'Council Weighs In', 'Game On')")
_QA224_4 = pytest.mark.xfail(strict=True, reason="qa224 #4: '... on Tuesday night with Mayor' / 'Ann Cole to ...' "
                             "over a byline is read as hed and dek")


# qa224 #4 (MED; qa219 #3's nearest case): a wrapped paragraph whose first line ends on a title or a
# first name, not a run-on word ('... with Mayor' / 'Ann Cole to ...'), over a byline is still read as
# hed / dek / byline although its hed tells in the past ('met', 'packed'); main: titles.missing-headline.
@pytest.mark.parametrize("top", [
    pytest.param("The council met on Tuesday night with\nMayor Ann Cole to approve the budget for\n"
                 "the harbor and its new ferry dock", marks=_QA219_3),
    pytest.param("Residents packed the hall on Tuesday as\nMayor Ann Cole and the council debated\n"
                 "the harbor budget for hours", marks=_QA219_3),
    pytest.param("The council met on Tuesday night with Mayor\nAnn Cole to approve the budget for\n"
                 "the harbor and its new ferry dock", marks=_QA224_4),
    pytest.param("Residents packed the hall on Tuesday as Mayor\nAnn Cole and the council debated the\n"
                 "harbor budget for hours", marks=_QA224_4),
])
def test_qa219_qa224_a_wrapped_paragraph_over_a_byline_is_no_hed(top):
    kinds = [k for k, _ in _kinds(top + "\nBy Jane Doe\n\n" + LEDE)]
    assert kinds[0] == "paragraph" and "headline" not in kinds and "dek" not in kinds


# fx355 (qa219 LOW): main's block of three lines (hed / line / byline, a blank line, then the lede) read
# a stamp, a date line or a picture's credit line as the dek too, and the story lost its date.
@pytest.mark.parametrize("line, kind", [("Published Dec. 5, 2026", "field"), ("December 5, 2026", "dateline"),
                                        ("Photo illustration by Jane Doe", "caption")])
def test_fx355_a_stamp_date_or_credit_line_over_the_byline_in_a_block_of_three_keeps_its_reading(line, kind):
    text = "Council approves new ferry budget\n" + line + "\nBy Jane Doe\n\n" + LEDE
    doc = lint_bytes("story.txt", text.encode(), Config()).document
    assert [(p.kind, p.text) for p in doc.parts[:3]] == [("headline", "Council approves new ferry budget"),
                                                        (kind, line), ("byline", "By Jane Doe")]
    assert doc.published == (None if kind == "caption" else dt.date(2026, 12, 5))


# fx355, the nearest cases to qa219 #1-#3: a dek with no stamp, date or picture word over the byline and
# lede in the block stays the dek, and so does one with a credit's 'for' and no picture word (qa212);
# a hed ending on a word that may close a hed ('Plan') over a wrapped dek keeps hed, dek and byline.
@pytest.mark.parametrize("line", ["Spending plan adds two boats and a new dock", "Published plan adds two boats",
                                  "Senators Call for Review"])
def test_fx355_a_dek_with_no_stamp_date_or_picture_over_the_byline_and_lede_stays_the_dek(line):
    kinds = _kinds("Council approves new ferry budget\n" + line + "\nBy Jane Doe\n" + LEDE)
    assert kinds[:3] == [("headline", "Council approves new ferry budget"), ("dek", line),
                         ("byline", "By Jane Doe")]


def test_fx355_a_hed_ending_on_no_run_on_word_over_a_wrapped_dek_keeps_hed_dek_and_byline():
    hed, dek = "Council approves ferry plan", "Spending plan adds two boats and\nMillbrook gets a new dock"
    kinds = _kinds(hed + "\n" + dek + "\nBy Jane Doe\n\n" + LEDE)
    assert kinds[:3] == [("headline", hed), ("dek", dek), ("byline", "By Jane Doe")]


# qa219 #4 (MED; fx349's qa212 #5 claim): a dek wrapped after a run-on word is read only when the word is
# typed in lower case, so a Title Case dek that capitalises 'And' / 'For' or an all-caps dek ('AND')
# wrapped over two lines stays one paragraph with no headline (titles.missing-headline).
@pytest.mark.parametrize("hed, dek", [
    ("Council Approves New Ferry Budget", "Spending Plan Adds Two Boats And\nA New Dock At The Harbor"),
    ("COUNCIL APPROVES NEW FERRY BUDGET", "SPENDING PLAN ADDS TWO BOATS AND\nA NEW DOCK AT THE HARBOR"),
])
def test_qa219_a_title_case_or_all_caps_dek_wrapped_after_and_keeps_hed_dek_and_byline(hed, dek):
    kinds = _kinds(hed + "\n" + dek + "\nBy Jane Doe\n\n" + LEDE)
    assert kinds[:3] == [("headline", hed), ("dek", dek), ("byline", "By Jane Doe")]


# qa219 #5 (MED; fx343's lede-in-the-block reading): a byline wrapped after 'and' with the lede under it
# in the hed's block loses its second line to the lede ('Mary Major' opens the lede's paragraph); with a
# blank line under the byline the same byline is read whole.
@pytest.mark.xfail(strict=True, reason="qa219 #5: 'By Jane Doe, John Roe and' / 'Mary Major' over the lede in "
                   "the block: the byline stops at 'and', 'Mary Major' opens the lede")
def test_qa219_a_byline_wrapped_after_and_over_the_lede_in_the_block_is_read_whole():
    text = ("Council approves new ferry budget\nSpending plan adds two boats and a new dock\n"
            "By Jane Doe, John Roe and\nMary Major\n" + LEDE)
    kinds = _kinds(text)
    assert kinds[:3] == [("headline", "Council approves new ferry budget"),
                         ("dek", "Spending plan adds two boats and a new dock"),
                         ("byline", "By Jane Doe, John Roe and\nMary Major")]
    assert kinds[3] == ("paragraph", LEDE.strip())


# qa224 #1 (HIGH; fx355's `runs_on(hed)` in `dek_lines`, taken back by the lead): in main's block of three (hed / dek / byline, a
# blank line, then the lede) a hed that ends on a word of `run_on_ends` ('Weighs In', 'Plan A', 'Looking
# For', '"We Are All In"') lost its dek and byline, which became one paragraph; the hed was read by its
# shape already. Main reads hed, dek and byline, and so does lead48 again since ac63386c.
@pytest.mark.parametrize("hed", ["Council Weighs In", "Council backs Plan A", "What Voters Are Looking For",
                                 "COUNCIL WEIGHS IN"])
def test_qa224_a_hed_ending_on_a_run_on_word_keeps_its_dek_and_byline_in_a_block_of_three(hed):
    dek = "Mayor says new budget protects schools and parks"
    kinds = _kinds(hed + "\n" + dek + "\nBy Jane Doe\n\n" + LEDE)
    assert kinds[:3] == [("headline", hed), ("dek", dek), ("byline", "By Jane Doe")]


def test_qa224_a_dek_under_a_hed_ending_on_in_needs_no_full_name():
    text = "Council Weighs In\nCole says new budget protects schools and parks\nBy Jane Doe\n\n" + LEDE
    found = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2026, 11, 30))).diagnostics
    assert "names.first-reference" not in [d.rule for d in found]


# qa224 #2 (HIGH; same cause): a hed ending on a quoted run-on word over a dek and a byline was no hed at
# all under fx355: the block was read as prose, with titles.missing-headline and names.first-reference
# (passes again since ac63386c).
def test_qa224_a_hed_ending_on_a_quoted_run_on_word_stays_the_hed():
    hed = 'Mayor Cole: "We Are All In"'
    text = hed + "\nMayor says new budget protects schools and parks\nBy Jane Doe\n\n" + LEDE
    result = lint_bytes("story.txt", text.encode(), Config(published=dt.date(2026, 11, 30)))
    assert ("headline", hed) in [(p.kind, p.text) for p in result.document.parts]
    assert "titles.missing-headline" not in [d.rule for d in result.diagnostics]


# qa224 #3 (MED; same cause, lead48's lede-in-the-block layout): 'Council backs Plan A' / 'Game On' over
# a dek, a byline and the lede in one block was read hed / dek / byline before fx355, which joined the dek
# and byline to the lede's paragraph; read as before again since ac63386c (a lone 'A' is compared as typed
# in `dek_wraps`).
@pytest.mark.parametrize("hed", ["Council backs Plan A", "Game On"])
def test_qa224_a_hed_ending_on_a_run_on_word_over_dek_byline_and_lede_in_the_block(hed):
    kinds = _kinds(hed + "\nMayor says new budget protects schools and parks\nBy Jane Doe\n" + LEDE)
    assert kinds[:3] == [("headline", hed), ("dek", "Mayor says new budget protects schools and parks"),
                         ("byline", "By Jane Doe")]


# qa224 #4's cases are in test_qa219_qa224_a_wrapped_paragraph_over_a_byline_is_no_hed.


# qa224 #5 (MED; qa219 #4's claim, 'And' / 'For'): a Title Case dek wrapped after 'For' is still no dek
# ('For Millbrook Harbor And Its Ferry' reads as a writer's role in `dek_line`), nor one wrapped after '&'.
@pytest.mark.xfail(strict=True, reason="qa224 #5: a Title Case dek wrapped after 'For' or '&' stays a "
                   "paragraph with no headline")
@pytest.mark.parametrize("dek", ["Spending Plan Adds Two New Boats For\nMillbrook Harbor And Its Ferry",
                                 "Spending Plan Adds Two Boats &\nA New Dock At The Harbor"])
def test_qa224_a_title_case_dek_wrapped_after_for_or_ampersand_keeps_hed_dek_and_byline(dek):
    hed = "Council Approves New Ferry Budget"
    kinds = _kinds(hed + "\n" + dek + "\nBy Jane Doe\n\n" + LEDE)
    assert kinds[:3] == [("headline", hed), ("dek", dek), ("byline", "By Jane Doe")]


# qa224 #6 (MED; qa219 #2's claim, a picture's credit is no dek): a credit in the agency's slash shape
# with no picture word ('Jane Doe/The Times') over the byline is still read as the dek (main too).
@pytest.mark.xfail(strict=True, reason="qa224 #6: 'Jane Doe/The Times' between hed and byline is the dek")
def test_qa224_a_slash_credit_over_the_byline_is_no_dek():
    line = "Jane Doe/The Times"
    kinds = _kinds("Council approves new ferry budget\n" + line + "\nBy John Roe\n\n" + LEDE)
    assert ("dek", line) not in kinds and ("caption", line) in kinds


# qa224 #7 (MED; qa219 #1's nearest case): a stamp between the dek and the byline (hed / dek / stamp /
# byline, a blank line, then the lede) turns the whole block into a paragraph: no headline, no date (main
# too); the stamp under the byline, or right under the hed, keeps hed, dek and byline.
@pytest.mark.xfail(strict=True, reason="qa224 #7: hed / dek / 'Published Dec. 5, 2026' / byline is one "
                   "paragraph: titles.missing-headline, no date")
def test_qa224_a_stamp_between_the_dek_and_the_byline_keeps_hed_dek_stamp_and_byline():
    text = ("Council approves new ferry budget\nSpending plan adds two boats and a new dock\n"
            "Published Dec. 5, 2026\nBy Jane Doe\n\n" + LEDE)
    doc = lint_bytes("story.txt", text.encode(), Config()).document
    assert [(p.kind, p.text) for p in doc.parts[:4]] == [
        ("headline", "Council approves new ferry budget"), ("dek", "Spending plan adds two boats and a new dock"),
        ("field", "Published Dec. 5, 2026"), ("byline", "By Jane Doe")]
    assert doc.published == dt.date(2026, 12, 5)
