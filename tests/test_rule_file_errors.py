"""Rule-file mistakes a newsroom makes when writing its own rules: each gets
one line naming the file (and the line and column when there is one) and
exit 2, never a rule silently left out or a list of every kind."""
from __future__ import annotations

import os

import pytest

from lint.kinds import registry
from lint.rule_sets import load_rules, rule_stamps
from lint.ruleset import RuleError, load_rule
from rule_file_helpers import rule_error, write

RULE = 'extends: existence\nmessage: "Avoid %s."\ntokens: [very]\n'


def test_a_rule_file_outside_a_pack_folder_is_an_error_naming_it(run_cli, tmp_path):
    write(tmp_path / "myrules" / "house" / "ok.yaml", RULE)
    write(tmp_path / "myrules" / "foo.yaml", RULE)
    write(tmp_path / ".newslint.yaml", "rules: [myrules]\n")
    write(tmp_path / "a.txt", "Head\n\nA very fine day.\n")
    result = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"newslint: {os.path.join('myrules', 'foo.yaml')}: not loaded: a rule file goes in a "
        f"<pack>/ folder, as a rule's id is <pack>.<name> (move it to "
        f"{os.path.join('myrules', '<pack>', 'foo.yaml')})"]


def test_rules_in_pack_folders_load_beside_other_files(tmp_path):
    write(tmp_path / "house" / "ok.yaml", RULE)
    write(tmp_path / "README.md", "# our rules\n")          # not a rule file: no error
    write(tmp_path / ".draft.yaml", RULE)                   # hidden: left alone, as hidden packs
    assert [r.id for r in load_rules((str(tmp_path),))] == ["house.ok"]


@pytest.mark.parametrize("text, expected", [
    ('message: "Avoid %s."\ntokens: [very]\n',
     "X:1:1: extends: missing; name the rule kind ('newslint rules --kinds' lists them)"),
    ('# house rule\n\nmessage: "Avoid %s."\n', "X:3:1: extends: missing"),
    # qa64 #7: a names: table beside the rule file that reads it
    ('names: [TK Carter]\n', "X:1:1: extends: missing; name the rule kind ('newslint rules --kinds' "
                             "lists them); a data table in a pack folder is read as a rule: put it in a "
                             "subfolder, as <pack>/data/"),
    ('message: "Avoid %s."\nkind: existence\ntokens: [very]\n',
     "X:2:1: kind: not a rule key; did you mean extends? (it names the rule kind)"),
    ('message: "Avoid %s."\ntokens: [very]\nextend: existence\n', "X:3:1: extend: not a rule key"),
    ('message: "Avoid %s."\n  \ntype: existence\n', "X:3:1: type: not a rule key; did you mean"),
    ('extends:\nmessage: "Avoid %s."\n', "X:1:9: extends: missing"),
])
def test_a_missing_extends_is_placed_and_a_misnamed_one_is_named(tmp_path, text, expected):
    message = rule_error(tmp_path, text)
    assert message.startswith(expected), message


def test_an_unknown_kind_keeps_its_suggestion_and_points_to_the_kinds_list(tmp_path):
    message = rule_error(tmp_path, 'extends: existance\nmessage: "Avoid %s."\ntokens: [very]\n')
    assert message == ("X:1:10: extends: unknown kind 'existance' (did you mean existence? "
                       "'newslint rules --kinds' lists every kind)")
    assert "substitution" not in message


def test_rules_kinds_lists_every_kind_with_its_options_even_with_a_broken_rule(run_cli, tmp_path):
    write(tmp_path / "rules" / "house" / "x.yaml", "kind: existence\n")
    write(tmp_path / ".newslint.yaml", "rules: [rules]\n")
    result = run_cli("rules", "--kinds", cwd=tmp_path)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["KIND", "FIX", "DESCRIPTION", "(OPTIONS)"]
    assert sorted(line.split()[0] for line in lines[1:]) == sorted(registry())
    swap = next(line for line in lines if line.startswith("substitution "))
    assert " yes " in swap and swap.endswith("(options: swap, ignorecase, nonword, fix, sup-footnotes, prefilter)")
    assert run_cli("rules", cwd=tmp_path).exit_code == 2       # the listing of rules does fail


def test_extends_given_a_list_says_it_takes_one_kind(tmp_path):
    message = rule_error(tmp_path, 'extends: [existence]\nmessage: "Avoid %s."\ntokens: [very]\n')
    assert message == "X:1:10: extends: must be a string (one kind's name), got list"


def test_a_key_given_twice_is_placed_at_the_second(tmp_path):
    text = 'extends: existence\nmessage: "Avoid %s."\ntokens: [very]\nmessage: "Never %s."\n'
    assert rule_error(tmp_path, text) == ("X:4:1: message: given twice (first on line 2); "
                                          "YAML keeps only the last, so write it once")


def test_a_rule_file_named_in_capitals_is_loaded(tmp_path):
    write(tmp_path / "house" / "Loud.YAML", RULE)
    write(tmp_path / "house" / "quiet.yml", RULE)
    assert [r.id for r in load_rules((str(tmp_path),))] == ["house.Loud", "house.quiet"]


def test_a_link_is_one_address(tmp_path):
    # prose run on into the link's plain scalar (as a description's next lines
    # once did) would make the rule's help address a sentence.
    text = ('extends: existence\nmessage: "Avoid %s."\ntokens: [very]\n'
            'link: https://example.org/style#very A word that\n  says little.\n')
    assert rule_error(tmp_path, text) == ("X:4:7: link: must be one address (SARIF's helpUri), "
                                          "with no spaces")
    ok = 'extends: existence\nmessage: "Avoid %s."\ntokens: [very]\nlink: https://example.org/style#very\n'
    rule = load_rule("house.x", write(tmp_path / "house" / "x.yaml", ok))
    assert rule.link == "https://example.org/style#very"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_rule_file_that_is_a_fifo_is_said_and_a_folder_so_named_is_not_a_rule(tmp_path):
    # qa84 #12: every entry but a folder is a rule file, so one that cannot be read
    # (a FIFO, never opened: it would wait for a writer) stops the load naming it
    write(tmp_path / "house" / "ok.yaml", RULE)
    (tmp_path / "house" / "data.yaml").mkdir()               # a folder: left alone
    folders = (str(tmp_path),)
    assert [r.id for r in load_rules(folders, stamps=rule_stamps(folders))] == ["house.ok"]
    os.mkfifo(tmp_path / "house" / "pipe.yaml")
    with pytest.raises(RuleError) as caught:
        load_rules(folders, stamps=rule_stamps(folders))
    assert str(caught.value).endswith("pipe.yaml: cannot read rule file: a FIFO (named pipe), "
                                      "not a regular file"), caught.value
