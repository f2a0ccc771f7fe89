"""Plain text's opening lines: budget lines (`HED:`, `DEK:`, `BY:`, `Slug:`),
AP's bare slug over the hed, the paper's name under the byline, and a press
release's embargo and contact over its hed."""
from __future__ import annotations

from lint import lint_text
from lint.config import Config
from lint.readers import read_bytes

LEDE = ("ALBANY, N.Y. -- Utility crews from five states worked through the night to restore "
        "power to more than 140,000 homes.\n")


def read(text: str):
    return read_bytes("story.txt", text.encode("utf-8"))


def parts(text: str) -> list[tuple[str, str, str]]:
    """(kind, field name, text) of each part, in order."""
    return [(p.kind, p.name, p.text) for p in read(text).parts]


def missing_headline(text: str) -> list[str]:
    return [d.rule for d in lint_text(text, "story.txt", config=Config(select=("titles.missing-headline",)))]


def test_budget_lines_give_the_hed_dek_and_byline_without_their_labels():
    text = ("HED: Crews race to restore power after ice storm\n"
            "DEK: More than 140,000 customers remain without electricity\n"
            "BY: Margaret Okonkwo\n\n" + LEDE)
    doc = read(text)
    assert [(p.kind, p.text) for p in doc.parts[:3]] == [
        ("headline", "Crews race to restore power after ice storm"),
        ("dek", "More than 140,000 customers remain without electricity"),
        ("byline", "Margaret Okonkwo")]
    for part in doc.parts[:3]:                  # exact offsets: the text after the label
        at = part.source_offset(0)
        assert text[at:at + len(part.text)] == part.text and text[at - 2:at] == ": "
    assert missing_headline(text) == []


def test_labels_are_read_in_any_case_and_slug_and_length_are_fields():
    text = ("Headline: Crews race to restore power after ice storm\n"
            "Byline: Margaret Okonkwo\nSlug: storm-cleanup\nWords: 640\n\n" + LEDE)
    assert parts(text)[:4] == [("headline", "", "Crews race to restore power after ice storm"),
                               ("byline", "", "Margaret Okonkwo"),
                               ("field", "slug", "storm-cleanup"), ("field", "words", "640")]
    assert [k for k, _, _ in parts(text)[4:]] == ["paragraph", "dateline"]
    assert missing_headline(text) == []


def test_a_label_below_the_opening_block_is_prose():
    text = "Crews race to restore power\n\n" + LEDE + "\nBy: the way, the storm is over.\nSlug: none\n"
    kinds = [(k, t) for k, _, t in parts(text)]
    assert ("paragraph", "By: the way, the storm is over.\nSlug: none") in kinds
    assert not any(k == "byline" for k, _ in kinds)


def test_a_lone_by_label_is_still_read_as_a_byline_line():
    text = "By: Press Trust of India\n\n" + LEDE
    assert parts(text)[0] == ("byline", "", "By: Press Trust of India")


def test_a_bare_slug_over_the_hed_is_a_field_and_the_paper_joins_the_byline():
    text = ("STORM-CLEANUP\nCrews race to restore power after ice storm\n\n"
            "By Margaret Okonkwo\nThe Albany Ledger\n\n" + LEDE)
    assert parts(text)[:3] == [("field", "slug", "STORM-CLEANUP"),
                               ("headline", "", "Crews race to restore power after ice storm"),
                               ("byline", "", "By Margaret Okonkwo\nThe Albany Ledger")]
    assert missing_headline(text) == []


def test_a_capitalised_first_line_without_a_hyphen_or_over_no_prose_is_no_slug():
    assert parts("BREAKING\nCrews race to restore power after ice storm\n\n" + LEDE)[0][0] != "field"
    assert parts("STORM-CLEANUP\n\n" + LEDE)[0] == ("headline", "", "STORM-CLEANUP")


def test_a_release_embargo_and_contact_stand_over_its_hed():
    text = ("EMBARGOED UNTIL 12:01 A.M. EST, TUESDAY, MARCH 4, 2025\n\n"
            "Media contact: Jordan Blake, 555-010-4477\n\n"
            "New study finds microplastics in 9 of 10 bottled waters\n\n"
            "BOSTON -- Researchers found microplastics in nine of 10 brands of bottled water.\n")
    assert parts(text)[:3] == [("field", "release", "EMBARGOED UNTIL 12:01 A.M. EST, TUESDAY, MARCH 4, 2025"),
                               ("contact", "", "Media contact: Jordan Blake, 555-010-4477"),
                               ("headline", "", "New study finds microplastics in 9 of 10 bottled waters")]


def test_an_empty_label_keeps_the_run_and_gives_no_part():
    text = "HED:\nDEK: Thousands remain without heat\nBY: Margaret Okonkwo\n\n" + LEDE
    assert parts(text)[:2] == [("dek", "", "Thousands remain without heat"), ("byline", "", "Margaret Okonkwo")]
    assert not any("HED:" in t for _, _, t in parts(text))
    text = "HED:\n\nCrews race to restore power after ice storm\n\n" + LEDE
    assert parts(text)[0] == ("headline", "", "Crews race to restore power after ice storm")


def test_a_lone_dek_label_is_the_dek_not_a_hed_with_its_label():
    text = "DEK: More than 140,000 customers remain without electricity\n\n" + LEDE
    assert parts(text)[0] == ("dek", "", "More than 140,000 customers remain without electricity")
    assert missing_headline(text) == ["titles.missing-headline"]


def test_a_label_whose_value_cannot_be_its_part_ends_the_run():
    text = ("Length: 5 miles. The trail opens Saturday.\n"
            "By: the time it closes, officials said, thousands will have walked it.\n\nMore.\n")
    assert not any(k in ("byline", "field") for k, _, _ in parts(text))
    text = "HED: Crews race to restore power\nWords: matter, the mayor said.\n\n" + LEDE
    assert parts(text)[1] == ("paragraph", "", "Words: matter, the mayor said.")


def test_a_capitalised_label_over_a_lede_sentence_is_no_slug_and_the_lede_no_hed():
    text = ("COVID-19\nHealth officials reported 1,200 new cases on Monday as the state braced for winter.\n\n"
            + LEDE)
    assert ("field", "slug", "COVID-19") not in parts(text)
    assert read(text).first("headline").text != \
        "Health officials reported 1,200 new cases on Monday as the state braced for winter."
