"""Configuration: validation and merging with the command line (discovery is
`config_find`'s).

A config is `.newslint.yaml` (or `.newslint.yml`, or `[tool.newslint]` in
`pyproject.toml`), found by walking up from each linted file; `--config`
overrides discovery. Every problem is a `ConfigError` naming file and key;
whether its ids name rules is `config_ids`'.
"""
from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Iterable

from . import config_cache
from . import config_values as values
from .analysis.calendar import coerce_date
from .config_find import find_config_file
from .config_ids import in_file_order
from .config_values import ConfigError
from .diagnostic import LEVELS
from .did_you_mean import hint
from .file_notices import REFUSALS
from .readers.options import MARKUPS, ReadOptions
from .marks import KEY, Marks
from .safeload import LoadError, read_text
from .vale.names import CONFIG_NAMES as VALE_CONFIG_NAMES
from .value_words import shown

if TYPE_CHECKING:
    from .vale.config import ValeConfig

KEYS = {"select", "ignore", "levels", "rules", "exclude", "published", "options",
        "max-file-size", "markup", "figures", "image-fields", "jsonl", "site-folders",
        "fail-level", "vale"}


@dataclass(frozen=True)
class Config:
    """One effective configuration: a config file's values (or the defaults),
    with the command line applied by `merged`. (A docstring also spares
    `@dataclass` computing one from the signature with `inspect` at start.)"""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    levels: tuple[tuple[str, str], ...] = ()
    rule_dirs: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    published: dt.date | None = None
    options: tuple[tuple[str, str], ...] = ()   # (rule id, YAML of option overrides)
    max_file_size: int = 10 * 1024 * 1024
    markup: str = "auto"                        # template syntax in Markdown (readers.templates)
    figures: tuple[tuple[str, tuple[str, ...]], ...] = ()   # figure-like tag -> positional roles
    image_fields: tuple[tuple[str, str], ...] = ()          # front-matter key -> picture role
    jsonl: tuple[tuple[str, str], ...] = ()                 # JSON Lines field -> the dump's key
    site_folders: bool = True                   # skip generators' template/output folders (sites)
    # the run's default --fail-level (`run_fail_level`); no finding depends on it,
    # so it is no part of the result cache's key (repr)
    fail_level: str | None = field(default=None, repr=False)
    path: str = ""                              # the file it came from, if any
    root: str = ""                              # folder that `exclude` is relative to
    vale: ValeConfig | None = None              # a Vale config in charge of this file
    marks: Marks | None = field(default=None, compare=False, repr=False)   # where values are

    def read_options(self) -> ReadOptions:
        """What the readers are told about the site (--markup, figures, image-fields)."""
        return ReadOptions(self.markup, self.figures, self.image_fields, self.jsonl)

    def level_for(self, rule: str) -> str | None:
        """The level `levels` sets for `rule`, or None: the most specific entry
        wins, as in select/ignore (the rule's id, else its pack, else ALL).
        A pack or ALL passes `check_config_ids` as a name, so it must act too:
        `levels: {hygiene: suggestion}` was accepted and then did nothing.
        Asked once per finding: the mapping is built once per `levels` tuple
        (`_level_map`), not per call. A caller of the Python API may build a
        Config with `levels` as a dict or a list of pairs (no key for the
        cache): that is read as it comes."""
        if not self.levels:
            return None
        try:
            table = _level_map(self.levels)
        except TypeError:       # unhashable: {rule: level}, [[rule, level]]
            table = dict(self.levels)
        level = table.get(rule)
        while level is None and "." in rule:
            rule = rule.rpartition(".")[0]
            level = table.get(rule)
        return level if level is not None else table.get("ALL", table.get("all"))

    def is_selected(self, rule: str) -> bool:
        """flake8-style: the most specific matching select/ignore entry wins."""
        sel = _longest(self.select, rule) if self.select else 0
        ign = _longest(self.ignore, rule)
        return sel > ign

    def reports(self, rule: str) -> bool:
        """Whether a finding of `rule` is reported: `is_selected`, except that a
        file that was not read at all (`file_notices.REFUSALS`: too large, binary,
        empty, unreadable, missing) is said unless an `ignore:` entry
        matches it. A `select:` picks what is checked; such a file was not
        checked, and a writer whose config selects `hygiene` and `style` saw a
        clean document in the editor and "No problems found" (nu26 #13)."""
        if rule in REFUSALS:
            return self.says(rule)
        return self.is_selected(rule)

    def says(self, rule: str) -> bool:
        """Whether a finding of `rule` is said though `select:` leaves it out:
        one no `ignore:` entry matches. For what the file itself got wrong,
        not a check: a file not read (`reports`), a misread inline directive
        (a typo in its id leaves a finding on, and the writer must hear why)."""
        return self.is_selected(rule) or _longest(self.ignore, rule) < 0

    def merged(self, **cli) -> "Config":
        """Apply command-line options on top: --select replaces, --ignore and
        --rules add (a Vale config's BasedOnStyles may name --rules packs),
        --published and --markup replace. `published` is a date, or a string
        read as `--published` reads it (`YYYY-MM-DD`, an ISO date-time, a
        written date); one that is no date, the empty string too, is a
        ConfigError naming it, as `--published ''` and `published: ''` in a
        config file are (qa181 #4); None alone gives none: False, 0 or []
        are no dates and are refused too, as they are in a config file, so a
        caller's mistake is named, never read as "no date" (qa182 #6)."""
        changes = {}
        if cli.get("select"):
            changes["select"] = tuple(cli["select"])
        if cli.get("ignore"):
            changes["ignore"] = self.ignore + tuple(cli["ignore"])
        if cli.get("rule_dirs"):
            changes["rule_dirs"] = self.rule_dirs + tuple(os.path.abspath(d) for d in cli["rule_dirs"])
            if self.vale is not None:       # its BasedOnStyles may name their packs (`vale.unnamed_packs`)
                packs = values.packs_of(changes["rule_dirs"])
                changes["vale"] = replace(self.vale, house_packs=tuple(sorted({*self.vale.house_packs, *packs})))
        if cli.get("published") is not None:
            changes["published"] = parse_date_option(cli["published"], "published", None)
        if cli.get("markup"):
            changes["markup"] = cli["markup"]
        return replace(self, **changes) if changes else self


def run_fail_level(configs: Iterable[Config], given: str | None) -> str:
    """The level at or above which a finding fails the run: `--fail-level`
    when given, else the lowest `fail-level:` among the configs of the files
    linted (a config that fails on warnings is never overruled by another
    left at the default), else error."""
    if given:
        return given
    said = [c.fail_level for c in configs if c.fail_level]
    return min(said, key=LEVELS.index) if said else "error"


@lru_cache(maxsize=32)
def _level_map(levels: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return dict(levels)     # (a later entry wins, as in the config's mapping)


def _longest(prefixes: tuple[str, ...], rule: str) -> int:
    best = -1
    for p in prefixes:
        if p in ("ALL", "all") or rule == p or rule.startswith(p + "."):
            best = max(best, 0 if p in ("ALL", "all") else len(p))
    return best


def parse_date_option(value, where: str, key: str = "published") -> dt.date:
    parsed = coerce_date(value) if isinstance(value, (str, dt.date)) else None
    if parsed is None:
        raise ConfigError(where, f"{shown(value)} is not a date (use YYYY-MM-DD)", key)
    return parsed


def from_mapping(data, path: str, marks: Marks | None = None, refused: Iterable[ConfigError] = (),
                 left_out: Iterable[str] = (), cli_packs: tuple[str, ...] = ()) -> Config:
    """A Config from a config file's parsed content. ConfigError for every
    wrong value, as yamllint and ruff say every problem of a file (nu50 #5):
    each names the value's line and column when `marks` (of the same file)
    know it, several one line each in file order (`marks.joined`), with the
    placed errors of the load (`refused`, which left the top keys `left_out`
    out of `data`). When the rules folders and the Vale config were read,
    the error's `config` is the Config of the rest, whose ids can still be
    checked (nu51 #4): not when they were wrong or left out, whatever error
    left them out (an alias of a refused date: qa255 #3), as the ids they
    hold are then unknown. `cli_packs`: as `load_file` takes them, for `vale:`."""
    errors: list[ConfigError] = []
    config = None
    try:
        config = _from_mapping(data, path, marks, errors, cli_packs)
    except ConfigError as exc:      # no mapping: nothing else can be read
        errors = [exc]
    if errors or refused:
        error = in_file_order([*refused, *(e.placed(marks) for e in errors)])
        tops = {re.split(r"[.\[]", e.key or "")[0] for e in errors} | set(left_out)   # `rules[0]`: rules
        unread = config is None or config.vale is None and (data or {}).get("vale") is not None
        error.config = None if unread or tops & {"rules", "vale"} else config
        raise error from None
    return config


def _kept(errors: list, read, *args, default=None):
    """`read(*args)`, or `default` with its ConfigError added to `errors`:
    one wrong value stops no other from being read."""
    try:
        return read(*args)
    except ConfigError as exc:
        errors.append(exc)
        return default


def _level_error(path: str, rule, level) -> ConfigError:
    """`levels:`'s refusal of `level` for `rule`, naming the word written
    (`off`, which YAML reads as false: nu56 #4; `~` as null, an empty value
    as such; one `<<` brought, which has no mark, as YAML writes it: `false`,
    `null`) and, for a word that means off or a null (`n`, `~`: qa284 #4),
    that `ignore:` is what switches a rule off (`newslint rules` shows such a
    rule's level as `off`)."""
    way_off = ("; a level cannot switch a rule off: list it under `ignore:`"
               if level is None or level is False or isinstance(level, str)
               and level.strip("'\"").lower() in _OFF_WORDS else "")
    return values.as_written(path, "levels", level, lambda said: f"{rule}: {said} is not one of "
                             f"{', '.join(LEVELS)}{way_off}", ("levels", rule))


# (YAML 1.1 reads off, no, false as false; `n` is Vale's and YAML 1.1's
# type/bool list's no, a string in PyYAML: qa284 #4)
_OFF_WORDS = frozenset({"off", "no", "n", "false", "none", "disabled"})


def _from_mapping(data, path: str, marks: Marks | None, errors: list, cli_packs: tuple[str, ...] = ()) -> Config:
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(path, "config must be a mapping", at=())
    take = partial(_kept, errors)
    errors += [ConfigError(path, f"unknown key ({hint(str(k), KEYS)}known: {', '.join(sorted(KEYS))})",
                           shown(k) if not isinstance(k, str) else k, (k, KEY))
               for k in data if k not in KEYS]
    base = os.path.dirname(os.path.abspath(path))
    for name in ("levels", "options", "jsonl", "image-fields"):
        if take(values.word_keys, path, name, data.get(name), default=False) is False:
            data = {**data, name: None}     # a key YAML read as no text: said, read no further
    levels = {} if data.get("levels") is None else data["levels"]   # `levels: []` is no mapping
    if not isinstance(levels, dict):
        errors.append(ConfigError(path, "must map rule ids to levels", "levels"))
        levels = {}
    errors += [_level_error(path, rule, level)
               for rule, level in levels.items() if not isinstance(level, str) or level not in LEVELS]
    options = {} if data.get("options") is None else data["options"]
    bad = [k for k, v in options.items() if not isinstance(v, dict)] \
        if isinstance(options, dict) else []
    if not isinstance(options, dict) or bad:
        errors.append(ConfigError(path, "must map rule ids to mappings of options", "options",
                                  ("options", bad[0]) if bad else None))
        options = {}
    options = {rule: overrides for rule, overrides in options.items()
               if take(values.word_keys, path, "options", overrides, rule, default=False) is not False}
    rule_dirs = take(values.rule_dirs, path, base, data.get("rules", []), default=())
    site_folders = data.get("site-folders", True)
    if not isinstance(site_folders, bool):
        errors.append(values.as_written(path, "site-folders", site_folders,
                                        lambda said: f"must be true or false, not {said}"))
    markup = data.get("markup", "auto")
    if markup not in MARKUPS:
        errors.append(values.as_written(path, "markup", markup,
                                        lambda said: f"{said} is not one of {', '.join(MARKUPS)}"))
    fail_level = data.get("fail-level")          # `fail-level:` with no value: the default
    if fail_level is not None and (not isinstance(fail_level, str) or fail_level not in LEVELS):
        # Said in the user's word: YAML reads `yes` as true (TOML writes `true`).
        word = shown(str(fail_level).lower() if isinstance(fail_level, bool) else fail_level)
        errors.append(ConfigError(
            path, f"{word} is not one of {', '.join(LEVELS)}", "fail-level",
            reword=lambda written: f"{shown(written)} is not one of {', '.join(LEVELS)}"))
    return Config(
        select=take(values.str_list, path, "select", data.get("select", []), default=()),
        ignore=take(values.str_list, path, "ignore", data.get("ignore", []), default=()),
        levels=tuple(sorted(levels.items())),
        rule_dirs=rule_dirs,
        exclude=take(values.patterns, path, data.get("exclude", []), default=()),
        published=take(parse_date_option, data["published"], path)
        if data.get("published") is not None else None,     # `published: []` is no date either
        options=tuple(sorted((k, _dump(v)) for k, v in options.items())),
        max_file_size=take(values.max_file_size, path, data.get("max-file-size", 10),
                           marks is not None and ("max-file-size",) in marks.quoted, default=0),
        markup=markup,
        figures=take(values.figures, path, data.get("figures"), default=()),
        image_fields=take(values.image_fields, path, data.get("image-fields"), default=()),
        jsonl=take(values.jsonl, path, data.get("jsonl"), default=()),
        site_folders=site_folders,
        fail_level=fail_level,
        path=path,
        root=base,
        vale=take(values.vale_config, path, base, data.get("vale"), rule_dirs, cli_packs),
        marks=marks,
    )


def _dump(value) -> str:
    import yaml
    return yaml.safe_dump(value)


def load_file(path: str, cli_packs: tuple[str, ...] = ()) -> Config:
    """Read one config file (YAML, pyproject.toml's [tool.newslint], or a Vale
    config), bounded in size, depth and aliases (`safeload`). A UTF-8 BOM
    opening the file is read away (tomllib refuses it: a pyproject.toml saved
    with one was dropped unsaid, qa123 #5), so lines and columns count from
    the character after it, as YAML's loader counts them. `cli_packs`: the
    packs of the command line's `--rules` folders, which a Vale config's
    error then does not call missing styles (`load_vale`)."""
    if os.path.basename(path) in VALE_CONFIG_NAMES:
        return load_vale(path, cli_packs)
    try:
        text = read_text(path, "config").removeprefix("\ufeff")
    except OSError as exc:
        raise ConfigError(path, f"cannot read config: {exc.strerror or exc}") from None
    except LoadError as exc:
        raise _error(path, exc) from None
    try:
        if os.path.basename(path) == "pyproject.toml":
            from .toml_load import load_toml, table_marks  # only a pyproject.toml pays for tomllib
            tool = load_toml(text).get("tool", {})
            if not isinstance(tool, dict):
                raise ConfigError(path, "must be a table", "tool")
            data = tool.get("newslint", {})
            if not isinstance(data, dict):
                raise ConfigError(path, "must be a table", "tool.newslint")
            marks = table_marks(text, ("tool", "newslint"))   # tomllib keeps no positions
        else:
            marks, refused, left_out = Marks(), [], []
            try:
                data = config_cache.load(path, text, marks, refused, left_out)   # kept between runs
            except LoadError as exc:    # what was refused before it stopped is said too (qa255 #2)
                raise in_file_order([_error(path, e) for e in (*refused, exc)]) from None
            return from_mapping(data, path, marks, [_error(path, exc) for exc in refused], left_out,
                                cli_packs)
    except LoadError as exc:
        raise _error(path, exc) from None
    return from_mapping(data, path, marks, cli_packs=cli_packs)


def load_vale(path: str, cli_packs: tuple[str, ...] = ()) -> Config:
    """A Vale config (`.vale.ini`, `--vale-config`) as the config of its files.
    `cli_packs` (the command line's `--rules` packs, which `merged` adds) are
    no missing styles when its wrong values are said (qa274 #1)."""
    from .vale import config as vale_config   # only when there is one
    try:
        vc = vale_config.load_file(path, cli_packs=cli_packs)
    except vale_config.ValeConfigError as exc:
        raise values.vale_error(exc) from None
    return Config(path=path, root=vc.root, vale=vc)


def _error(path: str, exc: LoadError) -> ConfigError:
    return ConfigError(exc.where(path), exc.message, exc.key, file=path, line=exc.line,
                       column=exc.column)


def config_for(directory: str) -> Config:
    """The config that applies in `directory`, read afresh (a `Session` caches it)."""
    path = find_config_file(directory)
    return load_file(path) if path else Config(root=os.path.abspath(directory))
