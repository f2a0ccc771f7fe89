"""`newslint server` for tests/test_server_stale.py: before a code action's
work in the lint thread (the disable search, fix-all) it logs "held: NAME"
to the client (window/logMessage) and waits until the client's next
didChange has been handled. A test that sends its change on seeing that
line makes the change land while the handler waits for the lint thread
(qa45 #1), with no timing. Everything else is the real server."""
from __future__ import annotations

import asyncio
import sys

from lsprotocol import types

from lint.server import actions
from lint.server.app import NewslintServer
from lint.server.command import server
from lint.server.linting import Linter
from lint.server.workspace import LspWorkspace

HELD = (actions.disable_spots, Linter.fix_all)
changed: asyncio.Event | None = None
real_in_worker = NewslintServer.in_worker
real_update = LspWorkspace.update_text_document


def _event() -> asyncio.Event:
    global changed
    if changed is None:
        changed = asyncio.Event()
    return changed


async def in_worker(self, fn, *args, **kw):
    if getattr(fn, "__func__", fn) in HELD:
        _event().clear()
        self.window_log_message(types.LogMessageParams(types.MessageType.Log, f"held: {fn.__name__}"))
        await _event().wait()
    return await real_in_worker(self, fn, *args, **kw)


def update_text_document(self, text_doc, change):
    real_update(self, text_doc, change)
    _event().set()


NewslintServer.in_worker = in_worker
LspWorkspace.update_text_document = update_text_document

if __name__ == "__main__":
    server.main(args=sys.argv[1:], prog_name="newslint server")
