"""Every wrong value of a `.vale.ini` is said in one run, one line each in
file order (qa237 #7, fx382), as a YAML config's are; one alone is said as
before, and a line that is no INI still stops at the first."""
from __future__ import annotations

import pytest
from rule_file_helpers import write

RULE = "extends: existence\nmessage: x\ntokens: [a]\n"
HOUSE_PACK = "extends: vale-existence\nmessage: x\ntokens: [Hello]\n"    # rules/house/r.yaml, a --rules pack


def _said(run_cli, tmp_path, ini: str, *args: str) -> tuple[int, list[str]]:
    write(tmp_path / "styles" / "S" / "Bad.yml", RULE)
    write(tmp_path / ".vale.ini", ini)
    write(tmp_path / "a.md", "Hello.\n")
    result = run_cli("check", "--no-cache", "a.md", *args, cwd=tmp_path)
    return result.exit_code, [line.replace(f"{tmp_path}/", "") for line in result.stderr.splitlines()]


def test_every_kind_of_wrong_value_is_said_in_file_order(run_cli, tmp_path):
    # found in another order: the global section's switch before MinAlertLevel,
    # a section's switch before its glob; TokenIgnores' two patterns both
    ini = ("StylesPath = styles\nS.Bad = MAYBE\nMinAlertLevel = loud\n[*.{md]\nS.Bad = NOPE\n"
           "TokenIgnores = (a, (b\n[*]\nBasedOnStyles = S\n")
    code, lines = _said(run_cli, tmp_path, ini)
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == [
        ".vale.ini:2:9", ".vale.ini:3:17", ".vale.ini:4", ".vale.ini:5:9", ".vale.ini:6:16",
        ".vale.ini:6:16"], lines
    assert lines[1].endswith("MinAlertLevel: 'loud' is not one of suggestion, warning, error"), lines
    assert "'(a' does not compile" in lines[4] and "'(b' does not compile" in lines[5], lines


def test_one_wrong_value_alone_is_said_as_before(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\n[*]\nBasedOnStyles = S\n")
    assert (code, lines) == (2, ["newslint: .vale.ini:2:17: MinAlertLevel: 'loud' is not one of "
                                 "suggestion, warning, error"])


def test_a_line_that_is_no_ini_still_stops_at_the_first(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\nnonsense\n[*]\n")
    assert code == 2
    assert len(lines) == 1 and ".vale.ini:3: expected 'key = value'" in lines[0], lines


def test_a_sound_vale_ini_is_silent(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    assert (code, lines) == (0, [])


def test_a_vale_key_naming_a_wrong_vale_ini_says_its_every_value_and_no_id(run_cli, tmp_path):
    # the Vale config's rules are unknown, so `zz` is not judged (the next run says it)
    write(tmp_path / "c.yaml", "vale: .vale.ini\nselect: [zz]\nmarkup: foo\n")
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\n[*]\nS.Bad = MAYBE\n",
                        "--config", "c.yaml")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == ["c.yaml:3:9", ".vale.ini:2:17", ".vale.ini:4:9"], lines


# nu55 #2: a BasedOnStyles naming a style that is not on StylesPath is said only
# once the file's other values are sound, so a user fixing MinAlertLevel needs a
# second run to learn of it (a YAML config says a missing `rules:` folder beside a
# wrong fail-level in one run); and it is said at no line.
def test_nu55_a_missing_style_is_said_beside_a_wrong_value_at_its_line(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\n[*]\nBasedOnStyles = S, Nope\n")
    assert code == 2
    places = [line.split(": ", 2)[1] for line in lines]
    assert places == [".vale.ini:2:17", ".vale.ini:4:20"], lines
    assert "'Nope' does not exist" in lines[1], lines


def test_nu55_control_a_missing_style_alone_is_said(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S, Nope\n")
    assert code == 2 and len(lines) == 1 and "style 'Nope' does not exist on StylesPath" in lines[0], lines


def test_every_missing_style_alone_is_said_at_its_naming_in_file_order(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S, Nope,  Gone\n"
                                           "[*.md]\nBasedOnStyles = Nope\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == [".vale.ini:3:20", ".vale.ini:3:27"], lines


def test_a_wrong_value_beside_styles_that_all_exist_says_no_style(run_cli, tmp_path):
    # S is on StylesPath, hygiene is newslint's own pack: neither is said
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\n[*]\n"
                                           "BasedOnStyles = S, hygiene\n")
    assert code == 2 and len(lines) == 1 and "MinAlertLevel" in lines[0], lines


def test_a_vale_key_wrong_value_beside_a_house_pack_says_no_style(run_cli, tmp_path):
    # `house` is a pack of the YAML config's rules folder, so BasedOnStyles may name it
    write(tmp_path / "rules" / "house" / "r.yaml", "x: 1\n")
    write(tmp_path / "c.yaml", "rules: [rules]\nvale: .vale.ini\n")
    code, lines = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = loud\n[*]\n"
                                           "BasedOnStyles = S, house, Nope\n", "--config", "c.yaml")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == [".vale.ini:2:17", ".vale.ini:4:27"], lines


def test_qa274_a_rules_pack_beside_a_wrong_value_is_not_called_missing(run_cli, tmp_path):
    # main stopped at MinAlertLevel; before qa274 #1's mend the --rules pack `house` was also called no style
    write(tmp_path / "rules" / "house" / "r.yaml", HOUSE_PACK)
    code, said = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = bad\n[*]\nBasedOnStyles = S, house\n",
                       "--rules", "rules")
    assert code == 2
    assert said == ["newslint: .vale.ini:2:17: MinAlertLevel: 'bad' is not one of suggestion, warning, error"]


@pytest.mark.parametrize("how", [(), ("--vale-config", ".vale.ini"), ("--config", "c.yaml")])
def test_qa274_a_rules_pack_is_no_missing_style_however_the_vale_config_is_found(run_cli, tmp_path, how):
    # found beside the story, named by --vale-config, or by a YAML config's `vale:`: `house` is --rules'
    write(tmp_path / "rules" / "house" / "r.yaml", HOUSE_PACK)
    write(tmp_path / "c.yaml", "vale: .vale.ini\n")
    code, said = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = bad\n[*]\n"
                                          "BasedOnStyles = S, house, Nope\n", "--rules", "rules", *how)
    assert code == 2
    assert [line.split(": ", 2)[1] for line in said] == [".vale.ini:2:17", ".vale.ini:4:27"], said
    assert "style 'Nope' does not exist" in said[1], said


def test_qa274_a_pack_not_given_by_rules_is_still_called_missing_beside_a_wrong_value(run_cli, tmp_path):
    # the nearest case: the same folder, but no --rules: `house` is no style this run can see
    write(tmp_path / "rules" / "house" / "r.yaml", HOUSE_PACK)
    code, said = _said(run_cli, tmp_path, "StylesPath = styles\nMinAlertLevel = bad\n[*]\nBasedOnStyles = S, house\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in said] == [".vale.ini:2:17", ".vale.ini:4:20"], said
    assert "style 'house' does not exist on StylesPath" in said[1], said


def _listed(run_cli, tmp_path, *args: str):
    """`newslint ARGS` run in `tmp_path` beside rules/house/r.yaml, styles/S/Bad.yml and a
    .vale.ini whose MinAlertLevel is wrong and whose BasedOnStyles names S and house."""
    write(tmp_path / "rules" / "house" / "r.yaml", HOUSE_PACK)
    write(tmp_path / "styles" / "S" / "Bad.yml", RULE)
    write(tmp_path / ".vale.ini", "StylesPath = styles\nMinAlertLevel = bad\n[*]\nBasedOnStyles = S, house\n")
    return run_cli(*args, cwd=tmp_path)


@pytest.mark.parametrize("how", [(), ("--config", ".vale.ini")])
def test_qa276_rules_listing_says_a_rules_pack_is_no_missing_style(run_cli, tmp_path, how):
    # `check --rules rules` says only MinAlertLevel (qa274 #1); `rules --rules rules` reads the same
    # config with the same packs merged, so it must not say `house` is missing either
    result = _listed(run_cli, tmp_path, "rules", "--rules", "rules", *how)
    said = [line.replace(f"{tmp_path}/", "") for line in result.stderr.splitlines()]
    assert result.exit_code == 2, result.output
    assert said == ["newslint: .vale.ini:2:17: MinAlertLevel: 'bad' is not one of suggestion, warning, error"], said


@pytest.mark.parametrize("how", [(), ("--config", ".vale.ini")])
def test_qa276_explain_says_a_rules_pack_is_no_missing_style(run_cli, tmp_path, how):
    # explain reads the config as check and rules do: only MinAlertLevel is said
    result = _listed(run_cli, tmp_path, "explain", "house.r", "--rules", "rules", *how)
    said = [line.replace(f"{tmp_path}/", "") for line in result.stderr.splitlines()]
    assert result.exit_code == 2, result.output
    assert said == ["newslint: .vale.ini:2:17: MinAlertLevel: 'bad' is not one of suggestion, warning, error"], said


@pytest.mark.parametrize("command", [("rules",), ("explain", "house.r")])
def test_qa276_without_rules_the_listing_still_calls_the_pack_a_missing_style(run_cli, tmp_path, command):
    # the nearest case: no --rules, so `house` is no style this run sees, as check says
    result = _listed(run_cli, tmp_path, *command)
    said = [line.replace(f"{tmp_path}/", "") for line in result.stderr.splitlines()]
    assert result.exit_code == 2, result.output
    assert [line.split(": ", 2)[1] for line in said] == [".vale.ini:2:17", ".vale.ini:4:20"], said
    assert "style 'house' does not exist on StylesPath" in said[1], said
