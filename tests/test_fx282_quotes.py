"""fx282: guards beside qa170's regressions (tests/test_qa170_regressions.py).
Each checks that a narrowing made for a qa170 fault keeps what it must."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from story_helpers import ferry_page, messages_at

HEAD = "Stadium lease deal criticised\n\nLONDON — The council approved a new lease on Tuesday.\n\n"


@pytest.mark.parametrize("first", [
    "“He told us the plan,’ Ames said.",            # no single quote opened inside: the slip is read
    "“It was the ’90s and rock ’n’ roll,’ Ames said.",   # elisions open no quote
])
def test_misclosed_double_with_no_nested_quote_is_still_one_mismatch(first):
    found = messages_at(HEAD + first + "\n\n“We were lucky,” Smith said.\n", "story.txt", "quotes.unbalanced")
    assert [(line, col) for line, col, _ in found] == [(5, 1)]
    assert "other kind" in found[0][2]


@pytest.mark.parametrize("tag", ["Ames said Aug. 9.", "U.S. Rep. Ames said."])
def test_an_abbreviation_in_a_tag_does_not_end_it(tag):
    text = HEAD + f"“We left early,’ {tag}\n\n“We were lucky,” Smith said.\n"
    found = messages_at(text, "story.txt", "quotes.unbalanced")
    assert [(line, col) for line, col, _ in found] == [(5, 1)]


def test_a_word_far_after_according_is_no_tag():
    # the verb must start among the first five words: here `according to` is the eighth and ninth
    text = HEAD + "“We left early,’ and the rest of us stayed, according to Ames.\n\n“We were lucky,” Smith said.\n"
    assert messages_at(text, "story.txt", "quotes.unbalanced") == []


@pytest.mark.parametrize("empty, paragraphs", [
    ("<em></em>“We are ready,” Ruiz said.", ["“Service resumes at 4 p.m.", "“We are ready,” Ruiz said."]),
    # a word after the empty element keeps one paragraph, as with no element
    ("<em></em>Tuesday is fine,” Ruiz said.", ["“Service resumes at 4 p.m.\nTuesday is fine,” Ruiz said."]),
])
def test_an_empty_inline_element_after_a_held_break_is_as_none(empty, paragraphs):
    src = ferry_page(f"<p>“Service resumes at 4 p.m.<br><br>{empty}</p>")
    doc = read_bytes("story.html", src.encode("utf-8"))
    assert [p.text for p in doc.parts if p.kind == "paragraph" and ("Service" in p.text or "Ruiz" in p.text)] \
        == paragraphs
