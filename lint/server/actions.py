"""Code actions: a quick fix per fixable finding, "Fix all newslint problems
in this file", and "Disable RULE for this line".

- A finding's quick fix is the very `Fix` the engine attached to it, the edit
  `newslint check --fix` applies first (a later pass may find more, which
  the next lint shows).
- "Fix all" is `newslint check --fix` on the buffer (`Linter.fix_all`: every
  pass, the same rules), sent as edits of the characters that change
  (`text.edits`). It is offered as a quick fix
  beside a fixable finding and as `source.fixAll.newslint` (what VS Code's
  `editor.codeActionsOnSave` runs). Its edit is computed on
  `codeAction/resolve` when the client resolves edits lazily.
- "Disable RULE for this line" writes `<!-- newslint-disable-next-line RULE -->`
  (or `disable-line` on the line itself) where it cannot change the article,
  checked by reading the edited text again (see `suppressing`); not offered
  where no such place exists, nor in plain text or MDX, nor for a finding no
  directive hides (`NOT_HIDDEN`: a misspelt directive). The places are found
  in the lint thread (`disable_spots`), as that reading needs the Session.
"""
from __future__ import annotations

import logging
from functools import lru_cache
import threading

from lsprotocol import types

from ..diagnostic import Diagnostic
from .convert import Linted, lsp_range
from .documents import Target
from .linting import BOM, Linter
from .suppressing import disable_edit, render_markdown
from .text import LineMap, edits

log = logging.getLogger("newslint.server")
FIX_ALL_KIND = "source.fixAll.newslint"
FIX_ALL = "Fix all newslint problems in this file"
QUICKFIX = types.CodeActionKind.QuickFix
SEARCHED_AT_ONCE = 5           # findings whose disable place one code action searches
NO_HTML_COMMENT = (".mdx",)   # read as Markdown, but `<!-- -->` breaks the build (its comment is `{/* */}`)
TITLE_TEXT = 40          # characters of flagged or replacement text shown in a title
# Findings no directive hides: `engine.lint_document` adds them after the
# suppressions (a misspelt directive), so a disable comment is never offered.
NOT_HIDDEN = ("file.directive",)


def workspace_edit(uri: str, version: int | None, lines: LineMap,
                   changes: list[tuple[int, int, str]], versioned: bool) -> types.WorkspaceEdit:
    """A WorkspaceEdit of (start, end, text) edits in `lines`' offsets; tied to
    the document version when the client takes `documentChanges`."""
    text_edits = [types.TextEdit(lsp_range(lines, s, e), new) for s, e, new in changes]
    if versioned:
        ident = types.OptionalVersionedTextDocumentIdentifier(uri=uri, version=version)
        return types.WorkspaceEdit(document_changes=[types.TextDocumentEdit(ident, text_edits)])
    return types.WorkspaceEdit(changes={uri: text_edits})


def _shown(text: str) -> str:
    text = text.replace("\n", "⏎").replace("\r", "")
    return repr(text if len(text) <= TITLE_TEXT else text[:TITLE_TEXT - 1] + "…")


def fix_title(d: Diagnostic) -> str:
    fix = d.fix
    before = d.snippet + fix.kept if (d.offset, d.end_offset) == (fix.start, fix.end) else ""
    if not fix.replacement:
        return f"Fix {d.rule}: delete {_shown(before)}" if before else f"Fix {d.rule}"
    if fix.start == fix.end:
        return f"Fix {d.rule}: insert {_shown(fix.shown)}"
    if before:
        return f"Fix {d.rule}: replace {_shown(before)} with {_shown(fix.shown)}"
    return f"Fix {d.rule}: write {_shown(fix.shown)}"


def wanted(kind: str, only) -> bool:
    """Whether an action of `kind` answers a request limited to `only` (a
    kind matches itself and its sub-kinds: `source` asks for `source.fixAll.x`)."""
    if only is None:
        return kind != FIX_ALL_KIND          # source actions only when asked for
    asked = [getattr(k, "value", k) for k in only]
    return any(not a or kind == a or kind.startswith(a + ".") for a in asked)


def disable_spots(linter: Linter, target: Target, linted: Linted, start: int, end: int,
                  stop: threading.Event | None = None) -> None:
    """Find where each finding in [start, end] may take its disable comment
    (kept in `linted.disables` by (rule, line), so a cursor resting on a
    finding costs one search). Run in the lint thread. None in MDX, whose
    compiler (MDX 2 and 3) rejects an HTML comment: the article would not build;
    none in a config file either.

    Each search reads (and renders) the whole buffer again, so one request
    searches at most SEARCHED_AT_ONCE findings, the first in the range (a
    selection of the whole document would hold the lint thread for seconds,
    qa45 #4); the rest are searched by the next request over them. `stop`
    set (the request was cancelled) ends the search between findings."""
    todo = _unplaced(linted, start, end)
    for d, key in todo:
        if d.rule in NOT_HIDDEN:
            linted.disables[key] = None
    todo = [(d, key) for d, key in todo if d.rule not in NOT_HIDDEN]
    if target.config or target.lint_as.lower().endswith(NO_HTML_COMMENT):
        for _, key in todo:
            linted.disables[key] = None
        return
    if len(todo) > SEARCHED_AT_ONCE:
        log.info("%d findings in the code action's range: disable places searched for the first %d",
                 len(todo), SEARCHED_AT_ONCE)
        todo = todo[:SEARCHED_AT_ONCE]
    text, shift = linted.lines.text, 0
    if text.startswith(BOM):          # the reader drops it: offsets are one short
        text, shift = text[1:], 1
    texts: dict[str, object] = {}

    def read(t: str):                 # the buffer is read once for all its findings
        if t not in texts:
            texts[t] = linter.read(target, t)
        return texts[t]

    render = lru_cache(maxsize=1)(render_markdown)    # and rendered once

    for d, key in todo:
        if stop is not None and stop.is_set():
            log.info("code action cancelled: disable search stopped")
            return
        spot = disable_edit(text, linted.outcome.format, d.offset - shift, d.rule,
                            linted.outcome.body - shift, read, render)
        linted.disables[key] = spot and (spot[0] + shift, spot[1])


def _unplaced(linted: Linted, start: int, end: int) -> list[tuple[Diagnostic, tuple[str, int]]]:
    """The findings in [start, end] whose disable place is not yet known, with their key."""
    out = []
    for d, _ in linted.at(start, end):
        key = (d.rule, linted.lines.position(d.offset)[0])
        if key not in linted.disables:
            out.append((d, key))
    return out


def needs_places(linted: Linted, start: int, end: int) -> bool:
    """Whether `disable_spots` has work to do (else the lint thread, which may
    be busy with a long lint, is not waited for)."""
    return bool(_unplaced(linted, start, end))


def code_actions(uri: str, linted: Linted, start: int, end: int, only,
                 versioned: bool) -> list[types.CodeAction]:
    """The actions for the selection [start, end] (offsets). The fix-all
    actions carry `data` and no edit: `codeAction/resolve` (or the server,
    for a client that cannot resolve) fills it in. The disable actions are
    those `disable_spots` found a place for."""
    out: list[types.CodeAction] = []
    here = linted.at(start, end)
    version, lines = linted.version, linted.lines
    if wanted(QUICKFIX.value, only):
        for d, lsp in here:
            if d.fix is not None:
                out.append(types.CodeAction(
                    title=fix_title(d), kind=QUICKFIX, diagnostics=[lsp], is_preferred=True,
                    edit=workspace_edit(uri, version, lines,
                                        [(d.fix.start, d.fix.end, d.fix.replacement)], versioned)))
        if any(d.fix is not None for d, _ in here):
            out.append(_fix_all(uri, linted, QUICKFIX))
        seen = set()
        for d, lsp in here:
            key = (d.rule, lines.position(d.offset)[0])
            spot = None if key in seen else linted.disables.get(key)
            seen.add(key)
            if spot is not None:
                out.append(types.CodeAction(
                    title=f"Disable {d.rule} for this line", kind=QUICKFIX, diagnostics=[lsp],
                    edit=workspace_edit(uri, version, lines, [(spot[0], spot[0], spot[1])], versioned)))
    if wanted(FIX_ALL_KIND, only) and any(d.fix is not None for d in linted.outcome.diagnostics):
        out.append(_fix_all(uri, linted, FIX_ALL_KIND))
    return out


def _fix_all(uri: str, linted: Linted, kind) -> types.CodeAction:
    return types.CodeAction(title=FIX_ALL, kind=kind,
                            data={"uri": uri, "version": linted.version, "text": linted.stamp,
                                  "fixAll": True})


def fix_all_edit(uri: str, linted: Linted, fixed: str, versioned: bool) -> types.WorkspaceEdit:
    """The edit turning the linted text into `fixed` (what `check --fix` writes)."""
    return workspace_edit(uri, linted.version, linted.lines, edits(linted.lines.text, fixed), versioned)
