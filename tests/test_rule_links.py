"""Rule folders reached through symbolic links: a pack linked into a house
rules folder loads (rule_files follows the link), so an edit to it must
change the stamps every cache of rules and results is keyed by."""
from __future__ import annotations

import os

from lint.result_cache import stamps as _stamps
from lint.rule_sets import rule_stamps

RULE = "extends: existence\nmessage: \"avoid '%s'\"\ntokens: [{word}]\n"


def linked_pack(tmp_path):
    """`rules/` holding `shared`, a link to a pack kept elsewhere; returns
    (rules folder, the linked rule file)."""
    target = tmp_path / "elsewhere" / "shared"
    target.mkdir(parents=True)
    rule = target / "banned.yaml"
    rule.write_text(RULE.format(word="synergy"), encoding="utf-8")
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "shared").symlink_to(target, target_is_directory=True)
    return str(tmp_path / "rules"), rule


def test_a_rule_in_a_linked_pack_is_stamped(tmp_path):
    folder, rule = linked_pack(tmp_path)
    before_rules, before_results = rule_stamps((folder,)), _stamps([folder])
    st = os.stat(rule)
    rule.write_text(RULE.format(word="paradigm"), encoding="utf-8")   # same size
    os.utime(rule, ns=(st.st_atime_ns, st.st_mtime_ns + 3 * 10**9))
    assert rule_stamps((folder,)) != before_rules
    assert _stamps([folder]) != before_results


def test_a_server_sees_an_edit_to_a_linked_pack(tmp_path):
    # load_rules is cached per process by the stamps: the language server
    # re-reads a rule only when they change.
    from lint.config import Config
    from lint.engine import rules_for

    folder, rule = linked_pack(tmp_path)
    config = Config(rule_dirs=(folder,))
    assert {r.id: r for r in rules_for(config)}["shared.banned"].options["tokens"] == ["synergy"]
    st = os.stat(rule)
    rule.write_text(RULE.format(word="paradigm"), encoding="utf-8")
    os.utime(rule, ns=(st.st_atime_ns, st.st_mtime_ns + 3 * 10**9))
    assert {r.id: r for r in rules_for(config)}["shared.banned"].options["tokens"] == ["paradigm"]


def test_a_link_loop_under_a_rules_folder_ends(tmp_path):
    folder, rule = linked_pack(tmp_path)
    for name in ("up", "again"):          # two loops: followed blindly, 2**40 folders
        os.symlink(folder, os.path.join(folder, "shared", name), target_is_directory=True)
    names = [s[1] for s in rule_stamps((folder,))]
    assert names == ["banned.yaml"]
    assert [os.path.basename(s[0]) for s in _stamps([folder])] == ["banned.yaml"]
