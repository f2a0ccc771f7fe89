"""`name_runs.find_mentions` reads a lone name's possessive with
`str.endswith` (pf52) where it asked `_POSSESSIVE`: the same answer for
every word a run can be (one ending in a letter), so a possessive before a
plain word keeps its sureness ("Venkataram’s deputy": an owner, no title
word), while one before an office, and a name whose mark is no apostrophe
(‘s), still ask whether a job title follows."""
import pytest

from lint.analysis.name_runs import _POSSESSIVE, _POSSESSIVE_ENDS, find_mentions
from lint.readers import read_bytes


@pytest.mark.parametrize("word", ["Smith", "Smith's", "Smith\u2019s", "Smith\u2018s", "Smiths",
                                  "O'Brien", "O\u2019Brien", "Jones'", "Jones\u2019", "Ross", "S"])
def test_the_ending_test_is_the_pattern_s(word):
    assert word.endswith(_POSSESSIVE_ENDS) == (_POSSESSIVE.search(word) is not None)


def _sure(text: str) -> list[tuple[str, str, bool]]:
    doc = read_bytes("story.txt", f"Headline\n\n{text}\n".encode())
    return [(r[0].text[r[1]:r[2]], r[4], r[6])
            for r in find_mentions([p for p in doc.parts if p.kind == "paragraph"])]


def test_a_possessive_before_a_plain_word_stays_sure():
    # a possessive is an owner: "deputy" after it is not read as his title
    assert ("Venkataram", "Venkataram", True) in _sure("Venkataram\u2019s deputy left.")


def test_a_possessive_before_an_office_and_a_left_quote_ask_for_a_title():
    found = _sure("Ryabkov\u2019s Deputy Minister spoke. Ryabkov\u2018s Minister came.")
    assert found[0] == ("Ryabkov", "Ryabkov", False)
    assert ("Ryabkov\u2018s", "Ryabkov's", False) in found
