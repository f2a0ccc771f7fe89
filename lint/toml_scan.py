"""Where TOML's strings and comments lie, read without parsing: a line inside
a multi-line string is text, not a key or a `[header]` (TOML 1.0 'String',
'Comment'). `config_find` reads a pyproject.toml that tomllib refused this
way, and `toml_load.table_marks` places keys with it (tomllib keeps no
positions), so neither takes a string's line for a key (qa343 #1, #4).
"""
from __future__ import annotations

import re
from typing import Iterator, NamedTuple

# what a scan stops at: a comment, or a string's opening quotes (triple first)
_STOP = re.compile(r"""#|\"\"\"|'''|"|'""")
# a string's body, by its opening: a basic string's `\` escapes the next
# character; a multi-line one may end in one or two quotes of its own before
# its closing three (`"""a""""` is `a"`: 'Multi-line basic strings')
_BODY = {'"': re.compile(r'[^"\\\n]*(?:\\.[^"\\\n]*)*(?=")'),
         "'": re.compile(r"[^'\n]*(?=')"),
         '"""': re.compile(r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"{0,2}(?=""")', re.S),
         "'''": re.compile(r"[^']*(?:'(?!'')[^']*)*'{0,2}(?=''')")}


class Span(NamedTuple):
    """A comment or string: its opening (`#`, `"`, `'`, `\"\"\"`, `'''`) at
    `start`, its body from `body` to `body_end`, and `end` past its closing
    quotes (= `body_end` for a comment, or a string left open)."""
    start: int
    body: int
    body_end: int
    end: int


def spans(text: str, at: int = 0) -> Iterator[Span]:
    """Each comment and string in `text` from offset `at` on, in order. TOML
    that tomllib refused may leave one open: a one-line string or a comment
    then ends at its line's end, a multi-line string at the end of `text`
    (what TOML would read as that string)."""
    while (m := _STOP.search(text, at)) is not None:
        opening = m[0]
        if opening != "#" and (body := _BODY[opening].match(text, m.end())) is not None:
            at = body.end() + len(opening)
            yield Span(m.start(), m.end(), body.end(), at)
            continue
        if len(opening) == 3:
            at = len(text)
        else:
            at = text.find("\n", m.end())
            at = len(text) if at < 0 else at
        yield Span(m.start(), m.end(), at, at)


def string_end(text: str, at: int) -> int:
    """Where the string whose opening quote is at `at` ends: past its closing
    quotes (a multi-line one's run of three to five), or as `spans` says for
    one left open."""
    return next(spans(text, at)).end


def multiline(text: str) -> list[Span]:
    """The multi-line strings of `text` (a line starting inside one is text)."""
    return [s for s in spans(text) if s.body - s.start == 3 and text[s.start] != "#"]


def masked(text: str, keep: frozenset[str] = frozenset()) -> str:
    """`text` with the body of each comment and string made `~` (line breaks
    kept), so a line inside a multi-line string is no key or header and a
    `#` or `=` in a value is not read; a one-line string whose body is in
    `keep` (a key's name) is left as written. Offsets and lines are kept."""
    out, last = [], 0
    for s in spans(text):
        if s.body - s.start == 1 and text[s.start] != "#" and text[s.body:s.body_end] in keep:
            continue
        out += [text[last:s.body], re.sub(r"[^\r\n]", "~", text[s.body:s.body_end])]
        last = s.body_end
    out.append(text[last:])
    return "".join(out)
