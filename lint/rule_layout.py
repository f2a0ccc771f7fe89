"""Find the rule files of a rules folder and name them.

A rule is `<folder>/<pack>/<name>.yaml` and its id is `<pack>.<name>` (README,
"Writing a rule"). `layout` lists every id and every file that gives none, so
a run says every broken rule file at once (qa99 #6).
"""
from __future__ import annotations

import os

from .ruleset import RuleError, _display


def rule_files(folder) -> list[tuple[str, str]]:
    """(id, path) for every `<pack>/<name>.yaml` under `folder` (a string or a
    path), sorted by id; the first of `layout`'s errors raised (RuleError)."""
    found, errors = layout(folder)
    if errors:
        raise errors[0]
    return found


def layout(folder) -> tuple[list[tuple[str, str]], list[RuleError]]:
    """(id, path) of every rule file of `folder`, sorted by id, and a RuleError
    for each file that gives no id: a rule file directly in `folder`, `x.yml` beside `x.yaml` (or `x.YAML`: one id for two
    files). Every one is listed, so a run says them all (qa99 #6)."""
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
        for f in files:
            stem = os.path.splitext(os.path.basename(f))[0]
            if stem in named:      # x.yaml beside x.yml: one id, and one would be lost
                errors.append(RuleError(_display(f), f"same rule id {pack_name}.{stem} as "
                                        f"{_display(named[stem])}; a rule is one file: remove or "
                                        "rename one of them"))
            else:
                named[stem] = f
                found.append((f"{pack_name}.{stem}", f))
    return sorted(found), errors


def _is_rule_file(path: str) -> bool:
    # `.YAML` as `.yaml`: a file saved on Windows or macOS is not left out unsaid. Any
    # entry but a folder is one: a dangling or looping link, or a FIFO, is said when it
    # is read (qa84 #12: `isfile` left it out, and the run passed with the rule never run).
    return os.path.splitext(path)[1].lower() in (".yaml", ".yml") and not os.path.isdir(path)
