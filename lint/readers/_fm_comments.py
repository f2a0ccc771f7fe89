"""newslint directives written as YAML comments in front matter (nu28 #5).

An HTML comment inside front matter is data, and one after the closing fence
acts from its own line on, below the front matter; so a finding in a
front-matter value (a banned word in the `title:`) could not be switched off
inline. A YAML comment can carry the same directive:

    title: "Council slammed over salt barn"  # newslint-disable-line house.banned-headlinese

`disable-line` hides its rules on the comment's line, `disable-next-line` on
the line after, and `disable`/`enable` act as their HTML forms do (from the
line on, through the body). Only a real comment counts: a `#` at a line's
start or after white space, outside every scalar (a quoted title, a `|`
block holding `# newslint-...` is text). YAML's scanner says where each
scalar lies; it runs only when the front matter names `newslint-` at all.

Hugo's TOML (`+++`) front matter takes the same comments (`toml_directives`):
TOML v1.0.0 starts a comment at any `#` outside a string, so its strings
(basic, literal and both multi-line forms, keys included) are stepped over.
JSON has no comments, so JSON front matter takes no directive.
"""
from __future__ import annotations

import bisect

from .. import rx as regex
import yaml

from ..document import Suppression
from ..suppress import MARKER, NAME, action_of, directive

# The comment's text runs to the line's end; a further `#` starts a note of the writer's own
# (so a reason after ` -- ` ends there too). A misspelt action is read, to be said (qa70 #5).
_DIRECTIVE = r"#[ \t]*" + NAME + r"(?P<ids>[^\n#]*)"
_COMMENT = regex.compile(r"(?<!\S)" + _DIRECTIVE)
_TOML_DIRECTIVE = regex.compile(_DIRECTIVE)
# What a TOML scan stops at: a comment, or a string's opening quotes (triple first).
_TOML_STOP = regex.compile(r"""#|\"\"\"|'''|"|'""")
# A string's body and closing quotes, by its opening: a basic string's `\` escapes the next
# character; a multi-line string may end in one or two quotes of its own (`""""`).
_TOML_CLOSE = {'"': regex.compile(r'(?:[^"\\\n]|\\.)*+"'),
               "'": regex.compile(r"[^'\n]*+'"),
               '"""': regex.compile(r'(?:[^"\\]|\\.|"(?!""))*+""""{0,2}', regex.S),
               "'''": regex.compile(r"(?:[^']|'(?!''))*+''''{0,2}")}


def directives(text: str, base: int, loader) -> list[Suppression]:
    """The directives in the YAML comments of `text` (front matter that
    `loader`, a PyYAML loader class, composed without error), with offsets
    into the file (`base` is the offset of `text`). [] when the scanner
    fails, as the front matter is then reported and read as nothing."""
    if MARKER.search(text) is None:
        return []
    found = list(_COMMENT.finditer(text))
    if not found:
        return []
    try:
        spans = [(t.start_mark.index, t.end_mark.index) for t in yaml.scan(text, Loader=loader)
                 if isinstance(t, yaml.ScalarToken)]
    except yaml.YAMLError:
        return []
    starts = [s for s, _ in spans]
    out = []
    for m in found:
        k = bisect.bisect_right(starts, m.start()) - 1
        if k >= 0 and m.start() < spans[k][1]:
            continue            # inside a value: text, not a comment
        out.append(directive(action_of(m), m["ids"], base + m.start("ids"), base + m.start(),
                             name=(base + m.start("name"), base + m.end("name"))))
    return out


def toml_directives(text: str, base: int) -> list[Suppression]:
    """The directives in the `#` comments of `text`, TOML front matter that
    `tomllib` read without error, with offsets into the file (`base` is the
    offset of `text`). A `#` inside a string (a key's or a value's) is text."""
    if MARKER.search(text) is None:
        return []
    out, pos = [], 0
    while (m := _TOML_STOP.search(text, pos)) is not None:
        if m[0] == "#":
            if (d := _TOML_DIRECTIVE.match(text, m.start())) is not None:
                out.append(directive(action_of(d), d["ids"], base + d.start("ids"), base + m.start(),
                                     name=(base + d.start("name"), base + d.end("name"))))
            nl = text.find("\n", m.end())
            pos = len(text) if nl == -1 else nl + 1
            continue
        close = _TOML_CLOSE[m[0]].match(text, m.end())
        if close is None:       # not TOML after all: no directive past this point
            break
        pos = close.end()
    return out
