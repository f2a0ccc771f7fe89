"""`newslint server` for tests/test_server_stale.py: before a code action's
work in the lint thread (the disable search, fix-all) it logs "held: NAME"
to the client (window/logMessage) and waits until the client's next
didChange has been handled. A test that sends its change on seeing that
line makes the change land while the handler waits for the lint thread
(qa45 #1), with no timing. Everything else is the real server."""
from __future__ import annotations

import sys

from lsp_hold import hold

from lint.server import actions
from lint.server.command import server
from lint.server.linting import Linter
from lint.server.workspace import LspWorkspace

hold((actions.disable_spots, Linter.fix_all), LspWorkspace, "update_text_document", say=True)

if __name__ == "__main__":
    server.main(args=sys.argv[1:], prog_name="newslint server")
