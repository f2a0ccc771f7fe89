"""What an audit's runs read besides its sources, kept in `_plan.json`, so
that `--resume` finishes a plan only under the configs and rules it began
with (qa101 #2, #3): the partitions written before and those written by the
resume must be one run's rows.

The record (`record`) is the result cache's key for each config, in parts a
refusal can name (`lint.result_cache`, one notion of "changed"):

- `configs`: {config file (its real path, however `--config` spelled it,
  `_file`; "" for the defaults of a folder with none): a digest of every
  effective config read from it, the command line's options merged
  (`repr(Config)`, its folder left out)}: what
  decides whether the config changed, so a key the command line overrides
  changes nothing (qa265 #5);
- `bases`: the same, the command line's options not merged, and `options`:
  {the command line's option (`select`, `ignore`): its value}: what a
  refusal names, `--select` when it changed, not every config (nu54 #4),
  and a config file only when its edit changed an effective config under
  the options the audit began with (`under`, qa269 #2);
- `rules`: {rule, Vale style or data file outside newslint: its stamp as
  the result cache takes it (size, modification and change times in ns,
  inode), or None for a data file gone}: the files under each config's
  `rules:` folders and its Vale config's styles (`result_cache.rule_folders`,
  `stamps`) and the data files its rules name (a `names:` table,
  `result_cache.data_stamps`);
- `newslint`: a digest of newslint's own rules and data files and
  `result_cache.tool_stamp` (versions, code, whether spell-checking runs).

The plan also keeps its `layout` (`LAYOUT`) and the folder the audit was
begun in (`cwd`: relative paths are read from there, qa101 #10).
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import os
from dataclasses import fields, is_dataclass, replace

from ..config_values import ConfigError
from ..result_cache import data_stamps, own_folders, rule_folders, stamps, tool_stamp

LAYOUT = 2          # _plan.json's layout: 2 (fx184) added `layout`, `cwd` and `read`; none: older


def digest(value) -> str:
    """A short digest (16 hex digits) of `value`'s repr: a record's parts,
    and a whole record for a worker's Session key (`work.Settings.keyed`)."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()[:16]


def record(paths, config_for, base_for=None, cli=()) -> dict:
    """The record (see the module docstring) of what auditing `paths` reads,
    each file's config given by `config_for(path)` (`work.Settings.config_for`),
    as its file gives it by `base_for(path)` (else `config_for`), under the
    command line's options `cli` ((key, value) pairs, `Settings.cli`)."""
    paths = list(dict.fromkeys(paths))
    configs = list(dict.fromkeys(config_for(p) for p in paths))
    own = own_folders()
    # each folder as the folder it is, so a config reached through a link names the same files (qa275 #1)
    folders = dict.fromkeys(_file(f) for c in configs for f in rule_folders(c) if f not in own)
    rules: dict[str, list | None] = {s[0]: list(s[1:]) for s in stamps(folders)}
    for config in configs:
        for path, *stamp in data_stamps(config):
            rules[_file(path)] = None if stamp == [None] else stamp
    return {"configs": _by_file(configs),
            "bases": _by_file(dict.fromkeys(map(base_for, paths))) if base_for else _by_file(configs),
            "options": {key: _as_json(value) for key, value in cli},
            "rules": dict(sorted(rules.items())),
            "newslint": digest((tool_stamp(), stamps(own)))}


def _as_json(value):
    """A command-line option's value as `_plan.json` holds it: a tuple as a
    list, a date (the Python API's `published=datetime.date(...)`) as the
    YYYY-MM-DD text the command line gives (qa272 #4: a date object was a
    TypeError when the plan was written); else the value itself."""
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, _dt.datetime):     # its day, as a date-time `published:` is read (rr51c #4)
        value = value.date()
    if isinstance(value, _dt.date):
        return value.isoformat()
    return value


def _by_file(configs) -> dict[str, str]:
    """{config file: a digest of the configs read from it}, each `repr`
    without its folder (a .vale.ini found alone is its `path` too). A file
    is named by the file it is (`_file`), however `--config` spelled it,
    so `desk/.newslint.yaml` and the walk's absolute path are one file
    (qa272 #2: a relative --config was "added" and "gone" at once), and so
    is every path the config holds (`_as_read`, qa275 #1). A .vale.ini that
    a .newslint.yaml's `vale:` key names is a config file of its own: its
    settings are digested under it, the .newslint.yaml keeping only its
    name, so an edit of either names that one (qa275 #2). Its `house_packs`
    come from the .newslint.yaml's `rules:` (and `--rules`), not from the
    .vale.ini, so they stay with the .yaml: an edit of its `rules:` names
    only the .yaml (qa279 #4)."""
    by_file: dict[str, set[str]] = {}
    for config in configs:
        path, vale, named = _file(config.path), config.vale, ""
        if vale is not None and vale.path and _file(vale.path) != path:
            by_file.setdefault(_file(vale.path), set()).add(_as_read(replace(vale, house_packs=()), vale.path))
            config, named = replace(config, vale=None), f" vale={_file(vale.path)!r} packs={vale.house_packs!r}"
        by_file.setdefault(path, set()).add(_as_read(replace(config, root="", path=path), config.path) + named)
    return {path: digest(sorted(reprs)) for path, reprs in sorted(by_file.items())}


def _as_read(value, path: str) -> str:
    """`repr(value)` (a config read from the file `path`), every path under
    that file's folder as spelled (`--config link/.vale.ini`) written under
    the folder it is: the folders a config names (`rules:`, StylesPath) and
    the places its notes cite are spelled from its own file's (`_rebased`)."""
    spelled, real = os.path.dirname(os.path.abspath(path)), os.path.dirname(_file(path))
    return repr(_rebased(value, spelled, real) if spelled and spelled != real else value)


def _rebased(value, spelled: str, real: str):
    """`value` with each text in it, field by field (dataclasses, tuples,
    lists, dict values), that is the folder `spelled` or a path under it,
    part by part (`/a/bc` is not under `/a/b`; a place `/a/b/.vale.ini:3:1`
    is), written under `real` instead, joined part by part too (the root `/`
    spelled or real: `/etc/x` from `/` to `/mnt` is `/mnt/etc/x`, qa296 L2);
    any other text as it is (rr52a #8: a text holding the folder was
    rewritten inside `repr`)."""
    if isinstance(value, str):
        if value == spelled:
            return real
        head = spelled.rstrip(os.sep) + os.sep
        return os.path.join(real, value[len(head):].lstrip(os.sep)) if value.startswith(head) else value
    if isinstance(value, (tuple, list)):
        return type(value)(_rebased(v, spelled, real) for v in value)
    if isinstance(value, dict):
        return {k: _rebased(v, spelled, real) for k, v in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        return replace(value, **{f.name: _rebased(getattr(value, f.name), spelled, real)
                                 for f in fields(value) if f.init and f.repr})
    return value


def _file(path: str) -> str:
    """The file `path` names (links and `./`, `..` resolved, from this
    process's folder); "" (a folder's defaults) as it is."""
    try:
        return os.path.realpath(path) if path else path
    except (OSError, ValueError):
        return path


def changes(before, now: dict, shown=os.path.relpath, rebased=None) -> list[str]:
    """What differs between the `read` records `before` (a plan's, as JSON
    read it) and `now`, each a clause for the refusal of `--resume`, naming
    the files (`shown(path)` spells each); [] when nothing did. The config
    changed when an effective one did (`configs`); the clause then names the
    options that changed (`options`) and the config files edited (`bases`),
    each only when its edit changed an effective config under the options
    `before` kept (`_mattered`); else the effective configs' files. A config file among the rule files
    (a .vale.ini inside its own StylesPath) is named once, as the config
    (qa272 #3)."""
    if not isinstance(before, dict):
        before = {}
    out: list[str] = []
    named: list = []        # the config files the config's clause names
    if before.get("configs") != now["configs"]:
        out = _options(before.get("options"), now["options"])
        blank = "(no config file: the defaults)"
        if "bases" in before:
            named = _mattered(_files(before.get("bases"), now["bases"]), before, rebased)
        if named or not out:
            named = named or _files(before.get("configs"), now["configs"])
            out.append(f"the config changed since that audit ({_said(named, shown, blank)})")
    configs = {_file(p) for p, _ in named if p}
    said = _said([f for f in _files(before.get("rules"), now["rules"]) if _file(f[0]) not in configs], shown)
    if said:
        out.append(f"a rule or data file changed since that audit ({said})")
    if before.get("newslint") != now["newslint"]:
        out.append("newslint itself (its version, code, rules or data) changed since that audit")
    return out


def _mattered(changed: list[tuple[str, str]], before: dict, rebased) -> list[tuple[str, str]]:
    """The config files of `changed` (`_files` of two records' `bases`)
    whose edit changed an effective config: those whose configs, as their
    files give them now under the options `before` kept (`rebased`), are not
    `before`'s. A file whose edit the command line overrides is left out,
    each file told apart (qa269 #2, qa272 #1); all of `changed` when that
    cannot be told (no `rebased`, a plan's options that no config takes)."""
    try:
        then = rebased(dict(before.get("options") or {})) if rebased is not None else None
    except (TypeError, ValueError, ConfigError):
        then = None
    was = before.get("configs")
    if not isinstance(then, dict) or not isinstance(was, dict):
        return changed
    return [(path, how) for path, how in changed if then.get(path) != was.get(path)]


def under(paths, base_for, options: dict) -> dict[str, str]:
    """The `configs` of a record of `paths` (see `record`) had the command
    line given `options` (a plan's `options`): each file's config as
    `base_for(path)` gives it, merged with them (`Config.merged`).
    TypeError, ValueError or ConfigError when `options` are none a config
    takes."""
    return _by_file(dict.fromkeys(base_for(p).merged(**options) for p in dict.fromkeys(paths)))


def _options(then, now: dict) -> list[str]:
    """A clause for each command-line option whose value differs between two
    records' `options`, e.g. "--select changed since that audit (then: not
    given; now: hygiene)"."""
    then = then if isinstance(then, dict) else {}
    out = []
    for key in sorted(set(then) | set(now), key=str):
        if then.get(key) != now.get(key):
            out.append(f"--{str(key).replace('_', '-')} changed since that audit "
                       f"(then: {_given(then.get(key))}; now: {_given(now.get(key))})")
    return out


def _given(value) -> str:
    """An option's value as a refusal says it: "hygiene, dates"; "not given"."""
    if value is None or value == []:
        return "not given"
    return ", ".join(map(str, value)) if isinstance(value, list) else str(value)


def _files(then, now: dict) -> list[tuple[str, str]]:
    """The files edited, added and gone between two {path: stamp or digest}
    maps, as (path, "edited" | "added" | "gone") in that order."""
    then = then if isinstance(then, dict) else {}
    changed = [(p, "edited") for p in now if p in then and then[p] != now[p]]
    changed += [(p, "added") for p in now if p not in then]
    return changed + [(p, "gone") for p in then if p not in now]


def _said(changed: list[tuple[str, str]], shown, blank: str = "") -> str:
    """`_files`' list as a clause says it, e.g. "desk/.newslint.yaml
    edited, house/x/new.yaml added"; "" for none. A path is spelled by
    `shown(path)`, "" (a folder's defaults) by `blank`."""
    named = lambda p: _shown(p, shown) if p else blank        # noqa: E731
    said = [f"{named(p)} {how}" for p, how in changed]
    more = len(said) - SHOWN
    return ", ".join(said[:SHOWN]) + (f" and {more} more" if more > 0 else "")


SHOWN = 3           # files a clause names before "and N more"


def _shown(path: str, shown) -> str:
    try:
        return shown(path)
    except ValueError:        # another drive (Windows)
        return path


def partitioning(before: dict, now: dict) -> str:
    """The clause refusing `--resume` when the same files are cut otherwise
    than the plan `before` (a `_plan.json`, as JSON read it) cut them: the
    `--partition-size` then and now when they differ, as an option's clause
    says it (`_options`), with the size to resume with (nu73 #6: the size
    begun with went unsaid); a plan that does not keep it (`partition_size`,
    kept since fx554), or one cut otherwise at the same size, is said alone."""
    said = "the partitioning changed since that audit"
    then, size = before.get("partition_size"), now.get("partition_size")
    if type(then) is not int or then == size:
        return said
    return f"{said} (--partition-size then: {then}; now: {size}; resume with --partition-size {then})"


def unresumable(before: dict, cwd: str) -> str | None:
    """Why the plan `before` (a `_plan.json`, as JSON read it) cannot be
    resumed from the folder `cwd`, with what to do, else None: an older
    newslint's plan keeps no record of the configs and rules it read (a
    resume could mix two rule sets' rows), a newer one's may keep what this
    one cannot check, and an audit begun in another folder read its relative
    paths from there (qa101 #10: it was said to be an export changed)."""
    layout = before.get("layout")
    if layout is None:
        return ("that audit was begun by an older newslint, whose _plan.json does not record the "
                "configs and rule files it read, so a resume could mix two rule sets' findings; "
                f"{AFRESH}")
    if not isinstance(layout, int) or layout > LAYOUT:
        return f"that audit was begun by a newer newslint (its _plan.json's layout {layout!r}); {AFRESH}"
    then = before.get("cwd")
    if isinstance(then, str) and _real(then) != _real(cwd):
        return (f"that audit was begun in another folder, {then}, whose relative paths it reads; "
                f"run the same command there with --resume to finish it, or {AFRESH}")
    return None


AFRESH = "run without --resume into a new folder"


def _real(folder: str) -> str:
    try:
        return os.path.realpath(folder)
    except (OSError, ValueError):
        return folder
