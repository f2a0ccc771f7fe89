"""fx549: an embargo notice that gives its time or date and ends in a press
office's caveat stays a field (qa407 #1); a hed that opens with a notice's
words and runs on in a clause of its own stays the hed."""
import json

import pytest

from lint.readers._text_fields import field_line

HED = "Ferry fleet review ordered in Portland"
BODY = "PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, port director Alma Reyes said.\n"


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 0001 GMT, please note embargo",
    "Embargo: 6 a.m. ET, June 4, 2026 (no early posting)",
    "For release at 10 a.m. CT, with photos",
    "HOLD FOR RELEASE UNTIL TK (no early posting)",
    "Embargoed until 6 a.m. ET, June 4, 2026, including online (strictly observed)",
])
def test_caveat_after_a_given_time_is_the_notice(line):
    assert field_line(line) == "release"


@pytest.mark.parametrize("line", [
    "Hold for release until June, court tells jail",
    "Hold for release until July 4, judge rules",
    "Hold for release until June (court tells jail)",
    "Embargoed until further notice, bank warns",
    "Embargo until June, with court ruling due",
    "EMBARGOED UNTIL 0001 GMT, court tells jail",
])
def test_clause_or_caveat_without_given_time_stays_prose(line):
    assert field_line(line) == ""


def test_caveated_notice_keeps_its_position_and_tk_is_flagged(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL TK, please note embargo"
    path = tmp_path / "story.txt"
    path.write_text(f"{top}\n\n{HED}\n\n{BODY}", encoding="utf-8")
    parsed = json.loads(run_cli("parse", "--format", "json", path).stdout)[0]
    assert parsed["headline"] == HED
    found = [(f["line"], f["column"]) for f in json.loads(run_cli("check", "--format", "json", path).stdout)
             if f["rule"] == "hygiene.placeholder"]
    assert found == [(1, top.index("TK") + 1)]


@pytest.mark.parametrize("line", ["EMBARGOED UNTIL XX:XX GMT", "HOLD FOR RELEASE UNTIL XX A.M. EST",
                                  "EMBARGOED UNTIL XX:XX GMT, please note embargo"])
def test_xx_for_the_time_to_come_is_a_notice(line):
    assert field_line(line) == "release"


@pytest.mark.parametrize("line", ["Embargo until XX, court tells jail", "Embargoed until XXL sizes return",
                                  "Embargoed until xx:xx gmt, court tells jail"])
def test_xx_in_a_heds_clause_or_word_is_no_notice(line):
    assert field_line(line) == ""


@pytest.mark.parametrize("line", ["EMBARGOED UNTIL JUNE, COURT TELLS JAIL", "Embargo Until July, Judge Rules"])
def test_clause_in_capitals_after_a_bare_month_is_no_notice(line):
    assert field_line(line) == ""


@pytest.mark.parametrize("line", ["EMBARGOED UNTIL THURSDAY, JUNE", "Embargo: Thursday, June 4",
                                  "EMBARGOED UNTIL FURTHER NOTICE", "HOLD FOR RELEASE UNTIL 6 A.M. EST, TK",
                                  "EMBARGOED UNTIL 0001 GMT, MARCH 4, 2025"])
def test_notice_in_capitals_with_its_day_stays_a_notice(line):
    assert field_line(line) == "release"


def _parse(run_cli, tmp_path, text):
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    return json.loads(run_cli("parse", "--format", "json", path).stdout)[0]


@pytest.mark.parametrize("top", ["HOLD FOR RELEASE UNTIL 6 A.M. EST", "EMBARGOED UNTIL TK",
                                 "Embargoed until 0001 GMT, June 4, 2026",
                                 "Embargoed until 0001 GMT (no early posting)",
                                 "HOLD FOR RELEASE UNTIL 6 A.M. EST, with photos"])
def test_release_line_ending_the_heds_block_is_a_field_under_it(run_cli, tmp_path, top):
    parsed = _parse(run_cli, tmp_path, f"{HED}\n{top}\n\n{BODY}")
    assert parsed["headline"] == HED
    assert [p["text"] for p in parsed["parts"] if p["kind"] == "field"] == [top]


@pytest.mark.parametrize("text", [
    "The report on ferry fares was\nembargoed until Thursday.\n\nOfficials said so.\n",
    "Harbor officials said the ferry report\nEmbargoed until June 4, 2026, with photos, shows fares rose.\n\nMore.\n",
    "The report on ferry fares stays under wraps and\nEMBARGOED UNTIL 6 A.M. EST\nthe board said.\n\nMore.\n",
])
def test_wrapped_lede_that_names_an_embargo_stays_prose(run_cli, tmp_path, text):
    parsed = _parse(run_cli, tmp_path, text)
    assert [p for p in parsed["parts"] if p["kind"] == "field"] == []
