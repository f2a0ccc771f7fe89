"""The real `newslint server`, plus a rule kind `test-slow` (for
tests/test_server_order.py only) that takes SLOW seconds on a document
holding `SLOW-STORY` and nothing on any other: a house pack of many such
rules makes one document's lint last seconds, as a 200 KB story's does."""
from __future__ import annotations

import sys
import time

from lint.kinds import Kind, registry

SLOW = 0.05      # seconds per rule


class Slow(Kind):
    name = "test-slow"
    description = "Takes its time on a story marked SLOW-STORY."

    def check(self, doc, parts):
        if "SLOW-STORY" in doc.source:
            time.sleep(SLOW)
        return []


registry()["test-slow"] = Slow

if __name__ == "__main__":
    from lint.cli import main

    sys.exit(main(["server", *sys.argv[1:]]))
