"""Hugo's JSON front matter: a JSON object opening the file (gohugo.io:
front matter formats), closed by its matching brace.

`json` validates and builds the data; a small walk over the same text then
gives every string value its dotted key and its decoded text with the map
to the source (RFC 8259 section 7 escapes, via `_scalars`).
"""
from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass

from .. import rx as regex

from ..document import Document, Notice
from ..value_words import huge_number
from . import _scalars
from ._fm_entry import capped, int_digits_limit
from ._fm_keys import HEADLINE_NAMES, no_date, rank

_SPACE = regex.compile(r"[ \t\r\n]*")
_STRING = regex.compile(r'"[^"\\]*+(?:\\.[^"\\]*+)*+"', regex.DOTALL)   # runs, not a step a character
_OTHER = regex.compile(r"[^,\]\}\s]+")


def object_end(src: str, p: int = 0) -> int | None:
    """End of the JSON object or array at src[p] (strings kept whole), or None."""
    depth = 0
    n = len(src)
    while p < n:
        ch = src[p]
        if ch == '"':
            m = _STRING.match(src, p)
            if m is None:
                return None
            p = m.end()
            continue
        if ch in "{[":
            depth += 1
        elif ch in "}]":
            depth -= 1
            if depth == 0:
                return p + 1
        p += 1
    return None


def entries(doc: Document, start: int, end: int, max_entries: int, max_depth: int):
    """(data, [(dotted key, value, text, segments)]) for the object src[start:end],
    in the file's order: an entry for each string newslint reads (`_leaves`),
    to at most `max_entries`, the top keys newslint reads by name first
    (`_fm_entry.capped` says which are kept); a name an object gives twice is
    an error at the repeat."""
    src = doc.source
    try:
        data = json.loads(src[start:end])
    except (ValueError, RecursionError) as exc:
        if isinstance(exc, json.JSONDecodeError):
            said, offset = exc.msg, doc.lines.line_start(exc.lineno) + exc.colno - 1
        else:       # no position: a number too long for int(), or nesting too deep (qa80 #4)
            said, offset = unreadable(src, start, end, exc)
        doc.notices.append(Notice("file.front-matter", "error", f"invalid JSON front matter: {said}",
                                  offset, unread_front=True))
        return {}, []
    top = _span(src, start, 0, max_depth)
    out, stopped, unread = _read(src, data, top, max_entries, max_depth, doc.held)
    if stopped is not None:
        doc.notices.append(capped(doc, stopped, unread, max_entries))
    for key, first, at in _repeats(top):
        key = key or '""'       # the empty name, shown as written
        doc.notices.append(Notice(
            "file.front-matter", "error", f"invalid JSON front matter: {key} given twice (first "
            f"on line {doc.lines.position(first)[0]}); JSON readers keep only the last, so write "
            "it once", at))
    return data, out


def _read(src: str, data: dict, top: _Span, max_entries: int, max_depth: int,
          held: list[tuple[int, int, str]]) -> tuple[list[tuple], int | None, list[tuple[str, bool]]]:
    """The entries of the object `data` written at `top`, in the file's
    order, to at most `max_entries` values, the top keys read by rank
    (`_fm_keys.rank`, as `_fm_entry.capped` tells); with the offset of the
    first value the cap left unread (None: none), and each top key with a
    value left unread, in the file's order, and whether some were read. A
    value read as written, not quoted (`"title": 1984`), is added to `held`
    (`Document.held`: `1,984` would be no JSON)."""
    members = [(name, sub) for name, _, sub in _last(top)]
    read: dict[int, list[tuple]] = {}
    stopped = None          # the first value the cap left unread
    unread: dict[int, bool] = {}    # a member with a value left unread: whether some were read
    count = 0
    for i in sorted(range(len(members)), key=lambda i: rank(members[i][0])):   # `_fm_entry.capped`
        name, sub = members[i]
        read[i] = []
        for key, value, span in _leaves(sub, name, data[name], 1, max_depth):
            if value is None or isinstance(value, (list, dict)):     # `"title": null`: no text, at its value
                read[i].append((key, value, "", ((0, span.start),)))
            elif count >= max_entries:
                stopped = span.start if stopped is None else min(stopped, span.start)
                unread.setdefault(i, bool(read[i]))
            elif isinstance(value, str):
                text, segments = _scalars.placed(
                    value, _scalars.json_string(src, span.start + 1, span.end - 1), span.start + 1)
                read[i].append((key, value, text, segments))
            else:                            # a headline's `"title": 1984` (or true), as Hugo prints it
                raw = src[span.start:span.end]
                read[i].append((key, raw, raw, ((0, span.start),)))
                held.append((span.start, span.end, "bare"))
            count += 1
    return ([e for i in range(len(members)) for e in read[i]], stopped,
            [(members[i][0], unread[i]) for i in sorted(unread)])


_LEXEME = regex.compile(r"""(?P<skip>[^"\[\]{}0-9-]++)|"[^"\\]*+(?:\\.[^"\\]*+)*+"?|(?P<number>-?[0-9][0-9.eE+-]*+)"""
                        r"|(?P<open>[\[{])|(?P<close>[\]}])|.", regex.DOTALL)


class NotAnObject(ValueError):
    """A JSON Lines line that is JSON but no object of members: `msg`, in
    `jsonl.object_fields`' words, at `pos` (the character at fault in the
    text read; None for the line as a whole), placed by the file's line and
    column as a JSON error is (`placed`: qa418 #7)."""

    def __init__(self, msg: str, pos: int | None = None):
        super().__init__(msg)
        self.msg, self.pos = msg, pos


def placed(exc: Exception, lines):
    """A JSON error (`json.JSONDecodeError`) placed by `lines` (a document's
    `LineIndex`, a slice's giving the file's own lines): `Expecting value:
    line 3 column 25`, with no char offset, which a slice of a file cannot
    know: an audit's JSON Lines slice said its own line and char, so its row
    was not check's and changed with --partition-size (nu73 #3); a reader's
    own error with a `msg` and a `pos` so too (`extra data: line 2 column
    12`, at the data: qa418 #7). Any other error as it is."""
    if getattr(exc, "pos", None) is None or not isinstance(getattr(exc, "msg", None), str):
        return exc
    return "%s: line %d column %d" % (exc.msg, *lines.position(exc.pos))


def unreadable(src: str, start: int, end: int, exc: Exception) -> tuple[str, int]:
    """(what, where) for the JSON src[start:end] that `json` refused with
    `exc`, giving no position: the first whole number with more digits than
    Python converts to an integer (`value_words.huge_number`); when it ran out
    of stack (RecursionError), the value of the top key nested deepest; else
    `exc`'s own words, at `start`. JSON Lines (`jsonl`) says a line's so too."""
    limit = int_digits_limit()
    depth = deepest = 0
    member = deep_at = start        # the top key's value being read; the one nested deepest
    for m in _LEXEME.finditer(src, start, end):
        if m["number"] is not None:
            digits = len(m["number"].lstrip("-"))
            if limit and digits > limit and m["number"].lstrip("-").isdigit():
                return huge_number(digits), m.start()
        elif m["open"] is not None:
            depth += 1
            member = m.start() if depth == 2 else member
            if depth > deepest:
                deepest, deep_at = depth, member
        elif m["close"] is not None:
            depth -= 1
    if isinstance(exc, RecursionError):
        return f"values nested too deeply ({deepest - 1:,} levels in one value)", deep_at
    return str(exc).splitlines()[0] if str(exc) else type(exc).__name__, start


@dataclass
class _Span:
    """A JSON value as written, src[start:end]; an object's or an array's
    `members` in order, each (its name, or an item's index; where that name,
    or the item, is written; its value's _Span). None for a string, a number,
    true, false or null, and for a collection deeper than newslint reads."""

    start: int
    end: int
    members: list[tuple[str | int, int, _Span]] | None = None


def _span(src: str, p: int, depth: int, max_depth: int) -> _Span:
    """The _Span of the JSON value at (or after white space from) src[p],
    `depth` collections down; `json` has already read it, so it is valid."""
    p = _SPACE.match(src, p).end()
    ch = src[p]
    if ch not in "{[":
        return _Span(p, (_STRING if ch == '"' else _OTHER).match(src, p).end())
    if depth > max_depth:
        return _Span(p, object_end(src, p) or len(src))
    members: list[tuple[str | int, int, _Span]] = []
    q = p + 1
    while True:
        q = _SPACE.match(src, q).end()
        if src[q] in "}]":
            return _Span(p, q + 1, members)
        if src[q] == ",":
            q += 1
            continue
        name, at = len(members), q
        if ch == "{":
            m = _STRING.match(src, q)
            name, q = json.loads(m[0]), _SPACE.match(src, m.end()).end() + 1      # past ':'
        value = _span(src, q, depth + 1, max_depth)
        members.append((name, at, value))
        q = value.end


def _dotted(key: str | None, name: str | int) -> str:
    """The dotted key of the member `name` under `key` (None: at the top). An
    empty name is a key as any other: `"": {"title": ...}` is `.title`, not
    the top `title` (as YAML reads it)."""
    return str(name) if key is None else f"{key}.{name}"


def _leaves(span: _Span, key: str, value, depth: int, max_depth: int) -> Iterator[tuple[str, object, _Span]]:
    """(dotted key, value, _Span) of each string in `value` (as `json`
    read it, written at `span` under `key`), in the file's order, to
    `max_depth`; first, the value of a top headline key that is no string
    (`"title": 1984`, null, a list), or of a date key that is neither
    text nor empty (`"date": [2024, 1]`: `_fm_keys.no_date`). A member a later one of its name replaces
    is passed over: JSON keeps the last, not the text it would be read from."""
    if depth == 1 and (key.lower() in HEADLINE_NAMES and not isinstance(value, str) or no_date(key, value)):
        yield key, value, span
    if span.members is not None:
        for name, _, sub in _last(span):
            yield from _leaves(sub, _dotted(key, name), value[name], depth + 1, max_depth)
    elif isinstance(value, str) and depth <= max_depth:
        yield key, value, span


def _last(span: _Span) -> list[tuple[str | int, int, _Span]]:
    """The members of the collection `span` that JSON keeps: of a name given
    twice, the last (`json` keeps its value, not the text of the others)."""
    members = span.members or []
    last = {name: i for i, (name, _, _) in enumerate(members)}
    return [m for i, m in enumerate(members) if last[m[0]] == i]


def _repeats(span: _Span, key: str | None = None) -> Iterator[tuple[str, int, int]]:
    """(dotted key, where its name is first written, where again) for each
    name an object under `span` gives twice, each repeat after those in its
    value, in the file's order."""
    seen: dict[str, int] = {}
    for name, at, sub in span.members or ():
        yield from _repeats(sub, _dotted(key, name))
        if isinstance(name, str):
            if name in seen:
                yield _dotted(key, name), seen[name], at
            seen[name] = at
