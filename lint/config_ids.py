"""Whether the ids a user writes name rules: `--select` and `--ignore`, and a
config file's select, ignore, levels and options (`Config`). Each id that
names none is a `ConfigError` with the nearest id (did you mean), placed at
its line in the config file, and a file's errors are said in file order
(`in_file_order`)."""
from __future__ import annotations

import os
from typing import TYPE_CHECKING, Iterable

from .config_find import find_config_file
from .config_values import ConfigError, id_hint
from .marks import Marks, file_order, joined

if TYPE_CHECKING:
    from .config import Config


def check_flag_ids(flags: Iterable[tuple[str, Iterable[str]]], known: Iterable[str]) -> None:
    """Refuse the ids of each flag (`("--select", ids)`, then `("--ignore",
    ids)`) that name no rule or pack (`file.*` included), suggesting the
    nearest: a typo in `--select` must not switch linting off silently. One
    ConfigError says every bad id, flag by flag, in the order written."""
    known = set(known)
    if errors := [e for flag, ids in flags for e in _id_errors(ids, known, flag, None, None, "")]:
        raise joined(errors)


def _id_errors(ids: Iterable[str], known: Iterable[str], where: str, key: str | None,
               marks: Marks | None, unmerged: str) -> list[ConfigError]:
    """The errors of the ids of `ids` that name no rule or pack, one for each,
    in the order of `ids`; `marks` (of the config file `where`) place each on
    its id's line; `unmerged` is said when nothing is near and the id's pack
    is unknown."""
    known = set(known)
    names = known | {k.split(".")[0] for k in known} | {"all", "ALL"}
    errors = []
    for rid in ids:
        if rid not in names:
            at = marks.find((key,), rid) if marks is not None and key else None
            hint = id_hint(rid, names)
            if unmerged and "did you mean" not in hint and rid.split(".")[0] not in names:
                hint = f"{hint[:-1]}; {unmerged})"
            errors.append(ConfigError(where, f"no rule or pack {rid!r}{hint}", key, at).placed(marks))
    return errors


def _option_id_errors(ids: Iterable[str], known: Iterable[str], where: str,
                      marks: Marks | None) -> list[ConfigError]:
    """`options:` names one rule each: a rule's options are its kind's, so a
    pack or ALL there is refused (it was accepted as a name and then set
    nothing, a bogus option included); an error for each such id."""
    known = set(known)
    errors = []
    for rid in ids:
        if rid not in known:
            at = marks.find(("options",), rid) if marks is not None else None
            some = sorted(k for k in known if k.startswith(rid + ".") or rid in ("all", "ALL"))[:2]
            problem = f"{rid!r} is not one rule: options are set per rule ({', '.join(some)}, ...)" \
                if some else f"no rule {rid!r}{id_hint(rid, known)}"
            errors.append(ConfigError(where, problem, "options", at).placed(marks))
    return errors


def check_config_ids(config: "Config", known: Iterable[str], given: bool = False) -> None:
    """Every id a config file names (select, ignore, levels) is a rule or pack;
    each of `options` is a rule. ConfigError for every id that is not, in
    file order (`in_file_order`). `given`: the file is `--config`'s, read
    alone wherever it is, so no config found above it is named (qa280 #3)."""
    known = set(known)
    where = config.path or "config"
    # nu28 #14: a per-folder config without rules: sees no house pack of the config above
    above = find_config_file(os.path.dirname(os.path.dirname(os.path.abspath(where)))) \
        if config.path and not config.rule_dirs and not given else None
    unmerged = f"configs are not merged: nothing of {above} applies here, its rules: included" \
        if above else ""
    errors = [e for key, ids in (("select", config.select), ("ignore", config.ignore),
                                 ("levels", [r for r, _ in config.levels]))
              for e in _id_errors(ids, known, where, key, config.marks, unmerged)]
    errors += _option_id_errors([r for r, _ in config.options], known, where, config.marks)
    if errors:
        raise in_file_order(errors)


def in_file_order(errors: list[ConfigError]) -> ConfigError:
    """One ConfigError for the placed `errors` of one config file (not
    empty), one line each in file order (those with no place after, in
    the order found; `marks.joined`)."""
    return joined(sorted(errors, key=file_order))
