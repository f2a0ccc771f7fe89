"""`yields-to` as a rule author meets it: an id that names no rule, the rule
itself or a chain back to it is refused when the rules load (each would drop
the fault's every finding silently); a rule that yields keeps its finding
where the rule it names is not run."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes
from lint.rule_sets import load_rules
from lint.ruleset import RuleError, builtin_rules_dir

from rule_file_helpers import write

RULE = 'extends: existence\nmessage: "{name}: %s"\ntokens: [foo]\n'


def house(tmp_path, **yielding: list[str]) -> str:
    """A rules folder with house.<name> for each keyword, flagging 'foo' and
    yielding to the ids given."""
    for name, ids in yielding.items():
        text = RULE.format(name=name) + ("yields-to: [" + ", ".join(ids) + "]\n" if ids else "")
        write(tmp_path / "house" / f"{name}.yaml", text)
    return str(tmp_path)


def load_error(folder: str) -> str:
    with pytest.raises(RuleError) as caught:
        load_rules((str(builtin_rules_dir()), folder))
    return str(caught.value)


def test_an_id_naming_no_rule_is_refused_with_the_nearest(tmp_path):
    message = load_error(house(tmp_path, a=["hygiene.missing-spac"]))
    assert "a.yaml:4:" in message and "no rule 'hygiene.missing-spac'" in message
    assert "did you mean hygiene.missing-space?" in message


def test_a_rule_yielding_to_itself_is_refused(tmp_path):
    message = load_error(house(tmp_path, a=["captions.run-on", "house.a"]))
    assert "'house.a' is the rule itself" in message


@pytest.mark.parametrize("chain", [
    {"a": ["house.b"], "b": ["house.a"]},
    {"a": ["house.b"], "b": ["house.c"], "c": ["house.a"]},
])
def test_a_chain_back_round_is_refused(tmp_path, chain):
    message = load_error(house(tmp_path, **chain))
    assert "comes back round" in message and "house.a -> house.b" in message


def lint_foo(folder: str, config: Config) -> list[str]:
    config = Config(select=config.select, ignore=config.ignore, rule_dirs=(folder,))
    doc = read_bytes("a.txt", b"Head\n\nThe foo was here.\n")
    return [d.rule for d in lint_document(doc, active_rules(config), config).diagnostics]


def test_a_rule_not_run_takes_nothing_away(tmp_path):
    folder = house(tmp_path, a=["house.b"], b=[])
    assert lint_foo(folder, Config(select=("house",))) == ["house.b"]
    assert lint_foo(folder, Config(select=("house.a",))) == ["house.a"]
    assert lint_foo(folder, Config(select=("house",), ignore=("house.b",))) == ["house.a"]


def test_explain_says_where_a_rule_gives_way(tmp_path):
    from lint.explain import explain_rule
    rules = {r.id: r for r in load_rules((str(builtin_rules_dir()), house(tmp_path, a=["house.b"], b=[])))}
    assert "Yields:  to house.b over the same text" in explain_rule(rules["house.a"])
    assert "Yields:" not in explain_rule(rules["house.b"])
