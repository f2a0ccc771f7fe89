"""Config and rule-file errors name the line and column of the offending value
(`path:line:col: key: problem`), also when the rule file comes from the cache."""
from __future__ import annotations

import os

import pytest

from lint import rule_cache
from lint.config import Config, ConfigError, load_file
from lint.config_find import find_config_file
from lint.engine import lint_bytes
from lint.ruleset import RuleError, load_rule
from lint.session import Session


def write(path, text: str):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def config_error(tmp_path, text: str) -> str:
    path = write(tmp_path / ".newslint.yaml", text)
    with pytest.raises(ConfigError) as caught:
        config = load_file(str(path))
        Session.from_options(str(path)).validated_rules([config])
    return str(caught.value).replace(str(path), "CFG")


@pytest.mark.parametrize("text, expected", [
    ("select:\n  - hygiene\n  - hygeine\n",
     "CFG:3:5: select: no rule or pack 'hygeine' (did you mean hygiene?)"),
    ("ignore: [dates, hygeine]\n", "CFG:1:17: ignore: no rule or pack 'hygeine'"),
    ("levels:\n  hygiene: error\n  hygeine.x: error\n", "CFG:3:3: levels: no rule or pack"),
    ("levels:\n  hygiene: loud\n", "CFG:2:12: levels: hygiene: 'loud' is not one of"),
    ("select: [dates]\nmax-file-size: big\n", "CFG:2:16: max-file-size: must be a positive"),
    ("select: [dates]\n\nselcet: [hygiene]\n", "CFG:3:1: selcet: unknown key (did you mean select?"),
    ("exclude:\n  - drafts/\n  - 3\n", "CFG:3:5: exclude: must be a list of strings: item read as a number (3)"),
    ("published: soon\n", "CFG:1:12: published: 'soon' is not a date"),
    ("markup: gatsby\n", "CFG:1:9: markup: 'gatsby' is not one of"),
    ("jsonl:\n  headline: title\n  hed: title\n", "CFG:3:3: jsonl: 'hed' is not one of"),
    # nu49 #10: a field's key name that YAML read as no string is placed at itself
    ("jsonl: {headline: 5}\n", "CFG:1:19: jsonl.headline: 5 is not a key name; give the dump's key as a string"),
    ("jsonl:\n  body: text\n  headline: yes\n", "CFG:3:13: jsonl.headline: yes is not a key name"),
    ("jsonl: [headline]\n", "CFG:1:8: jsonl: must map JSON Lines fields to key names"),
    ("image-fields:\n  hero.photog: painter\n", "CFG:2:16: image-fields: hero.photog: 'painter'"),
    ("- select\n", "CFG:1:1: config must be a mapping"),
    ("levels: []\n", "CFG:1:9: levels: must map rule ids to levels"),
    ("options: []\n", "CFG:1:10: options: must map rule ids to mappings of options"),
    # options are a rule's own (its kind's): a pack or ALL there set nothing, silently
    ("options:\n  hygiene:\n    bogus: 1\n",
     "CFG:2:3: options: 'hygiene' is not one rule: options are set per rule (hygiene."),
    ("options:\n  ALL: {min_words: 5}\n", "CFG:2:3: options: 'ALL' is not one rule"),
    ("options:\n  hygiene.boilerplat: {ignorecase: false}\n",
     "CFG:2:3: options: no rule 'hygiene.boilerplat' (did you mean hygiene.boilerplate?)"),
    ("published: []\n", "CFG:1:12: published: [] is not a date (use YYYY-MM-DD)"),
    ("published: false\n", "CFG:1:12: published: False is not a date (use YYYY-MM-DD)"),
])
def test_a_config_error_names_the_line_and_column(tmp_path, text, expected):
    assert str(config_error(tmp_path, text)).startswith(expected)


def test_a_pyproject_error_names_the_file_and_the_key_line(tmp_path):
    # tomllib keeps no positions: `toml_load.table_marks` reads the `key =` line
    path = write(tmp_path / "pyproject.toml", '[tool.newslint]\nmarkup = "gatsby"\n')
    with pytest.raises(ConfigError, match=r"pyproject\.toml:2:1: markup: 'gatsby' is not one of"):
        load_file(str(path))


@pytest.mark.parametrize("head", ["[tool.newslint]\n", '[project]\nname = "desk"\n\n[tool.newslint]\n'])
def test_a_pyproject_saved_with_a_bom_is_read(tmp_path, head):
    """tomllib refuses a UTF-8 BOM: the file was passed over as no config, or
    said 'Invalid statement' at 1:1 (qa123 #5). It is read as without one."""
    (tmp_path / "pyproject.toml").write_bytes(b"\xef\xbb\xbf" + head.encode() + b'ignore = ["dates"]\n')
    assert find_config_file(str(tmp_path)) == str(tmp_path / "pyproject.toml")
    assert load_file(str(tmp_path / "pyproject.toml")).ignore == ("dates",)
    (tmp_path / "pyproject.toml").write_bytes(b"\xef\xbb\xbf[tool.newslint]\nmarkup = 'gatsby'\n")
    with pytest.raises(ConfigError, match=r"pyproject\.toml:2:1: markup: 'gatsby' is not one of"):
        load_file(str(tmp_path / "pyproject.toml"))


def test_a_command_line_id_has_no_line(tmp_path):
    with pytest.raises(ConfigError, match=r"^--select: no rule or pack 'hygeine'"):
        Session(cli={"select": ["hygeine"]}).validated_rules([Config()])


RULE_HEAD = 'extends: existence\nmessage: "Avoid %s."\n'


@pytest.mark.parametrize("body, expected", [
    ("tokens:\n  - very\n  - '(unclosed'\n", ":5:5: tokens: regex '(unclosed' does not compile"),
    ("tokens: [very, 3]\n", ":3:16: tokens: every item must be a string"),
    ("tokens: [very]\nlevel: loud\n", ":4:8: level: 'loud' is not one of"),
    ("tokens: [very]\nignorecase: 3\n", ":4:13: ignorecase: must be true or false, got int"),
    ("tokens: [very]\nscope: [body, dek, footer]\n", ":4:20: scope: unknown part 'footer'"),
    ("tokens: [very]\n\nswap: 1\n", ":5:1: swap: unknown key for kind 'existence'"),
    ("tokens: [very]\nexamples:\n  - pass: ok\n  - fail: very\n    fix: 3\n",
     ":7:10: examples[1]: fix: must be text"),
    ("tokens: [very]\nexamples:\n  - pass: ok\n    at: 3\n", ":6:5: examples[0]: at goes with a fail"),
])
def test_a_rule_file_error_names_the_line_and_column(tmp_path, body, expected):
    rule = write(tmp_path / "rules" / "house" / "x.yaml", RULE_HEAD + body)
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    message = str(caught.value)
    assert f"house/x.yaml{expected}" in message, message


def test_a_bad_regex_key_of_a_swap_names_the_key(tmp_path):
    rule = write(tmp_path / "rules" / "house" / "x.yaml",
                 'extends: substitution\nmessage: "Use %s."\nswap:\n  ok: fine\n  "(bad": good\n')
    with pytest.raises(RuleError, match=r"x\.yaml:5:3: swap: regex .* does not compile"):
        load_rule("house.x", rule)


@pytest.mark.parametrize("body, expected", [
    ('extends: existence\ntokens: [very, ""]\n', ":2:16: tokens: regex '' matches empty text"),
    ('extends: substitution\nswap:\n  ok: fine\n  "x?": y\n', ":4:3: swap: regex 'x?' matches"),
    ('extends: consistency\neither:\n  colour: "u*"\n', ":3:11: either: regex 'u*' matches"),
])
def test_a_pattern_that_matches_empty_text_is_refused(tmp_path, body, expected):
    # found between two characters, its fix (`--fix`) would insert `y` there:
    # `ok.y` from `ok.`
    rule = write(tmp_path / "rules" / "house" / "x.yaml", body + 'message: "Use %s."\n')
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    assert f"x.yaml{expected}" in str(caught.value), str(caught.value)


def test_a_headline_form_that_names_no_pair_is_refused_at_its_entry(tmp_path):
    # `headline-second` names pairs by their first form: `UK` is the second
    rule = write(tmp_path / "rules" / "house" / "x.yaml", 'extends: consistency\nmessage: "Use %s."\n'
                 'either:\n  "U\\\\.K\\\\.": UK\nheadline-second: ["U\\\\.K\\\\.", UK]\n')
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    assert str(caught.value).endswith("x.yaml:5:31: headline-second: 'UK' is no first form of `either`"), \
        str(caught.value)


def test_a_tab_indent_is_named_in_a_rule_file_and_in_front_matter(tmp_path):
    # libyaml says only "found character that cannot start any token"
    rule = write(tmp_path / "rules" / "house" / "x.yaml", RULE_HEAD + "tokens:\n\t- very\n")
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    assert str(caught.value).endswith("x.yaml:4:1: invalid YAML: a tab, which YAML never reads "
                                      "as indentation: indent with spaces")
    src = "---\ntitle: Vote\ntags:\n\t- a\n---\n\nThe vote.\n"
    (d,) = lint_bytes("a.md", src.encode(), Config(select=("file",))).diagnostics
    assert (d.line, d.column, d.message) == (4, 1, "invalid YAML front matter: a tab, which YAML "
                                                   "never reads as indentation: indent with spaces")


def test_an_option_override_error_names_its_line_in_the_config(tmp_path, run_cli):
    write(tmp_path / "rules" / "house" / "x.yaml", RULE_HEAD + "tokens: [very]\n")
    write(tmp_path / "a.txt", "Head\n\nA very fine day.\n")
    for options, expected in (("    ignorecase: 3\n", ":4:17: options: house.x: ignorecase: must be"),
                              ("    bogus: 3\n", ":4:5: options: house.x: bogus: not an option"),
                              ("    tokens: [b, '(x']\n", ":4:17: options: house.x: tokens: regex")):
        write(tmp_path / ".newslint.yaml", "rules: [rules]\noptions:\n  house.x:\n" + options)
        result = run_cli("check", tmp_path / "a.txt")
        assert result.exit_code == 2
        assert f".newslint.yaml{expected}" in result.output, result.output
        assert len(result.output.strip().splitlines()) == 1


def test_an_error_in_a_cached_rule_file_still_names_its_line(fresh_rule_cache, tmp_path, monkeypatch):
    from lint import ruleset
    rule = write(tmp_path / "rules" / "house" / "x.yaml", RULE_HEAD + "tokens: [very]\nlevel: loud\n")
    old = os.stat(rule).st_mtime_ns - 10 * 10**9           # old enough to be cached
    os.utime(rule, ns=(old, old))
    for _ in range(2):
        with pytest.raises(RuleError, match=r"x\.yaml:4:8: level: 'loud'"):
            load_rule("house.x", rule)
        rule_cache.reset()                                 # saved; read again as a new run would
        parsed = []
        real = ruleset._parse_rule
        monkeypatch.setattr(ruleset, "_parse_rule", lambda path: parsed.append(path) or real(path))
    assert parsed == []                                    # the second run's content was cached


def test_an_error_in_a_vale_style_rule_names_its_line(tmp_path, run_cli):
    write(tmp_path / ".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    write(tmp_path / "styles" / "S" / "Bad.yml", "extends: existence\nmessage: x\nlevel: loud\n"
                                                 "tokens: [a]\n")
    write(tmp_path / "a.md", "A b.\n")
    result = run_cli("check", tmp_path / "a.md")
    assert result.exit_code == 2
    assert "Bad.yml:3:8: level: 'loud' is not one of" in result.stderr, result.stderr


@pytest.mark.parametrize("body, expected", [
    ("tokens: [very\n", ":3:9: invalid YAML: the [ that opens here is never closed"),
    ("tokens: [very]\nexamples:\n  - fail: very\n    published: 2024-13-45\n",
     ":6:16: examples[0].published: '2024-13-45' is not a valid date"),
])
def test_a_yaml_error_in_a_rule_file_names_line_and_column(tmp_path, body, expected):
    rule = write(tmp_path / "rules" / "house" / "x.yaml", RULE_HEAD + body)
    with pytest.raises(RuleError) as caught:
        load_rule("house.x", rule)
    assert f"house/x.yaml{expected}" in str(caught.value), str(caught.value)


@pytest.mark.parametrize("ini, expected", [
    ("StylesPath = styles\nMinAlertLevel =  loud\n", ".vale.ini:2:18: MinAlertLevel: 'loud'"),
    ("StylesPath = styles\n[*]\nBasedOnStyles = S\nS.Bad = MAYBE\n", ".vale.ini:4:9: S.Bad: 'MAYBE'"),
    ("StylesPath = styles\n[*.md]\nTokenIgnores = ok\nTokenIgnores = x, (bad\n",
     ".vale.ini:4:16: [*.md] TokenIgnores: '(bad' does not compile"),
    ("StylesPath = styles\n\n[*.{md]\n", ".vale.ini:3: [*.{md]: unclosed '{'"),
])
def test_a_vale_ini_error_names_its_line(tmp_path, run_cli, ini, expected):
    write(tmp_path / ".vale.ini", ini)
    write(tmp_path / "styles" / "S" / "Bad.yml", "extends: existence\nmessage: x\ntokens: [a]\n")
    write(tmp_path / "a.md", "A b.\n")
    result = run_cli("check", tmp_path / "a.md")
    assert result.exit_code == 2 and expected in result.stderr, result.stderr


def test_a_vale_package_value_is_placed_in_the_package_config(tmp_path, run_cli):
    write(tmp_path / ".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    write(tmp_path / "styles" / ".vale-config" / "pkg.ini", "# a package\nMinAlertLevel = loud\n")
    write(tmp_path / "a.md", "A b.\n")
    result = run_cli("check", tmp_path / "a.md")
    assert result.exit_code == 2
    assert "pkg.ini:2:17: MinAlertLevel: 'loud'" in result.stderr, result.stderr


def test_a_missing_rules_folder_is_placed_in_the_config(tmp_path):
    (tmp_path / "house-rules").mkdir()
    message = config_error(tmp_path, "rules:\n  - house-rules\n  - house-rulez\n")
    assert message.startswith("CFG:3:5: rules: folder 'house-rulez' does not exist"), message


@pytest.mark.parametrize("end", ["\r", "\u2028"])
def test_a_yaml_error_in_a_file_with_other_line_breaks_names_its_line(tmp_path, end):
    # YAML also ends a line at a lone CR (an old Mac editor) and at NEL, LS and
    # PS; the tab check split the text at LF only, so the error's line was
    # past the list's end: 'internal error: IndexError', exit 2, and no line.
    message = config_error(tmp_path, f"select: [hygiene]{end}ignore: @x{end}")
    assert message.startswith("CFG:2:9: invalid YAML: found character that cannot start any token")
    message = config_error(tmp_path, f"ignore: []{end}select:{end}\t- hygiene{end}")
    assert message.startswith("CFG:3:1: invalid YAML: a tab, which YAML never reads as indentation")
    # a character YAML refuses (a reader error) is placed on its own line too
    message = config_error(tmp_path, f"select: [hygiene]{end}ignore: [x]{end}# \x07{end}")
    assert message.startswith("CFG:3:")


def test_a_rule_files_path_in_messages_follows_the_working_folder(tmp_path, monkeypatch):
    # `_display` is kept per (path, working folder): one process (the Python
    # API, the language server) that changes folder between loads must still
    # show each message's path relative to the folder it is in then.
    rule = write(tmp_path / "desk a" / "~" / "rules" / "house" / "x.yaml",
                 RULE_HEAD + "tokens: [very]\nlevel: loud\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for _ in range(2):
        for cwd, shown in ((tmp_path / "desk a", os.path.join("~", "rules", "house", "x.yaml")),
                           (rule.parent.parent, os.path.join("house", "x.yaml")),
                           (elsewhere, str(rule))):
            monkeypatch.chdir(cwd)
            with pytest.raises(RuleError) as caught:
                load_rule("house.x", rule)
            assert str(caught.value).startswith(shown + ":4:8: level: 'loud'"), (cwd, str(caught.value))


@pytest.mark.parametrize("body, column", [
    ("title: Vote\n\tdate: 2026-12-01\n", 1), ("tags:\n\t- a\n", 1),
    ("title: |\n\tThe vote\n", 1),               # qa48 #10: a block scalar's tab, libyaml's third wording
    ("title: Vote\n \tdate: 2026-12-01\n", 2),     # qa48 #10: a space then a tab ("mapping values ...")
])
def test_a_tab_is_said_in_one_line_in_front_matter_and_in_a_config(tmp_path, body, column):
    # qa44 #9: libyaml's "found a tab character that violates indentation" in
    # front matter, the project's own line in a config, for the same mistake
    tab = "a tab, which YAML never reads as indentation: indent with spaces"
    (d,) = lint_bytes("a.md", f"---\n{body}---\n\nThe vote.\n".encode(), Config(select=("file",))).diagnostics
    assert (d.line, d.column, d.message) == (3, column, f"invalid YAML front matter: {tab}")
    assert config_error(tmp_path, body.replace("title", "markup")) == f"CFG:2:{column}: invalid YAML: {tab}"
