"""What the Markdown footnote tests (fx530 and the reviews qa388, qa395)
share, written once: a front-matter head (`MD_HEAD`: a title and a
2024-05-01 date) and readers of what the engine and readers give.

`findings(text, select, name="a.md", **cfg)`: [(rule, line, column,
snippet)] of `lint_bytes` on `text` with only the `select`ed rules (more
Config fields as keywords). `line_col(text, needle, start=0)`: the 1-based
(line, column) of the first `needle` at or after `start`, LF, CRLF and a
lone CR each one line break. `uses(text, needle, rule=
"names.spelling-variant")`: [(rule, line, column, needle)] for every
`needle` in `text`, as `findings` gives a finding on each. `exact(text)`: asserts every character of
every part read from `text` stands at its own source offset.

Synthetic input only."""
from __future__ import annotations

import re

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

MD_HEAD = "---\ntitle: Council approves city budget\ndate: 2024-05-01\n---\n\n"


def findings(text: str, select: tuple[str, ...], name: str = "a.md", **cfg) -> list[tuple[str, int, int, str]]:
    res = lint_bytes(name, text.encode("utf-8"), Config(select=select, **cfg))
    return [(d.rule, d.line, d.column, d.snippet) for d in res.diagnostics]


def line_col(text: str, needle: str, start: int = 0) -> tuple[int, int]:
    i = text.index(needle, start)
    lines = re.split(r"\r\n|\r|\n", text[:i])
    return len(lines), len(lines[-1]) + 1


def uses(text: str, needle: str, rule: str = "names.spelling-variant") -> list[tuple[str, int, int, str]]:
    out, i = [], text.find(needle)
    while i >= 0:
        out.append((rule, *line_col(text, needle, i), needle))
        i = text.find(needle, i + 1)
    return out


def exact(text: str) -> None:
    """Every character of every part stands at its own source offset."""
    for p in read_bytes("a.md", text.encode("utf-8")).parts:
        assert all(text[p.source_offset(i)] == c for i, c in enumerate(p.text)), p
