"""Find the rule files of a rules folder and name them.

A rule is `<folder>/<pack>/<name>.yaml` and its id is `<pack>.<name>` (README,
"Writing a rule"). Each part of an id must be a name that `select:`,
`--ignore` and an inline directive can write and tell apart: letters, digits,
`-` and `_` (`ID_PART`). A directive's ids end at white space or a comma, and
a dot splits the pack from the rule, so `house/no slam.yaml` would be an id no
directive names and `house.v2/x.yaml` one that `--ignore house.v2` (meant for
`house/v2.yaml`) takes out too; such names are refused at load (qa99 #7, #16).
`layout` lists every id and every file that gives none, so a run says every
broken rule file at once (qa99 #6).
"""
from __future__ import annotations

import os
import re

from .ruleset import RuleError, _display

ID_PART = re.compile(r"[\w-]+")        # \w: letters (any script), digits and _
NAMES = "letters, digits, '-' and '_'"


def rule_files(folder) -> list[tuple[str, str]]:
    """(id, path) for every `<pack>/<name>.yaml` under `folder` (a string or a
    path), sorted by id; the first of `layout`'s errors raised (RuleError)."""
    found, errors = layout(folder)
    if errors:
        raise errors[0]
    return found


def layout(folder) -> tuple[list[tuple[str, str]], list[RuleError]]:
    """(id, path) of every rule file of `folder`, sorted by id, and a RuleError
    for each file or pack folder that gives no id a user can name: a rule file
    directly in `folder`, `x.yml` beside `x.yaml` (or `x.YAML`: one id for two
    files), a pack folder or a file name holding anything but `NAMES`. Every
    one is listed, so a run says them all (qa99 #6)."""
    found, errors, folder = [], [], os.fspath(folder)
    entries = sorted(os.path.join(folder, n) for n in os.listdir(folder) if not n.startswith("."))
    for stray in (f for f in entries if _is_rule_file(f)):
        errors.append(RuleError(_display(stray), "not loaded: a rule file goes in a <pack>/ folder, "
                                "as a rule's id is <pack>.<name> (move it to "
                                f"{os.path.join(_display(folder), '<pack>', os.path.basename(stray))})"))
    for pack in (p for p in entries if os.path.isdir(p)):
        named: dict[str, str] = {}
        pack_name = os.path.basename(pack)
        # a dotfile is an editor's or a copier's, never a rule (as git and Vale pass over
        # hidden files): Emacs' lock .#x.yaml (a dangling link), macOS's ._x.yaml, .draft.yaml
        files = [f for f in sorted(os.path.join(pack, n) for n in os.listdir(pack) if not n.startswith("."))
                 if _is_rule_file(f)]
        if files and (why := _unnameable(pack_name)):
            errors.append(RuleError(_display(pack), f"not loaded: the pack name {pack_name!r} {why}; "
                                    f"a pack folder's name may hold {NAMES} only: rename it "
                                    f"({_named(pack_name)}/, say)"))
            continue
        for f in files:
            base = os.path.basename(f)
            stem = os.path.splitext(base)[0]
            if why := _unnameable(stem):
                errors.append(RuleError(_display(f), f"not loaded: the rule name {stem!r} {why}; a "
                                        f"rule file's name may hold {NAMES} only: rename it "
                                        f"({_named(stem)}{os.path.splitext(base)[1]}, say)"))
            elif stem in named:      # x.yaml beside x.yml: one id, and one would be lost
                errors.append(RuleError(_display(f), f"same rule id {pack_name}.{stem} as "
                                        f"{_display(named[stem])}; a rule is one file: remove or "
                                        "rename one of them"))
            else:
                named[stem] = f
                found.append((f"{pack_name}.{stem}", f))
    return sorted(found), errors


def _unnameable(name: str) -> str | None:
    """Why `name` cannot be one part of a rule id, or None when it can."""
    if ID_PART.fullmatch(name):
        return None
    if "." in name:
        return ("holds a dot, which splits a pack from its rule in an id: select:, --ignore and "
                "directives would read its ids as another pack's or rule's")
    if any(c.isspace() or c == "," for c in name):
        return ("holds a space or a comma, which ends an id in a directive and --ignore: "
                "nothing could name its rules")
    return "holds a character an id cannot hold"


def _named(name: str) -> str:
    """`name` with each run of characters an id cannot hold made one '-'."""
    return re.sub(r"[^\w-]+", "-", name).strip("-") or "name"


def _is_rule_file(path: str) -> bool:
    # `.YAML` as `.yaml`: a file saved on Windows or macOS is not left out unsaid. Any
    # entry but a folder is one: a dangling or looping link, or a FIFO, is said when it
    # is read (qa84 #12: `isfile` left it out, and the run passed with the rule never run).
    return os.path.splitext(path)[1].lower() in (".yaml", ".yml") and not os.path.isdir(path)
