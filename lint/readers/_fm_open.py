"""The lines of a front-matter block never closed (a `---` or `+++` over
`key: value` lines and no closing fence): the reader reads them as the
story's text, but they are the article's fields, which a site reads as
data once the writer closes the block. No fix is written in them (qa67 #2:
`date: 5 January 2024` made `date: Jan. 5, 2024`, which a site generator
cannot parse); `Document.held` keeps their span, as `fixes.HELD["open-front"]`
words it."""
from __future__ import annotations

import re

from ..document import Document
from ..yaml_errors import GLUED_KEY

# A YAML `key:` line (a quoted key, or a short unquoted one not opening a list item)
_YAML_KEY = re.compile(r"[ \t]*(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|[^\s:#'\"\-\[{][^:\r\n]{0,40}?)[ \t]*:(?:[ \t]|\r?$)")
# A TOML `key =` line or `[table]` header
_TOML_KEY = re.compile(r"[ \t]*(?:[A-Za-z0-9_.-]+|\"[^\"\r\n]*\"|'[^'\r\n]*')[ \t]*=|[ \t]*\[")
# What only goes on under a key: an indented line, a list item, a comment
_UNDER = re.compile(r"[ \t]+\S|-(?:[ \t]|$)|#")
# After a blank line, only a key as sites write them (lower case) goes on with the block:
# a story's first paragraph may open `Note: ...`
_LOWER_KEY = re.compile(r"[ \t]*[a-z_][\w.-]*[ \t]*[:=]")


def key_lines(src: str, fence: str, after: int) -> list[tuple[int, int, bool]]:
    """The block's lines from `after` (the line under the opening `fence`):
    (start, end before the line break, glued) of each key line or line under
    one, `glued` for a YAML `key:value` line with no space after its colon
    (`yaml_errors.GLUED_KEY`), up to the first line that is none (blank lines
    between them kept out). [] when the first line is no key line."""
    key = _YAML_KEY if fence == "---" else _TOML_KEY
    out: list[tuple[int, int, bool]] = []
    pos, blank = after, False
    while pos < len(src):
        nl = src.find("\n", pos)
        end = len(src) if nl == -1 else nl
        line = src[pos:end].rstrip("\r")
        glued = fence == "---" and GLUED_KEY.fullmatch(line) is not None
        if not line.strip():
            blank = True
        elif (blank and not _LOWER_KEY.match(line)) or not (
                key.match(line) or glued or (out and _UNDER.match(line))):
            break
        else:
            out.append((pos, pos + len(line), glued))
            blank = False
        pos = end + 1
    return out


def hold(doc: Document, fence: str, after: int) -> None:
    """Keep every fix out of the key lines of the `fence` block opened above
    `after` and never closed (`Document.held`)."""
    lines = key_lines(doc.source, fence, after)
    if lines:
        doc.held.append((lines[0][0], lines[-1][1], "open-front"))
