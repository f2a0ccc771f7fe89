"""fx491 (nu68 #14): the four clash messages end with a step, each kind's
other message (the yearless one, the headline slip) keeps its own, and the
span of each finding is where it was."""
import json

import pytest

STORY = """Council approves $5 million budget for Ellis

Published March 4, 2025

PORT ELLIS, Ill., March 7 (LNS) — The council approved the budget on Tuesday, March 3, 2025,
and will vote again on Friday, Feb. 28, 2025. It will meet again on Feb. 20.
"""


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    from click.testing import CliRunner
    from lint.cli import main
    path = tmp_path_factory.mktemp("c") / "c.txt"
    path.write_text(STORY, encoding="utf-8")
    result = CliRunner().invoke(main, ["check", "--format", "json", "--published", "2025-03-04", str(path)])
    assert result.exit_code == 1, result.output
    return {(f["rule"], f["line"], f["column"]): f["message"] for f in json.loads(result.stdout)}


@pytest.mark.parametrize("rule,where,message", [
    ("dates.weekday-mismatch", (5, "Tuesday, March 3"),
     "'Tuesday, March 3, 2025': March 3, 2025 is a Monday, not a Tuesday; fix the weekday or the date"),
    ("dates.dateline-mismatch", (5, "March 7"), "dateline date 'March 7' differs from the publication date, "
     "March 4, 2025 (from --published or the config); check which is right"),
    ("dates.future-tense-past-date", (6, "Friday, Feb. 28"),
     "'Friday, Feb. 28, 2025' is told in the future tense ('will') but is "
     "dated before the publication date, March 4, 2025; update stale copy, or fix the date"),
    ("titles.headline-unsupported", (1, "$5 million"), "number '$5 million' in the headline is never mentioned in "
     "the body; check the headline, or give it in the body"),
])
def test_each_clash_ends_with_its_step(found, rule, where, message):
    line, snippet = where
    column = STORY.split("\n")[line - 1].index(snippet) + 1
    assert found.get((rule, line, column)) == message, found


def test_guard_the_yearless_future_message_keeps_its_own_step(found):
    yearless = [m for (rule, _, _), m in found.items()
                if rule == "dates.future-tense-past-date" and "Feb. 20" in m]
    assert yearless and yearless[0].endswith("stale copy, or if a later year is meant, write the year"), found


def test_guard_the_headline_slip_keeps_its_own_message(run_cli, tmp_path):
    path = tmp_path / "s.txt"
    path.write_text("Jenkins unveils park plan\n\nMayor Carla Jennings on Monday unveiled a plan to renovate "
                    "three city parks. Work starts in the spring, the mayor said.\n", encoding="utf-8")
    result = run_cli("check", "--format", "json", "--select", "titles.headline-unsupported", path)
    (finding,) = json.loads(result.stdout)
    assert finding["message"] == ("name 'Jenkins' in the headline is never mentioned in the body, "
                                  "which names 'Jennings'; check the spelling")
