"""What a Vale error becomes at each place newslint turns one into a
ConfigError: loading the `.vale.ini` (`config.load_vale`, through
`config_values.vale_error`) and loading its styles' rules
(`engine.rules_for`, `engine.active_rules`). Each says the error's text as
Vale's loader wrote it: one line `file[:line:col]: problem`, or several
(every wrong value of the file), each line one error of the ConfigError."""
from __future__ import annotations

import pytest
from rule_file_helpers import write

from lint import engine, vale
from lint.config import ConfigError, load_vale
from lint.config_values import vale_error

NO_EXTENDS = "message: x\ntokens: [a]\n"
LEVELS = "suggestion, warning, error"


@pytest.fixture(autouse=True)
def _fresh_styles():
    vale.forget()
    yield
    vale.forget()


def _config(tmp_path, ini: str, rules: dict[str, str] | None = None):
    for name, body in (rules or {}).items():
        write(tmp_path / "styles" / name, body)
    write(tmp_path / ".vale.ini", ini)
    return load_vale(str(tmp_path / ".vale.ini"))


def _style_error(config, site: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        if site == "rules_for":
            engine.rules_for(config)
        else:
            engine.active_rules(config, "a.md")
    return caught.value


def _ini_error(tmp_path, ini: str) -> ConfigError:
    with pytest.raises(ConfigError) as caught:
        _config(tmp_path, ini)
    return caught.value


@pytest.mark.parametrize("site", ["rules_for", "active_rules"])
def test_a_style_rule_error_of_one_line_is_one_error(tmp_path, site):
    config = _config(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {"S/Bad.yml": NO_EXTENDS})
    exc = _style_error(config, site)
    where = f"{tmp_path}/styles/S/Bad.yml:1:1"
    assert str(exc) == f"{where}: extends: missing; name the rule kind"
    assert (exc.path, exc.problem, exc.errors) == (where, "extends: missing; name the rule kind", ())


def test_a_vale_config_error_of_one_line_is_one_error(tmp_path):
    exc = _ini_error(tmp_path, "MinAlertLevel = loud\n")
    where = f"{tmp_path}/.vale.ini:1:17"
    assert str(exc) == f"{where}: MinAlertLevel: 'loud' is not one of {LEVELS}"
    assert (exc.path, exc.errors) == (where, ())


@pytest.mark.parametrize("site", ["rules_for", "active_rules"])
def test_a_style_error_of_several_lines_says_each(tmp_path, site):
    # two styles not on StylesPath: the styles' load says both, one a line
    config = _config(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Nope, Gone\n", {"S/R.yml": NO_EXTENDS})
    exc = _style_error(config, site)
    said = [f"{tmp_path}/.vale.ini:3:17: BasedOnStyles: style 'Nope' does not exist on StylesPath",
            f"{tmp_path}/.vale.ini:3:23: BasedOnStyles: style 'Gone' does not exist on StylesPath"]
    assert [line.split(" (")[0] for line in str(exc).splitlines()] == said
    assert exc.path == f"{tmp_path}/.vale.ini:3:17"


def test_a_vale_config_error_of_several_lines_is_one_error_a_line(tmp_path):
    exc = _ini_error(tmp_path, "MinAlertLevel = loud\nStylesPath = styles\n[*]\nBasedOnStyles = Nope\n")
    lines = str(exc).splitlines()
    assert lines[0] == f"{tmp_path}/.vale.ini:1:17: MinAlertLevel: 'loud' is not one of {LEVELS}"
    assert lines[1].startswith(f"{tmp_path}/.vale.ini:4:17: BasedOnStyles: style 'Nope' does not exist")
    assert [str(e) for e in exc.errors] == lines


@pytest.mark.parametrize("site", ["rules_for", "active_rules"])
def test_a_rule_file_named_with_a_line_break_is_said_as_written(tmp_path, site):
    # the one way a line of a Vale error has no ": " (a file name holds the break)
    config = _config(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {"S/Bad\nName.yml": NO_EXTENDS})
    exc = _style_error(config, site)
    assert str(exc) == f"{tmp_path}/styles/S/Bad\nName.yml:1:1: extends: missing; name the rule kind"


def test_a_vale_config_in_a_folder_named_with_a_line_break(tmp_path):
    # said as written, as the styles' load says it (it was `…/a: …/a`, then the rest)
    exc = _ini_error(tmp_path / "a\nb", "MinAlertLevel = loud\n")
    assert str(exc) == f"{tmp_path}/a\nb/.vale.ini:1:17: MinAlertLevel: 'loud' is not one of {LEVELS}"
    assert (exc.path, exc.errors) == (f"{tmp_path}/a\nb/.vale.ini:1:17", ())


def test_a_message_with_no_colon_is_said_once_as_written():
    # no loader of a Vale config or style writes one (each line starts `file: `); it read `a.ini: a.ini`
    exc = vale_error(ValueError("a.ini"))
    assert (str(exc), exc.errors) == ("a.ini", ())


def test_a_message_with_a_colon_is_still_split_at_it():
    # the nearest case of rr52a #6: a place and its problem
    exc = vale_error(ValueError("a.ini:2:1: MinAlertLevel: 'loud'"))
    assert (str(exc), exc.path, exc.problem) == ("a.ini:2:1: MinAlertLevel: 'loud'", "a.ini:2:1", "MinAlertLevel: 'loud'")


@pytest.mark.parametrize("site", ["rules_for", "active_rules"])
def test_a_style_error_with_no_colon_is_a_config_error_too(tmp_path, monkeypatch, site):
    # was a TypeError at the engine's sites (`ConfigError(*text.split(": ", 1))`)
    config = _config(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {"S/R.yml": NO_EXTENDS})

    def refuse(*_):
        raise vale.ValeConfigError("a.ini")
    monkeypatch.setattr(vale, "all_rules", refuse)
    monkeypatch.setattr(vale, "file_rules", refuse)
    assert str(_style_error(config, site)) == "a.ini"
