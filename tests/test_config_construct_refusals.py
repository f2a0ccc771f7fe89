"""Config values YAML cannot build (qa255, fx391, qa259, qa270): a tag with no
safe constructor, a bad `!!float`/`!!int` scalar or a nesting too deep,
said in file order beside the impossible dates and repeated keys refused
before it; the ids are not judged when rules: is left out through an alias
or a merge key. Synthetic configs only, written under tmp_path."""
from __future__ import annotations

import pytest

from lint.safeload import LoadError, load_yaml
from rule_file_helpers import HOUSE_RULE, TWICE, config_errors as _said, write


@pytest.mark.parametrize("config, first", [("published: 2025-13-40\nx: !!float abc\n",
                                            "c.yaml:1:12: published: '2025-13-40' is not a valid date"),
                                           ("select: [a]\nselect: [b]\nx: !!int abc\n",
                                            f"c.yaml:2:1: select: {TWICE}")])
def test_qa255_a_bad_scalar_after_a_refused_key_is_no_crash(run_cli, tmp_path, config, first):
    # main said the refusal and exited 2; the load went on and crashed on `!!float abc`
    code, lines = _said(run_cli, tmp_path, config)
    assert code == 2
    assert lines and lines[0].startswith(f"newslint: {first}"), lines
    assert not any("internal error" in line for line in lines), lines


def test_qa255_a_refused_date_is_still_said_beside_a_construct_error(run_cli, tmp_path):
    # main said the date; the load goes on, and the unknown tag's error replaces it
    code, lines = _said(run_cli, tmp_path, "published: 2025-13-40\nx: !foo bar\n")
    assert code == 2
    assert any(line.startswith("newslint: c.yaml:1:12: published: '2025-13-40' is not a valid date")
               for line in lines), lines


@pytest.mark.parametrize("config", ["x: &d 2025-13-40\nrules: [rules, *d]\nselect: [house.banned]\n",
                                    "dirs: &r [rules, 2025-13-40]\nrules: *r\nselect: [house.banned]\n"])
def test_qa255_no_id_is_judged_when_rules_is_left_out_through_an_alias(run_cli, tmp_path, config):
    # the refusal's key is x/dirs, not rules, so the house ids are judged with no house rules: a false "no rule"
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    code, lines = _said(run_cli, tmp_path, config)
    assert code == 2
    assert lines and "is not a valid date" in lines[0], lines
    assert not any("house.banned" in line for line in lines), lines


# --- fx391: the nearest cases of qa255 #2 and #3 ---------------------------------------------

def test_a_tag_no_constructor_reads_and_a_refused_date_are_said_in_file_order(run_cli, tmp_path):
    code, lines = _said(run_cli, tmp_path, "x: !foo bar\npublished: 2025-13-40\nfail-level: bogus\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == ["c.yaml:1:4", "c.yaml:2:12", "c.yaml:3:13"], lines
    assert lines[0].endswith("could not determine a constructor for the tag '!foo'"), lines


def test_a_construct_error_that_still_stops_the_load_says_the_refusals_before_it(run_cli, tmp_path):
    # `!!set [a]` fails only when built: the load stops there, and the date found before is said too
    code, lines = _said(run_cli, tmp_path, "published: 2025-13-40\nx: !!set [a]\nfail-level: bogus\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == ["c.yaml:1:12", "c.yaml:2:4"], lines


def test_a_refusal_found_before_the_walk_stops_is_kept():
    refused: list = []
    with pytest.raises(LoadError, match="nested more than"):
        load_yaml("published: 2025-13-40\nx: " + "[" * 70 + "]" * 70 + "\n", refused=refused)
    assert [e.line for e in refused] == [1], refused


def test_load_yaml_names_the_keys_it_left_out():
    refused, left_out = [], []
    data = load_yaml("x: &d 2025-13-40\nrules: [rules, *d]\nselect: [a]\nselect: [b]\nmarkup: auto\n",
                     refused=refused, left_out=left_out)
    assert data == {"markup": "auto"} and left_out == ["x", "rules", "select", "select"], (data, left_out)


def test_ids_are_judged_when_only_the_alias_anchor_is_left_out(run_cli, tmp_path):
    # the nearest case of qa255 #3: the anchor's key is refused, rules: is read, so ids are judged
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    code, lines = _said(run_cli, tmp_path, "x: &d 2025-13-40\nrules: [rules]\nselect: [house.banned, zz]\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == ["c.yaml:1:4", "c.yaml:3:24"], lines
    assert "no rule or pack 'zz'" in lines[1] and not any("house.banned" in line for line in lines), lines


def test_qa259_no_id_is_judged_when_rules_comes_through_a_merge_key_of_a_refused_anchor(run_cli, tmp_path):
    # `<<: *b` is left out (its anchor holds a refused date), and with it the rules: it merged in;
    # left_out names `<<`, not rules, so house.banned is judged against the built-ins: a false "no rule"
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    code, lines = _said(run_cli, tmp_path,
                        "x: &b\n  rules: [rules]\n  when: 2025-13-40\n<<: *b\nselect: [house.banned]\n")
    assert code == 2
    assert lines and "is not a valid date" in lines[0], lines
    assert not any("house.banned" in line for line in lines), lines


def test_ids_are_judged_when_a_refused_merge_key_brought_no_rules(run_cli, tmp_path):
    # the nearest case of qa259 #1: `<<: *b` is left out, but rules: is written at the top (and the
    # merge brought none): the rules are read, so ids are judged, `zz` said beside the date
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    code, lines = _said(run_cli, tmp_path, "x: &b\n  rules: [nope]\n  when: 2025-13-40\nrules: [rules]\n"
                                           "<<: *b\nselect: [house.banned, zz]\n")
    assert code == 2
    assert [line.split(": ", 2)[1] for line in lines] == ["c.yaml:3:9", "c.yaml:6:24"], lines
    assert "no rule or pack 'zz'" in lines[1] and not any("house.banned" in line for line in lines), lines


def test_load_yaml_names_the_keys_a_refused_merge_key_took_with_it():
    left_out: list = []
    data = load_yaml("x: &b\n  <<: {vale: v}\n  when: 2025-13-40\nrules: [r]\n<<: [*b, {rules: s, a: 1}]\n",
                     refused=[], left_out=left_out)
    assert data == {"rules": ["r"]} and left_out == ["x", "<<", "vale", "when", "a"], (data, left_out)


# qa270 (aside): fx391's refusal of a tag with no safe constructor took in a
# plain `=` key (YAML 1.1's value key), which PyYAML itself reads as the text
# "=" while building a mapping: a house swap rule `=: equals` stopped every
# run (exit 2) where main loaded it. As a key it is text again; as a value
# (`x: =`) it is refused, as main and PyYAML refuse it (said naming no tag: qa270 #4).
def test_a_plain_equals_key_is_text_as_on_main():
    assert load_yaml("swap:\n  =: equals\n") == {"swap": {"=": "equals"}}
    with pytest.raises(LoadError, match="is read by YAML as its value key"):
        load_yaml("x: =\n")


def test_qa276_ids_are_judged_when_a_kept_merge_key_brings_the_rules_a_refused_one_also_named(run_cli, tmp_path):
    # `<<: *x` is refused (its anchor holds a bad date) and left out; the second `<<` is kept and brings
    # rules: [rules], which the built config holds: ids are judged against them, `zz` said (as on main)
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    code, lines = _said(run_cli, tmp_path, "x: &x\n  rules: [nope]\n  when: 2025-13-40\n<<: *x\n"
                                           "<<: {rules: [rules]}\nselect: [house.banned, zz]\n")
    assert code == 2
    assert any("no rule or pack 'zz'" in line for line in lines), lines
    assert not any("house.banned" in line for line in lines), lines


def test_qa276_load_yaml_does_not_count_a_kept_merge_keys_keys_as_left_out():
    left_out: list = []
    data = load_yaml("bad: &x {when: 2025-13-40, rules: [a]}\ngood: &g {rules: [r]}\n<<: *x\n<<: *g\n",
                     refused=[], left_out=left_out)
    assert data["rules"] == ["r"]
    assert "rules" not in left_out, left_out


def test_qa276_a_kept_merge_key_that_brings_other_keys_leaves_the_refused_ones_left_out():
    # the nearest case: the kept `<<` brings `when`, not `rules`, so `rules` is still left out
    left_out: list = []
    data = load_yaml("bad: &x {when: 2025-13-40, rules: [a]}\ngood: &g {when: 2025-01-02}\n<<: *x\n<<: *g\n",
                     refused=[], left_out=left_out)
    assert "rules" not in data
    assert "rules" in left_out and "when" not in left_out, left_out


def test_qa276_a_rules_key_in_a_kept_nested_merge_is_supplied_too():
    # a kept `<<: [*g]` whose mapping merges in rules: again: still no key left out for rules
    left_out: list = []
    data = load_yaml("bad: &x {when: 2025-13-40, rules: [a]}\ninner: &i {rules: [r]}\ngood: &g {<<: *i}\n"
                     "<<: *x\n<<: [*g]\n", refused=[], left_out=left_out)
    assert data["rules"] == ["r"]
    assert "rules" not in left_out, left_out


# qa280 #2: a later `<<` wins over an earlier one (PyYAML: `<<: A` then `<<: B` builds B's value).
# A kept `<<` written before the refused one does not supply the key: the refused one would have
# replaced its value, so the built rules: [other] are not the file's, and ids must not be judged
# against them (lead51 before fx412 left rules out here; fx412 said house.banned is no rule, as main does).


def _two_packs(run_cli, tmp_path, merges: str):
    """rules/house/banned.yaml and other/misc/r.yaml, and a config of `merges`
    (the refused `x: &x` and two `<<` lines) that selects house.banned: _said's."""
    write(tmp_path / "rules" / "house" / "banned.yaml", HOUSE_RULE)
    write(tmp_path / "other" / "misc" / "r.yaml", HOUSE_RULE)
    return _said(run_cli, tmp_path, "x: &x {rules: [rules], when: 2025-13-40}\n" + merges + "select: [house.banned]\n")


def test_qa280_a_kept_merge_key_before_the_refused_one_supplies_nothing():
    left_out: list = []
    data = load_yaml("x: &x {rules: [rules], when: 2025-13-40}\n<<: {rules: [other]}\n<<: *x\n",
                     refused=[], left_out=left_out)
    assert data["rules"] == ["other"]
    assert "rules" in left_out, left_out


def test_qa280_ids_are_not_judged_against_rules_a_later_refused_merge_replaced(run_cli, tmp_path):
    code, lines = _two_packs(run_cli, tmp_path, "<<: {rules: [other]}\n<<: *x\n")
    assert code == 2
    assert not any("house.banned" in line for line in lines), lines


def test_qa280_a_kept_merge_key_after_the_refused_one_still_supplies_it(run_cli, tmp_path):
    # the nearest case: the kept `<<` comes last, so its rules: [other] are the file's: judged, said
    code, lines = _two_packs(run_cli, tmp_path, "<<: *x\n<<: {rules: [other]}\n")
    assert code == 2
    assert any("no rule or pack 'house.banned'" in line for line in lines), lines


@pytest.mark.parametrize("config", [
    "rules: [other]\n<<: *x\n",                 # a written key wins over every `<<`, wherever it stands
    "<<: {rules: [other]}\n<<: {select: []}\n<<: *y\n",   # the refused `<<` brings no rules: the kept one's stand
])
def test_qa280_an_earlier_kept_key_the_refused_merge_does_not_replace_still_supplies_it(config):
    # the nearest cases of the narrowing: only a key the later refused `<<` brings is left out
    left_out: list = []
    data = load_yaml("x: &x {rules: [rules], when: 2025-13-40}\ny: &y {when: 2025-13-40}\n" + config,
                     refused=[], left_out=left_out)
    assert data["rules"] == ["other"] and "rules" not in left_out, (data, left_out)
    assert "when" in left_out, left_out
