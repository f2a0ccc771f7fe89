"""A config's `options:` for one rule, laid over its rule file's (`ruleset.load_rule`).

Apart from the rule-file checks because its errors belong to another file: a
problem an override causes is blamed on the config the user edited, at its
`options: <id>: <key>` line, not on the rule file it changes; and which of the
file's options an override voids (`Option.follows`) is decided here. The rule
is built by the caller's `build`, so this module never imports `ruleset`.
"""
from __future__ import annotations

import os
from typing import Any, Callable

from .did_you_mean import hint
from .kinds import OptionError, registry
from .kinds.base import data_paths
from .marks import KEY, joined
from .rule_options import RuleError
from .safeload import marks_of
from .value_words import shown


def build_overridden(rule_id: str, kind_name: str, path, display: str, data: dict,
                     overrides: dict, overrides_from: str, build: Callable[..., Any]) -> Any:
    """The rule `build` makes of the rule file's `data` (a mapping of its keys,
    already checked alone) with the config's `overrides` (option name -> value)
    merged in. An option whose `follows` names an overridden option is dropped
    unless the config restates it (a `prefilter` written for the file's own
    `swap`). Raises RuleError (`marks.joined`: each unknown option, then the
    first problem of the rest): an unknown option or a bad value at the
    config's `options: <id>: <key>` (`overrides_from`, else the rule file); a
    `message:` the override leaves unfilled there too, with advice a config
    user can follow (`build(data, fixed_message=True)`); any other problem at
    the rule file's own line."""
    blame = overrides_from or display
    kind = registry()[kind_name]
    settable = kind.user_options()
    errors = [RuleError(blame, f"not an option of kind {kind_name!r} ({hint(str(key), settable)}"
                               f"options: {', '.join(sorted(settable)) or 'none'})",
                        f"options: {rule_id}: {shown(key) if not isinstance(key, str) else key}",
                        ("options", rule_id, key, KEY))
              for key in overrides if key not in settable]
    overrides = {key: value for key, value in overrides.items() if key in settable}
    try:
        rule = _overridden(rule_id, kind, path, display, data, overrides, blame,
                           os.path.dirname(os.path.abspath(overrides_from or path)), build)
    except RuleError as exc:
        errors.append(exc)
    if errors:       # every wrong option of the rule, not only its first (qa237 #6)
        raise joined(errors)
    return rule


def _overridden(rule_id: str, kind, path, display: str, data: dict, overrides: dict, blame: str,
                folder: str, build: Callable[..., Any]) -> Any:
    """`build_overridden`'s rule of `data` with the `overrides` (each an
    option of `kind`, the rule's Kind class) merged in, paths read from
    `folder`; RuleError as `build_overridden` says."""
    try:
        overrides = data_paths(kind.options, overrides, folder)
    except OptionError as exc:
        raise RuleError(blame, str(exc), f"options: {rule_id}: {exc.key}", ("options", rule_id, exc.key)) from None
    merged = {**data, **overrides}
    for key, option in kind.options.items():
        if key not in overrides and any(f in overrides for f in option.follows):
            merged.pop(key, None)
    try:
        return build(merged)
    except RuleError as exc:
        if exc.key in overrides:
            raise RuleError(blame, exc.problem, f"options: {rule_id}: {exc.key}",
                            ("options", rule_id) + (exc.at or (exc.key,)), exc.reword) from None
        if exc.key == "message" and (key := _override_to_blame(data, overrides, build)):
            raise RuleError(blame, f"the message of {display} names what this value does not "
                                   f"fill: {_fixed_message_problem(merged, build, exc.problem)}",
                            f"options: {rule_id}: {key}",
                            ("options", rule_id, key)) from None
        raise exc.placed(marks_of(str(path))) from None


def _fixed_message_problem(merged: dict, build: Callable[..., Any], problem: str) -> str:
    """The message's `problem` worded for a config, which cannot set `message:`:
    the named group to capture (`rule_options.unfilled`'s `fixed`; nu45 M4).
    `problem` as it is should the build not fail again."""
    try:
        build(merged, fixed_message=True)
    except RuleError as exc:
        return exc.problem
    return problem


def _override_to_blame(data: dict, overrides: dict, build: Callable[[dict], Any]) -> str | None:
    """The config override that makes the rule's own message wrong (a swap
    without the named group `{left}` the message names), when the rule file
    alone is right: the error is then the config's, the file the user edited
    (qa104 #6), not the rule file's `message:`. None when the rule file is
    wrong by itself too."""
    try:
        build(data)
    except RuleError:
        return None
    for key in overrides:
        try:
            build({**data, key: overrides[key]})
        except RuleError:
            return key
    return next(iter(overrides), None)
