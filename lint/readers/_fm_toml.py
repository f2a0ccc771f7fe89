"""Hugo's TOML front matter (between `+++` lines; gohugo.io: front matter
formats, TOML v1.0.0).

`tomllib` validates and builds the data; each value is then located line by
line (`key = "value"` under its `[table]`) on the lines that stand on their
own (`_toml_lines`), and the strings of an array or inline table, on one
line or many, by walking it (`_toml_values`); basic-string escapes are
decoded with their map (`_scalars`). Its `#` comments
may hold directives (`_fm_comments.toml_directives`).
"""
from __future__ import annotations

import datetime as dt

from .. import rx as regex

from ..document import Document, Notice, escaped_at
from ..toml_repeats import at_end, position, repeat, unclosed
from ..value_words import huge_number
from . import _fm_comments, _fm_hints, _scalars, _toml_lines, _toml_values
from ._fm_entry import UNSAFE, Entry
from ._fm_keys import HEADLINE_NAMES, no_date
from ._stitch import Builder

_KEY = _toml_values.KEY
_TOML_TABLE = regex.compile(rf"^[ \t]*\[\[?[ \t]*(?P<name>{_KEY})[ \t]*\]\]?", regex.M)
_TOML_PAIR = regex.compile(rf"^[ \t]*(?P<key>{_KEY})[ \t]*=[ \t]*(?P<value>[^\r\n]*)", regex.M)
_TOML_STRING = regex.compile(r"\"([^\"\\\r\n]*+(?:\\.[^\"\\\r\n]*+)*+)\"|'([^'\r\n]*)'")


def entries(doc: Document, start: int, end: int) -> tuple[object, list[Entry]]:
    """The TOML between `start` and `end` (the `+++` fences) as (data, entries);
    a decode error is a file.front-matter notice on its line and column, and
    gives ({}, [])."""
    src = doc.source
    data = _load(doc, start, end)
    if data is None:
        return {}, []
    doc.suppressions.extend(_fm_comments.toml_directives(src[start:end], start))     # `# newslint-...`
    # Values are located line by line: `key = "value"` on the lines that stand on their own (not
    # inside an array, an inline table or a multi-line string); an array's or table's strings by a walk.
    lines = _toml_lines.scan(src, start, end)
    found: list[Entry] = []
    tables = _headers(src, start, end, lines.own)
    t = 0
    table: tuple[str, ...] = ()
    for m in _TOML_PAIR.finditer(src, start, end):
        if m.start() not in lines.own:
            continue
        while t < len(tables) and tables[t][0] < m.start():
            table = tables[t][1]
            t += 1
        path = table + _toml_values.path(m["key"])
        key, value = ".".join(map(str, path)), _lookup(data, path)
        v_start, v_end = m.start("value"), m.end("value")
        if len(path) == 1 and key.lower() in HEADLINE_NAMES and not isinstance(value, str):
            if isinstance(value, (int, float, dt.date, dt.time)):     # `title = 1984`: as Hugo prints it
                raw = _bare(src, v_start, v_end)
                found.append(Entry(key, raw, raw, ((0, v_start),)))
                doc.held.append((v_start, v_start + len(raw), "bare"))     # `title = 1,984` is no TOML
                continue
            found.append(Entry.stated(key, value, v_start))     # `title = []`: a title with no text
        elif len(path) == 1 and no_date(key, value):
            found.append(Entry.stated(key, value, v_start))     # `date = 1e400`: said, not a date
        if isinstance(value, str) and src.startswith(('"""', "'''"), v_start):
            found.append(_multiline_entry(src, key, value, v_start, end))
        elif isinstance(value, str):
            s = _TOML_STRING.match(src, v_start, v_end)
            if s:
                found.append(_string_entry(src, key, value, s))
        elif isinstance(value, (dt.date, dt.datetime)):
            raw = _bare(src, v_start, v_end)
            found.append(Entry(key, value, raw, ((0, v_start),)))
            doc.held.append((v_start, v_start + len(raw), "bare"))
        elif isinstance(value, (list, dict)) and src.startswith(("[", "{"), v_start):
            found += _collection_entries(src, key, value, v_start, end)
    for path, at in {n: at for at, n in reversed(tables)}.items():   # `[title]`: at its first header
        if len(path) == 1 and path[0].lower() in HEADLINE_NAMES and path[0] in data:
            found.append(Entry.stated(path[0], data[path[0]], at))
    return data, found


def _load(doc: Document, start: int, end: int) -> dict | None:
    """The data `tomllib` builds from the TOML src[start:end]; None when it
    cannot, said as a file.front-matter error (`unread_front`) in `doc`'s
    notices: at the line and column of a decode error, at the number of an
    integer too long for int(), at the value nested deepest
    (`_toml_lines.Lines.deepest`, qa86 #8; the front matter's start when no
    value holds a bracket)."""
    try:
        import tomllib           # here: only Hugo's +++ front matter needs it
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib
    src = doc.source
    text = src[start:end]
    try:
        return tomllib.loads(text.replace("\r\n", "\n"))
    except RecursionError:      # `x = [[[[...` 500 deep: a file problem, not a crash
        doc.notices.append(Notice("file.front-matter", "error",
                                  "invalid TOML front matter: values nested too deeply",
                                  max(_toml_lines.scan(src, start, end).deepest, start),
                                  unread_front=True))
    except tomllib.TOMLDecodeError as exc:
        doc.notices.append(_decode_error(doc, start, text, str(exc)))
    except ValueError:          # `views = 1000...`: an integer too long for int(), not a crash (qa80 #3)
        huge = _toml_lines.huge_integer(src, start, end)
        doc.notices.append(Notice("file.front-matter", "error", "invalid TOML front matter: "
                                  + (huge_number(huge[1]) if huge else "a value that cannot be read"),
                                  huge[0] if huge else start, unread_front=True))
    return None


def _collection_entries(src: str, key: str, value: list | dict, at: int, end: int) -> list[Entry]:
    """The entries of the strings in the array or inline table `value`
    written at `at` (before `end`), on one line or many, each under its
    dotted key (`tags.1`, `images.0.caption`; `_toml_values.strings`); a
    place whose keys hold no string in `value` is dropped."""
    found = []
    for below, a, b in _toml_values.strings(src, at, end):
        item = _lookup(value, below)
        if not isinstance(item, str):
            continue
        dotted = ".".join([key, *map(str, below)])
        if src.startswith(('"""', "'''"), a):
            found.append(_multiline_entry(src, dotted, item, a, end))
        elif (m := _TOML_STRING.fullmatch(src, a, b)) is not None:
            found.append(_string_entry(src, dotted, item, m))
    return found


def _bare(src: str, start: int, end: int) -> str:
    """A number's, date's or time's text as written on its line src[start:end],
    without a trailing `# comment` (no `#` is in such a value)."""
    return src[start:end].split("#")[0].rstrip()


def _string_entry(src: str, key: str, value: str, m) -> Entry:
    if m.start(1) != -1:
        b = _scalars.toml_basic(src, m.start(1), m.end(1))
        start, unsafe = m.start(1), UNSAFE['"']
    else:
        b = Builder()
        b.add(src[m.start(2):m.end(2)], m.start(2))
        start, unsafe = m.start(2), UNSAFE["'"]
    text, segments = _scalars.placed(value, b, start)
    return Entry(key, value, text, segments, unsafe)


# What a multi-line string's body decodes other than as its escapes: a line end
# as written (tomllib reads CRLF as LF) and, in a basic one, a line-ending
# backslash, which drops the break and the white space after it.
_ML_BREAKS = {'"""': regex.compile(r"\r\n|\\[ \t]*\r?\n[ \t\r\n]*"), "'''": regex.compile(r"\r\n")}


def _multiline_entry(src: str, key: str, value: str, at: int, end: int) -> Entry:
    """The entry of a multi-line string (three double or single quotes) opening
    at `at`, before `end`: a line break right after the opening quotes is
    dropped (TOML 1.0, "String"); a basic one's escapes and line-ending
    backslashes are decoded with their map, a literal one is verbatim."""
    quote = src[at:at + 3]
    basic = quote == '"""'
    body = at + 3
    body += 2 if src.startswith("\r\n", body) else 1 if src.startswith("\n", body) else 0
    close = _toml_lines.multiline_close(src, at, end)
    close = end if close == -1 else close
    b, pos = Builder(), body
    while pos < close:
        m = _ML_BREAKS[quote].search(src, pos, close)
        while m is not None and m[0] != "\r\n" and escaped_at(src, m.start(), body):   # `\\` then a break
            m = _ML_BREAKS[quote].search(src, m.start() + 1, close)
        run = close if m is None else m.start()
        if basic:
            _scalars.toml_basic(src, pos, run, b)
        else:
            b.add(src[pos:run], pos)
        if m is None:
            break
        if m[0] == "\r\n":
            b.add_decoded("\n", m.start())
        pos = m.end()
    text, segments = _scalars.placed(value, b, body)
    return Entry(key, value, text, segments, UNSAFE['"'] if basic else UNSAFE["'"])


def _decode_error(doc: Document, start: int, text: str, said: str) -> Notice:
    """The error for `tomllib`'s message `said` on the front matter `text`
    (which starts at file offset `start`): placed on the line and column it
    names, in plainer words where they mislead (a quote left open, a key
    given twice), with a hint for a value it cannot read."""
    src, message, offset = doc.source, said, start
    if (at := position(said) or at_end(text, said, "the front matter")) is not None:
        message, offset = at[0], _line_offset(src, start, at[1]) + at[2] - 1
    if message.startswith(("Illegal character '\\n'", "Found invalid character '\\n'")) and (
            opened := _open_quote(src, offset)) is not None:
        message, offset = unclosed(src[opened]), opened   # tomllib names the line break, not the fault (nu30 #4)
    elif said.startswith('Expected "\'" (at end of document)') and (q := text.rfind("'")) != -1:
        # a 'literal' value with no quote after it in the whole front matter: it
        # opens at the last one, which tomllib places at the end (qa83 #5)
        message, offset = unclosed("'"), start + q
    if hint := _fm_hints.toml_value(src, offset, message):
        message = f"{message}: {hint}"
    if (rep := repeat(text.replace("\r\n", "\n"), said)) is not None:
        message = f"{rep.key} {rep.problem(doc.lines.position(start)[0] - 1)}"   # lines of the file
        offset = _line_offset(src, start, rep.line) + rep.column - 1
    return Notice("file.front-matter", "error", f"invalid TOML front matter: {message}", offset, unread_front=True)


_QUOTE = regex.compile(r"[\"']")


def _open_quote(src: str, offset: int) -> int | None:
    """Where the `"` or `'` opens that a line break at `offset` leaves open: the
    first after the line's `=`, when no string closes there. None for another fault."""
    line_start = src.rfind("\n", 0, offset) + 1
    eq = src.find("=", line_start, offset)
    m = _QUOTE.search(src, eq, offset) if eq != -1 else None
    if m is None or src.startswith(m[0] * 3, m.start()) or _TOML_STRING.match(src, m.start(), offset) is not None:
        return None
    return m.start()


def _headers(src: str, start: int, end: int, own) -> list[tuple[int, tuple]]:
    """(offset, path) of each table header between `start` and `end` on a
    line of its own (`own`). An array of tables' header (`[[images]]`, Hugo's
    form for a page's pictures) is the next item of that array: its path ends
    in the item's index, so `caption` under the first is `images.0.caption`
    (qa86 #4), as `images = [{caption = ...}]` and YAML's `images:` give."""
    found, seen = [], {}
    for m in _TOML_TABLE.finditer(src, start, end):
        if m.start() not in own:
            continue
        path = _toml_values.path(m["name"])
        if m[0].lstrip(" \t").startswith("[["):
            seen[path] = seen.get(path, -1) + 1
            path = (*path, seen[path])
        found.append((m.start(), path))
    return found


def _lookup(data: object, path: tuple):
    """The value at the keys `path` (an int: an array's index) of the TOML `data`, or None."""
    cur: object = data
    for piece in path:
        if isinstance(piece, int) and isinstance(cur, list) and piece < len(cur):
            cur = cur[piece]
        elif isinstance(piece, str) and isinstance(cur, dict) and piece in cur:
            cur = cur[piece]
        else:
            return None
    return cur


def _line_offset(src: str, start: int, line: int) -> int:
    pos = start
    for _ in range(line - 1):
        nl = src.find("\n", pos)
        if nl == -1:
            break
        pos = nl + 1
    return pos

