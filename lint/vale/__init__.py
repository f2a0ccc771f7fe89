"""Running Vale configurations and styles unchanged.

A Vale config is a second way in to the same engine, never a second engine:
`config.py` reads `.vale.ini`, `styles.py` turns each `Style/Rule.yml` into a
newslint `Rule` whose kind lives in `lint/kinds/`, `scope.py` maps Vale's
scopes onto the reader's parts, and this module picks the rules that run on
one file and prepares the file's ignores. newslint's own packs run only when
the config names them (`BasedOnStyles = newslint`, or a pack name).
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import TYPE_CHECKING

from .. import rx as regex

from ..document import Document
from ..readers._own_reports import NOT_LINTED, UNRULED
from ..regex_size import compile_counted
from ..value_words import as_written
from .names import CONFIG_NAMES, find_in

if TYPE_CHECKING:
    from .config import ValeConfig

# `config` (reading `.vale.ini`) is imported when a Vale config is found, and
# `styles` (rule building, the kinds) by the functions that need it: config
# discovery, beside every linted file, must stay light.


def __getattr__(name: str):
    if name in ("ValeConfig", "ValeConfigError", "load_file"):
        from . import config
        return getattr(config, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = ["CONFIG_NAMES", "ValeConfig", "ValeConfigError", "find_in", "load_file",
           "file_rules", "skipped_ids", "config_notes", "all_rules", "forget", "prepare", "notices", "whole_file_rules",
           "unmatched", "where_rules_run", "sections_label", "styled_rules"]


def all_rules(vc: ValeConfig) -> list:
    """Every rule the config could turn on (for validation and `--format`
    metadata), and those this install cannot run (Vale.Spelling without the
    `spelling` extra), as `engine.rules_for` keeps a house rule of that kind:
    `newslint rules` and `explain` show them, marked (nu27 #1); no run picks them."""
    loaded = _loaded(vc)
    return list(loaded.rules.values()) + list(loaded.unavailable.values())


def forget() -> None:
    """Drop the styles, vocabularies and rule choices read so far, so a
    long-lived process (the language server) sees an edited style file."""
    import sys
    styles = sys.modules.get(f"{__name__}.styles")    # nothing was read if it never loaded
    if styles is not None:
        styles.load.cache_clear()
    _select.cache_clear()


_VOCAB_SEEN: dict = {}      # ValeConfig -> its Vocab lists' stamps when its rules were built


def _vocab_seen(vc: ValeConfig) -> None:
    """`forget` the rules built so far when a Vocab list of `vc` was edited,
    added or removed on disk since (`vocab.vocab_stamps`: mtime, size,
    ctime, inode): `load` and `_select` are cached on `vc` alone, whose
    `.vale.ini` did not change, and its rules hold the terms, so a long-lived
    process (the language server, a test's CLI runs) kept the old Vocab (qa298 #6)."""
    from .vocab import vocab_stamps
    now = vocab_stamps(vc)
    if _VOCAB_SEEN.get(vc, now) != now or len(_VOCAB_SEEN) >= 64:   # 64: as `config.load_cached` keeps
        forget()
        _VOCAB_SEEN.clear()
    _VOCAB_SEEN[vc] = now


def _loaded(vc: ValeConfig):
    """`styles.load(vc)`, rebuilt first when a Vocab list of `vc` changed
    (`_vocab_seen`): each function here that reads the rule set asks this
    (`file_rules` and `where_rules_run`, which read it through `_select`,
    ask `_vocab_seen`), so none says the pre-edit set's notices or ids in a
    long-lived process (rr53a #3)."""
    from .styles import load
    _vocab_seen(vc)
    return load(vc)


def notices(vc: ValeConfig) -> list[str]:
    """Rules that were skipped because their kind is not supported, once each."""
    return list(_loaded(vc).unsupported)


def unnamed_packs(vc: ValeConfig, packs: tuple[str, ...], given: str) -> list[str]:
    """The run's one line when rule packs given on the command line
    (`given`, e.g. "--rules rules") do not run under `vc`: as in Vale, a
    style runs where `BasedOnStyles` (or a `pack.rule = YES` switch) names
    it, and this config leaves some of `packs` unnamed (a switch naming a
    rule of one counts, even `= NO`); [] when it names them all, or
    `newslint` (every newslint rule)."""
    from .style_names import NEWSLINT
    from .styles import needed_styles
    named = set(needed_styles(vc))
    left = [p for p in packs if p not in named]
    if not left or NEWSLINT in named:
        return []
    these = ", ".join(left)
    return [f"{given}: {these} not run under {vc.path}, which runs only the styles its "
            f"BasedOnStyles names: add {these} there (or a {left[0]}.RULE = YES switch)"]


def config_notes(vc: ValeConfig, newslint_rules: tuple) -> list[str]:
    """The run's lines on slips in `vc` that would leave a check off unsaid:
    each key Vale does not know (`BasedOnStyle`, with the nearest key); each
    rule switch naming no rule or pack loaded (nor one of Vale's own,
    `Vale.Terms` without a Vocab) whose id is near one, or whose style is
    loaded (`hygeine.placeholder = NO`, with the nearest id, found as
    `select:`'s are, `suppress_ids.nearest_id`; qa92 #1), naming newslint's
    own style (`newslint.Bogus`: nu55 #6; Vale skips such a switch unsaid,
    exit 0; so does newslint, but says it); a switch of a style `Packages`
    names that is not synced yet (`Google.Headings` under `Packages =
    Google`, no styles/Google), pointing to `vale sync` (qa274 #2; a local
    style's switch naming no rule is left unsaid); and, when no section turns any
    rule on, that nothing is checked (at the first section, qa92 #10).
    `newslint_rules`: newslint's rules this install runs. [] when all is well."""
    from ..suppress_ids import nearest_id
    from .style_names import NEWSLINT, SYNC, unsynced
    from .styles import BUILTIN_IDS
    lines = list(vc.unknown_keys) + list(vc.skip_notes)
    loaded = _loaded(vc)
    names = {r.id for r in newslint_rules} | set(loaded.rules) | set(loaded.skipped)
    names |= {n.split(".")[0] for n in names} | set(loaded.styles) | set(vc.house_packs)
    names |= set(BUILTIN_IDS)       # Vale.Terms with no Vocab: Vale's rule, with nothing to do
    runs_none = not where_rules_run(vc, newslint_rules)
    for rid, where in vc.switch_at:
        if rid in names:
            continue
        style = rid.split(".")[0]
        if style not in names and unsynced(style, vc.styles_path, vc.packages):
            lines.append(f"{where}: {rid}: style {style!r} does not exist on StylesPath "
                         f"({vc.styles_path or 'not set'}); {SYNC}; the switch does nothing")
            continue
        near = nearest_id(rid, names)
        # also said: `newslint.X` (newslint's own name, so no style of the user's
        # that is not synced: nu55 #6)
        if near is not None or rid.split(".")[0] in names or rid.split(".")[0] == NEWSLINT:
            lines.append(f"{where}: {rid}: no rule or pack {rid!r}"
                         + (f" (did you mean {near}?)" if near else " (`newslint rules` lists them)")
                         + "; the switch does nothing")
    if runs_none:
        lines.append(f"{vc.first_section}: this Vale config turns no rule on (no style named by "
                     "BasedOnStyles, no Style.Rule = YES naming a rule): no file is checked")
    return list(dict.fromkeys(lines))


def skipped_ids(vc: ValeConfig) -> set[str]:
    """Ids of the rules a style names that this install skips (an unsupported
    kind, Vale.Spelling without the `spelling` extra), and Vale's own rules
    not built (Vale.Terms and Vale.Avoid with no Vocab terms, qa96 #4):
    still ids a user may select or ignore (qa63 #2), though they never run."""
    from .styles import BUILTIN_IDS
    loaded = _loaded(vc)
    return set(loaded.skipped) | {r for r in BUILTIN_IDS if r not in loaded.rules}


def file_rules(vc: ValeConfig, path: str, newslint_rules: tuple) -> list:
    """The rules Vale would run on `path`, plus newslint's when the config asks."""
    _vocab_seen(vc)         # not `_loaded`: a file no section lints never builds the styles
    return _rules_under(vc, vc.settings_for(path), newslint_rules)


def _rules_under(vc: ValeConfig, s, newslint_rules: tuple) -> list:
    if not s.linted:
        return []
    return list(_select(vc, s.styles, s.checks)) + _own(vc, s.styles, s.checks, newslint_rules)




def unmatched(vc: ValeConfig, path: str, own: tuple | None = None) -> str | None:
    """`-v`'s line for a file Vale would skip (no section matches it and `[*]`
    sets nothing) or, given `own` (newslint's rules, when none ran on it),
    one on which the sections that match it turn no rule on, else None. The
    engine keeps it in the file's notes, which the result cache keeps too,
    so a run counts neither as a file linted (`reporting.unlinted`): README,
    a run that linted no file says `No files linted.` (nu56 #2)."""
    settings = vc.settings_for(path)
    if not settings.linted:
        return f"{path}: no section of {vc.path} matches{NOT_LINTED}"
    if own is not None and not _rules_under(vc, settings, own):
        return UNRULED.format(path=path, config=vc.path)
    return None


def sections_label(sections: tuple[str, ...]) -> str:
    """How `check -v` and `newslint rules` name a group of files: the sections
    they match, in the config's order (`[*.md] [*.{md,txt}]`)."""
    return " ".join(f"[{glob}]" for glob in sections) or "(its global keys)"


def where_rules_run(vc: ValeConfig, newslint_rules: tuple) -> dict[str, list[str]]:
    """Rule id -> the groups of sections (`sections_label`, as `check -v` names
    the files that match just those) under which it runs, for `newslint
    rules`; a rule not in it is off under this config. Each section stands for
    the files its glob names, with each wildcard filled in and each `{a,b}`
    choice taken in turn (`[*.{md,txt}]`: x.md and x.txt), and each such file
    is counted under all the sections it matches, as `check` reads it: so a
    file that `[*.{md,txt}]` alone matches (x.txt) runs only what that
    section turns on, whatever `[*.md]` turns on for x.md. A glob that cannot
    be filled so (`[!*.py]`) stands for a file it alone matches; `[*]` (or no
    section), for a file no other glob matches."""
    _vocab_seen(vc)         # `_select` loads, as `file_rules` does
    star = tuple(sec.glob for sec in vc.sections if sec.glob == "*")[:1]
    views: dict[str, object] = {}
    for sec in vc.sections:
        if sec.glob == "*":
            continue
        for sample in _samples(vc, sec.glob) or [None]:
            settings = vc.settings_for(sample) if sample is not None else None
            if settings is None or sec.glob not in settings.sections:
                settings = vc.alone(sec)
                views.setdefault(sections_label(star + settings.sections), settings)
            else:
                views.setdefault(sections_label(settings.sections), settings)
    views.setdefault(sections_label(star), vc.alone(None))
    out: dict[str, list[str]] = {}
    for label, s in views.items():
        for rule in _rules_under(vc, s, newslint_rules):
            out.setdefault(rule.id, []).append(label)
    return out


@lru_cache(maxsize=256)
def _select(vc: ValeConfig, styles: tuple, checks: tuple) -> tuple:
    from .styles import at_least, load, rule_runs
    loaded = load(vc)
    local, global_ = dict(checks), dict(vc.global_checks)
    return tuple(rule for rid, rule in loaded.rules.items()
                 if rule_runs(rid, rid.split(".")[0], styles, local, global_)
                 and at_least(rule.level, vc.min_level))


def _own(vc: ValeConfig, styles: tuple, checks: tuple, newslint_rules: tuple) -> list:
    """newslint's rules that the config turns on by style (pack) or switch."""
    from .style_names import NEWSLINT
    from .styles import at_least
    local, global_ = dict(checks), dict(vc.global_checks)
    out = []
    levels = dict(vc.levels)
    for rule in newslint_rules:
        on = NEWSLINT in styles or rule.pack in styles
        for key in (rule.pack, rule.id):      # a pack switch, then the rule's own
            if key in global_:
                on = global_[key]
            if key in local:
                on = local[key]
        level = levels.get(rule.id) or levels.get(rule.pack) or rule.level
        if on and at_least(level, vc.min_level):
            out.append(rule)
    return out


def _samples(vc: ValeConfig, glob: str, most: int = 16) -> list[str]:
    """Paths `glob` names: each wildcard filled with `x`, each set its first
    character, and each `{a,b}` choice in turn (at most `most` paths)."""
    if glob.startswith("!"):
        return []
    names, done = [glob], []
    while names and len(done) + len(names) <= most:
        name = names.pop(0)
        m = regex.search(r"\{([^{}]*)\}", name)
        if m is None:
            done.append(name)
            continue
        names += [name[:m.start()] + choice + name[m.end():] for choice in m[1].split(",")]
    done += names[:max(most - len(done), 0)]
    out = []
    for name in done:
        name = regex.sub(r"\{([^,}]*)[^}]*\}", regex.group1, name)      # (past the cap: the first choice)
        name = regex.sub(r"\[!?\]?([^\]])[^\]]*\]", regex.group1, name)
        name = regex.sub(r"\*+|\?", "x", name)
        out.append(os.path.join(vc.root, name))
    return list(dict.fromkeys(out))


def whole_file_rules(rules) -> frozenset[str]:
    """Ids of the Vale rules scoped only to `raw` or `summary`: Vale resets its
    comments before those scopes, so `<!-- vale off -->` never hides them."""
    out = set()
    for rule in rules:
        ctx = getattr(rule.checker, "vale", None)
        if ctx is not None and ctx.scope is not None and all(n.lstrip("~").split(".")[0] in ("raw", "summary")
                                   for n in ctx.scope.names):
            out.add(rule.id)
    return frozenset(out)


def styled_rules(rules) -> frozenset[str]:
    """Ids of the rules a Vale style gives (one under StylesPath, or Vale's
    own `Vale.Spelling`), not newslint's: `<!-- vale newslint = NO -->`
    leaves them on (`suppress.vale_matches`)."""
    return frozenset(rule.id for rule in rules
                     if getattr(getattr(rule.checker, "vale", None), "scope", None) is not None)


def prepare(doc: Document, vc: ValeConfig) -> None:
    """Record the source spans that `TokenIgnores`/`BlockIgnores` (and the
    config's ignored scopes) take out of linting, for the Vale kinds."""
    s = vc.settings_for(doc.path)
    if vc.skipped_scopes:
        doc.cache["vale.skipped"] = vc.skipped_scopes
    spans = []
    for pattern in s.token_ignores + s.block_ignores:
        try:
            rx = _compiled(pattern)
        except regex.error as exc:
            from .config import ValeConfigError
            raise ValeConfigError(f"{vc.path}: TokenIgnores: {as_written(pattern, cut=False)} does not compile: {exc}") from None
        for m in rx.finditer(doc.source, timeout=2.0):
            spans.append(m.span(1) if rx.groups else m.span())
    ignored_inline = {"link", "strong", "emphasis"} & set(vc.ignored_scopes)
    if ignored_inline:
        for part in doc.parts:
            for kind, start, end in part.attrs.get("inline", ()):
                if kind in ignored_inline and end > start:
                    spans.append(part.source_span(start, end))
    if spans:
        doc.cache["vale.ignored"] = sorted(spans)


@lru_cache(maxsize=256)
def _compiled(pattern: str) -> "regex.Pattern":
    """A TokenIgnores/BlockIgnores pattern, compiled; `regex.error` when it does
    not compile or its counted repeats are too large (`regex_size`; `config`
    refused it first at its .vale.ini line)."""
    return compile_counted(pattern, regex.MULTILINE)
