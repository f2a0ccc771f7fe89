"""Every rule of a list of rules folders, compiled once per set of files.

`rule_stamps` says when a rule file was added, removed or edited; `load_rules`
keeps each compiled set under its folders, option overrides and those stamps,
and also under the stamps of the data files its rules read (a newsroom's
`names:` table, `kinds.base.data_stamps`), which it learns from the rules it
built: one build per set, and an edited or deleted table builds it again.
"""
from __future__ import annotations

import os
from collections import OrderedDict

from . import rule_cache, yields
from .code_stamp import stamp
from .kinds.base import data_stamps
from .rule_layout import layout
from .marks import joined
from .ruleset import Rule, RuleError, _builtin_folder, _display, load_rule
from .safeload import load_yaml, marks_of

KEEP = 32         # compiled rule sets kept (a language server's few configs, each edited a few times)
_sets: OrderedDict = OrderedDict()    # key -> (rules, their data files' stamps when built)


def rule_stamps(folders: tuple[str, ...]) -> tuple:
    """What changes when a rule file in `folders` is added, removed or edited:
    (folder, name, modification time in ns, size, change time in ns, inode) of
    every file (links followed: `rule_cache.files_under`), for `load_rules`' cache key."""
    return tuple((root, name, *got) for folder in folders for root, name in rule_cache.files_under(folder)
                 if (got := stamp(os.path.join(root, name))) is not None)


def load_rules(folders: tuple[str, ...], overrides: tuple[tuple[str, str], ...] = (),
               stamps: tuple = (), overrides_from: str = "") -> tuple[Rule, ...]:
    """Every rule of every folder, compiled once per option set and per `stamps`
    (see `rule_stamps`, so an edited rule file is compiled again), and again
    when a data file its rules read changed or went (`data_stamps`, taken just
    after the build; a deleted table then raises its RuleError).

    `overrides` is a tuple of (rule id, YAML text of option overrides) so the
    argument stays hashable; `overrides_from` names the config they came from,
    which is blamed for a bad one. A later folder's rule replaces an earlier
    one with the same id, so a newsroom can re-define a built-in rule (two
    house folders doing so is said: `rule_layout.folder_notices`). A RuleError
    names every broken rule file of the set at once (`marks.joined`).
    """
    key = (folders, overrides, stamps, overrides_from)
    got = _sets.get(key)
    if got is not None and data_stamps(got[0]) == got[1]:
        try:
            _sets.move_to_end(key)       # (no lock: one a forked worker inherited held would never open)
        except KeyError:
            pass
        return got[0]
    rules = _compile(folders, overrides, overrides_from)
    _sets[key] = (rules, data_stamps(rules))
    while len(_sets) > KEEP:
        try:
            _sets.popitem(last=False)
        except KeyError:
            break
    return rules


def _compile(folders: tuple[str, ...], overrides: tuple[tuple[str, str], ...],
             overrides_from: str) -> tuple[Rule, ...]:
    _builtin_folder.cache_clear()   # a folder's links are read again for each rule set
    extra = {rid: load_yaml(text) for rid, text in overrides}
    rules: dict[str, Rule] = {}
    errors: list[RuleError] = []       # every broken rule file, said at once (qa99 #6)
    for folder in folders:
        if not os.path.isdir(folder):
            errors.append(RuleError(folder, "rules folder does not exist"))
            continue
        found, refused = layout(folder)
        for rule_id, file in found:
            try:
                rules[rule_id] = load_rule(rule_id, file, extra.get(rule_id), overrides_from)
            except RuleError as exc:
                refused.append(exc)
        errors += sorted(refused, key=lambda e: e.file)     # in the folder's order
    if errors:      # every broken rule file at once (qa99 #6), an override's error once for two folders
        raise joined(errors)
    for rid, i, problem in yields.problems({k: r.yields_to for k, r in rules.items()})[:1]:   # else silent
        raise RuleError(_display(rules[rid].path), problem, "yields-to", ("yields-to", i)).placed(marks_of(rules[rid].path))
    return tuple(rules[k] for k in sorted(rules))
