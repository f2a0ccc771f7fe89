"""The one shape of the held test servers (lsp_held_server.py,
lsp_save_held_server.py): the lint thread's work for chosen functions waits
until another handler has run, so a test orders two requests with no
timing. Everything else is the real server."""
from __future__ import annotations

import asyncio
import functools

from lsprotocol import types

from lint.server.app import NewslintServer


def hold(held: tuple, owner: type, name: str, *, say: bool = False) -> None:
    """Make `NewslintServer.in_worker(fn)` for a function of `held` wait
    until `owner.name` (sync or async) is next called; with `say`, log
    "held: FN" to the client (window/logMessage) first, so a test can send
    the releasing request on seeing it."""
    event: list[asyncio.Event] = []      # made in the server's own loop, on first use

    def released() -> asyncio.Event:
        if not event:
            event.append(asyncio.Event())
        return event[0]

    real_in_worker, real = NewslintServer.in_worker, getattr(owner, name)

    async def in_worker(self, fn, *args, **kw):
        if getattr(fn, "__func__", fn) in held:
            released().clear()
            if say:
                self.window_log_message(types.LogMessageParams(types.MessageType.Log,
                                                               f"held: {fn.__name__}"))
            await released().wait()
        return await real_in_worker(self, fn, *args, **kw)

    if asyncio.iscoroutinefunction(real):
        async def release(*args, **kw):
            released().set()
            return await real(*args, **kw)
    else:
        def release(*args, **kw):
            result = real(*args, **kw)
            released().set()
            return result

    NewslintServer.in_worker = in_worker
    setattr(owner, name, functools.wraps(real)(release))
