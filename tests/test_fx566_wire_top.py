"""fx566: a wire's top lines decided by their place (AP's and Reuters'
advisory block over the hed), and the `copy-line` scope through which
hygiene.placeholder reads a release line or a note to editors.

Guards for the nearest shapes that must not change sit beside each case."""
import json

import pytest

from lint.readers._release_lines import notice_only
from wire_top_helpers import BODY, HED, headlines, parts


def _fields(text, name="story.txt"):
    return [(p.name, p.text, bool(p.attrs.get("copy_line"))) for p in parts(text, name) if p.kind == "field"]


def _findings(run_cli, tmp_path, text, *extra, name="story.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    got = run_cli("check", "--format", "json", path, *extra)
    assert got.exit_code in (0, 1), got.stderr
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(got.stdout)]


def _placeholders(run_cli, tmp_path, text, name="story.txt"):
    return [(ln, col) for rule, ln, col in _findings(run_cli, tmp_path, text, name=name)
            if rule == "hygiene.placeholder"]


# --- a notice's whole form, a time to come in it too ---

@pytest.mark.parametrize("line", ["HOLD FOR RELEASE UNTIL TK", "EMBARGOED UNTIL XX:XX GMT",
                                  "EMBARGOED UNTIL TK GMT, March 4, 2025", "HOLD FOR RELEASE UNTIL 6 A.M. EST, TK"])
def test_time_to_come_is_a_whole_notice_only_when_asked(line):
    assert notice_only(line, to_come=True)
    assert not notice_only(line)        # under the hed and for the date: unchanged


@pytest.mark.parametrize("line", ["Hold for release until June, court tells jail", "EMBARGO UNTIL FRIDAY, MIT SAYS",
                                  "Embargo until TK, court says"])
def test_a_line_running_on_is_no_whole_notice(line):
    assert not notice_only(line, to_come=True)


def test_whole_notice_with_a_time_to_come_over_the_lede_is_no_hed():
    text = f"HOLD FOR RELEASE UNTIL TK\n\n{BODY}"
    assert headlines(text) == []
    assert _fields(text) == [("release", "HOLD FOR RELEASE UNTIL TK", True)]


# --- place: over the lede a notice-shaped line is the hed; over a hed it is the notice ---

@pytest.mark.parametrize("line", ["Hold for release until June, court tells jail", "Embargo until 2027, EU says",
                                  "EMBARGOED UNTIL MONDAY, APPLE TELLS REVIEWERS"])
def test_notice_shaped_first_line_over_the_lede_is_the_hed(line):
    assert headlines(f"{line}\n\n{BODY}") == [line]


@pytest.mark.parametrize("line", ["EMBARGOED UNTIL 0001 GMT, please note embargo",
                                  "Embargo: 6 a.m. ET, June 4, 2026 (no early posting)"])
def test_caveated_notice_over_a_hed_is_a_field(line):
    assert headlines(f"{line}\n\n{HED}\n\n{BODY}") == [HED]
    assert headlines(f"{line}\nURGENT\n\n{HED}\n\n{BODY}") == [HED]      # over more advisory lines


def test_capitals_notice_under_a_slug_over_the_lede_stays_a_field():
    line = "EMBARGOED UNTIL 0001 GMT, PLEASE NOTE EMBARGO"
    assert _fields(f"BC-US-Ferry-Review\n{line}\n\n{BODY}") == [("slug", "BC-US-Ferry-Review", False),
                                                                ("release", line, True)]


def test_sentence_case_hed_under_a_slug_stays_the_hed():
    hed = "Hold for release until June, court tells jail"
    assert headlines(f"BC-US-Court-Jail\n{hed}\n\n{BODY}") == [hed]


def test_eds_in_capitals_over_the_hed_is_a_field():
    text = f"EDS: UPDATES with quotes\n\n{HED}\n\n{BODY}"
    assert headlines(text) == [HED]
    assert _fields(text) == [("eds", "EDS: UPDATES with quotes", True)]


def test_all_capitals_hed_with_eds_inside_stays_the_hed():
    hed = "FERRY EDS SAY FLEET REVIEW ORDERED"
    assert headlines(f"{hed}\n\n{BODY}") == [hed]


# --- copy-line: the placeholder reads release and eds lines, not slugs or front matter ---

def test_placeholder_in_eds_line_position_crlf_bom(run_cli, tmp_path):
    text = f"\ufeffBC-US-Ferry-Review\r\nEDS: HOLD FOR RELEASE UNTIL TK\r\n\r\n{HED}\r\n\r\n{BODY}"
    assert _placeholders(run_cli, tmp_path, text) == [(2, 29)]


def test_placeholder_in_release_line_under_the_hed(run_cli, tmp_path):
    text = f"{HED}\nEds: TK photos\n\n{BODY}"
    assert _placeholders(run_cli, tmp_path, text) == [(2, 6)]


def test_slug_and_front_matter_stay_unread(run_cli, tmp_path):
    assert _placeholders(run_cli, tmp_path, f"BC-US-Ferry-Review-TK\n\n{HED}\n\n{BODY}") == []
    text = f"---\ntitle: {HED}\nrelease: TK\n---\n\n{BODY}"
    assert _placeholders(run_cli, tmp_path, text, name="story.md") == []


def _house(tmp_path, scope):
    house = tmp_path / "rules" / "house"
    house.mkdir(parents=True, exist_ok=True)
    (house / "tbd.yaml").write_text("extends: existence\nmessage: \"'%s' left in\"\nlevel: error\n"
                                    f"scope: {scope}\ntokens: [TBD]\n", encoding="utf-8")
    return tmp_path / "rules"


def test_house_rule_scoped_to_copy_lines(run_cli, tmp_path):
    text = f"BC-US-Ferry-TBD\nEds: TBD quotes\nEMBARGOED UNTIL 6 A.M. EST, TBD\n\n{HED}\n\n{BODY}"
    rules = _house(tmp_path, "[copy-line]")
    got = _findings(run_cli, tmp_path, text, "--rules", rules, "--select", "house")
    assert [(ln, col) for _, ln, col in got] == [(2, 6), (3, 29)]


def test_unknown_scope_lists_copy_line(run_cli, tmp_path):
    rules = _house(tmp_path, "[copy-lines]")
    story = tmp_path / "story.txt"
    story.write_text(f"{HED}\n\n{BODY}", encoding="utf-8")
    got = run_cli("check", "--rules", rules, "--select", "house", story)
    assert got.exit_code == 2 and "copy-line" in got.stderr and "Traceback" not in got.stderr
    assert len(got.stderr.strip().splitlines()) == 1


# --- a notice with its clock time before a press office's words is one over the lede too ---

@pytest.mark.parametrize("line", ["EMBARGOED UNTIL 0001 GMT, PLEASE NOTE EMBARGO",
                                  "For release at 10 a.m. CT, with photos",
                                  "EMBARGOED UNTIL 0001 GMT (no early posting)"])
def test_clocked_notice_over_the_lede_stays_a_field(run_cli, tmp_path, line):
    text = f"{line}\n\n{BODY}"
    assert headlines(text) == []
    assert ("titles.missing-headline", 1, 1) in _findings(run_cli, tmp_path, text)


@pytest.mark.parametrize("hed", ["EMBARGO UNTIL 2027 ENDS, EU SAYS", "Embargoed until midnight – Pfizer profits rise",
                                 "Embargo until June 30 – no end in sight"])
def test_a_year_a_day_or_midnight_is_no_clock(hed):
    assert headlines(f"{hed}\n\n{BODY}") == [hed]


def test_notice_under_a_front_matter_title_stays_a_field():
    line = "EMBARGOED UNTIL midnight, please note embargo"
    text = f"---\ntitle: {HED}\n---\n\n{line}\n\n{BODY}"
    assert headlines(text) == [HED]
    assert ("release", line, True) in _fields(text)
