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
from ..yaml_glued import GLUED_KEY

# A YAML `key:` line (a quoted key, or a short unquoted one not opening a list item)
_YAML_KEY = re.compile(r"[ \t]*(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|[^\s:#'\"\-\[{][^:\r\n]{0,40}?)[ \t]*:(?:[ \t]|\r?$)")
# A TOML `key =` line or `[table]` header
_TOML_KEY = re.compile(r"[ \t]*(?:[A-Za-z0-9_.-]+|\"[^\"\r\n]*\"|'[^'\r\n]*')[ \t]*=|[ \t]*\[")
# What only goes on under a key: an indented line, a list item, a comment
_UNDER = re.compile(r"[ \t]+\S|-(?:[ \t]|$)|#")
# Past a blank line, a paragraph goes on with the block only when every line of
# it has a field's shape (qa68 #1: blank lines are legal inside YAML and TOML,
# and Hugo reads `PublishDate:` as `publishdate:`): a YAML `key:` line whose key
# is one word, a TOML `key = value` line (dotted or quoted keys too) or a
# `[table]` / `[[table]]` header, each followed by lines under it.
_YAML_FIELD = re.compile(r"[ \t]*(?:\"[^\"\r\n]*\"|'[^'\r\n]*'|(?P<key>[^\W\d][\w.-]*))"
                         r"[ \t]*:(?:[ \t]+(?P<value>.*?))?[ \t]*")
_TOML_FIELD = re.compile(r"[ \t]*(?:[A-Za-z0-9_-]+|\"[^\"\r\n]*\"|'[^'\r\n]*')"
                         r"(?:[ \t]*\.[ \t]*(?:[A-Za-z0-9_-]+|\"[^\"\r\n]*\"|'[^'\r\n]*'))*[ \t]*=[ \t]*\S.*"
                         r"|[ \t]*\[\[?[ \t]*[\w.\"' -]+\]\]?[ \t]*(?:#.*)?")
# A YAML line a value goes on under: a key with none (a mapping or list under
# it) or a block scalar's `|` / `>`; a line past a blank line under it is its
_OPENS = re.compile(r":[ \t]*$|:[ \t]+[|>][+-]?[0-9]?[+-]?[ \t]*$")
# A story's label line, not a field: `Correction: The meeting is at 7 p.m.`, a
# capitalised word over a sentence (three words or more, closed by . ! or ?)
_LABEL = re.compile(r"[A-Z][a-z]*")
_SENTENCE = re.compile(r"[^\"'\[{|>&*!%@`].*\s\S+\s.*[.!?][\"'\u201d\u2019)\]]*")


def _fields(lines: list[str], fence: str, goes_on: bool) -> bool:
    """Whether a paragraph past a blank line (its `lines`) is more of the
    block: its first line a field (or, when the block's last line `goes_on`,
    one under it), each other one a field or a line under one, and not only
    a story's label lines (`_LABEL` over `_SENTENCE`)."""
    field = _YAML_FIELD if fence == "---" else _TOML_FIELD
    labels = 0
    for i, line in enumerate(lines):
        m = field.fullmatch(line)
        if m is None and fence == "---":
            m = GLUED_KEY.fullmatch(line)
            if m is not None and not m[2][0].islower():
                return False                # `Note:see below` is a story's
        if m is None:
            if (i == 0 and not goes_on) or not _UNDER.match(line):
                return False
        elif fence == "---" and m.re is _YAML_FIELD and m["key"] and _LABEL.fullmatch(m["key"]) \
                and m["value"] and _SENTENCE.fullmatch(m["value"]):
            labels += 1
    return labels == 0 or labels < sum(1 for ln in lines if not _UNDER.match(ln))


def key_lines(src: str, fence: str, after: int) -> list[tuple[int, int, bool]]:
    """The block's lines from `after` (the line under the opening `fence`):
    (start, end before the line break, glued) of each key line or line under
    one, `glued` for a YAML `key:value` line with no space after its colon
    (`yaml_glued.GLUED_KEY`), up to the first line that is none (blank lines
    between them kept out). Past a blank line, a whole paragraph is more of
    the block or none of it (`_fields`). [] when the first line is no key line.
    Lines are read as they are needed: the block's and one paragraph more,
    never the rest of the file."""
    key = _YAML_KEY if fence == "---" else _TOML_KEY
    out: list[tuple[int, int, bool]] = []
    blank = False
    lines = _lines(src, after)
    for pos, end in lines:
        line = src[pos:end].rstrip("\r")
        if not line.strip():
            blank = True
            continue
        if blank:
            para = [(pos, line)]
            for a, b in lines:          # up to the blank line closing the paragraph (or the end)
                if not src[a:b].strip():
                    break
                para.append((a, src[a:b].rstrip("\r")))
            last = src[out[-1][0]:out[-1][1]] if out else ""
            goes_on = fence == "---" and (_UNDER.match(last) is not None or _OPENS.search(last) is not None)
            if not _fields([ln for _, ln in para], fence, goes_on):
                break
            out += [(a, a + len(ln), fence == "---" and GLUED_KEY.fullmatch(ln) is not None) for a, ln in para]
            continue                    # `blank` stays: a blank line (or the end) closed the paragraph
        glued = fence == "---" and GLUED_KEY.fullmatch(line) is not None
        if not (key.match(line) or glued or (out and _UNDER.match(line))):
            break
        out.append((pos, pos + len(line), glued))
    return out


def _lines(src: str, pos: int):
    """(start, end before its "\n") of each line of `src` from `pos`."""
    while pos < len(src):
        nl = src.find("\n", pos)
        end = len(src) if nl == -1 else nl
        yield pos, end
        pos = end + 1


def hold(doc: Document, lines: list[tuple[int, int, bool]]) -> None:
    """Keep every fix out of the key `lines` (`key_lines`) of a block never
    closed (`Document.held`)."""
    if lines:
        doc.held.append((lines[0][0], lines[-1][1], "open-front"))
