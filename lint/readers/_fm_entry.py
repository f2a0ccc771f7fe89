"""One front-matter value as read from its source, in any of the three
languages (YAML, TOML, JSON): its dotted key, constructed value, decoded text
with the map of each character to the source, and the characters a fix may
not write into it. `with_refs` then decodes the HTML character references
sites leave in these values (they render them as HTML).
"""
from __future__ import annotations

import html
import sys
from dataclasses import dataclass, replace

from .. import rx as regex

from ..document import Document, Notice, Part
from ..plural import joined
from ._stitch import Builder, slice_segments, without_html

MAX_ENTRIES = 2000      # an alias bomb must not turn into millions of parts
MAX_DEPTH = 20          # front matter deeper than this is data, not article fields
_CHARREF = regex.compile(r"&(?:#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{1,31};)")


@dataclass
class Entry:
    """One scalar value: dotted key, constructed value, text and its map, the
    characters a fix may not write into it (its quoting would break), and
    `at`: where the key is given its value when that is not where its text
    starts (a YAML alias `title: *e`, whose text stands at the anchor; a
    value that is a tag alone, `title: !!str`), else None. `plain`: how a
    YAML plain scalar stands ("block" or "flow"), which a fix must leave a
    plain scalar YAML reads as the fixed text (`yaml_plain`), else ""."""

    key: str
    value: object
    text: str
    segments: tuple[tuple[int, int], ...]
    unsafe: str = "\n"
    at: int | None = None
    plain: str = ""     # a YAML plain (unquoted) string: "block" or "flow" (inside [] or {})

    @classmethod
    def stated(cls, key: str, value: object, at: int) -> Entry:
        """The entry of a headline key whose value is no text (`title: ~`,
        `title: []`, `title: 0`), at `at`: it names the key and what it holds."""
        return cls(key, value, "", ((0, at),), at=at)

    def stated_at(self) -> int:
        """Where the key is given its value (for a finding on a value with no text)."""
        return self.at if self.at is not None else self.segments[0][1]


def capped(doc: Document, at: int, unread: list[tuple[str, bool]], cap: int = MAX_ENTRIES) -> Notice:
    """The warning that reading the front matter stopped at `at` (a file
    offset: the first value in the file left unread) once `cap` values were
    read, naming what was left unread: `unread` is each top key with a value
    left unread, in the file's order, and whether some of its values were
    read (`the rest of 'tags'`). YAML and JSON front matter both say it, and
    keep the same values: the top keys newslint reads by name are read
    first, each with every value under it: the headline and date keys, then
    the other titles, the dek and byline, then the pictures
    (`_fm_keys.rank`), each group in the file's order; then the other top
    keys in the file's order, until `cap` values are read. So a key written
    after `at` may have been read, and only the keys named are unchecked. A
    value is a string (a YAML date too), a headline's number, date or
    boolean read as text, or a headline with no text; a value lost to a
    repeated key is not one."""
    rest = _listing([f"the rest of '{key}'" for key, partly in unread if partly])
    whole = _listing([f"'{key}'" for key, partly in unread if not partly])
    listing = f"{rest} and all of {whole}" if rest and whole else rest or whole
    what = f"{listing} {'is' if len(unread) == 1 else 'are'} not checked" if unread else \
        "the values left unread are not checked"
    return Notice("file.front-matter", "warning", f"front matter holds more than {cap} values: reading "
                  f"stopped at line {doc.lines.position(at)[0]}, and {what}", at)


def _listing(names: list[str], most: int = 4) -> str:
    """`names` joined as a sentence says them ('a', 'b' and 'c'), past `most`
    the first few and how many others."""
    if len(names) > most:
        names = [*names[:most - 1], f"{len(names) - most + 1} other keys"]
    return joined(names)


def int_digits_limit() -> int:
    """How many digits Python converts to an integer at the most
    (`sys.get_int_max_str_digits`, 4,300 by default; Python 3.11 on); 0 when
    there is no limit, as before 3.11 or set so."""
    return sys.get_int_max_str_digits() if hasattr(sys, "get_int_max_str_digits") else 0


# Characters a fix must not write into a value, by how the value is quoted:
# they would end the string or change how the scalar parses (YAML 1.2 7.3).
UNSAFE = {'"': '"\\\n', "'": "'\n", "": ":#\n", "|": "\n", ">": "\n"}


def with_refs(e: Entry) -> Entry:
    """The entry with HTML character references decoded, each mapped to where it
    starts, and HTML tags left out (sites render these values as HTML)."""
    if not isinstance(e.value, str) or ("&" not in e.text and "<" not in e.text):
        return e
    text, segments = e.text, e.segments
    if "&" in text:
        b, prev = Builder(), 0
        field = Part("field", text, segments)     # once: each reference is placed through it
        starts = [t for t, _ in segments]
        for m in _CHARREF.finditer(text):
            decoded = html.unescape(m.group())
            if decoded == m.group():
                continue
            b.add_segments(text[prev:m.start()], slice_segments(segments, prev, m.start(), starts))
            b.add_decoded(decoded, field.source_offset(m.start()))
            prev = m.end()
        if prev:
            b.add_segments(text[prev:], slice_segments(segments, prev, len(text)))
            text, segments = b.text(), tuple(b.segments)
    text, segments = without_html(text, segments)
    return replace(e, text=text, segments=segments)      # its other fields (unsafe, at, plain) kept

