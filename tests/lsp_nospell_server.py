"""`newslint server` for tests/test_server_skipped_rules.py: an install
without the `spelling` extra. The binding is hidden as
tests/test_spelling_unavailable.py hides it (None in
`sys.modules["hunspell"]`, so `import hunspell` raises ImportError).
Everything else is the real server."""
from __future__ import annotations

import sys

sys.modules["hunspell"] = None

from lint.server.command import server  # noqa: E402  (after the binding is hidden)

if __name__ == "__main__":
    server.main(args=sys.argv[1:], prog_name="newslint server")
