"""The engine as an editor sees it: lint or fix one buffer's text.

This is the server's only way in to the engine, through one `Session` (config
per path, compiled rules, edits to configs seen). Nothing here knows the
protocol, so it is tested without a client. A `Linter` is used from one
worker thread at a time: the server runs every call in its single lint thread.

A buffer is linted as the bytes `newslint check` would read if it were saved
(UTF-8), so findings and fixes are the ones `check` and `check --fix` give.
"""
from __future__ import annotations

import copy
import logging
import os
import re
import threading
from dataclasses import dataclass, field, replace

from ..config import Config, ConfigError
from ..diagnostic import Diagnostic
from ..files import is_excluded
from ..sites import holder
from ..site_listings import KEPT
from ..fixes import fix_bytes
from ..readers import ReadError, frontmatter, read_bytes
from ..reporting import set_aside
from ..safeload import YAML_BREAK
from ..document import Document
from ..engine import FileResult, lint_read, read_file
from ..ruleset import Rule, RuleError
from ..session import Session
from .. import spent
from .documents import Target

log = logging.getLogger("newslint.server")
BOM = "\ufeff"
NOT_CHECKED = "config-error"      # the code of the diagnostic a document gets when it cannot be checked
# The `newslint check` flags the server's settings stand for (a ConfigError's
# `path` names the flag): the writer never typed the flag, so the setting is named.
SETTINGS = {"--select": "select", "--ignore": "ignore", "--published": "published"}
TOML_BREAK = re.compile("\n")     # where TOML (and `toml_load`'s marks) end a line: LF, CRLF
WARM_UP = ("# Council backs budget\n\nBy Ana Ruiz\n\nThe council voted on Thursday, March 7, 2025, "
           "to approve the plan, Mayor Ben Okafor said. \u201cIt is done,\u201d Okafor said.\n")


class Stopped(BaseException):
    """A lint stopped between two rules (its `stop` was set: a newer version
    came, or the lint thread is wanted in front). A BaseException, so the
    engine's guard around each rule (`except Exception`: a crashing rule
    costs only itself) lets it through; nothing of the lint is kept."""


class _Checking:
    """A rule's checker that first looks at the lint's stop (`Linter._stop`)."""

    __slots__ = ("_checker", "_linter")

    def __init__(self, checker, linter: "Linter"):
        self._checker, self._linter = checker, linter

    def check(self, doc, parts):
        stop = self._linter._stop
        if stop is not None and stop.is_set():
            raise Stopped()
        return self._checker.check(doc, parts)

    def __getattr__(self, name):
        return getattr(self._checker, name)


@dataclass
class Outcome:
    """One lint of one buffer version. Offsets index the buffer's text.

    `problems` are lines to show the user (a broken config, a rule that
    crashed or timed out); `notices`, the lines `check` prints on stderr
    for the config (a rule this install skips: Vale.Spelling without the
    `spelling` extra), carried by every lint, told once by the server;
    `format` is the reader's ("markdown", "html", "text"); `body` is where
    a Markdown body starts after front matter.
    """

    diagnostics: list[Diagnostic] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    rules: dict[str, Rule] = field(default_factory=dict)
    format: str = "text"
    body: int = 0
    seconds: float = 0.0


KEEP = 4        # stopped lints' reads kept (`Linter._keep`): up to 4 big stories, a few MB each


class Linter:
    """Lints buffers for one workspace with one Session."""

    def __init__(self, cli: dict | None = None):
        self.session = Session(cli=cli)
        self._checked: dict[Config, Exception | None] = {}   # config -> its id error, if any
        self._said: set[str] = set()          # skipped documents already logged
        self._notices: dict[Config, list[str]] = {}   # config -> its rules skipped (`Outcome.notices`)
        self._stop: threading.Event | None = None     # the running lint's (`_Checking`)
        self._stoppable: dict[tuple, tuple[list, list]] = {}   # rules' ids -> (rules, their copies)
        self._left_out: list[str] = []        # the settings' bad values, one line each
        self._kept: dict[str, tuple] = {}     # path -> (config, data, Document): stopped lints' reads
        self._keeping = threading.Lock()      # `forget` comes from the asyncio loop

    def configure(self, cli: dict, left_out: list[str] | tuple = ()) -> None:
        """New settings (select, ignore, published) for every later lint;
        `left_out`, the lines naming the settings' bad values (`settings.parse`),
        shown on every document until mended (qa66 #7: only told once before)."""
        self.session.cli = dict(cli)
        self._left_out = list(left_out)
        self._checked.clear()
        self.forget()
        self._notices.clear()
        self._stoppable.clear()

    def refresh(self) -> None:
        """A config or rule file changed on disk: find and compile them again."""
        self.session.refresh()
        self._checked.clear()
        self.forget()
        self._notices.clear()
        self._stoppable.clear()

    def warm(self, folders: list[str]) -> None:
        """Lint a short article in each folder (its config, rules and data
        loaded once); anything wrong is reported by the first real lint."""
        for folder in folders[:4] or [os.getcwd()]:
            path = os.path.join(folder, "newslint-warm-up.md")
            try:
                self.lint(Target("", path, path), WARM_UP)
            except Exception:        # pragma: no cover - the real lint will say
                log.debug("warm-up in %s failed", folder, exc_info=True)

    def config(self, target: Target) -> Config:
        """The config `newslint check` would use for the target's path, its ids
        checked once (a typo is a ConfigError, as on the command line)."""
        config = self.session.config_for(target.path)
        if config not in self._checked:
            try:
                self.session.validated_rules([config])
                self._checked[config] = None
                self._notices[config] = (self.session.passed_over([config]) + self.session.rule_notices([config])
                                         + self.session.unavailable([config]))
            except (ConfigError, RuleError) as exc:
                self._checked[config] = exc
        if self._checked[config] is not None:
            raise self._checked[config]
        return config

    def lint(self, target: Target, text: str, stop: threading.Event | None = None) -> Outcome:
        """Lint `text` as the file `target.lint_as`. Never raises for a bad
        config or rule: they become `problems`. Raises Stopped when `stop` is
        set before the lint ends (it is read before each rule)."""
        if stop is not None and stop.is_set():
            raise Stopped()
        self._stop = stop
        spent.forget()      # each document's lint is a run of its own: a rule that timed out runs again
        try:
            return self._lint(target, text, stop)
        finally:
            self._stop = None

    def _stoppable_rules(self, rules: list[Rule]) -> list[Rule]:
        """Copies of `rules` whose checkers read the running lint's stop (made
        once per compiled rule list)."""
        key = tuple(map(id, rules))
        kept = self._stoppable.get(key)
        if kept is None:
            if len(self._stoppable) >= 64:      # a long session's edited configs
                self._stoppable.clear()
            copies = []
            for rule in rules:
                one = copy.copy(rule)
                one.checker = _Checking(rule.checker, self)
                copies.append(one)
            kept = self._stoppable[key] = (rules, copies)      # the rules kept: their ids stay theirs
        return list(kept[1])

    def _lint(self, target: Target, text: str, stop: threading.Event | None) -> Outcome:
        if target.config:
            return self._own_error(target, text)
        try:
            config = self.config(target)
        except (ConfigError, RuleError) as exc:
            return not_checked(target, exc)
        if self.left_out(target.path, config):
            return Outcome()
        path, data, shift = _encoded(target, text)
        try:
            active = self.session.active_rules(config, path)
            # The engine's own call, as `Session.lint_bytes` makes it, with rules that can stop.
            doc = self._read(path, data, config)
            try:
                result = doc if isinstance(doc, FileResult) else lint_read(
                    path, doc, config, self._stoppable_rules(active) if stop is not None else active)
            except Stopped:
                if not isinstance(doc, FileResult):
                    self._keep(path, (config, data, doc))
                raise
            self.forget(path)
            rules = {r.id: r for r in active}
        except (ConfigError, RuleError) as exc:
            return not_checked(target, exc)
        doc = result.document
        # A file of no article format (newslint's own HTML report, XML of no known
        # format in a .txt) is skipped, said in the log once: never a warning in the
        # Problems panel, as `check` never counts it (ESLint's editor drops its
        # "File ignored" warning the same way).
        found, said = set_aside(result.diagnostics)
        for line in said:
            if line not in self._said:
                self._said.add(line)
                log.info("%s", line)
        out = Outcome([_shifted(d, shift) for d in found] if shift else found,
                      [p.text for p in result.problems], self._notices.get(config, []), rules)
        if self._left_out:
            out.diagnostics[:0] = [left_out(target, line) for line in self._left_out]
        if doc is not None:
            out.format = doc.format
            out.body = _body_start(doc) + shift if doc.format == "markdown" else 0
        return out

    def left_out(self, path: str, config: Config) -> bool:
        """Whether `check --force-exclude` (the pre-commit hooks) leaves out the
        file at `path`: the config's `exclude:` matches it, or it is in a site's
        templates or build output or the Vale StylesPath (`sites.holder`, the
        walk's rule), so a buffer shows what `check .` shows (nu58 #3, qa294 #4)."""
        return is_excluded(path, config) or holder(path, self.session.config_for, {}, KEPT) is not None

    def _read(self, path: str, data: bytes, config: Config) -> Document | FileResult:
        """The file read (`engine.read_file`), or the read kept from a lint of
        the very same bytes that stopped for a job in front: it runs again
        after, from its first rule. Reading a 2 MB story again took 3-6 s
        after each stop, and any job for another document waited for that
        read (nu54 #1: typing in a small story showed its findings 1-5 s late)."""
        with self._keeping:
            kept = self._kept.get(path)
        if kept is not None and kept[0] == config and kept[1] == data:
            return kept[2]
        self.forget(path)             # a read of other text or settings: never used again
        return read_file(path, data, config)

    def _keep(self, path: str, read: tuple) -> None:
        """Keep a stopped lint's read, one per document and the newest KEEP
        of them: two big stories in background tabs each stopped in turn
        evicted each other's read when one was kept (qa262 #2)."""
        with self._keeping:
            self._kept.pop(path, None)
            self._kept[path] = read
            while len(self._kept) > KEEP:
                del self._kept[next(iter(self._kept))]

    def forget(self, path: str | None = None) -> None:
        """Drop the kept read of `path` (its lint ended, it changed or closed),
        or of every document (None: settings or config changed)."""
        with self._keeping:
            if path is None:
                self._kept.clear()
            else:
                self._kept.pop(path, None)

    def _own_error(self, target: Target, text: str) -> Outcome:
        """A config file open in the editor (`text`, its buffer): the error
        `newslint check` stops on when it is this file's own (invalid YAML or
        TOML, an unknown key, a rule id that names nothing), at its line and
        column, which the loader read from the file as saved; no finding when
        the file is sound, is not its folder's config (a `.newslint.yml`
        beside a `.newslint.yaml`, a `pyproject.toml` with no `tool.newslint`),
        or the error is another file's (a rule file, the editor's settings),
        which the documents under it show. A load's joined errors
        (`marks.joined`: two bad `options:` overrides) are each placed
        (qa105 #11)."""
        try:
            self.config(target)
        except (ConfigError, RuleError) as exc:
            own = [e for e in getattr(exc, "errors", None) or (exc,) if _same_file(e.file, target.path)]
            return Outcome([own_error(target, text, e) for e in own])
        return Outcome()

    def read(self, target: Target, text: str) -> Document | None:
        """`text` (no BOM) read as `newslint check` would read the file
        `target.lint_as`, with its config's reader options; None when it
        cannot be read (too large, a broken config, a config file itself)."""
        if target.config:
            return None
        try:
            config = self.config(target)
            path, data, _ = _encoded(target, text)
            return read_bytes(path, data, max_bytes=config.max_file_size, options=config.read_options())
        except (ConfigError, RuleError, ReadError):
            return None

    def fix_all(self, target: Target, text: str) -> str:
        """`text` after every safe fix, exactly as `newslint check --fix` would
        write it (same passes, same rules); `text` itself when nothing applies
        or the config is broken; a config file's own text (it has no fixes)."""
        if target.config:
            return text
        try:
            config = self.config(target)
        except (ConfigError, RuleError):
            return text
        if self.left_out(target.path, config):
            return text
        path, data, shift = _encoded(target, text)
        outcome = fix_bytes(path, data, config, rules=self.session.active_rules(config, path))
        if not outcome.changed:
            return text
        return (BOM if shift else "") + outcome.fixed


def _encoded(target: Target, text: str) -> tuple[str, bytes, int]:
    """(path, UTF-8 bytes, 1 if the text opens with a BOM): the reader drops a
    BOM, so every offset it gives is one short of the buffer's."""
    return target.lint_as, text.encode("utf-8", "replace"), 1 if text.startswith(BOM) else 0


def _shifted(d: Diagnostic, by: int) -> Diagnostic:
    fix = d.fix and replace(d.fix, start=d.fix.start + by, end=d.fix.end + by)
    return replace(d, offset=d.offset + by, end_offset=d.end_offset + by, fix=fix)


def _body_start(doc: Document) -> int:
    """Where a Markdown body starts: after front matter, if any (located on a
    scratch copy, as `locate` may add a notice)."""
    fm = frontmatter.locate(Document(path=doc.path, source=doc.source, format=doc.format))
    return fm.body if fm is not None else 0


def problem_line(exc: Exception) -> str:
    """A config or rule error as one line: `path:line:col: key: problem` for a
    file; `settings: select: problem` for the editor's settings, which reach
    the engine as `newslint check`'s flags (nu30 #2: "--select: no rule or
    pack" named a flag the writer never typed); each of several errors of
    the settings (`select: [hygeine, nosuch]`) so, `; ` between them."""
    errors = getattr(exc, "errors", ()) or (exc,)
    if isinstance(exc, ConfigError) and all(e.path in SETTINGS for e in errors):
        return "; ".join(" ".join(f"settings: {SETTINGS[e.path]}: {e.problem}".split()) for e in errors)
    return " ".join(str(exc).split())


def left_out(target: Target, line: str) -> Diagnostic:
    """A setting's bad value, left out while the rest applies (`settings.parse`):
    a warning at the document's start (0:0, where `not_checked` puts a broken
    config), so the writer sees why the setting did nothing."""
    return Diagnostic(target.path, 1, 1, 1, 1, NOT_CHECKED, "warning",
                      f"{line}; left out, the other settings apply (mend it in the editor's settings)")


def not_checked(target: Target, exc: Exception) -> Outcome:
    """The outcome of a document its config (or a rule, or the settings) keeps
    from being checked, where `newslint check` exits 2: one error at the
    document's start (0:0, as `file.too-large` is) saying so and why, so the
    buffer never looks clean (nu30 #2), and the line told once as a message.
    Gone at the first lint after the config is mended."""
    line = problem_line(exc)
    said = (f"not checked: {line} (newslint check stops on this too; "
            "mend it and the document is checked again)")
    return Outcome(diagnostics=[Diagnostic(target.path, 1, 1, 1, 1, NOT_CHECKED, "error", said)],
                   problems=[line])


def own_error(target: Target, text: str, exc: ConfigError | RuleError) -> Diagnostic:
    """A config file's own error (`exc.file` is `target.path`) as a finding at
    its line and column in the buffer `text`: lines end where the file's
    parser ends them (`YAML_BREAK`, `TOML_BREAK`), columns count characters;
    a mark past the text's end or its line's (the buffer was edited since the
    save the loader read) stops there. No line known: the file's start. The
    loader reads a BOM away, so on the first line of a buffer that opens with
    one the column counts from after it (qa123 #4)."""
    breaks = TOML_BREAK if target.path.endswith(".toml") else YAML_BREAK
    line, start, seen = exc.line or 1, 1 if text.startswith(BOM) else 0, 1
    for m in breaks.finditer(text):
        if seen == line:
            break
        start, seen = m.end(), seen + 1
    if seen < line:            # fewer lines than the mark's
        start = len(text)
    ends = breaks.search(text, start)
    at = min(start + (exc.column or 1) - 1, ends.start() if ends else len(text))
    said = (f"{exc.key}: {exc.problem}" if exc.key else exc.problem) + \
        " (newslint check stops on this: no document under this config is checked until it is mended)"
    return Diagnostic(target.path, line, exc.column or 1, line, exc.column or 1, NOT_CHECKED, "error",
                      said, offset=at, end_offset=at)


def _same_file(a: str, b: str) -> bool:
    """Whether two paths name one file (as written, else by the file system)."""
    if os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b)):
        return True
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):
        return False
