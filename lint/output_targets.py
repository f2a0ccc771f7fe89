"""Which files a report or baseline written to a path would replace that
the run must keep: an article being linted (`overwrites`), the `--baseline`
being read (qa96 #1), the config in use, its Vale config, the rule files
of its `rules:` folders (`in_use`, qa92 #8) and the data files its rules
read (qa96 #9); and a file not there yet in a rules folder (qa96 #2).
`-o` and `--write-baseline` refuse them, in one line, exit 2 (`refused`)."""
from __future__ import annotations

import os
import stat
from typing import Iterable

from .rule_cache import files_under


def refused(option: str, target: str, files: list[str], configs: Iterable,
            baseline: str | None = None) -> str | None:
    """The one line `option` (`-o`, `--write-baseline`) writing to `target`
    is refused with, else None: `target` is an article of `files`, the
    `baseline` FILE the run reads (`--baseline`; for `-o` only, since
    `--write-baseline` over it is how a baseline is rewritten), or a file of
    the run's `configs` (`in_use`), the same file however it is named; or
    `target`, there or not, is under a rules folder of `configs`
    (`rules_folder`), where the next run would load it as a rule."""
    if not os.path.isfile(target):       # a new file, /dev/null, a pipe: nothing replaced
        return _into_rules(option, target, configs)
    if overwrites(target, files) is not None:
        return f"{target}: {option} would overwrite an article being linted; write it to another file"
    if baseline and option != "--write-baseline" and overwrites(target, [baseline]) is not None:
        return (f"{target}: {option} would overwrite the baseline this run reads (--baseline "
                f"{baseline}); write it to another file")
    if (used := overwrites(target, in_use(configs))) is not None:
        return f"{target}: {option} would overwrite {used}, in use by this run; write it to another file"
    return _into_rules(option, target, configs)


def _into_rules(option: str, target: str, configs: Iterable) -> str | None:
    folder = rules_folder(target, configs)
    if folder is None:
        return None
    return (f"{target}: {option} would write into the rules folder {folder}, in use by this run; "
            "write it to another folder")


def rules_folder(target: str, configs: Iterable) -> str | None:
    """The `rules:` folder (or Vale StylesPath) of `configs` that `target`
    lies in or is, whether or not a file is there yet (qa96 #2: a report
    written as `house/lns/report.yaml` is loaded as a broken rule, and
    every later run stops on it); None when it is in none, or when its
    name is none a loader reads (`report.json`: with `rules: [.]` or Vale's
    `StylesPath = .`, every report would be refused). Compared by real path,
    so `./house/../house/x` and a symlinked folder count."""
    if not _loaded_name(target):
        return None
    real = os.path.realpath(target)
    for config in configs:
        for folder in _folders(config):
            if inside(real, os.path.realpath(folder)):
                return folder
    return None


def _folders(config) -> list[str]:
    """`config`'s rules folders: its `rules:` folders, then its Vale
    StylesPath when it has one."""
    vale = config.vale
    return [*config.rule_dirs, *([vale.styles_path] if vale is not None and vale.styles_path else [])]


def _loaded_name(target: str) -> bool:
    """A name a rules folder's loader reads: `.yaml`/`.yml` in any case, not
    hidden (`rule_layout.rule_files`, Vale's `Style/Rule.yml`)."""
    name = os.path.basename(target)
    return not name.startswith(".") and os.path.splitext(name)[1].lower() in (".yaml", ".yml")


def inside(path: str, folder: str) -> bool:
    """Is `path` `folder` or under it, part by part (`/a/bc` is not under
    `/a/b`)? Both as written: resolve them first. False across drives."""
    try:
        return os.path.commonpath([path, folder]) == folder
    except ValueError:                   # another drive on Windows
        return False


def in_use(configs: Iterable) -> list[str]:
    """The files the run reads its settings from: each config's file (a
    `.newslint.yaml`, a pyproject.toml, a `.vale.ini`), the Vale config its
    `vale:` names, every file under its rules folders (a rule file, its
    data tables, a Vale style's rules) and every data file its rules read
    from elsewhere (`options: {hygiene.placeholder: {names: mytk.yaml}}`,
    qa96 #9). Paths as found; repeats dropped."""
    out: list[str] = []
    for config in configs:
        out += [config.path] if config.path else []
        out += [config.vale.path] if config.vale is not None else []
        out += [os.path.join(root, name) for folder in _folders(config) for root, name in files_under(folder)]
        out += _data_files(config)
    return list(dict.fromkeys(out))


def _data_files(config) -> list[str]:
    """`kinds.base.data_files` of the rules `config` sees; [] when they cannot
    be loaded (the run says why, at the config or rule, right after)."""
    from .config import ConfigError
    from .engine import rules_for
    from .kinds.base import data_files
    from .ruleset import RuleError
    try:
        return data_files(rules_for(config))
    except (ConfigError, RuleError):
        return []


def overwrites(output: str, files: list[str]) -> str | None:
    """The article of `files` that writing a report to `output` would replace;
    None when there is none. The report goes where `output` leads
    (`writer.write_atomic` follows a symlink), so what matters is the file
    there, not the name: `./a.txt` is `a.txt`, and so are a symlink to it, the
    article behind a linted symlink, and another case of its name on a
    case-insensitive disk, or through a bind mount. A hard link is another
    name of the same file that the rename replaces, leaving the article as
    it was: allowed. Costs one stat per article, only when `output` exists
    (a new file is no article)."""
    try:
        found = os.stat(output)
    except (OSError, ValueError):
        return None
    if not stat.S_ISREG(found.st_mode):      # /dev/null, a pipe: written into, nothing replaced
        return None
    for path in files:
        try:
            st = os.stat(path)
            if (st.st_ino, st.st_dev) == (found.st_ino, found.st_dev) and _same_entry(output, path):
                return path
        except (OSError, ValueError):
            continue
    return None


def _same_entry(a: str, b: str) -> bool:
    """`a` and `b` lead to one directory entry (the name a rename replaces):
    the same name (in any case) in the same folder, however each is reached
    (symlinks, a bind mount); not two hard links of one file."""
    a, b = os.path.realpath(a), os.path.realpath(b)
    return os.path.basename(a).casefold() == os.path.basename(b).casefold() and \
        os.path.samefile(os.path.dirname(a) or ".", os.path.dirname(b) or ".")
