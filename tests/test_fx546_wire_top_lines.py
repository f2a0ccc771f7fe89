"""fx546 (qa405 #1-#4): a wire's release line with its time to come (`TK`)
is a field that hygiene.placeholder reads (its `fields: [release]`, never a
front matter key of that name), a line that opens as a notice and runs on
in a sentence's words is no notice, and `EDS:` in capitals is a note to
editors; guards for the nearest lines that must stay as they were."""
import json

import pytest

from lint.readers._text_fields import field_line

HED = "Ferry fleet review ordered in Portland"
BODY = ("PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, "
        "port director Alma Reyes said.\n")


def _write(tmp_path, text, name="story.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _parse(run_cli, path):
    return json.loads(run_cli("parse", "--format", "json", path).stdout)[0]


def _findings(run_cli, path, *extra):
    return [(f["rule"], f["line"], f["column"]) for f in
            json.loads(run_cli("check", "--format", "json", path, *extra).stdout)]


@pytest.mark.parametrize("line", ["HOLD FOR RELEASE UNTIL TK", "EMBARGOED UNTIL TKTK",
                                  "EMBARGOED UNTIL TK GMT, March 4, 2025", "Embargoed until TK"])
def test_release_line_with_its_time_to_come_is_a_release_field(line):
    assert field_line(line) == "release"


@pytest.mark.parametrize("line", [
    "Hold for release until June, court tells jail",
    "For release June 5, 2026, the band recorded twelve songs in Memphis.",
    "Embargoed until June, the report says",
])
def test_notice_words_running_on_in_a_sentence_are_no_field(line):
    assert field_line(line) == ""


@pytest.mark.parametrize("line", [
    "Embargoed until 12:01 a.m. ET on Thursday, June 4, 2026",
    "EMBARGOED UNTIL 12:01 a.m. EDT Thursday, June 4, 2026",
    "Embargoed until further notice",
    "For immediate release",
    "Not for publication before 00:01 BST, Thursday 5 June 2026",
    "Embargoed until 10 a.m. local time, Tuesday, June 2, 2026",
    "Embargoed until 6 a.m. ET June 4, 2026 worldwide",     # one stray word: no sentence
])
def test_notices_in_lower_case_words_stay_release_fields(line):
    assert field_line(line) == "release"


def test_tk_release_line_gives_its_date(run_cli, tmp_path):
    path = _write(tmp_path, f"EMBARGOED UNTIL TK GMT, March 4, 2025\n\n{HED}\n\n{BODY}")
    parsed = _parse(run_cli, path)
    assert parsed["headline"] == HED
    assert parsed["published"] == "2025-03-04"
    assert ("hygiene.placeholder", 1, len("EMBARGOED UNTIL ") + 1) in _findings(run_cli, path)


def test_tk_release_line_under_the_hed_is_a_field_and_flagged(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL TK GMT, March 4, 2025"
    path = _write(tmp_path, f"{HED}\n{top}\n\n{BODY}")
    parsed = _parse(run_cli, path)
    assert parsed["headline"] == HED
    assert parsed["published"] == "2025-03-04"
    assert top in [p["text"] for p in parsed["parts"] if p["kind"] == "field"]
    assert ("hygiene.placeholder", 2, top.index("TK") + 1) in _findings(run_cli, path)


def test_markdown_release_line_flagged_but_front_matter_keys_are_not(run_cli, tmp_path):
    top = "HOLD FOR RELEASE UNTIL TK"
    text = f"---\ntitle: {HED}\nrelease: TK\nembargo: HOLD FOR RELEASE UNTIL TK\n---\n\n{top}\n\n{BODY}"
    path = _write(tmp_path, text, name="story.md")
    parsed = _parse(run_cli, path)
    assert [p["text"] for p in parsed["parts"] if p["kind"] == "field"] == ["TK", top, top]
    placeholders = [(line, col) for rule, line, col in _findings(run_cli, path) if rule == "hygiene.placeholder"]
    assert placeholders == [(7, top.index("TK") + 1)]


def test_eds_in_capitals_over_and_under_the_hed(run_cli, tmp_path):
    note = "EDS: UPDATES with quotes"
    assert field_line(note) == "eds"
    for text in (f"{note}\n\n{HED}\n\n{BODY}", f"{HED}\n{note}\n\n{BODY}"):
        parsed = _parse(run_cli, _write(tmp_path, text))
        assert parsed["headline"] == HED
        assert note in [p["text"] for p in parsed["parts"] if p["kind"] == "field"]


@pytest.mark.parametrize("line", ["EDS UPDATES WITH QUOTES", "EDSON: a city in Alberta", "Eds:"])
def test_other_eds_shapes_are_no_field(line):
    assert field_line(line) == ""


def test_hed_opening_with_notice_words_keeps_its_placeholder_check(run_cli, tmp_path):
    hed = "Hold for release until TK, court tells jail"
    path = _write(tmp_path, f"{hed}\n\n{BODY}")
    assert _parse(run_cli, path)["headline"] == hed
    assert ("hygiene.placeholder", 1, hed.index("TK") + 1) in _findings(run_cli, path)


def test_empty_fields_option_is_refused(run_cli, tmp_path):
    path = _write(tmp_path, f"{HED}\n\n{BODY}")
    config = tmp_path / ".newslint.yaml"
    config.write_text("options:\n  hygiene.placeholder: {fields: []}\n", encoding="utf-8")
    got = run_cli("check", "--config", config, path)
    assert got.exit_code == 2
    assert "fields: must not be empty" in got.stderr
    assert "Traceback" not in got.stderr


def test_existence_rule_with_field_scope_and_no_fields_reads_every_field(run_cli, tmp_path):
    house = tmp_path / "rules" / "house"
    house.mkdir(parents=True)
    (house / "tbd.yaml").write_text("extends: existence\nmessage: \"'%s' left in\"\nlevel: error\n"
                                    "scope: field\ntokens: [TBD]\n", encoding="utf-8")
    path = _write(tmp_path, f"---\ntitle: {HED}\nsection: TBD\n---\n\n{BODY}", name="story.md")
    assert ("house.tbd", 3, 10) in _findings(run_cli, path, "--rules", tmp_path / "rules")
