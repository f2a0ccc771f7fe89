"""Find the rule files of a rules folder and name them.

A rule is `<folder>/<pack>/<name>.yaml` and its id is `<pack>.<name>` (README,
"Writing a rule"). Each part of an id must be a name that `select:`,
`--ignore` and an inline directive can write and tell apart: they part ids at
white space and commas (`suppress._ID`, `cli_output.rule_ids`), a dot splits the
pack from the rule (`config._longest`), and a directive's comment ends at its
first `-->`. So `house/no slam.yaml` would be an id no directive names and
`house.v2/x.yaml` one that `--ignore house.v2` (meant for `house/v2.yaml`)
takes out too; such names are refused at load (`UNNAMEABLE`). Anything else
is a name: any script with its combining marks (Devanagari `नियम`), `'`, `+`.
An id is spelt as the file system spells the name (a decomposed `café/`
is named decomposed).

A rule file directly in the folder has no pack and is refused; one a folder
deeper than `<pack>/` (`house/sub/x.yaml`) has no id either (a third part would
read as a pack's rule), so it is not loaded and said in one line
(`deep_notices`), as a pack keeps its data tables in a subfolder
(`<pack>/data/`): only a YAML file with a top-level `extends:` line, which a
rule needs and a table lacks, is said.

Of two rules folders that give one id, the later folder's rule replaces the
earlier one, as a house folder re-defines a built-in rule (README: the
built-ins come first). Between a house's own folders that is said
(`shadow_notices`), naming the file that wins and the one it shadows: flake8
let one of two plugins sharing an entry-point code go unloaded unsaid
(PyCQA/flake8#1090) and came to say it loudly (#1268). A house rule that
re-defines a built-in one does so on purpose and is not said.
"""
from __future__ import annotations

import os
import re

from .ruleset import RuleError, _display

# What breaks an id: white space or a comma (ends it), a dot (splits it), `-->` (ends a directive).
UNNAMEABLE = re.compile(r"[\s,.]+|-->")
NAMES = "no white space, comma, dot or '-->'"
HEAD = 65536                           # bytes of a deep YAML file read for its `extends:`
_EXTENDS = re.compile(rb"^extends[ \t]*:", re.M)


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
                                    f"a pack folder's name may hold {NAMES}: rename it "
                                    f"({_named(pack_name)}/, say)"))
            continue
        for f in files:
            base = os.path.basename(f)
            stem = os.path.splitext(base)[0]
            if why := _unnameable(stem):
                errors.append(RuleError(_display(f), f"not loaded: the rule name {stem!r} {why}; a "
                                        f"rule file's name may hold {NAMES}: rename it "
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
    if not UNNAMEABLE.search(name):
        return None
    if "." in name:
        return ("holds a dot, which splits a pack from its rule in an id: select:, --ignore and "
                "directives would read its ids as another pack's or rule's")
    if any(c.isspace() or c == "," for c in name):
        return ("holds a space or a comma, which ends an id in a directive and --ignore: "
                "nothing could name its rules")
    return "holds '-->', which ends a directive's comment: no directive could name its rules"


def _named(name: str) -> str:
    """`name` with each run of what an id cannot hold made one '-';
    every other character, combining marks included, is kept as written."""
    return UNNAMEABLE.sub("-", name).strip("-") or "name"



def _is_rule_file(path: str) -> bool:
    # `.YAML` as `.yaml`: a file saved on Windows or macOS is not left out unsaid. Any
    # entry but a folder is one: a dangling or looping link, or a FIFO, is said when it
    # is read (qa84 #12: `isfile` left it out, and the run passed with the rule never run).
    return os.path.splitext(path)[1].lower() in (".yaml", ".yml") and not os.path.isdir(path)


def deep_notices(folder: str) -> list[str]:
    """One line for each rule file under a pack's subfolder of `folder`
    (`house/sub/x.yaml`): not loaded, and where it goes. A file counts as a
    rule when a line of its first `HEAD` bytes opens with `extends:`; a data
    table, a dotfile or anything in a dot-folder is passed over."""
    from .rule_cache import files_under

    lines = []
    try:
        packs = sorted(n for n in os.listdir(folder) if not n.startswith("."))
    except OSError:
        return []
    for pack in packs:
        top = os.path.join(folder, pack)
        if not os.path.isdir(top):
            continue
        for root, name in files_under(top):
            inner = os.path.relpath(root, top)
            if root == top or name.startswith(".") or any(p.startswith(".") for p in inner.split(os.sep)) \
                    or not _is_rule_file(os.path.join(root, name)) or not _has_extends(os.path.join(root, name)):
                continue
            lines.append(f"{_display(os.path.join(root, name))}: not loaded: a rule file goes directly in "
                         f"a <pack>/ folder, as its id is <pack>.<name> (move it to "
                         f"{os.path.join(_display(top), name)}, or out of the rules folder)")
    return lines


def _has_extends(path: str) -> bool:
    try:
        with open(path, "rb") as fh:
            return _EXTENDS.search(fh.read(HEAD)) is not None
    except OSError:
        return False


def shadow_notices(found: list[tuple[str, list[tuple[str, str]]]]) -> list[str]:
    """One line for each id two of a house's rules folders give: `found` is
    (folder, its `layout` ids and paths) in the run's order, and the later
    folder's file wins (`rule_sets.load_rules`). One file reached through two
    folders (a folder named twice, a link) is one rule, and not said."""
    first: dict[str, str] = {}
    lines = []
    for _folder, rules in found:
        for rule_id, path in rules:
            earlier = first.get(rule_id)
            first[rule_id] = path
            if earlier is None or _same(earlier, path):
                continue
            lines.append(f"{_display(path)}: rule {rule_id} replaces {_display(earlier)} (the later "
                         "rules folder wins; rename one to keep both)")
    return lines


def _same(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.abspath(a) == os.path.abspath(b)


def folder_notices(folders: tuple[str, ...]) -> list[str]:
    """The lines a run says about a house's rules `folders` (`--rules`,
    `rules:`), in order: rule files too deep to load (`deep_notices`), then ids
    a later folder takes from an earlier one (`shadow_notices`). Read from the
    folders on every call, never from a cache, so a mended folder stops
    saying them. A folder that cannot be read is passed over (loading it says why)."""
    deep, found = [], []
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        deep += deep_notices(folder)
        try:
            found.append((folder, layout(folder)[0]))
        except OSError:
            continue
    return list(dict.fromkeys(deep + shadow_notices(found)))
