"""The set-up the turned-‘ tests share (fx499, fx503, fx504, fx515 and their
reviews qa345, qa364, qa365, qa371, qa380), written once: the marks, the quotes
pack alone, and readers that give each finding's offset into the body as
written, so a test places it with `body.index(...)`, never by searching the
findings' text.

`found(body, kind, crlf)` reads `body` as one story (`story_file`: txt, md,
html, ...) and gives [(rule, offset into `body` with \\n line ends, message)];
`crlf=True` writes the story with \\r\\n and folds the \\r back out of the
offsets. `turned(found)` keeps the offsets of "turned the wrong way" marks.
`file_found(name, text)` gives [(rule, offset, line, column, message)] for a
whole file as written; `turned_at(name, text)` the turned marks' offsets in it.

Synthetic input only."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes
from story_helpers import story_file

L, R, LD, RD = "\u2018", "\u2019", "\u201c", "\u201d"
TURNED = "turned the wrong way"
NEVER = "never closed"
QUOTES = Config(select=("quotes",))
HEAD = "Council votes\n\n"


def found(body: str, kind: str = "txt", crlf: bool = False):
    """[(rule, offset into `body` as written with \\n, message)]."""
    path, data = story_file(kind, body)
    if crlf:
        data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    text = data.decode("utf-8")
    start = text.index(body.split("\n")[0])
    return [(d.rule, d.offset - start - text[start:d.offset].count("\r"), d.message)
            for d in lint_bytes(path, data, QUOTES).diagnostics]


def turned(found):
    return [at for rule, at, msg in found if rule == "quotes.unbalanced" and TURNED in msg]


def file_found(name: str, text: str):
    return [(d.rule, d.offset, d.line, d.column, d.message)
            for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics]


def turned_at(name: str, text: str) -> list[int]:
    return [d.offset for d in lint_bytes(name, text.encode("utf-8"), QUOTES).diagnostics if TURNED in d.message]
