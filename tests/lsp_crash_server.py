"""The real `newslint server`, plus two faults to survive (for
tests/test_server_modes.py only): a rule kind `test-crash` that raises on
every document, and a reader that raises on text holding `READER-CRASH`."""
from __future__ import annotations

import sys

from lint import engine
from lint.kinds import Kind, registry


class Crash(Kind):
    name = "test-crash"
    description = "Raises, as a buggy kind would."

    def check(self, doc, parts):
        raise ZeroDivisionError("a kind divided by zero")


registry()["test-crash"] = Crash
_read = engine.read_bytes


def read_bytes(path, data, **kw):
    if b"READER-CRASH" in data:
        raise RecursionError("the reader recursed too deep")
    return _read(path, data, **kw)


engine.read_bytes = read_bytes

if __name__ == "__main__":
    from lint.cli import main

    sys.exit(main(["server", *sys.argv[1:]]))
