"""`newslint server` for tests/test_server_save_order.py: a save's look at
the config again (`Linter.refresh`, in the lint thread) waits until a
diagnostic request for a document has come in (`Scheduling.current`
entered), so a pull sent after the save lands while the save is handled,
with no timing (fx179 #2). Everything else is the real server."""
from __future__ import annotations

import sys

from lsp_hold import hold

from lint.server.app import NewslintServer
from lint.server.command import server
from lint.server.linting import Linter

hold((Linter.refresh,), NewslintServer, "current")

if __name__ == "__main__":
    server.main(args=sys.argv[1:], prog_name="newslint server")
