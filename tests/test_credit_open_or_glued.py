"""Photo credits left open, incomplete or glued to the caption: "Courtesy"
alone, a joined agency credit with nothing after its slash (qa256 #4,
qa266 #2), and a credit run into the caption's words (nu53), each beside
the same credit filled in or set apart. Synthetic stories only."""
from __future__ import annotations

import pytest

from lint.analysis import credits as cr
from story_helpers import caption_rules, captions_run as lint, credit_of

@pytest.mark.parametrize("credit,empty", [("(Courtesy)", False), ("(Photo courtesy)", False),
                                          ("(photo courtesy:", True), ("Photo courtesy of", True)])
def test_courtesy_alone_is_an_incomplete_credit_and_a_lead_in_left_open_is_empty(credit, empty):
    _, diags = lint(f"Ferry vote\n\nThe council met.\n\n![The ferry](ferry.jpg)\n\nThe ferry. {credit}\n",
                    "story.md")
    rules = [d.rule for d in diags if "credit" in d.rule]
    assert rules == (["captions.empty-credit"] if empty else ["captions.malformed-credit"])
    assert empty or "'Courtesy' alone is incomplete" in diags[-1].message


def _caption_rules(line: str) -> list[str]:
    text = f"Burger kept for years\n\nThe burger is still mould-free, its owner said on Tuesday.\n\n{line}\n\nIt sold out.\n"
    return sorted(caption_rules(text, "a.txt"))


def test_nu53_a_credit_glued_to_its_caption_is_a_run_on_not_a_missing_credit():
    # FNC-1 body 1311: the credit is there, run into the caption, so only
    # captions.run-on speaks; "caption has no photo credit" said the opposite
    text = "Europics[CEN]Mcdonalds burgerSnack: A man decided to buy the last burger on sale in October 2009"
    assert credit_of(text) == "Europics[CEN]"
    assert _caption_rules(text) == ["captions.run-on"]
    # the same desk's credit with its spaces (FNC-1 body 628) stays a credit, and no run-on
    assert _caption_rules(text.replace("]Mcdonalds burger", "]   ")) == []


def test_nu53_control_a_caption_with_no_credit_still_has_none():
    assert _caption_rules("Caption: A man decided to buy the last burger on sale in October 2009") == \
        ["captions.missing-credit"]
    # brackets glued to a word that are no agency's tag are no credit
    assert cr.find_credit("The Democratic Socialists [DS]Met on Monday.") is None
    assert cr.find_credit("Europics Snack[CEN]Mcdonalds burger") is None


# qa256 #4: a joined credit whose agency lead-in is left open is an empty
# credit, as "(AP Photo/ )" is, not "nothing after the slash: name the agency";
# so is the note's other form left open, while the same credits filled in
# carry no credit finding at all.
@pytest.mark.parametrize("credit,rules", [
    ("(AP file photo and AP Photo/ )", ["captions.empty-credit"]),
    ("(File photo and AP Photo/)", ["captions.empty-credit"]),
    ("(AP file photo and AP Photo/Jane Doe)", []),
    ("(File photo and AP Photo/Jane Doe)", []),
])
def test_qa256_a_joined_agency_credit_empty_or_filled(credit, rules):
    _, diags = lint(f"Storm\n\nA crew works.\n\n![A crew](crew.jpg)\n\nA crew works. {credit}\n", "story.md")
    assert [d.rule for d in diags if "credit" in d.rule] == rules


# qa266 #2: qa256 #4's joined credit left open in a credit element (no
# brackets: an HTML credit span, a front-matter image_credit) is an empty
# credit as "AP Photo/" there is, not "nothing after the slash: name the
# agency".
@pytest.mark.parametrize("credit", ["AP file photo and AP Photo/", "File photo and AP Photo/"])
def test_qa266_an_open_joined_agency_credit_element_is_an_empty_credit(credit):
    html = ('<html><body><article><p>A crew works on the line, officials said.</p><figure><img src="a.jpg" '
            f'alt="A crew"><figcaption>A crew works. <span class="credit">{credit}</span></figcaption>'
            '</figure></article></body></html>')
    _, diags = lint(html, "story.html")
    assert [d.rule for d in diags if "credit" in d.rule] == ["captions.empty-credit"]
