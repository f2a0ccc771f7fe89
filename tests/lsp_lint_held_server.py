"""The real `newslint server`, plus a rule kind `test-held` (for
tests/test_server_hover_busy.py only): on a document holding `HELD-STORY`
it holds the lint thread, ignoring any stop, until a file `release` is in
the document's folder, having first written a file `held` there (so the
test knows the lint thread is taken), and after, a file `left`. Any other
document costs it nothing.
A long lint of a big story holds the thread the same way while it is read."""
from __future__ import annotations

import sys
import time
from pathlib import Path

from lint.kinds import Kind, registry

LONGEST = 120.0     # seconds: a test that never releases it still ends


class Held(Kind):
    name = "test-held"
    description = "Holds the lint thread on a story marked HELD-STORY until released."

    def check(self, doc, parts):
        if "HELD-STORY" in doc.source:
            folder = Path(doc.path).parent
            (folder / "held").write_text("")
            ends = time.monotonic() + LONGEST
            while not (folder / "release").exists() and time.monotonic() < ends:
                time.sleep(0.01)
            (folder / "left").write_text("")
        return []


registry()["test-held"] = Held

if __name__ == "__main__":
    from lint.cli import main

    sys.exit(main(["server", *sys.argv[1:]]))
