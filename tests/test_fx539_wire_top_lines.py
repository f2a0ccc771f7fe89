"""fx539: plain-text wire copy's top lines (nu72 #1, #3, #6): HOLD FOR
RELEASE, Reuters' four-figure embargo time, priority and EDITORS: lines
are fields; guards for the nearest lines that must stay as they were."""
import json

import pytest

from lint.readers._text_fields import field_line

BODY = ("PORTLAND, Maine (AP) _ Harbor officials on Wednesday, March 4, opened a review of the "
        "ferry fleet in Portland, port director Alma Reyes said.\n")
HED = "Ferry fleet review ordered in Portland"


def _parse(run_cli, tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return json.loads(run_cli("parse", "--format", "json", path).stdout)[0]


def _fields(parsed):
    return [p["text"] for p in parsed["parts"] if p["kind"] == "field"]


@pytest.mark.parametrize("top", ["FLASH", "ALERT", "URGENT", "BULLETIN"])
def test_priority_line_is_a_priority_field(run_cli, tmp_path, top):
    parsed = _parse(run_cli, tmp_path, f"BC-US-Ferry-Review\n{top}\n\n{HED}\n\n{BODY}")
    assert parsed["headline"] == HED
    assert top in _fields(parsed)
    assert field_line(top) == "priority"


def test_priority_line_first_with_no_slug(run_cli, tmp_path):
    assert _parse(run_cli, tmp_path, f"URGENT\n\n{HED}\n\n{BODY}")["headline"] == HED


@pytest.mark.parametrize("top", ["Urgent", "URGENT REPAIRS", "ALERT!"])
def test_other_shapes_are_no_priority(run_cli, tmp_path, top):
    assert field_line(top) == ""
    assert top not in _fields(_parse(run_cli, tmp_path, f"{top}\n\n{HED}\n\n{BODY}"))


def test_all_capitals_headline_stays_the_headline(run_cli, tmp_path):
    hed = "FERRY FLEET REVIEW ORDERED IN PORTLAND"
    assert _parse(run_cli, tmp_path, f"{hed}\n\n{BODY}")["headline"] == hed


def test_body_paragraph_opening_urgent_is_prose(run_cli, tmp_path):
    para = "Urgent repairs were ordered on two of the ferries, Reyes said.\n"
    parsed = _parse(run_cli, tmp_path, f"{HED}\n\n{BODY}\n{para}")
    assert parsed["headline"] == HED
    assert not any(text.startswith("Urgent") for text in _fields(parsed))


def test_editors_line_is_an_eds_field(run_cli, tmp_path):
    parsed = _parse(run_cli, tmp_path, f"BC-US-Ferry-Review\nEDITORS: Note contents\n\n{HED}\n\n{BODY}")
    assert "EDITORS: Note contents" in _fields(parsed)
    assert field_line("EDITORS: Note contents") == "eds"


def test_editors_without_colon_is_no_field(run_cli, tmp_path):
    assert field_line("EDITORS NOTE CONTENTS") == ""
    assert field_line("Editors: note contents") == ""


def test_hold_for_release_is_an_embargo_line(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL 12:01 a.m. ET, March 4, 2025"
    parsed = _parse(run_cli, tmp_path, f"BC-US-Ferry-Review\n{top}\n\n{HED}\n\n{BODY}")
    assert top in _fields(parsed)
    assert field_line(top) == "release"
    assert parsed["published"] == "2025-03-04"


def test_four_figure_time_needs_its_zone(run_cli, tmp_path):
    top = "EMBARGOED UNTIL 0001, March 4, 2025"
    parsed = _parse(run_cli, tmp_path, f"BC-US-Ferry-Review\n{top}\n\n{HED}\n\n{BODY}")
    assert parsed["published"] is None


def test_four_figure_time_out_of_range_gives_no_date(run_cli, tmp_path):
    top = "EMBARGOED UNTIL 2460 GMT, March 4, 2025"
    assert _parse(run_cli, tmp_path, f"BC-US-Ferry-Review\n{top}\n\n{HED}\n\n{BODY}")["published"] is None
