"""Run rules over documents and turn their findings into placed Diagnostics.

The engine is the only place that knows ids, levels, config and inline
suppressions: kinds report facts (a span of a part and a message), and the
engine places each finding through `lint.placing`, which maps the span to line
and column through the part's segment map.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from typing import Iterable

from . import process, publication
from .config import Config
from .config_values import vale_error
from .data_tables import DataFileError
from .diagnostic import Diagnostic
from .marks import file_order, joined
from .document import Document
from .file_notices import FILE_RULES
from .kinds.base import RULE_BUDGET, budget, outside_quotes
from .readers import ReadError, over_limit, read_bytes
from .readers._own_reports import CRASHED      # its grammar tells a saved report (qa279 #1)
from .rule_sets import load_rules, rule_stamps
from .rule_layout import folder_notices
from .ruleset import Rule, RuleError, builtin_rules_folder
from .safeload import no_gc
from .regular_files import NotRegular, TooLarge, missing_message, read_regular
from .suppress import Suppressor, off_for_body
from . import spent, vale, yields
from .placing import as_placed, diagnostic, place


@dataclass
class Problem:
    """Something that stops a full lint (exit code 2): a rule that timed out
    or crashed, or a data file it reads that cannot serve (`DataFileError`).
    `text` is the one line shown to the user."""

    text: str


@dataclass
class FileResult:
    """What linting one file gave: its findings and any problems (rules that
    stopped or crashed)."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)      # --verbose explanations
    document: Document | None = None
    # no publication date, so an active rule that needs one (`Kind.needs_published`) said
    # nothing: counted in the text summary's note (`cli_notes.say_undated`); an export: how many had none
    undated: int = 0
    articles: int = 1
    # an export's articles, named as its findings name them, in order (`Document.article`);
    # () for a file of one article: JUnit gives each a testsuite, a clean one too
    names: tuple[str, ...] = ()
    # an export's articles' publication dates (or None) as their lint settled them (`publication.settle`)
    dates: list = field(default_factory=list)
    # ... though it gave one, refused (too far ahead, a placeholder) or unreadable
    # (`file.implausible-date`, a front matter date that is no date): the note says so
    date_refused: int = 0
    # ... because its front matter could not be read: (line, column) of the notice
    # saying so (`Notice.unread_front`), for the note to point at instead of
    # "write the date" (nu30 #4); None for an export
    unread: tuple[int, int] | None = None
    # a finding whose kind offered a fix the file cannot take -> why (`Document.fix_refused`),
    # for --fix to say; not kept by the result cache, which --fix does not use
    held: dict = field(default_factory=dict)
    # each finding an inline directive hid -> the directive's reason ("" for none), for SARIF
    suppressed: dict = field(default_factory=dict)
    # the reader that read it (`Document.format`: `wxr` for a `.xml` WordPress export), for
    # the no-date note to name where that format states a date (`reporting.date_place`); "" unread
    format: str = ""


def rules_for(config: Config) -> tuple[Rule, ...]:
    """The compiled rules a config can see (built-ins plus its folders, plus every
    rule of a Vale config's styles). Compiled once per set of rule files, options
    and file stamps (`rule_sets.load_rules`): an edited rule or `names:` table is re-read."""
    folders = (builtin_rules_folder(),) + config.rule_dirs
    try:
        stamps = rule_stamps(folders)
        own = load_rules(folders, config.options, stamps, config.path)
    except RuleError as exc:       # a bad `options:` override: placed in the config
        raise joined(_config_first([e.placed(config.marks) if e.path == config.path else e
                                   for e in exc.errors or (exc,)], config.path)) from None
    if config.vale is None:
        return own
    try:
        return own + tuple(vale.all_rules(config.vale))
    except vale.ValeConfigError as exc:
        raise vale_error(exc) from None


def _config_first(errors: list[RuleError], path: str) -> list[RuleError]:
    """The placed `errors` of a rule load: those of the config `path` (its
    `options:`) first, in its file order (qa237 #5), one with no line (a
    pyproject dotted key) after the placed ones (qa242 #1), then the rule
    files' in the order found."""
    return sorted(errors, key=lambda e: (0, *file_order(e)) if path and e.file == path else (1,))


def rule_notices(config: Config) -> list[str]:
    """One line for each rule file of `config`'s own rules folders that is not
    loaded as written: one too deep to have an id, one whose id a later
    folder takes (`rule_layout.folder_notices`). Read afresh on each call."""
    return folder_notices(config.rule_dirs)


def active_rules(config: Config, path: str = "") -> list[Rule]:
    """The rules that run on `path`: the config's selection, or, under a Vale
    config, the rules its sections turn on for that file."""
    if config.vale is not None:
        try:
            return [r for r in vale.file_rules(config.vale, path, _own(config)) if config.is_selected(r.id)]
        except vale.ValeConfigError as exc:
            raise vale_error(exc) from None
    return [r for r in rules_for(config) if runs(config, r)]


def _own(config: Config) -> tuple[Rule, ...]:
    """newslint's rules this install can run, as a Vale config may turn them on."""
    return tuple(r for r in rules_for(replace(config, vale=None)) if r.checker.unavailable() is None)


def runs(config: Config, rule: Rule) -> bool:
    """Whether `config` selects `rule` and this install can run it."""
    return config.is_selected(rule.id) and rule.checker.unavailable() is None


def unavailable_rules(config: Config, own: Iterable[Rule] | None = None) -> list[str]:
    """One line for each of newslint's rules (a house rule of the `spelling`
    kind) that `config` selects but this install cannot run, for the run to say
    once; `active_rules` leaves them out (nu27 #4). A Vale style's are in
    `vale.notices`. `own`: `config`'s own rules (no Vale style's) when the
    caller has them compiled already (a `Session`); default `rules_for`."""
    if own is None:
        own = rules_for(replace(config, vale=None))
    return [notice for r in own if config.is_selected(r.id) and (notice := r.skip_notice(r.path))]


def lint_document(doc: Document, rules: Iterable[Rule], config: Config,
                  known: Iterable[str] | None = None) -> FileResult:
    """Run `rules` over `doc` and place their findings. `doc` is never changed: a
    publication date from the config (or one refused) is applied to a copy (with
    its own analyses), which becomes `FileResult.document` (an export's articles'
    dates: `FileResult.dates`). A rule that times out or crashes is reported as a
    Problem and skipped for this document only. With `known` (every rule id the
    run loaded) an inline directive naming no rule or pack is reported too."""
    with no_gc():    # 100,000s of findings on one file: the collector made it super-linear
        plan = _Plan(rules, config)
        result = _lint_export(doc, plan, config, known) if doc.articles else _lint(doc, plan, config, known)
        if config.vale is not None and (skipped := vale.unmatched(config.vale, doc.path,
                                                                  None if plan.rules else _own(config))):
            result.notes = [skipped]       # -v: said, never "No problems found" in silence
        process.first_article_done()   # before the collector resumes: see `process`
        return result


class _Plan:
    """What `_lint` reads off the rules, the same for every article of an
    export (thousands in a WordPress export): worked out once per file."""

    __slots__ = ("rules", "trusted", "dated", "yielding", "whole", "styled")

    def __init__(self, rules: Iterable[Rule], config: Config):
        self.rules = list(rules)
        self.trusted = [getattr(r.checker, "trusted", False) for r in self.rules]   # built-in patterns
        self.dated = [r for r in self.rules if getattr(r.checker, "needs_published", False)]
        self.yielding = {r.id: r.yields_to for r in self.rules if r.yields_to}
        self.whole = vale.whole_file_rules(self.rules) if config.vale is not None else frozenset()
        self.styled = vale.styled_rules(self.rules) if config.vale is not None else frozenset()


def _lint_export(doc: Document, plan: _Plan, config: Config,
                 known: Iterable[str] | None) -> FileResult:
    """A file of several articles: its own notices, then each article linted
    on its own; every finding names its article and lies in the one file."""
    result = FileResult(doc.path, document=doc, articles=len(doc.articles),
                        names=tuple(a.article for a in doc.articles), format=doc.format)
    out = [place(doc, n.rule, config.level_for(n.rule) or n.level, n.message, n.offset, n.offset,
                  None) for n in doc.notices if config.reports(n.rule)]
    for article in doc.articles:
        one = _lint(article, plan, config, known)
        result.dates.append(one.document.published)
        out.extend(one.diagnostics)
        result.problems.extend(one.problems)
        result.notes.extend(f"{note} (article {article.article})" for note in one.notes)
        result.undated += one.undated
        result.date_refused += one.date_refused
        result.held.update(one.held)
        result.suppressed.update(one.suppressed)
    result.diagnostics = sorted(dict.fromkeys(out), key=Diagnostic.sort_key)   # never a set's order
    return result


def _lint(doc: Document, plan: _Plan, config: Config,
          known: Iterable[str] | None) -> FileResult:
    doc, refused = publication.settle(doc, config)
    result = FileResult(doc.path, document=doc, format=doc.format)
    result.undated = int(doc.published is None and not doc.blank and any(
        not off_for_body(doc, rule.id, rule.scope)
        for rule in plan.dated))    # an empty file has no date to read; a rule switched off needs none
    refusal = bool(refused) or any(n.refuses_date for n in doc.notices)
    result.date_refused = int(bool(result.undated) and refusal)
    if result.undated and (unread := next((n for n in doc.notices if n.unread_front), None)) is not None:
        result.unread = doc.lines.position(unread.offset)
    result.notes.append(publication.note(doc, bool(result.undated), refusal))
    if config.vale is not None:
        try:
            vale.prepare(doc, config.vale)
        except vale.ValeConfigError as exc:       # a bad TokenIgnores pattern, say
            result.problems.append(Problem(str(exc)))
            return result
    out: list[Diagnostic] = []
    held: dict[Diagnostic, str] = {}
    repeats: list[tuple[Diagnostic, Diagnostic]] = []     # (a repeat, the fault's first finding)
    if config.is_selected("file.implausible-date"):
        level = config.level_for("file.implausible-date") or "warning"
        out += [place(doc, "file.implausible-date", level, message, at, at, None)
                for message, at in refused]
    for notice in doc.notices:
        if config.reports(notice.rule):
            out.append(place(doc, notice.rule, config.level_for(notice.rule) or notice.level,
                              notice.message, notice.offset, notice.offset, None))
    misread: list = []
    if known is not None and doc.suppressions:     # (else nothing to check)
        from .suppress_ids import read_ids     # a story with directives only: most have none
        doc.suppressions[:], misread = read_ids(doc.suppressions, set(known) | set(FILE_RULES))
    scoped: dict[tuple[str, ...], list] = {}    # rules share a few scopes
    for rule, trusted in zip(plan.rules, plan.trusted):
        if not trusted and (line := spent.said(rule)) is not None:
            result.problems.append(Problem(line))     # timed out on an earlier file: said once
            continue
        parts = scoped.get(rule.scope)
        if parts is None:
            parts = scoped[rule.scope] = doc.parts_of(rule.scope)
        parts = list(parts)                         # each rule gets its own list
        try:
            if trusted:                                 # built-in patterns never read the deadline
                findings = list(rule.checker.check(doc, parts))
            else:
                with budget(RULE_BUDGET):
                    findings = list(rule.checker.check(doc, parts))
        except TimeoutError as exc:      # after a few files, skipped for the run's next (`spent`)
            result.problems.append(Problem(spent.timed_out(rule, doc.path, exc, doc.article)))
            continue
        except DataFileError as exc:     # a broken data file: its one line, the same for every rule and file
            result.problems.append(Problem(str(exc)))
            continue
        except Exception as exc:  # a crashing rule must not stop the other rules or files
            from .formatters._common import printable   # one line, as the grammar of a saved report (rr52a #9)
            result.problems.append(Problem(
                CRASHED.format(path=doc.path, rule=rule.id, error=printable(
                    f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__))))   # no ": " to strip (qa293 #2)
            continue
        placed: dict[int, Diagnostic] = {}
        for f in (g for f in (outside_quotes(doc, findings) if rule.skip_quotes else findings)
                  for g in as_placed(doc, f)):
            out.append(placed.setdefault(id(f), diagnostic(doc, rule, f, config, held)))
            if f.repeat_of is not None and id(f.repeat_of) in placed:
                repeats.append((out[-1], placed[id(f.repeat_of)]))
    suppressor = Suppressor(doc, plan.whole, plan.styled)
    if suppressor:
        out, result.suppressed = suppressor.split(out, held)
    if misread and config.says("file.directive"):       # after suppressions: the directive never hides it
        out += [place(doc, "file.directive", config.level_for("file.directive") or "warning",
                      f"{s.label()}: {s.words}", s.offset, s.end, None) for s in misread]
    if plan.yielding:   # after suppressions: a finding never yields to one the writer switched off
        out = yields.drop(out, plan.yielding)
    if repeats:         # after suppressions too: a repeat goes only where its first is reported
        out = _fold(out, repeats)
    result.diagnostics = sorted(dict.fromkeys(out), key=Diagnostic.sort_key)   # ties: as found (qa386 #1)
    result.held = {d: held[d] for d in result.diagnostics if d in held}
    return result


def _fold(out: list[Diagnostic], repeats: list[tuple[Diagnostic, Diagnostic]]) -> list[Diagnostic]:
    """`out` less each repeat whose first finding is still there, which keeps
    it in `Diagnostic.repeats` instead (a baseline that hides the first shows it)."""
    kept = set(out)
    folded: dict[Diagnostic, list[Diagnostic]] = {}
    for d, first in repeats:
        if first in kept:
            folded.setdefault(first, []).append(d)
    gone = {d for ds in folded.values() for d in ds}
    return [replace(d, repeats=tuple(folded[d])) if d in folded else d for d in out if d not in gone]


def _file_result(path: str, rule: str, level: str, message: str, config: Config,
                 at: tuple[int, int] = (1, 1)) -> FileResult:
    """The result of a file that cannot be linted: one `rule` finding at `at`
    (line, column), the file's start unless the reader knows where it stopped."""
    result = FileResult(path)
    if config.reports(rule):
        result.diagnostics.append(Diagnostic(path, *at, *at, rule, config.level_for(rule) or level, message))
    return result


def lint_bytes(path: str, data: bytes, config: Config,
               rules: Iterable[Rule] | None = None) -> FileResult:
    """Lint one file's bytes with `rules` (default: the config's active rules).
    File problems become `file.*` diagnostics. (`read_file`, then `lint_read`.)"""
    doc = read_file(path, data, config)
    return doc if isinstance(doc, FileResult) else lint_read(path, doc, config, rules)


def read_file(path: str, data: bytes, config: Config) -> Document | FileResult:
    """One file's bytes read with the config's reader options; the FileResult
    of the file when it cannot be (`file.*`, or a reader's internal error)."""
    try:
        with no_gc():
            return read_bytes(path, data, max_bytes=config.max_file_size,
                              options=config.read_options())
    except ReadError as exc:
        return unread(path, exc, config)
    except Exception as exc:   # a reader's bug (or a MemoryError) is this file's problem,
        return FileResult(path, problems=[Problem(   # as a crashing rule's is
            f"{path}: internal error: {type(exc).__name__}: {exc} (while reading it; the "
            "file is left unlinted)")])


def lint_read(path: str, doc: Document, config: Config,
              rules: Iterable[Rule] | None = None) -> FileResult:
    """Lint the file `path` as read (`read_file`). `doc` is never changed
    (`lint_document`), so one read may be linted again."""
    if rules is None:
        rules = active_rules(config, path)
    # Ids in inline directives are checked against every rule the config can see
    # (an export's directives are in its articles).
    directives = doc.suppressions or any(a.suppressions for a in doc.articles)
    known = [r.id for r in rules_for(config)] if directives else None
    return lint_document(doc, rules, config, known=known)


def unread(path: str, exc: ReadError, config: Config) -> FileResult:
    """The `file.*` result of a file a reader refused (binary, empty, too large...)."""
    return _file_result(path, exc.rule, exc.level, str(exc), config, (exc.line, exc.column))


def read_path(path: str, config: Config, shown: str | None = None) -> bytes | FileResult:
    """A file's bytes, or the FileResult saying why it cannot be read (`refused`):
    too large (never read into memory), not a regular file (a FIFO is never
    opened blocking), or an OS error. `shown`: the name the result carries
    when `path` is where the file is opened (an audit's worker opens a
    relative path from the client's folder); default `path`."""
    try:
        return read_regular(path, config.max_file_size)
    except OSError as exc:
        return refused(shown or path, exc, config, path)


def refused(path: str, exc: OSError, config: Config, where: str | None = None) -> FileResult:
    """The `file.*` result for a file that could not be read, as `check` and
    `audit` both report it: `TooLarge` is `file.too-large` with the size (a
    name newslint skips, a .sgm, its `file.format` line: `readers.over_limit`);
    `NotRegular` (a FIFO, a device) and any other OSError `file.unreadable`
    with the system's words and no path ("cannot read file: Too many levels
    of symbolic links"); a file gone since it was listed, and a dangling
    symlink a folder walk found, `file.missing`, as a named one is (qa84 #8).
    `where`: where the file was looked for (default `path`, the name shown)."""
    where = where or path
    if isinstance(exc, TooLarge):
        err = over_limit(path, exc.size, exc.head, config.max_file_size)
        return _file_result(path, err.rule, err.level, str(err), config)
    if isinstance(exc, NotRegular):
        err = _listing_error(where) if os.path.isdir(where) else None
        return _file_result(path, "file.unreadable", "error",
                            f"cannot read folder: {err}" if err else f"cannot read file: {exc}", config)
    if isinstance(exc, FileNotFoundError):
        if not os.path.lexists(where):    # gone since it was listed
            return _file_result(path, "file.missing", "error",
                                "no such file or folder (deleted since it was listed)", config)
        if os.path.islink(where):         # a dangling symlink, found in a folder
            return _file_result(path, "file.missing", "error", missing_message(where), config)
        return _file_result(path, "file.unreadable", "error",
                            f"cannot read file: {exc.strerror or exc}", config)
    what = "folder" if os.path.isdir(where) else "file"
    return _file_result(path, "file.unreadable", "error",
                        f"cannot read {what}: {exc.strerror or exc}", config)


def _listing_error(folder: str) -> str | None:
    """Why a folder cannot be listed (the walk hands those over as files), or None."""
    try:
        os.scandir(folder).close()
    except OSError as exc:
        return exc.strerror or str(exc)
    return None


def lint_path(path: str, config: Config, rules: Iterable[Rule] | None = None) -> FileResult:
    """Lint the file at `path`; a file too large or unreadable is a `file.*` diagnostic."""
    data = read_path(path, config)
    return data if isinstance(data, FileResult) else lint_bytes(path, data, config, rules)
