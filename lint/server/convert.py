"""newslint findings as LSP diagnostics (LSP 3.17 `Diagnostic`).

- range: from the finding's source offsets, in the negotiated encoding's code
  units (UTF-16 unless the client asked otherwise), never from line/column
  (newslint counts characters, and its lines break at LF only);
- code: the rule id; codeDescription.href: the rule's link, when it is http(s)
  (a rule file's `javascript:` link is never made live);
- severity: error -> Error, warning -> Warning, suggestion -> Information;
- source: "newslint".
"""
from __future__ import annotations

import logging
import time
import traceback
from dataclasses import dataclass, field

from lsprotocol import types

from ..diagnostic import Diagnostic
from ..formatters import safe_link
from .documents import Target
from .linting import Linter, Outcome
from .text import UTF16, LineMap

log = logging.getLogger("newslint.server")
SOURCE = "newslint"
SEVERITY = {
    "error": types.DiagnosticSeverity.Error,
    "warning": types.DiagnosticSeverity.Warning,
    "suggestion": types.DiagnosticSeverity.Information,
}


@dataclass
class Linted:
    """One buffer version, linted: what was found and how to place it."""

    version: int | None
    outcome: Outcome
    lines: LineMap
    diagnostics: list[types.Diagnostic] = field(default_factory=list)   # LSP form, same order
    generation: int = 0          # the server's settings/config generation it was linted under
    disables: dict = field(default_factory=dict)   # (rule, line) -> where its disable comment goes

    def fits(self, doc) -> bool:
        """Whether this is the lint of `doc`'s text as it is now (an
        `LspDocument`): the very text object the lint read, and its version.
        A version number alone is no key: a client may repeat one or go back
        and up again (qa123 #1, #2), and offsets of another text would place
        findings, hovers and quick fixes on the wrong words."""
        return doc is not None and self.version == doc.version and self.lines.text is doc.source

    @property
    def stamp(self) -> str:
        """This lint's text and version as a short string (version, then a
        hash of the text, in hex): a pulled report's id and a fix-all
        action's `data`, which must change whenever the text does."""
        return f"{self.version}:{hash(self.lines.text) & 0xFFFFFFFFFFFFFFFF:x}"

    def at(self, start: int, end: int) -> list[tuple[Diagnostic, types.Diagnostic]]:
        """Findings whose source span touches [start, end] (offsets)."""
        return [(d, lsp) for d, lsp in zip(self.outcome.diagnostics, self.diagnostics)
                if d.offset <= end and start <= max(d.end_offset, d.offset)]


def lsp_range(lines: LineMap, start: int, end: int) -> types.Range:
    """The LSP Range of source offsets [start, end) in `lines`' encoding."""
    (l1, c1), (l2, c2) = lines.position(start), lines.position(end)
    return types.Range(types.Position(l1, c1), types.Position(l2, c2))


def to_lsp(d: Diagnostic, lines: LineMap, rules: dict) -> types.Diagnostic:
    """One finding as an LSP Diagnostic; `rules` (id -> Rule) give the links."""
    rule = rules.get(d.rule)
    href = safe_link(rule.link) if rule is not None and rule.link else ""
    return types.Diagnostic(
        range=lsp_range(lines, d.offset, max(d.end_offset, d.offset)),
        message=d.message,
        severity=SEVERITY.get(d.level, types.DiagnosticSeverity.Information),
        code=d.rule,
        code_description=types.CodeDescription(href=href) if href else None,
        source=SOURCE,
    )


OUT_OF_STEP = "out-of-step"


def out_of_step(target: Target, text: str, version: int | None, reason: str,
                encoding: str = UTF16, generation: int = 0) -> Linted:
    """A document whose copy may differ from the editor's (workspace.py): one
    error at its start, no findings (their places could be wrong)."""
    said = (f"not checked: newslint's copy of this document is out of step with the editor: {reason}. "
            "Close and reopen it (or undo and redo a change that replaces its whole text)")
    outcome = Outcome(diagnostics=[Diagnostic(target.path, 1, 1, 1, 1, OUT_OF_STEP, "error", said)])
    lines = LineMap(text, encoding)
    return Linted(version, outcome, lines, [to_lsp(d, lines, {}) for d in outcome.diagnostics],
                  generation)


def lint_buffer(linter: Linter, target: Target, text: str, version: int | None,
                encoding: str = UTF16, generation: int = 0, stop=None) -> Linted:
    """Lint one buffer version and convert its findings (run in the worker
    thread).
    Raises only `linting.Stopped` (`stop`, a threading.Event, was set): an
    internal error becomes a problem to report, with the traceback in the log."""
    began = time.perf_counter()
    try:
        outcome = linter.lint(target, text, stop)
    except Exception as exc:      # a bug must cost one lint, never the server
        log.error("linting %s failed:\n%s", target.path, traceback.format_exc())
        outcome = Outcome(problems=[f"{target.path}: internal error: {type(exc).__name__}: {exc} "
                                    "(see the server log; please report this)"])
    lines = LineMap(text, encoding)
    linted = Linted(version, outcome, lines,
                    [to_lsp(d, lines, outcome.rules) for d in outcome.diagnostics], generation)
    outcome.seconds = time.perf_counter() - began
    return linted
