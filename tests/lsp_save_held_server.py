"""`newslint server` for tests/test_server_save_order.py: a save's look at
the config again (`Linter.refresh`, in the lint thread) waits until a
diagnostic request for a document has come in (`Scheduling.current`
entered), so a pull sent after the save lands while the save is handled,
with no timing (fx179 #2). Everything else is the real server."""
from __future__ import annotations

import asyncio
import sys

from lint.server.app import NewslintServer
from lint.server.command import server
from lint.server.linting import Linter

asked: asyncio.Event | None = None
real_in_worker = NewslintServer.in_worker
real_current = NewslintServer.current


def _asked() -> asyncio.Event:
    global asked
    if asked is None:
        asked = asyncio.Event()
    return asked


async def in_worker(self, fn, *args, **kw):
    if getattr(fn, "__func__", fn) is Linter.refresh:     # a save's: until the next pull
        _asked().clear()
        await _asked().wait()
    return await real_in_worker(self, fn, *args, **kw)


async def current(self, uri):
    _asked().set()
    return await real_current(self, uri)


NewslintServer.in_worker = in_worker
NewslintServer.current = current

if __name__ == "__main__":
    server.main(args=sys.argv[1:], prog_name="newslint server")
