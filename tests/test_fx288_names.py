"""fx288: names.first-reference after nu44. A firm named earlier with a
descriptive word and no legal form ("Dell Technologies", "Ford Motor")
lends its first word as the firm's short form, while a person of that name
stays a person (H7); the full name a finding suggests leaves out a job word
that opens its sentence ("Quarterback Tom Brady": M3). Synthetic input
only."""
from __future__ import annotations

import pytest

from lint.analysis.names import people
from story_helpers import check_with_data, data_edit
from titles_helpers import STORY_HED, first_references, read, run


# ---- H7: a firm's name closed by a descriptive word ---------------------------

@pytest.mark.parametrize("body", [
    "Dell Technologies said on Monday its sales in China rose 5%.\n\n"
    "Dell said demand was strong in China.\n\nJim Dell, a spokesman, said the results were good.",
    "Walton Enterprises said on Monday its sales rose.\n\n"
    "Walton said demand was strong.\n\nJim Walton, a spokesman, said the results were good.",
    "Ford Motor said on Monday its sales rose.\n\nFord said demand was strong.\n\n"
    "Executive Chair William Clay Ford Jr. said the results were good.",
    "Shares of Ford Motor’s rival fell. Ford said demand was strong. Later, Bill Ford spoke.",
])
def test_a_firms_short_form_after_its_descriptive_name_is_no_person(body):
    assert first_references(body) == []


@pytest.mark.parametrize("body, expected", [
    # the person's use before the firm is named stays flagged, at that use
    ("Dell said demand was strong.\n\nDell Technologies said its sales rose.\n\n"
     "Michael Dell said the results were good.", [(5, 1, "Dell")]),
    # a title in apposition or a courtesy title keeps the short form a person's
    ("Dell Technologies said its sales rose.\n\nDell, the company's founder, said he was pleased.\n\n"
     "Michael Dell said the results were good.", [(7, 1, "Dell")]),
    ("Dell Technologies said its sales rose.\n\nMr. Dell said he was pleased.\n\n"
     "Michael Dell said the results were good.", [(7, 5, "Dell")]),
    # a descriptive word before a capitalised word closes no firm's name: an office
    ("The Hale Energy Board met on Monday. Hale said no.\n\nLater, Ana Hale spoke.",
     [(5, 38, "Hale")]),
    # nor before "of"
    ("The Hale Energy of the future was praised. Hale said no.\n\nLater, Ana Hale spoke.",
     [(5, 44, "Hale")]),
])
def test_a_person_of_the_firms_name_stays_a_person(body, expected):
    assert first_references(body) == expected


def test_the_founder_named_in_full_after_the_firm_is_still_a_person():
    doc = read(STORY_HED + "Dell Technologies said its sales rose.\n\n"
               "Michael Dell said the results were good. Dell said he was pleased.\n")
    assert [doc.source[m.part.source_offset(m.start):m.part.source_offset(m.end)]
            for m in people(doc).get("Dell", [])] == ["Michael Dell", "Dell"]


STORY = ("---\ntitle: Dell sales rise in China\ndate: 2026-12-01\n---\n\n"
         "Dell Technologies said on Monday its sales in China rose 5%.\n\n"
         "Dell said demand was strong in China.\n\nJim Dell, a spokesman, said the results were good.\n")


@pytest.mark.parametrize("edit, found", [
    (data_edit("firms.yaml", "descriptive_words: [Technologies, ", "descriptive_words: ["), True),
    (data_edit("firms.yaml", "descriptive_words: [Technologies, ", "descriptive_words: [Technologies, "), False),
])
def test_the_descriptive_words_are_firms_yamls(tmp_path, edit, found):
    r = check_with_data(tmp_path, edit, [STORY])
    assert ("story0.md:8:1: suggestion [names.first-reference]" in r.stdout) is found, r.stdout + r.stderr


# ---- M3: a job word opening the sentence is no part of the full name ---------

@pytest.mark.parametrize("lead", ["Quarterback", "Star quarterback", "Rams quarterback", "Novelist"])
def test_the_suggested_full_name_leaves_out_a_job_word_before_it(lead):
    doc = read(STORY_HED + f"Brady said it was his best game.\n\n{lead} Tom Brady threw three touchdowns.\n")
    [finding] = run(doc, "names.first-reference")
    assert "before the full name 'Tom Brady' first appears" in finding.message


_BRADY = ("---\ntitle: Brady re-signs\ndate: 2026-12-01\n---\n\n"
          "Brady said it was his best game.\n\nGoalkeeper Tom Brady threw three touchdowns.\n")


@pytest.mark.parametrize("edit, full", [
    (data_edit("names.yaml", "linebacker, goalkeeper, goalie,", "linebacker, goalkeeper, goalie,"), "Tom Brady"),
    (data_edit("names.yaml", "linebacker, goalkeeper, goalie,", "linebacker, goalie,"), "Goalkeeper Tom Brady"),
])
def test_the_job_words_are_names_yamls_titles(tmp_path, edit, full):
    """The job word the suggested full name leaves out is one of names.yaml's
    `titles` (rr45b #7): without `goalkeeper` there it stays in the name."""
    r = check_with_data(tmp_path, edit, [_BRADY])
    assert f"before the full name '{full}' first appears" in r.stdout, r.stdout + r.stderr


# ---- an age in parentheses is a person cue -----------------------------------

@pytest.mark.parametrize("after, expected", [
    (" (45) opposed it.", [(5, 1, "Smith")]),
    (" (45), a councilman, opposed it.", [(5, 1, "Smith")]),
    # no age: a year or a figure of four digits, a share
    (" (2024) opposed it.", []),
    (" (45%) opposed it.", []),
])
def test_an_age_in_parentheses_makes_the_name_a_persons(after, expected):
    assert first_references(f"Smith opposed the plan.\n\nTom Smith{after}") == expected


# ---- one compiled generation pattern -----------------------------------------

def test_both_kinds_read_the_one_compiled_generation_pattern():
    from lint.analysis import names
    from lint.kinds import name_age_changed, name_first_reference
    assert name_age_changed.GENERATION_SUFFIX is names.GENERATION_SUFFIX
    assert name_first_reference.GENERATION_SUFFIX is names.GENERATION_SUFFIX
    assert not any(isinstance(v, type(names.GENERATION_SUFFIX)) and v.pattern == names.GENERATION
                   and v is not names.GENERATION_SUFFIX
                   for module in (name_age_changed, name_first_reference) for v in vars(module).values())
    found = names.GENERATION_SUFFIX.match("Tom Smith, Jr., 45,", 9)
    assert found is not None and found["gen"] == "Jr"


# ---- H6: an occupational surname read as a person's ---------------------------

@pytest.mark.parametrize("body, expected", [
    # the inverted attribution "said Cooper." is a person's use, as "said Smith." is
    ('"We will strike," said Cooper.\n\nUnion official Dana Cooper said talks had failed.',
     [(5, 24, "Cooper")]),
    ('"We will strike," said Cooper, adding that talks had failed.\n\n'
     "Union official Dana Cooper said so.", [(5, 24, "Cooper")]),
    # a courtesy title keeps the word a person's though the story writes "brewers"
    ("Ms. Brewer said the union would strike.\n\n"
     "Union official Dana Brewer said talks had failed; brewers agreed.", [(5, 5, "Brewer")]),
    # no clause closed after "said Farmer": the name opens what was said
    ("He said Farmer would strike.\n\nUnion official Dana Farmer spoke.", []),
    ("He said Farmer’s union would strike.\n\nUnion official Dana Farmer spoke.", []),
    # a lower-case plural without a courtesy title still leaves the word unread
    ("Brewer said the union would strike.\n\n"
     "Union official Dana Brewer said talks had failed; brewers agreed.", []),
])
def test_an_occupational_surname_used_as_a_person(body, expected):
    assert first_references(body) == expected
