"""Config discovery, validation and its effect on a run."""
from __future__ import annotations

import datetime as dt
import textwrap

import pytest

from lint.config import Config, ConfigError, config_for, find_config_file, from_mapping, load_file

ARTICLE = "Headline\n\nThe the council met. Leave a Reply\n"


def write(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def rules_in(output: str) -> list[str]:
    return [line.split("[", 1)[1].split("]", 1)[0] for line in output.splitlines() if "] " in line]


def test_config_is_found_by_walking_up(tmp_path):
    cfg = write(tmp_path / ".newslint.yaml", "select: [hygiene]\n")
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    assert find_config_file(str(deep)) == str(cfg)


def test_pyproject_tool_section_is_a_config(tmp_path):
    write(tmp_path / "pyproject.toml", """\
        [project]
        name = "paper"

        [tool.newslint]
        ignore = ["hygiene.boilerplate"]
        levels = { "hygiene.doubled-word" = "error" }
        """)
    config = config_for(str(tmp_path))
    assert config.ignore == ("hygiene.boilerplate",)
    assert config.level_for("hygiene.doubled-word") == "error"


@pytest.mark.parametrize("text", ['tool = { newslint = { ignore = ["hygiene.boilerplate"] } }\n',
                                  'tool = { other = 1, newslint = { ignore = ["hygiene.boilerplate"] } }\n'])
def test_pyproject_tool_as_an_inline_table_is_a_config(tmp_path, text):
    (tmp_path / "pyproject.toml").write_text(text)
    assert config_for(str(tmp_path)).ignore == ("hygiene.boilerplate",)


def test_pyproject_newslint_under_tool_is_a_config(tmp_path):
    # the nearest shape that is read: the key on its own line under [tool]
    (tmp_path / "pyproject.toml").write_text('[tool]\nnewslint = { ignore = ["hygiene.boilerplate"] }\n')
    assert config_for(str(tmp_path)).ignore == ("hygiene.boilerplate",)


def test_levels_and_ignore_apply_to_a_run(run_cli, tmp_path):
    write(tmp_path / ".newslint.yaml", """\
        select: [hygiene]
        ignore: [hygiene.boilerplate]
        levels:
          hygiene.doubled-word: error
        """)
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run_cli("check", "--no-color", article)
    assert rules_in(result.stdout) == ["hygiene.doubled-word"]
    assert "error [hygiene.doubled-word]" in result.stdout
    assert result.exit_code == 1


def test_most_specific_select_or_ignore_wins():
    config = Config(select=("hygiene.boilerplate",), ignore=("hygiene",))
    assert config.is_selected("hygiene.boilerplate")
    assert not config.is_selected("hygiene.doubled-word")
    assert not config.is_selected("dates.weekday-mismatch")
    assert Config().is_selected("anything.at-all")


def test_cli_select_replaces_and_ignore_adds(tmp_path):
    base = from_mapping({"select": ["dates"], "ignore": ["hygiene.placeholder"]}, str(tmp_path / "c.yaml"))
    merged = base.merged(select=["hygiene"], ignore=["hygiene.boilerplate"])
    assert merged.select == ("hygiene",)
    assert merged.ignore == ("hygiene.placeholder", "hygiene.boilerplate")


def test_exclude_uses_gitignore_patterns(run_cli, tmp_path):
    write(tmp_path / ".newslint.yaml", "exclude: ['drafts/', '*.draft.txt']\n")
    write(tmp_path / "drafts" / "a.txt", ARTICLE)
    write(tmp_path / "b.draft.txt", ARTICLE)
    kept = write(tmp_path / "c.txt", ARTICLE)
    result = run_cli("check", "--no-color", tmp_path)
    paths = {line.split(":", 1)[0] for line in result.stdout.splitlines() if "] " in line}
    assert paths == {str(kept)}


def test_extra_rule_folders_are_relative_to_the_config(run_cli, tmp_path):
    write(tmp_path / "house-rules" / "house" / "no-utilize.yaml", """\
        extends: existence
        message: "avoid '%s'"
        tokens: [utilize]
        """)
    write(tmp_path / ".newslint.yaml", "rules: [house-rules]\nselect: [house]\n")
    article = write(tmp_path / "sub" / "story.txt", "Headline\n\nWe utilize it.\n")
    result = run_cli("check", "--no-color", article)
    assert rules_in(result.stdout) == ["house.no-utilize"]


def test_rule_options_can_be_overridden(run_cli, tmp_path):
    write(tmp_path / ".newslint.yaml", """\
        select: [hygiene.doubled-word]
        options:
          hygiene.doubled-word:
            exceptions: [the]
        """)
    article = write(tmp_path / "story.txt", "Headline\n\nThe the vote. It was was close.\n")
    result = run_cli("check", "--no-color", article)
    assert [line for line in result.stdout.splitlines() if "doubled" in line] == [
        f"{article}:3:18: warning [hygiene.doubled-word] doubled word: 'was was'"]


def test_published_is_parsed_as_a_date(tmp_path):
    config = from_mapping({"published": "2024-03-07"}, str(tmp_path / "c.yaml"))
    assert config.published == dt.date(2024, 3, 7)


@pytest.mark.parametrize("text,fragment", [
    ("colour: red\n", ": colour: unknown key"),
    ("levels: {hygiene.doubled-word: loud}\n", ": levels: hygiene.doubled-word: 'loud'"),
    ("published: soon\n", ": published: 'soon' is not a date"),
    ("select: 3\n", ": select: must be a list of strings"),
    ("select: [a\n", ":1:9: invalid YAML: the [ that opens here is never closed"),
    ("- a\n- b\n", "config must be a mapping"),
])
def test_bad_config_is_one_clear_line(run_cli, tmp_path, text, fragment):
    cfg = write(tmp_path / ".newslint.yaml", text)
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run_cli("check", article)
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(cfg) in result.stderr and fragment in result.stderr


def test_explicit_config_file_overrides_discovery(run_cli, tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [hygiene.boilerplate]\n")
    forced = write(tmp_path / "elsewhere.yaml", "select: [hygiene.doubled-word]\n")
    article = write(tmp_path / "story.txt", ARTICLE)
    result = run_cli("check", "--config", forced, article)
    assert rules_in(result.stdout) == ["hygiene.doubled-word"]


def test_load_file_rejects_unreadable(tmp_path):
    with pytest.raises(ConfigError, match="cannot read config"):
        load_file(str(tmp_path / "missing.yaml"))


@pytest.mark.parametrize("levels", [
    {"hygiene.boilerplate": "suggestion"},
    [["hygiene.boilerplate", "suggestion"]],
    (("hygiene.boilerplate", "suggestion"),),
])
def test_levels_given_through_the_python_api_in_any_mapping_shape(levels):
    # The levels mapping is cached per hashable `levels` tuple; a Config built
    # by hand with a dict or a list of pairs once raised TypeError (unhashable).
    from lint import lint_text
    found = lint_text("Leave a Reply\n", "story.txt", config=Config(levels=levels))
    assert [(d.rule, d.level) for d in found] == [("hygiene.boilerplate", "suggestion")]


def test_level_for_follows_each_configs_own_levels():
    # One cached mapping per levels tuple: a config never gets another's level.
    a = Config(levels=(("hygiene.boilerplate", "error"),))
    b = Config(levels=(("hygiene.boilerplate", "warning"),))
    for _ in range(2):
        assert a.level_for("hygiene.boilerplate") == "error"
        assert b.level_for("hygiene.boilerplate") == "warning"
    assert Config().level_for("hygiene.boilerplate") is None
    assert a.level_for("hygiene.doubled-word") is None


def test_levels_for_a_pack_or_all_apply_and_the_most_specific_wins(run_cli, tmp_path):
    # A pack or ALL passes the config's id check as a name in `levels`; it was
    # accepted and then did nothing (`level_for` looked up the rule's id only).
    write(tmp_path / ".newslint.yaml", """\
        select: [hygiene, style]
        levels:
          ALL: error
          hygiene: suggestion
          hygiene.doubled-word: warning
        """)
    article = write(tmp_path / "story.txt",
                    "Headline\n\nThe the council met on May 18th. Leave a Reply\n")
    result = run_cli("check", "--no-color", article)
    found = sorted(line.split(" [")[0].rsplit(" ", 1)[1] + " " + rules_in(line)[0]
                   for line in result.stdout.splitlines() if "] " in line)
    assert found == ["error style.date-ordinal", "suggestion hygiene.boilerplate",
                     "warning hygiene.doubled-word"]
    config = Config(levels=(("ALL", "error"), ("hygiene", "suggestion"),
                            ("hygiene.doubled-word", "warning")))
    assert [config.level_for(r) for r in ("hygiene.doubled-word", "hygiene.boilerplate",
                                          "titles.trailing-period", "file.encoding")] \
        == ["warning", "suggestion", "error", "error"]
    assert Config(levels=(("hygiene", "error"),)).level_for("hygienes.x") is None
