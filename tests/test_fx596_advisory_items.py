"""fx596: the wire advisory grammar's items and caveats added after the
qa455 review (lint/readers/_wire_advisory.py), and the wrapped-lede test of
`_opening_lines._notice_under`. Unit tests of `release_line`/`notice_head`
and a few readings through the plain-text reader."""
from __future__ import annotations

import pytest

from lint.readers._wire_advisory import notice_head, release_line
from lint.readers import read_bytes

HED = "Ferry fleet review ordered in Portland"
LEDE = "PORTLAND, Maine (AP) — Harbor officials opened a review of the ferry fleet on Wednesday."


def _kinds(text):
    return [(p.kind, p.text) for p in read_bytes("story.txt", text.encode("utf-8")).parts]


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 5 AM ET ON 6/4/2026",
    "Embargoed until 6/4, 9 a.m. ET",
    "Embargoed until 04.06.2026, 09:00 CET",
    "EMBARGOED UNTIL 12 NOON EDT JUNE 4",
    "EMBARGOED UNTIL MIDNIGHT GMT",
    "EMBARGOED UNTIL 12:00 NOON ET",
    "Embargoed until 14h00 CET",
    "Embargoed until 2027",
    "EMBARGOED UNTIL 6 A.M. JUNE 4",
    "EMBARGOED UNTIL 2030 GMT",
    "EMBARGOED UNTIL 0001 GMT. NO EARLY POSTING.",
    "Embargoed until Monday, in the U.S.",
    "(EMBARGOED FOR RELEASE AT 1130 GMT THURS MARCH 19)",
    "EMBARGOED UNTIL 0001 GMT (NO EARLY POSTING), TK",
])
def test_release_lines(line):
    assert release_line(line)


@pytest.mark.parametrize("line", [
    "Embargo until 2027, EU says",
    "Embargoed until 6 p.m. Officials say it will hold",
    "EMBARGOED UNTIL 0001 GMT. Ministers agreed the deal.",
    "(Embargo until Friday, EU says)",
    "(EMBARGOED UNTIL 0001 GMT",
    "Embargo until Friday, TK says",
    "Embargo 2027",
])
def test_heds_and_broken_notices_are_no_release_lines(line):
    assert not release_line(line)


def test_a_zone_in_capitals_is_no_month():
    line = "EMBARGOED UNTIL 6 A.M. JUNE 4"
    assert notice_head(line) == len(line)


def test_a_year_after_until_is_no_clock_and_no_iso_date_piece():
    assert notice_head("EMBARGOED UNTIL 2300 GMT/7 P.M. EDT") == len("EMBARGOED UNTIL 2300 GMT/7 P.M. EDT")
    assert notice_head("Embargoed until 2026-06-05.") == len("Embargoed until 2026-06-05.")


@pytest.mark.parametrize("second", ["news release on Friday.", "embargoed until Friday."])
def test_wrapped_lede_under_no_hed_is_one_paragraph(second):
    kinds = _kinds(f"The company announced the layoffs in a\n{second}\n\nThe union objected.\n")
    assert kinds[0][0] == "paragraph"
    assert "headline" not in [k for k, _ in kinds]


def test_a_capitalised_notice_that_runs_on_from_the_line_above_is_prose():
    kinds = _kinds("The company announced the layoffs in a\nNews release on Friday.\n\nThe union objected.\n")
    assert kinds[0][0] == "paragraph"


def test_a_hed_over_a_notice_in_one_block_still_reads_both():
    kinds = _kinds(f"{HED}\nEMBARGOED UNTIL 12 NOON EDT JUNE 4\n\n{LEDE}\n")
    assert kinds[:2] == [("headline", HED), ("field", "EMBARGOED UNTIL 12 NOON EDT JUNE 4")]
