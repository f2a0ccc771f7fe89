"""fx557 (qa415 #7): after a title-like quote in a note, a quote's
attribution makes a statement, whatever its verb: `Name verb.` by its
shape, or a lower-case cue verb of attribution.yaml with its speaker. A
citation's own words (an outlet with a capitalised cue word, `quoted in`
or `accessed` after its date) keep the citation. Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at

STORY = "Mayor Jane Kowalczyk, 54, said so. Kowalczyk voted.[^1]\n\n[^1]: "
MET = "The council met.[^1]\n\n[^1]: "


def _variant(tail):
    text = HEAD + STORY + 'Jane Kowalcyzk, "We won," ' + tail + "\n"
    return text, _findings(text, ("names.spelling-variant",))


@pytest.mark.parametrize("tail", ["Lee wept.", "Lee grinned!", "Mayor Ann Lee declared.",
                                  "Lee, the mayor, argued in a memo.", "Lee said Tuesday in a statement.",
                                  "Springfield Gazette, posted May 2."])
def test_an_attribution_after_the_title_makes_a_statement(tail):
    text, found = _variant(tail)
    assert found == [("names.spelling-variant", *_at(text, "Kowalcyzk"), "Kowalcyzk")]


@pytest.mark.parametrize("tail", ["Consumer Reports, May 2024.", "Springfield Gazette.",
                                  "Springfield Gazette, March 3, 2024, quoted in Lee, *Budget*, 4.",
                                  "Springfield Gazette, March 3, 2024, accessed May 2, 2024, https://example.org/a.",
                                  "Penn State Press Reports, 2019.", "in *Budget Notes*, ed. Ann Lee (City Press, 2019), 4."])
def test_guard_a_citations_own_words_keep_the_citation(tail):
    assert _variant(tail)[1] == []


@pytest.mark.parametrize("tail", ["Lee wept.", "Lee, the mayor, argued in a memo."])
def test_an_attributed_future_tense_keeps_its_past_date_flagged(tail):
    text = HEAD + MET + 'Jane Doe, "The council will vote April 3," ' + tail + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, "April 3", text.index("[^1]:")), "April 3")]


@pytest.mark.parametrize("tail", ["Springfield Gazette, March 30, 2024.", "Consumer Reports, March 30, 2024."])
def test_guard_a_cited_articles_date_is_left_alone(tail):
    text = HEAD + MET + '"Council will vote on budget April 3," ' + tail + "\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == []
