"""Run state for one CLI run, one `lint_paths` call or one editor workspace.

A `Session` resolves each file's config (the forced `--config`, else the
nearest `.newslint.yaml`, plus command-line options), compiles the rules a
config asks for once, and lints. It replaces process-wide caches, so a
long-lived process (the language server, an archive audit) can keep one:

- a config file is re-read when its modification time or size changes, so
  edits to `.newslint.yaml` apply to the next file linted;
- which folder holds the nearest config is remembered for the session's life;
  `refresh()` forgets it (and the compiled rules), e.g. when a config file is
  created or a rule file edited;
- a rule that crashes on one file still runs on the next, but one whose
  patterns timed out on 3 different files is skipped for the rest of the
  session's files, with the same one line (`spent`; qa84: 2 s of CPU on
  every file); a new
  session or `refresh()` runs it again. The `Document` passed to
  `lint_document` is never changed.
"""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace

from .config import Config, ConfigError, find_config_file, load_file
from .config_ids import check_config_ids, check_flag_ids, in_file_order
from .config_values import packs_of
from .document import Document
from .file_notices import FILE_RULES
from .engine import (FileResult, active_rules, lint_bytes, lint_document, lint_path, rule_notices,
                     rules_for, runs, unavailable_rules)
from .rule_options import RuleError
from .ruleset import Rule
from . import spent, vale

# A given publication date further ahead than this is said (`published_ahead`).
AHEAD_NOTICE_DAYS = 7

class Session:
    """Config resolution and compiled rules for one run or one workspace.

    `forced` is a config that replaces discovery (`--config FILE`); `cli` holds
    the command-line options merged on top of every config (see
    `Config.merged`: select, ignore, rule_dirs, published).
    """

    def __init__(self, forced: Config | None = None, cli: dict | None = None):
        self.forced = forced
        self.cli = dict(cli or {})
        self._nearest: dict[str, str | None] = {}                  # folder -> config file
        self._loaded: dict[str, tuple[tuple, Config]] = {}          # file -> (stamp, config)
        self._rules: dict[tuple, tuple[Rule, ...]] = {}
        self._defaults: dict[str, Config] = {}      # folder with no config file -> its defaults
        self._merged: dict[int, tuple] = {}    # id(base) -> (base, the cli options, merged)
        self._active: dict[int, tuple] = {}    # id(config) -> (config, its rules, those selected)
        spent.forget()            # a new run: a rule that timed out in the last runs again

    @classmethod
    def from_options(cls, config_file: str | None = None, **cli) -> "Session":
        """A session as `newslint check` builds it; ConfigError if `config_file` is bad."""
        return cls(load_checked(config_file, cli.get("rule_dirs") or (), given=True) if config_file else None, cli)

    def refresh(self) -> None:
        """Forget where configs were found and the compiled rules (Vale styles
        included): a config was created or deleted, or a rule file edited."""
        self._nearest.clear()
        spent.forget()
        self._rules.clear()
        self._active.clear()
        self._merged.clear()
        vale.forget()

    def config_for(self, path: str) -> Config:
        """The config that applies to the file at `path`, with the CLI options merged.
        Each base config is merged once for the same options (`_merged`): a
        run asks this three times a file (the command line, the runner, a
        worker), and building a Config was most of that."""
        base, cli = self._base(path), self.cli
        got = self._merged.get(id(base))
        if got is None or got[0] is not base or got[1] != cli:   # (the server replaces `cli`)
            if len(self._merged) >= 256:     # a long session's edited configs
                self._merged.clear()
            got = self._merged[id(base)] = (base, dict(cli), base.merged(**cli))
        return got[2]

    __call__ = config_for   # a Session is the `resolve(path) -> Config` that runners take

    def base_for(self, path: str) -> Config:
        """The config that applies to the file at `path` as its file (or the
        defaults) gives it, the command line's options not merged: what an
        audit's `--resume` tells apart from a changed `--select` (nu54 #4)."""
        return self._base(path)

    def _base(self, path: str) -> Config:
        if self.forced is not None:
            return self.forced
        folder = os.path.dirname(os.path.abspath(path)) or "."
        if folder not in self._nearest:
            self._nearest[folder] = find_config_file(folder)
        found = self._nearest[folder]
        stamp = _stamp(found) if found else None
        if found and stamp is None:         # deleted since it was found: look again
            found = self._nearest[folder] = find_config_file(folder)
            stamp = _stamp(found) if found else None
        if not found:
            defaults = self._defaults.get(folder)
            if defaults is None:
                defaults = self._defaults[folder] = Config(root=folder)
            return defaults
        cached = self._loaded.get(found)
        if cached is None or cached[0] != stamp:
            cached = self._loaded[found] = (stamp, load_checked(found, self.cli.get("rule_dirs") or ()))
        return cached[1]

    def rules(self, config: Config) -> tuple[Rule, ...]:
        """Every rule `config` can see (built-ins plus its folders), compiled once per session."""
        key = (config.rule_dirs, config.options, config.vale)   # two Vale configs differ
        if key not in self._rules:
            self._rules[key] = rules_for(config)
        return self._rules[key]

    def validated_rules(self, configs) -> dict[str, Rule]:
        """Compile every config's rules (so a broken rule stops a run before any
        linting) and check every id the user wrote (`--select`, `--ignore`, each
        config file's select/ignore/levels/options) names a rule or pack: a typo
        is a ConfigError with a did-you-mean, never a silent all-clear. Only
        the files `configs` came from are checked, so an editor may validate
        one document's config at a time; each against the rules it sees itself,
        so a walk that also holds another folder's config says the same. Returns id -> Rule (`-v`'s lists of
        the selected ids are `cli_notes.selected_lines`)."""
        rules: dict[str, Rule] = {}
        seen: dict[str, set[str]] = {}      # config file -> the ids its own run can see
        for config in sorted(configs, key=lambda c: c.path):
            own = self.rules(config)
            rules.update({r.id: r for r in own})
            seen.setdefault(config.path, set()).update(_names(config, own))
        known = set().union(*seen.values()) if seen else set(FILE_RULES)
        check_flag_ids([("--select", self.cli.get("select") or ()),
                        ("--ignore", self.cli.get("ignore") or ())], known)
        bases = [self.forced] if self.forced is not None else [
            c for _, c in self._loaded.values() if c.path in seen]
        for base in bases:      # each against its own rules, not the run's union (qa64 #1)
            check_config_ids(base, seen.get(base.path, known), given=base is self.forced)
        return rules

    def published_ahead(self, configs) -> list[str]:
        """One line for each publication date given (`--published`, a config's
        `published:`) more than `AHEAD_NOTICE_DAYS` after today, for the run to
        say without `-v` (nu25 #11: a wrong year turns clean copy red with
        weekday errors). A date refused as too far ahead has its own warning."""
        from .readers import USER_DATE_SOURCE, refused_date
        from .readers._own_reports import PUBLISHED_AHEAD

        today, lines = dt.date.today(), []
        for config in sorted(configs, key=lambda c: c.path or ""):
            date = config.published
            if date is None or (date - today).days <= AHEAD_NOTICE_DAYS \
                    or refused_date(date, USER_DATE_SOURCE) is not None:
                continue
            where = "--published" if self.cli.get("published") else f"{config.path}: published:"
            lines.append(PUBLISHED_AHEAD.format(where=where, date=date.isoformat(), days=(date - today).days,
                                                today=today.isoformat()))
        return list(dict.fromkeys(lines))

    def passed_over(self, configs) -> list[str]:
        """One line for each config found that has another of newslint's
        own beside it, never read (`config_find.passed_over`, qa92 #6), as
        ruff names the one it uses, and for each with a Vale config beside it
        that its `vale:` does not name (`_vale_passed_over`, nu68 #4); none
        under `--config`, which names it."""
        if self.forced is not None:
            return []
        from .config_find import passed_over
        from .readers._own_reports import PASSED_OVER
        configs = sorted(configs, key=lambda c: c.path or "")
        lines = [PASSED_OVER.format(path=config.path, other=other, name=os.path.basename(config.path))
                 for config in configs if config.path for other in passed_over(config.path)]
        return list(dict.fromkeys(lines + [line for config in configs
                                           if (line := _vale_passed_over(config, self._vale_named_above))]))

    def _vale_named_above(self, path: str) -> str | None:
        """The Vale config that the next config above newslint's own `path`
        names by `vale:` (its style runs there and stops below: qa421 #6), or None."""
        from .config_find import CONFIG_NAMES
        folder = os.path.dirname(os.path.dirname(os.path.abspath(path)))
        up = find_config_file(folder) if folder != os.path.dirname(os.path.abspath(path)) else None
        if up is None or os.path.basename(up) not in (*CONFIG_NAMES, "pyproject.toml"):
            return None
        try:
            above = self._base(os.path.join(os.path.dirname(up), "_"))
        except ConfigError:
            return None     # said where its own files are linted
        return above.vale.path if above.vale is not None else None

    def rule_notices(self, configs) -> list[str]:
        """One line for each house rule file the configs' rules folders hold
        but do not load as written (`engine.rule_notices`: too deep for an
        id, or its id taken by a later folder), once each."""
        return list(dict.fromkeys(line for config in sorted(configs, key=lambda c: c.path or "")
                                  for line in rule_notices(config)))

    def _runnable(self, config) -> tuple:
        """newslint's own rules of `config` (its Vale config aside) that this install runs."""
        return tuple(r for r in self.rules(replace(config, vale=None)) if r.checker.unavailable() is None)

    def runs_none(self, config) -> bool:
        """Whether `config` has a Vale config that turns no rule on in any
        section: `vale.config_notes` says so once for the run, so no file of
        it is said alone (`cli_notes.say_unlinted`)."""
        return config.vale is not None and not vale.where_rules_run(config.vale, self._runnable(config))

    def unavailable(self, configs) -> list[str]:
        """One line for each rule the configs turn on that this install
        skips, once each: newslint's own that it cannot run
        (`engine.unavailable_rules`), then a Vale style's (`vale.notices`: an
        unsupported kind, Vale.Spelling without the extra). `check` prints
        them; the language server tells them (nu27). Last, --rules packs a
        Vale config does not name (`vale.unnamed_packs`), which do not run under it.
        A Vale config's slips come before its skipped rules (`vale.config_notes`:
        an unknown key, a switch naming no rule, no rule turned on at all)."""
        ordered = sorted(configs, key=lambda c: c.path or "")
        given, packs = tuple(self.cli.get("rule_dirs") or ()), cli_packs(self.cli)
        return list(dict.fromkeys([line for config in ordered for line in unavailable_rules(
                                      config, self.rules(replace(config, vale=None)))]
                                  + [line for config in ordered if config.vale is not None
                                     for line in vale.config_notes(config.vale, self._runnable(config))]
                                  + [line for config in ordered if config.vale is not None
                                     for line in vale.notices(config.vale)]
                                  + [line for config in ordered if config.vale is not None and packs
                                     for line in vale.unnamed_packs(config.vale, packs,
                                                                    "--rules " + " ".join(given))]))

    def active_rules(self, config: Config, path: str = "") -> list[Rule]:
        """The rules that run on `path` (a Vale config picks them per file).
        Without Vale the choice depends on the config and its compiled rules
        alone: made once per pair (`_active`), not per file (45 `is_selected`
        calls an article), and a new list each call, so no caller shares one."""
        if config.vale is not None:
            return active_rules(config, path)
        rules = self.rules(config)
        got = self._active.get(id(config))
        if got is None or got[0] is not config or got[1] is not rules:
            if len(self._active) >= 256:     # a long session's edited configs
                self._active.clear()
            got = self._active[id(config)] = (config, rules,
                                              tuple(r for r in rules if runs(config, r)))
        return list(got[2])

    def lint_document(self, doc: Document, config: Config | None = None) -> FileResult:
        """Lint a parsed document (its own config unless one is given); `doc` is not changed."""
        config = config or self.config_for(doc.path)
        return lint_document(doc, self.active_rules(config, doc.path), config)

    def lint_bytes(self, path: str, data: bytes, config: Config | None = None) -> FileResult:
        config = config or self.config_for(path)
        return lint_bytes(path, data, config, self.active_rules(config, path))

    def lint_path(self, path: str, config: Config | None = None) -> FileResult:
        config = config or self.config_for(path)
        return lint_path(path, config, self.active_rules(config, path))


def _names(config: Config, own) -> set[str]:
    """The ids the user may write under `config`, whose rules are `own`."""
    ids = set(FILE_RULES) | {r.id for r in own}
    if config.vale is not None:   # a style's rule this install skips is still a name (qa63 #2)
        ids |= vale.skipped_ids(config.vale)
    return ids


def cli_packs(cli: dict) -> tuple[str, ...]:
    """The packs (sub-folders) of the command line's `--rules` folders (`cli`
    as `Session` takes it), which a Vale config's BasedOnStyles may name."""
    return packs_of(tuple(os.path.abspath(d) for d in cli.get("rule_dirs") or ()))


def load_checked(path: str, rule_dirs: tuple[str, ...] = (), given: bool = False) -> Config:
    """`config.load_file(path)`; when the file has wrong values, the error
    also says every id of its other values that names no rule (select,
    ignore, levels, options), in file order, as a sound file's are said at
    `validated_rules` (nu51 #4): one run says all. Not when the rules
    folders or the Vale config were wrong (the ids cannot be known), nor
    when the rules those name do not load (that error comes on the next run).
    `rule_dirs`: the command line's `--rules` folders. Their packs are no
    missing styles of a Vale config the file names (qa274 #1), and their
    rules are known ids, as the run will see them (qa280 #1); when those
    folders' rules do not load, the ids are judged without them, as before.
    `given`: `path` is `--config`'s (`check_config_ids`)."""
    try:
        return load_file(path, cli_packs({"rule_dirs": rule_dirs}))
    except ConfigError as exc:
        rest = exc.config
        if rest is None:
            raise
        for seen in (rest.merged(rule_dirs=rule_dirs), rest):   # `config_for` adds the folders for the run
            try:      # options are left out: their errors come once the values are sound
                known = _names(seen, rules_for(replace(seen, options=())))
                break
            except (ConfigError, RuleError):
                if seen is rest:
                    raise exc from None
        try:
            check_config_ids(rest, known, given)
        except ConfigError as ids:
            raise in_file_order([e for each in (exc, ids) for e in each.errors or (each,)]) from None
        raise


def _stamp(path: str) -> tuple[int, ...] | None:
    """What changes when a file is edited or replaced (times in ns, size, inode); None if gone."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_mtime_ns, st.st_ctime_ns, st.st_size, st.st_ino


def _vale_passed_over(config: Config, named_above) -> str:
    """The line for a Vale config beside newslint's own `config` that its
    `vale:` does not name, so its style never runs (nu68 #4), or else for
    the one the folder above would use, or the config above names by
    `vale:` (`named_above(path)`), whose style stops for the files `config`
    covers (nu74 #6, qa421 #6); "" when there is none, or when `vale:`
    names a Vale config (that one or another: the choice is made). The
    key is relative to the config's own folder as the system finds it, so
    it reads the same through a symlinked folder (qa421 #5), and names the
    Vale config by the path that reaches it, never a symlink's target (qa427 #2)."""
    from .config_find import vale_above, vale_beside
    from .readers._own_reports import VALE_ABOVE, VALE_PASSED_OVER
    if not config.path or config.vale is not None:
        return ""
    template, other = VALE_PASSED_OVER, vale_beside(config.path)
    if other is None:
        template, other = VALE_ABOVE, vale_above(config.path) or named_above(config.path)
    if other is None:
        return ""
    name = os.path.basename(config.path)
    # its folder resolved, its own name kept: a linked-in .vale.ini reads StylesPath from its link's folder (qa427 #2)
    ini = os.path.relpath(os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(other))),
                                       os.path.basename(other)),
                          os.path.realpath(os.path.dirname(os.path.abspath(config.path))))
    key, where = ((f'vale = "{ini}"', f"[tool.newslint] in {name}") if name == "pyproject.toml"
                  else (f"vale: {ini}", name))
    return template.format(path=config.path, other=other, key=key, where=where)
