"""`newslint rules` and docs/rules.md show the levels a rule's kind gives
some findings besides the rule's own (nu27 #6: dates.after-publication was
listed as `error`, its undated cases came out as warnings and CI passed)."""
from __future__ import annotations

import re

import pytest

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


def _levels_config(tmp_path):
    (tmp_path / ".newslint.yaml").write_text(
        "ignore: [hygiene.doubled-word]\nlevels:\n  style.date-ordinal: suggestion\n"
        "  dates.after-publication: warning\n  hygiene.placeholder: error\n", encoding="utf-8")
    return tmp_path / ".newslint.yaml"


def test_the_listing_shows_the_configs_levels_and_what_it_leaves_out(run_cli, tmp_path):
    """nu28 #6: `rules --config` showed the rule files' levels and listed ignored rules as on."""
    config = _levels_config(tmp_path)
    out = run_cli("rules", "--config", config).stdout
    assert re.search(r"^style\.date-ordinal\s+suggestion\s+date-form\s", out, re.M)
    assert re.search(r"^hygiene\.doubled-word\s+off\s+repetition\s", out, re.M)
    assert re.search(r"^dates\.after-publication\s+warning\s+after-publication\s", out, re.M)
    notes = {ln.split()[0]: ln.split(None, 1)[1] for ln in out.split("\n\n")[1].splitlines()[1:]}
    assert notes["style.date-ordinal"] == f"suggestion: set by levels: in {config} (the rule's own: warning)"
    assert notes["hygiene.doubled-word"] == f"off: select:/ignore: in {config} leave it out " \
                                            "(the rule's own: warning)"
    assert notes["dates.after-publication"] == f"warning: set by levels: in {config} (the rule's own: {AFTER})"
    assert "hygiene.placeholder" not in notes      # error, as its own: nothing to say
    assert "hygiene.placeholder" in out            # and still listed
    # found from the current folder, as check finds it
    assert re.search(r"^hygiene\.doubled-word\s+off\s", run_cli("rules", cwd=tmp_path).stdout, re.M)


def test_explain_says_the_configs_level(run_cli, tmp_path):
    config = _levels_config(tmp_path)
    shown = run_cli("explain", "style.date-ordinal", "--config", config).stdout.splitlines()
    assert shown[:2] == ["style.date-ordinal (suggestion, kind: date-form, fixable)",
                         f"Level:   suggestion: set by levels: in {config} (the rule's own: warning)"]
    assert run_cli("explain", "style.date-ordinal").stdout.startswith(
        "style.date-ordinal (warning, kind: date-form, fixable)\n\n")
    pack = run_cli("explain", "hygiene", "--config", config).stdout
    assert re.search(r"^  hygiene\.doubled-word\s+off\s", pack, re.M)


def test_the_markdown_table_under_a_config(run_cli, tmp_path):
    out = run_cli("rules", "--format", "markdown", "--config", _levels_config(tmp_path)).stdout
    assert "| `hygiene.doubled-word` | off: select:/ignore: in " in out
    assert "| `dates.impossible-date` | error |" in out


@pytest.mark.parametrize("value", ["off", "no", "NO"])
def test_nu56_a_level_yaml_reads_as_a_boolean_is_quoted_as_written_with_the_way_off(run_cli, tmp_path, value):
    # `newslint rules` lists an ignored rule's level as `off`, so an editor writes `off` (Vale: NO) here
    (tmp_path / ".newslint.yaml").write_text(f"levels:\n  hygiene.placeholder: {value}\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Vote\n\nThe plan is TK.\n", encoding="utf-8")
    result = run_cli("check", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2, result.output
    assert f"'{value}'" in result.stderr and "ignore" in result.stderr, result.stderr


@pytest.mark.parametrize("value, said", [
    ('"off"', "'off' is not one of suggestion, warning, error; a level cannot switch a rule off: "
              "list it under `ignore:`"),
    ("Warning", "'Warning' is not one of suggestion, warning, error"),
    ("3", "3 is not one of suggestion, warning, error"),
    # qa284 #4: Vale's and YAML 1.1's `n` (a string in PyYAML), and null said as written
    ("n", "'n' is not one of suggestion, warning, error; a level cannot switch a rule off: list it under `ignore:`"),
    ("N", "'N' is not one of suggestion, warning, error; a level cannot switch a rule off: list it under `ignore:`"),
    ("~", "'~' is not one of suggestion, warning, error; a level cannot switch a rule off: list it under `ignore:`"),
    ("null", "'null' is not one of suggestion, warning, error; a level cannot switch a rule off: "
             "list it under `ignore:`"),
    # the nearest cases: `y` and an empty string are no word meaning off
    ("y", "'y' is not one of suggestion, warning, error"),
    ('""', "'' is not one of suggestion, warning, error"),
])
def test_nu56_a_level_that_is_no_level_is_refused_with_the_way_off_only_for_a_word_meaning_off(
        run_cli, tmp_path, value, said):
    (tmp_path / ".newslint.yaml").write_text(f"levels:\n  hygiene.placeholder: {value}\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Vote\n\nThe plan is TK.\n", encoding="utf-8")
    result = run_cli("check", "s.txt", cwd=tmp_path)
    line = f".newslint.yaml:2:24: levels: hygiene.placeholder: {said}"
    assert result.exit_code == 2 and result.stderr.rstrip().endswith(line), result.stderr


def test_qa284_4_an_empty_level_is_said_as_empty_with_the_way_off(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("levels:\n  hygiene.placeholder:\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Vote\n\nThe plan is TK.\n", encoding="utf-8")
    result = run_cli("check", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and result.stderr.rstrip().endswith(
        "levels: hygiene.placeholder: an empty value is not one of suggestion, warning, error; "
        "a level cannot switch a rule off: list it under `ignore:`"), result.stderr


def test_qa291_3_a_null_level_brought_by_a_merge_key_is_not_said_as_none(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("levels:\n  <<: {hygiene.placeholder: ~}\n", encoding="utf-8")
    (tmp_path / "s.txt").write_text("Vote\n\nThe plan is TK.\n", encoding="utf-8")
    result = run_cli("check", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "a level cannot switch a rule off" in result.stderr, result.stderr
    assert "None" not in result.stderr and "'null' is not one of" in result.stderr, result.stderr
    # the nearest case: a bool brought the same way is said as YAML writes it, not as Python's False
    (tmp_path / ".newslint.yaml").write_text("levels:\n  <<: {hygiene.placeholder: off}\n", encoding="utf-8")
    result = run_cli("check", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "'false' is not one of" in result.stderr, result.stderr
