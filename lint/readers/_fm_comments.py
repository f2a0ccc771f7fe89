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
TOML (`+++`) front matter is not read for directives.
"""
from __future__ import annotations

import bisect

import regex
import yaml

from ..document import Suppression
from ..suppress import directive_ids

# The comment's text runs to the line's end; a further `#` starts a note of the writer's own.
_COMMENT = regex.compile(
    r"(?<!\S)#[ \t]*newslint-(?P<action>disable-next-line|disable-line|disable|enable)\b(?P<ids>[^\n#]*)")


def directives(text: str, base: int, loader) -> list[Suppression]:
    """The directives in the YAML comments of `text` (front matter that
    `loader`, a PyYAML loader class, composed without error), with offsets
    into the file (`base` is the offset of `text`). [] when the scanner
    fails, as the front matter is then reported and read as nothing."""
    if "newslint-" not in text:
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
        out.append(Suppression(m["action"], directive_ids(m["ids"]), base + m.start()))
    return out
