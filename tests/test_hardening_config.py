"""Issue 13, hostile rule and config files and misspelled ids: each ends with
one clear line naming the file and the key, exit 2, no traceback, no hang,
and a typo never switches linting off."""
from __future__ import annotations

import time

import pytest

from lint.config import Config, ConfigError, load_file
from lint.engine import lint_bytes
from lint.safeload import LoadError, load_yaml

ARTICLE = "Council votes\n\nThe the council met on Monday.\n"


def bomb(key: str, levels: int = 9) -> str:
    """`key:` holding nested YAML anchors: a few hundred bytes that stand for
    9**levels strings (the "billion laughs")."""
    lines = [f"{key}:", '  - &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for i in range(1, levels + 1):
        lines.append(f"  - &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]")
    return "\n".join(lines) + "\n"


def rule_file(tmp_path, body: str, name: str = "broken"):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    path.write_text(body, encoding="utf-8")
    return tmp_path / "rules"


def one_line_error(result, *fragments):
    assert result.exit_code == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    for fragment in fragments:
        assert fragment in lines[0], lines[0]
    return lines[0]


# --- 7. hostile rule files --------------------------------------------------------------------

def _bomb_rule(key: str) -> str:
    return "extends: existence\nmessage: x\ntokens: [a]\n" + bomb(key)


@pytest.mark.parametrize("body, fragments", [
    (_bomb_rule("level"), ["broken.yaml", "values", "refused"]),
    (_bomb_rule("description"), ["broken.yaml", "values", "refused"]),
    ("extends: [existence]\nmessage: x\ntokens: [a]\n", ["broken.yaml", ": extends: "]),
    ("extends: existence\nmessage: x\ntokens: [a]\nscope: [[body]]\n", ["broken.yaml", ": scope: "]),
    ("extends: existence\nmessage: x\ntokens: [a]\ndescription: 2024-13-45\n",
     ["broken.yaml:4", ": description: ", "not a valid date"]),
    ("extends: existence\nmessage: x\ntokens: [a]\nlink: 2024-01-02\n", ["broken.yaml", ": link: "]),
    ("extends: existence\nmessage: x\ntokens: [a]\nlevel: {a: b}\n", ["broken.yaml", ": level: "]),
    ("extends: existence\nmessage: x\ntokens: &t [a, *t]\n", ["broken.yaml", "alias"]),
    ("extends: existence\nmessage: x\ntokens: " + "[" * 900 + "]" * 900 + "\n", ["broken.yaml", "deep"]),
    ("extends: existence\nmessage: x\ntokens: [a]\nexamples: [{fail: [1]}]\n", ["broken.yaml", "examples[0]"]),
    ("extends: existence\nmessage: x\ntokens: [a]\n" + "# padding\n" * 120_000, ["broken.yaml", "MB"]),
])
def test_hostile_rule_files_end_with_one_line(run_cli, tmp_path, body, fragments):
    rules = rule_file(tmp_path, body)
    (tmp_path / "a.txt").write_text(ARTICLE)
    start = time.process_time()
    result = run_cli("check", "--rules", rules, tmp_path / "a.txt")
    assert time.process_time() - start < 20
    one_line_error(result, *fragments)


def test_the_alias_bomb_is_refused_by_the_loader_in_milliseconds():
    start = time.process_time()
    with pytest.raises(LoadError, match="more than 100,000 values") as info:
        load_yaml(bomb("level", 12))
    assert time.process_time() - start < 1
    assert info.value.line is not None


def test_a_quote_never_closed_is_reported_at_its_opening_line_and_column():
    with pytest.raises(LoadError, match="quoted value that opens here is never closed") as info:
        load_yaml("level: warning\nmessage: \"Unclosed\ndescription: x\n")
    assert (info.value.line, info.value.column) == (2, 10)


def test_safe_loading_builds_no_python_objects():
    with pytest.raises(LoadError, match="invalid YAML"):
        load_yaml("x: !!python/object/apply:os.system ['echo pwned']\n")


# --- 7. hostile configs ---------------------------------------------------------------------

@pytest.mark.parametrize("name, text, fragments", [
    (".newslint.yaml", "published: 2024-13-45\n", [":1", "published", "not a valid date"]),
    (".newslint.yaml", "max-file-size: .inf\n", ["max-file-size", "positive number"]),
    (".newslint.yaml", "max-file-size: .nan\n", ["max-file-size", "positive number"]),
    (".newslint.yaml", "max-file-size: 1e300\n", ["max-file-size"]),
    (".newslint.yaml", "exclude: ['!']\n", ["exclude", "'!'"]),
    (".newslint.yaml", "select: " + "[" * 1000 + "]" * 1000 + "\n", ["newslint.yaml"]),
    (".newslint.yaml", "levels: {[a]: error}\n", ["newslint.yaml"]),
    (".newslint.yaml", "slect: [hygiene]\n", ["slect", "did you mean select?"]),
    ("pyproject.toml", "tool = 1\n", ["pyproject.toml", "tool", "table"]),
    ("pyproject.toml", "[tool]\nnewslint = 3\n", ["pyproject.toml", "tool.newslint", "table"]),
    ("pyproject.toml", "[tool.newslint]\nselect = " + "[" * 600 + "]" * 600 + "\n", ["pyproject.toml", "TOML"]),
])
def test_hostile_configs_end_with_one_line(run_cli, tmp_path, name, text, fragments):
    (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE)
    one_line_error(run_cli("check", "--config", tmp_path / name, tmp_path / "a.txt"), *fragments)


def test_a_config_with_a_million_select_entries_is_refused_quickly(tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("select:\n" + "- hygiene\n" * 1_000_000)
    start = time.process_time()
    with pytest.raises(ConfigError, match="MB"):
        load_file(str(path))
    assert time.process_time() - start < 5


# --- 9. misspelled ids are errors with a suggestion --------------------------------------------

@pytest.mark.parametrize("args, fragment", [
    (["--select", "hygeine"], "--select: no rule or pack 'hygeine' (did you mean hygiene?)"),
    (["--ignore", "hygiene.doubled-wrod"], "did you mean hygiene.doubled-word?"),
    (["--select", "hygiene,datse"], "did you mean dates?"),
])
def test_misspelled_ids_on_the_command_line(run_cli, tmp_path, args, fragment):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", *args, tmp_path / "a.txt")
    one_line_error(result, fragment)
    assert "No problems found" not in result.stdout


@pytest.mark.parametrize("text, key, near", [
    ("select: [hygeine]\n", "select", "hygiene"),
    ("ignore: [quotes.unbalance]\n", "ignore", "quotes.unbalanced"),
    ("levels: {hygiene.doubled-wrd: error}\n", "levels", "hygiene.doubled-word"),
    ("options: {quotes.unatributed: {min_words: 3}}\n", "options", "quotes.unattributed"),
])
def test_misspelled_ids_in_the_config_blame_the_config(run_cli, tmp_path, text, key, near):
    (tmp_path / ".newslint.yaml").write_text(text)
    (tmp_path / "a.txt").write_text(ARTICLE)
    one_line_error(run_cli("check", tmp_path / "a.txt"), ".newslint.yaml", f": {key}: ",
                   f"did you mean {near}?")


def test_a_misspelled_option_blames_the_config_not_the_rule_file(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("options:\n  quotes.unattributed:\n    min_wrods: 3\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    line = one_line_error(run_cli("check", tmp_path / "a.txt"), ".newslint.yaml",
                          "options: quotes.unattributed: min_wrods", "did you mean min_words?")
    assert "rules/quotes" not in line


def test_a_bad_option_value_blames_the_config(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("options:\n  quotes.unattributed:\n    min_words: lots\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    one_line_error(run_cli("check", tmp_path / "a.txt"), ".newslint.yaml",
                   "options: quotes.unattributed: min_words")


def test_pack_prefixes_file_ids_and_all_are_known(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "--select", "hygiene,file.encoding,ALL", "--ignore", "file",
                     "--fail-level", "warning", tmp_path / "a.txt")
    assert result.exit_code == 1 and "hygiene.doubled-word" in result.stdout


def test_a_misspelled_inline_directive_is_reported_and_the_rest_linted(tmp_path):
    data = b"# Vote\n\n<!-- newslint-disable-next-line hygeine.doubled-word -->\nThe the end.\n"
    result = lint_bytes(str(tmp_path / "a.md"), data, Config())
    assert result.problems == []
    assert [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.directive"] == [
        (3, 33, "newslint-disable-next-line: no rule or pack 'hygeine.doubled-word' (did you mean "
         "hygiene.doubled-word? a reason goes after ' -- ', a space on each side); as written it hides nothing")]
    assert "hygiene.doubled-word" in {d.rule for d in result.diagnostics}


def test_a_misspelled_directive_action_is_reported_and_hides_nothing(tmp_path):
    # 'disable-lines' was read as 'disable' with the id '-lines': a block to the end of the file
    data = b"# Vote\n\nThe the end. <!-- newslint-disable-lines hygiene.doubled-word -->\n\nThe the end.\n"
    result = lint_bytes(str(tmp_path / "a.md"), data, Config())
    assert result.problems == []
    assert [(d.line, d.column, d.message) for d in result.diagnostics if d.rule == "file.directive"] == [
        (3, 19, "newslint-disable-lines: no such directive (did you mean newslint-disable-line?); "
         "as written it hides nothing")]
    assert [d.line for d in result.diagnostics if d.rule == "hygiene.doubled-word"] == [3, 5]


def test_verbose_lists_the_selected_rules(run_cli, tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "--verbose", "--select", "quotes", "--ignore", "quotes.mixed-marks",
                     tmp_path / "a.txt")
    line = next(x for x in result.stderr.splitlines() if "rules selected" in x)
    assert "quotes.unbalanced" in line and "quotes.mixed-marks" not in line
    assert "hygiene" not in line


def test_a_user_rule_id_is_known_to_select(run_cli, tmp_path):
    rules = rule_file(tmp_path, "extends: existence\nmessage: no %s\ntokens: [council]\n", "ban")
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = run_cli("check", "--rules", rules, "--select", "house.ban", "--fail-level", "warning",
                     tmp_path / "a.txt")
    assert result.exit_code == 1 and "[house.ban]" in result.stdout



# --- Vale styles and configs are rule and config files too -------------------------------------

@pytest.mark.parametrize("rule, fragments", [
    ("extends: existence\nmessage: x\ntokens: [a]\n" + bomb("level"), ["Bad.yml", "values", "refused"]),
    ("extends: existence\nmessage: x\ntokens: &t [a, *t]\n", ["Bad.yml", "alias"]),
    ("extends: existence\nmessage: x\ndescription: 2024-13-45\ntokens: [a]\n",
     ["Bad.yml:3", "description", "not a valid date"]),
])
def test_hostile_vale_style_rules_end_with_one_line(run_cli, tmp_path, rule, fragments):
    from vale_helpers import vale_project

    root = vale_project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {"S/Bad": rule},
                        {"a.md": "A very good day.\n"})
    one_line_error(run_cli("check", "--format", "vale", ".", cwd=root), *fragments)


def test_a_huge_vale_config_is_refused(run_cli, tmp_path):
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n" + "; padding\n" * 120_000)
    (tmp_path / "a.md").write_text("A day.\n")
    one_line_error(run_cli("check", "a.md", cwd=tmp_path), ".vale.ini", "MB")


@pytest.mark.parametrize("text, where", [
    ("select: [style]\nselect: [dates]\n", (2, 1)),
    ("options:\n  style.x:\n    limit: 1\n    limit: 2\n", (4, 5)),
    ("{a: 1, a: 2}\n", (1, 8)),
    ("a: 1\n'a': 2\n", (2, 1)),
    ("swap: {01: one, 1: uno}\n", (1, 17)),      # both read as the number 1
    ("levels: {~: error, ? : warning}\n", (1, 22)),   # both null (the empty key starts after "? ")
    ("swap: {1: one, true: yes}\n", (1, 16)),    # one key in the mapping PyYAML builds
])
def test_a_key_given_twice_is_refused_where_it_is_repeated(text, where):
    with pytest.raises(LoadError, match=r"given twice \(first on line \d\)") as info:
        load_yaml(text)
    assert (info.value.line, info.value.column) == where


@pytest.mark.parametrize("text", [
    "base: &b {limit: 1}\nrule:\n  <<: *b\n  level: error\n",   # merge keys merge
    "a: {x: 1}\nb: {x: 2}\n",                                  # the same key in two mappings
    "- {x: 1}\n- {x: 2}\n",
])
def test_keys_that_are_not_repeats_load(text):
    assert load_yaml(text)
