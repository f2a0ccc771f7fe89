"""The newslint language server: its state, messages to the writer, settings
and config files; `scheduling` decides when each open document is linted
and where the result goes, and `features` wires the protocol's messages to
both.

Threads: pygls reads messages and runs handlers on an asyncio loop. Every
lint, fix and example run happens in ONE worker thread (`worker`), so the
Session is never used by two threads at once, and the loop stays free: a
10 MB article takes ~20 s to lint, and hovers, edits and shutdown keep
flowing meanwhile.
"""
from __future__ import annotations

import asyncio
import logging

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer

from ..__about__ import __version__
from .documents import target, uri_to_path
from .hover import Explained
from .linting import Linter
from .protocol import ANSWERED, PYGLS_LOGS, NewslintProtocol, no_answered_traceback
from .scheduling import Open, Scheduling
from .settings import Settings, parse
from .workspace import LspDocument
from .worker import Worker

log = logging.getLogger("newslint.server")


class NewslintServer(Scheduling, LanguageServer):
    def __init__(self):
        super().__init__("newslint", __version__,
                         text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
                         protocol_cls=NewslintProtocol)
        self.linter = Linter()
        self.worker = Worker()
        self.open: dict[str, Open] = {}
        self.focus: str | None = None    # the document last opened or changed: linted first
        self.settings = Settings()
        self.left_out: list[str] = []     # the settings' bad values (`settings.parse`)
        self.init_options: dict = {}
        self.generation = 0          # bumped when settings or config files change
        self.opened = 0              # documents opened so far (each open's `Open.serial`)
        self.pull = False            # the client pulls diagnostics
        self.watching = False        # the client reports config and rule file changes
        self.ready = False           # `initialized` has arrived
        self.shut_down = False       # `shutdown` has arrived (the exit code says so)
        self.settled = asyncio.Event()   # the client's settings are in: linting may start
        self.told: set[str] = set()
        self.held: list[tuple[str, types.MessageType]] = []   # messages before `initialized`
        self.explain = Explained()       # hover texts, made in the lint thread (`hover`)
        for name in PYGLS_LOGS:
            logging.getLogger(name).addFilter(no_answered_traceback)

    # -- messages -----------------------------------------------------------------

    def tell(self, text: str, kind: types.MessageType = types.MessageType.Warning) -> None:
        """Show `text` once per server life (window/showMessage) and log it;
        a repeat (the same rule crashing on every keystroke) is logged at debug."""
        if text in self.told:
            log.debug("%s", text)
            return
        self.told.add(text)
        log.warning("%s", text)
        if not self.ready:
            self.held.append((text, kind))
            return
        self.window_log_message(types.LogMessageParams(kind, text))
        self.window_show_message(types.ShowMessageParams(kind, f"newslint: {text}"))

    def flush_held(self) -> None:
        self.ready = True
        for text, kind in self.held:
            self.window_log_message(types.LogMessageParams(kind, text))
            self.window_show_message(types.ShowMessageParams(kind, f"newslint: {text}"))
        self.held.clear()

    def report_server_error(self, error: Exception, source) -> None:
        """pygls's last resort (a handler raised): tell once, never a storm.
        A request for a method the server does not offer, one the client
        cancelled, or one whose params do not fit (an unknown command) is
        ordinary traffic: it has been answered (-32601, -32800, -32602) and
        logged, so nothing is shown; a body that is not JSON is answered
        here (-32700), also with nothing shown."""
        if isinstance(error, JsonRpcInvalidParams):      # the client's mistake: one warning line
            log.warning("answered: %s", error)
            return
        if isinstance(error, ANSWERED):
            log.debug("%s", error)
            return
        if self.protocol.answer_unreadable(error):      # a body that is not JSON: -32700
            return
        log.exception("server error (%s)", getattr(source, "__name__", source), exc_info=error)
        self.tell(f"internal error: {type(error).__name__}: {error} (see the server log)",
                  types.MessageType.Error)

    # -- documents ----------------------------------------------------------------

    def document(self, uri: str) -> LspDocument | None:
        """The open document at `uri` (None once closed: pygls would read the disk)."""
        return self.workspace.get_text_document(uri) if uri in self.open else None

    def folders(self) -> list[str]:
        """The workspace folders' paths (the root's when the client names none)."""
        paths = [uri_to_path(f.uri) for f in self.workspace.folders.values()]
        root = self.workspace.root_path
        return [p for p in paths if p] or ([root] if root else [])

    def track(self, uri: str, language_id: str | None) -> Open:
        """Start keeping state for a document the client opened."""
        self.opened += 1
        state = self.open[uri] = Open(target(uri, language_id, self.folders()), serial=self.opened)
        return state

    def folders_changed(self) -> None:
        """`workspace/didChangeWorkspaceFolders`: an untitled document is placed
        in the first folder (`documents.target`), so one whose folder changed
        takes the new folder's config and is linted again, as a new untitled
        document would be (qa95 #3). A saved file keeps its own path's config."""
        moved = []
        for uri, state in self.open.items():
            doc = self.document(uri)
            if state.target is None or doc is None or uri_to_path(uri) is not None \
                    or state.target.config:
                continue
            new = target(uri, doc.language_id, self.folders())
            if new is not None and new != state.target:
                state.target, state.linted = new, None
                if state.run is not None:
                    state.run.drop()
                moved.append(uri)
        if not moved:
            return
        log.info("untitled documents moved to the first workspace folder: %s", ", ".join(moved))
        if self.pull:
            self.pull_again()
        for uri in moved:
            self.schedule(uri)

    # -- settings and config files ------------------------------------------------

    def first_settings(self, data) -> None:
        """`initializationOptions`, before any document (and before the worker) runs."""
        self.settings, errors = parse(data)
        self.left_out = errors
        self.linter.configure(self.settings.cli, errors)
        for error in errors:
            self.tell(error)

    async def apply_settings(self, data) -> None:
        """Settings from the client (workspace/configuration); relint if they changed."""
        settings, errors = parse(data)
        if settings != self.settings or errors != self.left_out:
            self.settings, self.left_out = settings, errors
            await self.in_worker(self.linter.configure, settings.cli, errors)
            self.relint_all()
        for error in errors:      # told once the rest is in effect: a pull after it sees them
            self.tell(error)

    async def refresh(self) -> None:
        """Config or rule files changed: find and compile them again, relint."""
        await self.in_worker(self.linter.refresh)
        self.relint_all()

    def relint_all(self) -> None:
        """Settings or config changed: every kept lint is stale. Push clients
        get fresh diagnostics; pull clients are asked to pull again."""
        self.generation += 1
        for state in self.open.values():       # linted under the old settings: never published
            if state.run is not None:
                state.run.drop()
        if not self.pull:
            for uri in list(self.open):
                self.schedule(uri)
        else:
            self.pull_again()

    def warm(self) -> None:
        """Compile the rules and load the word lists before the first document
        arrives, in the worker (so the first lint is as fast as the rest)."""
        self.worker.submit(self.linter.warm, self.folders())

    def stop(self) -> None:
        """`shutdown`: no new work; the worker finishes what it is doing."""
        self.shut_down = True
        for state in self.open.values():
            if state.task is not None:
                state.task.cancel()
            if state.run is not None:
                state.run.drop()
        self.worker.shutdown()


