"""A writer's line under a plain-text byline is the byline's, also in the
sentence case papers print it (`Lakeshore Ledger staff writer`) and with
`the` after `Special to` (nu25 #8: it was read as the first body
paragraph, linted as prose and counted into the lede)."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

BODY = "MILLBROOK, Wis. (Lakeshore Ledger) — An early storm closed schools on Thursday."


def _story(role: str) -> str:
    return f"Early snowstorm closes schools\n\nPublished Dec. 3, 2026\n\nBy Dana Whitfield\n{role}\n\n{BODY}\n"


@pytest.mark.parametrize("role", [
    "Lakeshore Ledger staff writer", "Staff Writer", "Special to the Lakeshore Ledger",
    "Lakeshore Ledger correspondent", "The Lakeshore Ledger senior staff writer", "AP legal affairs writer",
])
def test_the_writers_line_is_the_bylines(role):
    src = _story(role)
    doc = read_bytes("story.txt", src.encode())
    byline = doc.first("byline")
    assert (byline.text, byline.source_offset(0)) == (f"By Dana Whitfield\n{role}", src.index("By Dana"))
    # the byline's second line keeps its own place
    assert byline.source_offset(byline.text.index(role)) == src.index(role)
    assert [p.text for p in doc.parts_of(("paragraph",))] == [BODY]


def test_a_sentence_under_the_byline_is_still_the_lede():
    src = _story("The council staff said the roads would stay closed.")
    doc = read_bytes("story.txt", src.encode())
    assert doc.first("byline").text == "By Dana Whitfield"
    assert doc.parts_of(("paragraph",))[0].text == "The council staff said the roads would stay closed."


def test_the_writers_line_is_not_linted_as_prose():
    # `staff staff` would be a doubled word in a paragraph; the byline is not in that rule's scope
    src = _story("Lakeshore Ledger staff writer").replace("Lakeshore Ledger staff", "Lakeshore Ledger staff staff")
    assert [d.rule for d in lint_text(src, "story.txt")] == []


# nu49 #2: a reporter's e-mail line under the byline of a hed/dek/byline/stamp block is the
# byline's (`_byline_lines.email_line`), so the dek and the `Updated` line's date are kept and the
# date checks still run. Controls: the same block without it; an address in prose; a contact lead.
_TOP = ("Harbor reopens after storm\nCrews cleared debris overnight; ferries resume Wednesday\n"
        "By Jo Smith and Ann Lee\n{mail}Updated 4:15 p.m. March 5, 2025\n\n"
        "PORTLAND, Maine -- The harbor reopened March 20 after crews worked overnight.\n")


def test_nu49_an_email_line_under_the_byline_keeps_the_top_block():
    text = _TOP.format(mail="jsmith@example.com\n")
    kinds = [p.kind for p in read_bytes("story.txt", text.encode()).parts]
    assert "dek" in kinds and "byline" in kinds
    assert [d.rule for d in lint_text(text, "story.txt")] == ["dates.after-publication"]


def test_nu49_control_the_top_block_without_an_email_line():
    text = _TOP.format(mail="")
    kinds = [p.kind for p in read_bytes("story.txt", text.encode()).parts]
    assert "dek" in kinds and "byline" in kinds
    assert [d.rule for d in lint_text(text, "story.txt")] == ["dates.after-publication"]


@pytest.mark.parametrize("mail", ["Email: jsmith@example.com", "jsmith@example.com | @jsmith",
                                  "E-mail: jsmith@example.com / Twitter: @jsmith"])
def test_nu49_a_labelled_email_line_or_one_with_a_handle_is_the_bylines_too(mail):
    doc = read_bytes("story.txt", _TOP.format(mail=mail + "\n").encode())
    assert [p.kind for p in doc.parts][:4] == ["headline", "dek", "byline", "field"]
    assert doc.parts[2].text.endswith(mail)


def test_nu49_an_email_line_under_a_lone_byline_is_the_bylines():
    text = "Harbor reopens after storm\n\nBy Jo Smith\njsmith@example.com\n\nPORTLAND, Maine -- The harbor reopened.\n"
    parts = [(p.kind, p.text) for p in read_bytes("story.txt", text.encode()).parts]
    assert ("byline", "By Jo Smith\njsmith@example.com") in parts


@pytest.mark.parametrize("line", ["Readers can send tips to jsmith@example.com today.",
                                  "jsmith@example.com said the harbor reopened.", "@jsmith"])
def test_nu49_control_an_address_in_prose_or_a_handle_alone_is_no_email_line(line):
    text = f"Harbor reopens after storm\n\nBy Jo Smith\n{line}\n\nPORTLAND, Maine -- The harbor reopened.\n"
    parts = [(p.kind, p.text) for p in read_bytes("story.txt", text.encode()).parts]
    assert ("byline", "By Jo Smith") in parts and ("paragraph", line) in parts


def test_nu49_control_a_contact_lead_under_the_byline_is_read_as_before():
    kinds = [p.kind for p in read_bytes("story.txt", _TOP.format(mail="Contact: jsmith@example.com\n").encode()).parts]
    assert kinds[:4] == ["headline", "dek", "byline", "contact"]


# qa229 #1: a dated writer's stamp (`Posted by Jo Smith on March 5, 2025`) over the writer's e-mail
# line: the block is one paragraph and the date is lost, while without the e-mail line the stamp
# gives the published date and `dates.after-publication` fires on 'March 20'.
_POSTED = ("Harbor reopens after storm\n\nPosted by Jo Smith on March 5, 2025\n{mail}\n"
           "PORTLAND, Maine -- The harbor reopened March 20 after crews worked overnight.\n")


def test_qa229_control_a_dated_stamp_without_an_email_line():
    assert [d.rule for d in lint_text(_POSTED.format(mail=""), "story.txt")] == ["dates.after-publication"]


@pytest.mark.xfail(strict=True, reason="qa229 #1: an e-mail line under a dated `Posted by` stamp loses its date")
def test_qa229_an_email_line_under_a_dated_stamp_keeps_its_date():
    text = _POSTED.format(mail="jsmith@example.com\n")
    assert all("@" not in p.text for p in read_bytes("story.txt", text.encode()).parts if p.kind == "paragraph")
    assert [d.rule for d in lint_text(text, "story.txt")] == ["dates.after-publication"]


# qa229 #2: the byline's role line and its e-mail line together (either order): one of them is
# still read as the first body paragraph (counted into the lede, linted as prose).
@pytest.mark.xfail(strict=True, reason="qa229 #2: a role line and an e-mail line under one byline")
@pytest.mark.parametrize("lines", ["Staff Writer\njsmith@example.com", "jsmith@example.com\nStaff Writer"])
def test_qa229_a_role_line_and_an_email_line_are_both_the_bylines(lines):
    text = f"Harbor reopens after storm\n\nBy Jo Smith\n{lines}\n\nPORTLAND, Maine -- The harbor reopened Tuesday.\n"
    paragraphs = [p.text for p in read_bytes("story.txt", text.encode()).parts if p.kind == "paragraph"]
    assert paragraphs == ["PORTLAND, Maine -- The harbor reopened Tuesday."]


# qa229 #3: common shapes of the writer's contact line that `email_line` does not read: the address
# with a phone number, a label with no colon, an address closed by a stop.
@pytest.mark.xfail(strict=True, reason="qa229 #3: e-mail line shapes with a phone, a colonless label or a stop")
@pytest.mark.parametrize("line", ["jsmith@example.com | 207-555-0134", "Email jsmith@example.com",
                                  "Email: jsmith@example.com."])
def test_qa229_more_email_line_shapes_are_the_bylines(line):
    text = f"Harbor reopens after storm\n\nBy Jo Smith\n{line}\n\nPORTLAND, Maine -- The harbor reopened.\n"
    parts = [(p.kind, p.text) for p in read_bytes("story.txt", text.encode()).parts]
    assert ("byline", f"By Jo Smith\n{line}") in parts
