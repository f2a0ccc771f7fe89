"""Plain text's wire and web lines above and below the story: AFP's lower-case
byline, `Published`/`Updated` time stamps (with or without a year), and a
release's contact block at its foot."""
from __future__ import annotations

import datetime

from lint.readers import read_bytes

LEDE = "The council approved the budget on Tuesday, officials said, after a long debate.\n"
HED = "Council approves budget for next year\n"


def read(text: str):
    return read_bytes("story.txt", text.encode("utf-8"))


def parts(text: str) -> list[tuple[str, str, str]]:
    return [(p.kind, p.name, p.text) for p in read(text).parts]


def test_afp_lower_case_byline_is_a_byline_not_the_hed():
    assert parts("by Marie Dupont\n\nPARIS (AFP) - France's parliament voted on Tuesday.\n")[0] == \
        ("byline", "", "by Marie Dupont")
    assert parts(HED + "by Marie DUPONT, AFP\n\n" + LEDE)[:2] == [
        ("headline", "", HED.strip()), ("byline", "", "by Marie DUPONT, AFP")]


def test_a_sentence_opening_with_by_stays_prose():
    kinds = [k for k, _, _ in parts(HED + "\nThe law was passed by the assembly.\nby the way\n")]
    assert "byline" not in kinds


def test_an_updated_stamp_without_a_year_is_a_field_and_gives_no_date():
    doc = read("Updated 5:32 p.m. ET, Oct. 14\n" + HED + "By Jane Doe\n" + LEDE)
    assert [(p.kind, p.name) for p in doc.parts] == [
        ("field", "updated"), ("headline", ""), ("byline", ""), ("paragraph", "")]
    assert doc.published is None


def test_an_updated_stamp_with_a_year_gives_the_date_a_published_line_wins():
    doc = read("Updated 5:32 p.m. ET, Oct. 14, 2025\n" + HED + "\n" + LEDE)
    assert doc.published == datetime.date(2025, 10, 14) and doc.published_from == "the 'Updated' line"
    doc = read("Published Oct. 12, 2025\nUpdated Oct. 14, 2025\n" + HED + "\n" + LEDE)
    assert doc.published == datetime.date(2025, 10, 12) and doc.published_from == "the 'Published' line"


def test_a_hed_under_a_published_line_with_no_year_is_not_merged_into_the_lede():
    for stamp in ("Published: Oct. 14", "Published: 3 hours ago", "Updated 5:32 p.m. ET"):
        doc = read(stamp + "\n" + HED + "By Jane Doe\n" + LEDE)
        assert [(p.kind, p.text) for p in doc.parts] == [
            ("field", stamp), ("headline", HED.strip()), ("byline", "By Jane Doe"), ("paragraph", LEDE.strip())]
        assert doc.published is None


def test_a_contacts_block_at_a_release_foot_is_a_field():
    text = (HED + "\n" + LEDE + "\nContacts\nJane Doe, Acme Corp.\n555-010-1234\n\n"
            "Media contacts:\nJohn Roe, 555-010-9999\n")
    assert parts(text)[2:] == [("contact", "", "Contacts\nJane Doe, Acme Corp.\n555-010-1234"),
                               ("contact", "", "Media contacts:\nJohn Roe, 555-010-9999")]


def test_a_paragraph_that_opens_with_contact_in_a_sentence_is_prose():
    text = HED + "\n" + LEDE + "\nContact with the mayor's office was lost on Monday.\n"
    assert parts(text)[-1][0] == "paragraph"


def test_a_sentence_after_a_contact_lead_in_the_body_is_prose():
    for line in ("Contact: The mayor did not return calls seeking comment on Tuesday.",
                 "For more information: the full budget is online at the city's website.",
                 "Media inquiries: Officials said they would take questions after the vote."):
        text = HED + "\n" + LEDE + "\n" + line + "\n\nThe vote was 5-2.\n"
        assert ("paragraph", "", line) in parts(text)
    for line in ("Contact: Jane Doe, director of communications, Acme Corp.",
                 "Media contact: Jane Doe, director of corporate communications and public affairs, 555-010-1234"):
        assert parts(HED + "\n" + LEDE + "\n" + line + "\n")[-1] == ("contact", "", line)


def test_contacts_under_a_lead_of_their_own_are_the_contact_block():
    text = HED + "\n" + LEDE + "\nMedia contacts:\n\nJane Doe\n555-010-1234\n\nJohn Roe, Acme Corp.\njroe@acme.example\n"
    assert parts(text)[2:] == [("contact", "", "Media contacts:"),
                               ("contact", "", "Jane Doe\n555-010-1234"),
                               ("contact", "", "John Roe, Acme Corp.\njroe@acme.example")]
    text = HED + "\n" + LEDE + "\nContacts\n\nThe mayor said the budget would pass, and it did.\n"
    assert parts(text)[-1][0] == "paragraph"


def test_a_published_line_with_no_year_takes_the_updated_line_s_year_not_its_date():
    doc = read("Published June 5\nUpdated June 6, 2026\n" + HED + "\n" + LEDE)
    assert doc.published == datetime.date(2026, 6, 5)
    assert doc.published_part.text == "Published June 5"
    doc = read("Updated Jan. 2, 2026, 5:00 p.m.\nPublished Dec. 31\n" + HED + "\n" + LEDE)
    assert doc.published == datetime.date(2025, 12, 31)      # the year before: no publication after its update


def test_an_updated_stamp_before_a_published_one_on_its_line_gives_the_published_date():
    doc = read(HED + "\nUpdated: June 6, 2026 | Published: June 5, 2026\n\n" + LEDE)
    assert [(p.kind, p.name) for p in doc.parts] == [("headline", ""), ("field", "published"), ("paragraph", "")]
    assert doc.published == datetime.date(2026, 6, 5)


def test_afp_byline_with_a_second_writer_is_a_byline():
    for line in ("by Marie DUPONT, with Jean MARTIN in Lyon", "by Marie Dupont with Jean Martin in Lyon"):
        assert parts(HED + "\n" + line + "\n\n" + LEDE)[1] == ("byline", "", line)
    assert parts(HED + "\nby Hurricane Maria with winds of 155 mph\n\n" + LEDE)[1][0] == "paragraph"
