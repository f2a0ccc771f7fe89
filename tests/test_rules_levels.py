"""`newslint rules` and docs/rules.md show the levels a rule's kind gives
some findings besides the rule's own (nu27 #6: dates.after-publication was
listed as `error`, its undated cases came out as warnings and CI passed)."""
from __future__ import annotations

import re

AFTER = "error (warning without a year; suggestion for a period's end without a year)"


def test_the_listing_shows_every_level_and_says_when(run_cli):
    out = run_cli("rules").stdout
    assert re.search(r"^dates\.after-publication\s+error/warning/suggestion\s+after-publication\s", out, re.M)
    assert re.search(r"^hygiene\.doubled-word\s+warning\s+repetition\s", out, re.M)   # one level: as before
    levels = out.split("\n\n")[1].splitlines()
    assert levels[0].startswith("LEVELS ")
    assert re.fullmatch(r"dates\.after-publication\s+" + re.escape(AFTER),
                        next(ln for ln in levels if ln.startswith("dates.after-publication")))
    shown = {ln.split()[0] for ln in levels[1:]}
    assert {"dates.weekday-mismatch", "quotes.unattributed", "titles.fields-disagree"} <= shown
    assert "dates.impossible-date" not in shown


def test_an_option_that_sets_the_level_is_read_from_the_config(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text(
        "options:\n  dates.after-publication:\n    level-without-year: error\n", encoding="utf-8")
    out = run_cli("rules", cwd=tmp_path).stdout
    assert re.search(r"^dates\.after-publication\s+error/suggestion\s", out, re.M)
    assert "dates.after-publication          error (suggestion for a period's end without a year)" in out


def test_the_markdown_table_says_it_in_the_level_cell(run_cli):
    out = run_cli("rules", "--format", "markdown").stdout
    assert f"| `dates.after-publication` | {AFTER} |  |" in out
    assert "| `dates.impossible-date` | error |" in out


def test_rules_takes_no_color_as_explain_and_parse_do(run_cli):
    plain = run_cli("rules")
    res = run_cli("rules", "--no-color")
    assert (res.exit_code, res.stdout) == (0, plain.stdout)
