"""The protocol's messages, wired to a `NewslintServer` (LSP 3.17).

Each handler is thin: it finds the document and the kept lint, and calls
`actions`, `hover` or the server's scheduling. Nothing here lints.
"""
from __future__ import annotations

import asyncio
import logging
import threading

from lsprotocol import types

from .actions import (FIX_ALL_KIND, QUICKFIX, code_actions, disable_spots, fix_all_edit, needs_places,
                      wanted)
from .app import NewslintServer
from .hover import fallback, unknown_markdown
from .protocol import can
from .settings import SECTION, section
from .workspace import LspWorkspace

log = logging.getLogger("newslint.server")
ASK_TIMEOUT = 5.0     # seconds to wait for the client's settings before linting without them
# Files whose change can change findings: configs, rule and Vale style files,
# Vale vocabularies and Hunspell dictionaries.
WATCHED = ("**/.newslint.{yaml,yml}", "**/pyproject.toml", "**/{.vale.ini,_vale.ini,.vale,_vale}",
           "**/*.{yaml,yml}", "**/vocabularies/**", "**/*.{dic,aff}")


def build() -> NewslintServer:
    """A server with every feature registered."""
    ls = NewslintServer()

    @ls.feature(types.INITIALIZE)
    def initialize(ls: NewslintServer, params: types.InitializeParams):
        # pygls has just made its workspace; no document has arrived yet.
        ls.protocol._workspace = LspWorkspace.like(ls.workspace)
        ls.pull = can(params.capabilities, "text_document", "diagnostic")
        ls.init_options = section(params.initialization_options)
        ls.first_settings(ls.init_options)
        log.info("client %s; diagnostics are %s", getattr(params.client_info, "name", "unknown"),
                 "pulled" if ls.pull else "pushed")

    @ls.feature(types.INITIALIZED)
    async def initialized(ls: NewslintServer, params: types.InitializedParams):
        ls.flush_held()
        ls.warm()
        try:
            await settings_changed(ls, None)
        finally:
            ls.settled.set()        # documents wait for the settings, never longer
        caps = ls.client_capabilities
        registrations = []
        if can(caps, "workspace", "did_change_watched_files", "dynamic_registration"):
            ls.watching = True
            registrations.append(types.Registration(
                "newslint-watch", types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                types.DidChangeWatchedFilesRegistrationOptions(
                    [types.FileSystemWatcher(glob_pattern=g) for g in WATCHED])))
        if can(caps, "workspace", "did_change_configuration", "dynamic_registration"):
            registrations.append(types.Registration(
                "newslint-settings", types.WORKSPACE_DID_CHANGE_CONFIGURATION,
                types.DidChangeConfigurationRegistrationOptions(section=SECTION)))
        if registrations:
            try:
                await ls.client_register_capability_async(types.RegistrationParams(registrations))
            except Exception as exc:      # refused: a save is then the moment to look again
                log.info("the client refused to watch config files: %s", exc)
                ls.watching = False

    async def settings_changed(ls: NewslintServer, pushed) -> None:
        data = dict(ls.init_options)
        if can(ls.client_capabilities, "workspace", "configuration"):
            try:
                answer = await asyncio.wait_for(ls.workspace_configuration_async(
                    types.ConfigurationParams([types.ConfigurationItem(section=SECTION)])), ASK_TIMEOUT)
                pushed = answer[0] if answer else None
            except Exception as exc:       # a client that says it can, but cannot
                log.info("workspace/configuration failed: %s", exc)
        data.update(section(pushed))
        await ls.apply_settings(data)

    @ls.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)
    async def did_change_configuration(ls: NewslintServer, params: types.DidChangeConfigurationParams):
        await settings_changed(ls, params.settings)

    @ls.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)
    async def did_change_watched_files(ls: NewslintServer, params: types.DidChangeWatchedFilesParams):
        log.info("config or rule files changed: %s", ", ".join(c.uri for c in params.changes[:5]))
        await ls.refresh()

    @ls.feature(types.WORKSPACE_DID_CHANGE_WORKSPACE_FOLDERS)
    def did_change_workspace_folders(ls: NewslintServer, params: types.DidChangeWorkspaceFoldersParams):
        ls.folders_changed()      # pygls has already added and removed the folders

    @ls.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: NewslintServer, params: types.DidOpenTextDocumentParams):
        ls.track(params.text_document.uri, params.text_document.language_id)
        ls.edited(params.text_document.uri)
        ls.schedule(params.text_document.uri)

    @ls.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: NewslintServer, params: types.DidChangeTextDocumentParams):
        uri = params.text_document.uri
        ls.edited(uri)
        if ls.live(uri):
            ls.schedule(uri, ls.delay(uri))
        else:                 # linted at the save: its findings are cleared till then
            ls.unlinted_change(uri)

    @ls.feature(types.TEXT_DOCUMENT_DID_SAVE)
    async def did_save(ls: NewslintServer, params: types.DidSaveTextDocumentParams):
        # No file events: a save is the moment to look at the config again,
        # before the save's lint, so no finding of the old config is sent (qa95 #4).
        # A pull that came after the save waits for it (`saving`): it must not
        # be answered from the lint before the save while the config is read.
        done = ls.saving(params.text_document.uri)
        try:
            if not ls.watching:
                await ls.refresh()
            ls.saved(params.text_document.uri)
        finally:
            done.set()

    @ls.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: NewslintServer, params: types.DidCloseTextDocumentParams):
        ls.close(params.text_document.uri)

    @ls.feature(types.TEXT_DOCUMENT_DIAGNOSTIC,
                types.DiagnosticOptions(identifier="newslint", inter_file_dependencies=False,
                                        workspace_diagnostics=False))
    async def diagnostic(ls: NewslintServer, params: types.DocumentDiagnosticParams):
        # LSP 3.17 textDocument/diagnostic: 'unchanged' answers a previousResultId
        # only while the text and config are the ones that report was for. The id
        # is the config generation, the open (a document closed and reopened starts
        # again at version 1, with any text) and the version within that open.
        state = ls.open.get(params.text_document.uri)
        linted = await ls.current(params.text_document.uri)
        if linted is None or state is None:
            return types.FullDocumentDiagnosticReport(items=[])
        result_id = f"{linted.generation}:{state.serial}:{linted.stamp}"
        if params.previous_result_id == result_id:
            return types.UnchangedDocumentDiagnosticReport(result_id=result_id)
        ls.explain_later(params.text_document.uri, linted)       # after this answer, in the lint thread
        return types.FullDocumentDiagnosticReport(items=linted.diagnostics, result_id=result_id)

    @ls.feature(types.TEXT_DOCUMENT_CODE_ACTION,
                types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL_KIND],
                                        resolve_provider=True))
    async def code_action(ls: NewslintServer, params: types.CodeActionParams):
        uri, doc = params.text_document.uri, ls.document(params.text_document.uri)
        linted = await ls.current(uri)
        if linted is None or not linted.fits(doc):     # never an action computed on other text
            return None
        lines = linted.lines
        start = lines.offset(params.range.start.line, params.range.start.character)
        end = lines.offset(params.range.end.line, params.range.end.character)
        state = ls.open.get(uri)
        if wanted(QUICKFIX.value, params.context.only) and state is not None and state.target is not None \
                and needs_places(linted, start, end):
            stop = threading.Event()
            try:
                await ls.in_worker(disable_spots, ls.linter, state.target, linted, start, end, stop,
                                   owner=uri)
            except asyncio.CancelledError:        # $/cancelRequest: the lint thread stops too
                stop.set()
                raise
            if _moved(ls, uri, linted):
                return None
        found = code_actions(uri, linted, start, end, params.context.only, _versioned(ls))
        if not _resolves_edits(ls.client_capabilities):
            for action in found:
                if action.edit is None:
                    await resolve(ls, action)
                    if _moved(ls, uri, linted):
                        return None
        return found or None

    @ls.feature(types.CODE_ACTION_RESOLVE)
    async def resolve(ls: NewslintServer, action: types.CodeAction):
        data = action.data if isinstance(action.data, dict) else {}
        uri = data.get("uri")
        state, linted = ls.open.get(uri), await ls.current(uri) if uri else None
        if not data.get("fixAll") or state is None or linted is None:
            return action
        if data.get("text") != linted.stamp or _moved(ls, uri, linted):     # offered for other text
            return action
        fixed = await ls.in_worker(ls.linter.fix_all, state.target, linted.lines.text, owner=uri)
        if not _moved(ls, uri, linted):
            action.edit = fix_all_edit(uri, linted, fixed, _versioned(ls))
        return action

    @ls.feature(types.TEXT_DOCUMENT_HOVER)
    async def hover(ls: NewslintServer, params: types.HoverParams):
        doc, linted = ls.document(params.text_document.uri), await ls.current(params.text_document.uri)
        if linted is None or not linted.fits(doc):
            return None        # another text's offsets would point at the wrong words
        at = linted.lines.offset(params.position.line, params.position.character)
        here = linted.at(at, at)
        if not here:
            return None
        texts = [f"{d.message}\n\n{_explained(ls, linted, d)}" for d, _ in here]
        return types.Hover(
            contents=types.MarkupContent(kind=types.MarkupKind.Markdown,
                                         value="\n\n---\n\n".join(dict.fromkeys(texts))),
            range=here[0][1].range)

    @ls.feature(types.SHUTDOWN)
    def shutdown(ls: NewslintServer, params):
        log.info("shutdown requested")
        ls.stop()

    return ls


def _explained(ls: NewslintServer, linted, d) -> str:
    """A finding's hover text: its rule's kept text (`hover.Explained`), or
    at once, while that is not made yet, the rule without live examples;
    nothing here waits for the lint thread (nu54 #1)."""
    rule = linted.outcome.rules.get(d.rule)
    if rule is None:
        return unknown_markdown(d.rule, d.message)
    return ls.explain.text(rule, linted.generation) or fallback(rule)


def _moved(ls: NewslintServer, uri: str, linted) -> bool:
    """Whether the document changed (or closed) while a handler waited for
    the lint thread: edits computed on `linted` would then land at the old
    offsets in the new text (qa45 #1), so none is sent. The text itself is
    compared, not only its version number (qa123 #1)."""
    return not linted.fits(ls.document(uri))


def _resolves_edits(caps) -> bool:
    """Whether the client asks `codeAction/resolve` for an action's edit."""
    support = getattr(getattr(caps, "text_document", None), "code_action", None)
    support = getattr(support, "resolve_support", None)
    return support is not None and "edit" in (support.properties or ())


def _versioned(ls: NewslintServer) -> bool:
    return can(ls.client_capabilities, "workspace", "workspace_edit", "document_changes")
