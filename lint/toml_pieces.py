"""Whether a pyproject.toml that tomllib refuses sets `tool.newslint` all
the same, so newslint refuses its own broken table in one line (qa339 #1)
but runs as before beside another tool's broken one (qa343 #2, #3).

tomllib reads the file in windows, each from a statement's start. It reads
in order and stops at its first error, so what it read before that is TOML
and its answer there is the truth. Only the statement that broke is read by
hand: where it starts (the last line start outside strings and brackets
before the error, `_last_start`: a `[`-line inside an array is no header,
qa349 #1) and what its first line names (`_Pieces.hand_read`, TOML 1.0
'Keys', 'Table', 'Inline Table'; a header left open, `[tool.newslint`, is
read as far as it goes, #3, and so is a key broken before its `=`, qa400
#2; a NBSP or BOM in either reads as a space, qa400 #3; a lone CR as a line
break, qa390 #6). Reading goes on at the error's line when the statement
ran over lines to it (an array left open above a header), else at the next
line, past a multi-line string closed on the way (one opened after the
error right after a string's closing quote is stray, qa390 #5): no line tomllib did not take for
a value or a string is passed over. A statement left open
to the end (a multi-line string never closed, qa349 #2, even where tomllib
broke early inside it, qa390 #2) sets aside only its first line; the lines
below count where tomllib reads them (a valid `[tool.newslint]`), never
where they are broken (in doubt, text: fx486).

Linear in the file: a window grows (doubling) only while it ends inside a
statement, and starts small again after each error, so no text is read
again and again (qa369 #1, #2: no reading budget, nothing passed over).
After an error, lines that are each a whole statement and can name neither
table (`_PLAIN_LINES`) get no window of their own, and nothing is read past
the last `newslint` or escape: tomllib entered once per broken line cost
~35 µs a line (qa390 #7).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Iterator

from .toml_repeats import position
from .toml_scan import spans, string_end

try:  # Python 3.11+
    import tomllib
except ModuleNotFoundError:  # pragma: no cover - Python 3.10
    import tomli as tomllib  # type: ignore[no-redef]

_PROBE = "\0newslint probe"     # a key no pyproject.toml holds: where it lands is the table open
_PROBE_LINE = '"\\u0000newslint probe" = 0\n'
# the header put before a window read from the middle of a table: root, `tool` (or `[tool` left
# open: "open tool"), or any other
_HEADS = {"root": "", "tool": '["tool"]\n', "open tool": '["tool"]\n', "other": '["\\u0000newslint aside"]\n'}
_FIRST = 4096       # a window's first size (characters)
_DEEP = 100         # brackets nested deeper: where tomllib's recursion gives out
_CUT = -1           # the window ends inside a statement
# spaces a desk cannot see: a NBSP pasted from a page, a BOM from a second file (qa390 #3, qa400 #3),
# a joiner or direction mark (U+200C-U+200F, the word joiner U+2060: qa412 #3; the embeddings,
# overrides and isolates U+202A-U+202E, U+2066-U+2069, U+061C: qa425 #3); config_find's `_SP` in UTF-8
_UNSEEN = " \t\u00a0\u061c\u202a\u202b\u202c\u202d\u202e\u202f\u205f\u2060\u2066\u2067\u2068\u2069\u3000\ufeff" \
    + "".join(map(chr, range(0x2000, 0x2010)))
_SP = f"[{_UNSEEN}]*"
_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\\n]|\\[^\n])*"|'[^'\n]*')"""
_PARTS = re.compile(_PART)
_DOTTED = re.compile(rf"{_SP}{_PART}(?:{_SP}\.{_SP}{_PART})*{_SP}")
_HEADER = re.compile(r"[ \t]*(\[\[?)")
_TOKEN = re.compile(r"""[\[\]{}\n#"']""")
_STRING = re.compile(r"""\"\"\"|'''|["'#]""")
_INLINE_TOKEN = re.compile(r"""[\[\]{}\n#"',]""")
_BLANKS = re.compile(r"[ \t]*")
_LEAD = re.compile(_SP)     # a statement's lead a desk cannot see
_BLANKS_OVER_LINES = re.compile(r"(?:[ \t\n]|#[^\n]*)*")
# lines that are each a whole statement naming no table newslint's or `tool`: no bracket or
# brace (no header, array or inline table), no multi-line string, no `newslint`; before the
# first `=` (the key: `tool = 1` makes a later [tool.newslint] no table) no escape or bare
# `tool`, which a value may hold (`p = C:\x`, `x = a tool`: qa400 #4)
_PLAIN_LINES = re.compile(r"(?:(?![^\n]*(?:newslint|\"\"\"|'''))"
                          r"(?:(?!(?<![\w-])tool(?![\w-]))[^=\[\]{}\\\n])*(?:=[^\[\]{}\n]*)?\n)*")


def names_table(text: str) -> bool:
    """Whether the TOML `text` (a pyproject.toml's, its BOM gone) sets
    `tool.newslint`, valid or not (see the module's docstring); False when
    nothing names it beyond doubt."""
    return _Pieces(text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")).names()


def _brackets(text: str, at: int, end: int) -> Iterator[tuple[int, str]]:
    """(offset, character) of each bracket and line break in `text[at:end]`
    outside strings and comments, `at` being a statement's start; a quote
    ("'" or '"') where a one-line string is left open at its line's end."""
    while (m := _TOKEN.search(text, at, end)) is not None:
        c, at = m[0], m.end()
        if c == "#":
            at = _line_end(text, at)
        elif c in "\"'":
            s = next(spans(text, m.start()))
            at = s.end
            if s.body - s.start == 1 and s.end == s.body_end:
                yield m.start(), c
        else:
            yield m.start(), c


def _last_start(text: str, at: int, error: int) -> tuple[int, int]:
    """The start of the statement tomllib broke in at `error`: the last line
    start from `at` on, up to `error`, outside strings and brackets (what
    tomllib read up to there is TOML, so this is where it began); and where
    it broke: a one-line string left open before `error` is (tomllib says
    "at end of document" for a `'` never closed)."""
    last, depth = at, 0
    for offset, c in _brackets(text, at, error):
        if c == "\n":
            last = offset + 1 if depth == 0 else last
        elif c in "\"'":
            return last, offset
        else:
            depth += 1 if c in "[{" else -1
    return last, error


def _open_to_the_end(text: str, start: int, error: int) -> bool:
    """Whether a multi-line string opened in `text[start:error]` is never
    closed: tomllib broke inside it early, at a bad escape or a control
    character (qa390 #2), so the rest of the text is that string's."""
    i = start
    while (m := _STRING.search(text, i, error)) is not None:      # only up to `error`: linear
        if m[0] == "#":
            i = _line_end(text, m.end())
            continue
        s = next(spans(text, m.start()))
        if len(m[0]) == 3 and s.end == s.body_end == len(text):
            return True
        i = s.end
    return False


def _opens_value(text: str, at: int) -> bool:
    """Whether three double quotes at `at` may open a string: anywhere but
    right after another string's closing quote (`"1.0"` then three quotes,
    qa390 #5). A key broken before its value (`description:` or
    `description` then three quotes, a NBSP after `=`, an inline table's
    `text:`) still opens one, whose lines are text (qa412 #6)."""
    while at > 0 and text[at - 1] in " \t\u00a0":       # (each blank once: three quotes are checked once)
        at -= 1
    return not (at > 0 and text[at - 1] in "\"'")


def _too_deep(text: str, at: int, end: int) -> int:
    """Where brackets are first nested past `_DEEP` in `text[at:end]` (at
    `at` when they never are): tomllib's RecursionError, placed."""
    depth = 0
    for offset, c in _brackets(text, at, end):
        depth += 1 if c in "[{" else -1 if c in "]}" else 0     # (a quote: no bracket)
        if depth > _DEEP:
            return offset
    return at


def _line_end(text: str, at: int) -> int:
    """The offset of the line break at or after `at` (the text's end if none)."""
    end = text.find("\n", at)
    return len(text) if end < 0 else end


def _key_path(text: str, at: int, header: bool = False) -> tuple[tuple[str, ...], int] | None:
    """The dotted key at `at` (`tool . "newsl\\u0069nt"` -> ("tool",
    "newslint"); a quoted part with an escape read by tomllib; unseen spaces
    around the parts, qa400 #3) and where it ends, which a `=` must follow
    unless it is read as far as it goes (`header`: `[tool.newslint`, or a
    key broken before its `=`); None when there is none."""
    m = _DOTTED.match(text, at)
    if m is None or not header and not text.startswith("=", m.end()):
        return None
    path = []
    for part in _PARTS.findall(m[0]):
        if part[0] == "'" or part[0] == '"' and "\\" not in part:
            path.append(part[1:-1])
        elif part[0] == '"':
            try:
                path.append(tomllib.loads("k = " + part)["k"])
            except tomllib.TOMLDecodeError:
                return None
        else:
            path.append(part)
    return tuple(path), m.end()


def _has_table(doc: dict) -> bool:
    tool = doc.get("tool")
    return isinstance(tool, dict) and "newslint" in tool


def _context(doc: dict, was: str) -> str:
    """Which table is open where the probe key landed: "root", "tool" (a
    `[tool]` header; still "open tool" when the window was read in one: only
    a `[tool]` header, which tomllib refuses after the window's own, would
    close it), or "other" (any other, an array's table included)."""
    stack: list = [(doc, ())]
    while stack:
        node, path = stack.pop()
        if isinstance(node, list):
            if node:
                stack.append((node[-1], path + (None,)))    # an array of tables: its last table
        elif isinstance(node, dict):
            if _PROBE in node:
                return "root" if path == () else "other" if path != ("tool",) else \
                    "open tool" if was == "open tool" else "tool"
            stack.extend((v, path + (k,)) for k, v in node.items() if isinstance(v, (dict, list)))
    return "other"


class _Pieces:
    """One document read window by window (`names`)."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.reach = 0      # how far a read of an inline table over lines (TOML 1.1) has gone

    def names(self) -> bool:
        """`names_table`'s answer: each window tomllib reads whole counts as
        read; at each break the statements before it are read again up to
        the broken one's start (tomllib keeps nothing of a text it refuses),
        that one by hand, and reading goes on where `resume` says."""
        text, n = self.text, len(self.text)
        at, ctx, size, doubt = 0, "root", _FIRST, False
        last = max(text.rfind("newslint"), text.rfind("\\"))     # naming it needs one at or before this
        while at <= last:
            end = min(n, at + size)
            end = end if end == n or text[end - 1] == "\n" else min(n, _line_end(text, end) + 1)
            doc, error = self.read(at, end, ctx)
            if error == _CUT:
                size *= 2
                continue
            if doc is not None:
                if _has_table(doc):
                    return True
                at, ctx, size = end, _context(doc, ctx), size * 2
                continue
            start, error = _last_start(text, at, error)
            if start > at:      # the statements before it: tomllib's to read
                doc, _ = self.read(at, start, ctx)
                if doc is None:
                    start = at      # (no case known) the scanner misread TOML: all from `at` by hand
                elif _has_table(doc):
                    return True
                else:
                    ctx = _context(doc, ctx)
            named, ctx = self.hand_read(start, ctx)
            if named and not doubt:
                return True
            at, left_open = self.resume(start, error)
            at = _PLAIN_LINES.match(text, at).end()     # no window each: tomllib per line is slow (qa390 #7)
            doubt = doubt or left_open
            size = _FIRST
        return False

    def read(self, at: int, end: int, ctx: str) -> tuple[dict | None, int]:
        """(tomllib's document, 0) for `text[at:end]` read in the table
        `ctx`, with the probe key after it; else (None, where it broke: the
        text's end for an error past `end` when `end` is the text's end,
        else `_CUT`)."""
        window, head = self.text[at:end], _HEADS[ctx]
        try:
            return tomllib.loads(head + window + ("\n" if window[-1:] not in ("\n", "") else "")
                                 + _PROBE_LINE), 0
        except tomllib.TOMLDecodeError as exc:
            where = position(str(exc))
        except RecursionError:
            return None, _too_deep(self.text, at, end)
        offset = end
        if where is not None:
            line = bisect_right(self.starts, at) - 1 + where[1] - 1 - head.count("\n")
            if line < len(self.starts):
                offset = max(at, self.starts[line] + where[2] - 1)
        if offset < end:
            return None, offset
        return None, len(self.text) if end >= len(self.text) else _CUT

    def hand_read(self, start: int, ctx: str) -> tuple[bool, str]:
        """Whether the broken statement at `start` names `tool.newslint`
        (in the table `ctx`), and the table open after it: a header's, as
        far as it reads (`[[...]]` opens an array's table: "other"). A key
        on a closed header's line (`[tool]newslint = {`, its line break
        lost) is read in the header's table (qa412 #4). Under `[tool` left
        open ("open tool") only what tomllib reads counts (`newslint = {...}`,
        qa412 #7), never a statement broken there too (fx531: in doubt, text)."""
        text = self.text
        start = _LEAD.match(text, start).end()
        if (h := _HEADER.match(text, start)) is not None:
            path, end = _key_path(text, h.end(), header=True) or ((), h.end())
            named = path[:2] == ("tool", "newslint")
            # `tool` then junk (`[tool:pytest]`, `[tool poetry.x]`, `[tool..x]`) is no [tool] (qa390 #1);
            # `[tool` left open at its line's end is one in doubt, read as far as it goes (qa412 #7)
            is_tool = path == ("tool",) and h[1] == "["
            ctx = "other" if not is_tool else "tool" if text.startswith("]", end) else \
                "open tool" if _line_end(text, end) == end or text[end] == "#" else "other"
            close = "]" * len(h[1])
            if named or not text.startswith(close, end):
                return named, ctx
            start = _LEAD.match(text, end + len(close)).end()
        key, table = _key_path(text, start, header=True), "other" if ctx == "open tool" else ctx
        if key is None:
            return False, ctx
        full, eq = ("tool",) * (table == "tool") + key[0], text.startswith("=", key[1])
        # newslint's, also broken before its `=` (`select:`, `..`), and under another table a
        # key that reads `tool.newslint` but no TOML key (`tool.newslint.select:`: qa400 #2)
        ours = full[:2] == ("tool", "newslint") and table != "other"
        if ours or key[0][:2] == ("tool", "newslint") and not eq:
            return True, ctx
        if table == "other" or not eq:
            return False, ctx
        value = _BLANKS.match(text, key[1] + 1).end()
        return full == ("tool",) and text.startswith("{", value) and self.inline_names(value), ctx

    def inline_names(self, at: int) -> bool:
        """Whether the inline table opening at `at` (`tool = {`) has a key
        `newslint` of its own (after its `{` or a `,` at its own depth), also
        one broken before its `=` (`newslint:`, `newslint.select:`, as under
        `[tool]`: qa412 #2). Read
        over lines (TOML 1.1) until it closes, or a line opens with `[` in
        it, unless an earlier such read went past `at` (then its line only)."""
        text, stack, over_lines = self.text, [], at >= self.reach
        skip = _BLANKS_OVER_LINES if over_lines else _BLANKS
        want, i = False, at
        while True:
            if want:
                i = skip.match(text, i).end()
                key = _key_path(text, i, header=True)
                if key is not None and key[0][0] == "newslint":
                    return True
                want = False
            m = _INLINE_TOKEN.search(text, i)
            if m is None:
                break
            c, i = m[0], m.end()
            if c in "{[":
                stack.append(c)
                want = c == "{" and len(stack) == 1
            elif c in "}]":
                stack.pop()
                if not stack:
                    break
            elif c == ",":
                want = len(stack) == 1
            elif c == "#":
                i = _line_end(text, i)
            elif c == "\n":
                if not over_lines or stack[-1] == "{" and _HEADER.match(text, i):
                    break
            else:
                i = string_end(text, m.start())
        if over_lines:
            self.reach = max(self.reach, i)
        return False

    def resume(self, start: int, error: int) -> tuple[int, bool]:
        """Where reading goes on after the statement at `start` that broke
        at `error`, and whether it was left open to the text's end (so the
        lines below count only where tomllib reads them): at the error's
        line if the statement ran over lines to it, else the next line; past
        any multi-line string closed in between (its lines are text), but
        one opened after the error right after another string's closing
        quote (`"1.0"` then three quotes) is stray and pairs with no later
        one (qa390 #5, `_opens_value`)."""
        text, starts, n = self.text, self.starts, len(self.text)
        first, last = bisect_right(starts, start) - 1, bisect_right(starts, error) - 1
        left_open = error >= n and last > first or _open_to_the_end(text, start, error)
        if last > first and not left_open:
            at = starts[last]
        else:
            at = starts[first + 1] if first + 1 < len(starts) else n
        i = start
        while (m := _STRING.search(text, i, at)) is not None:     # only up to `at`: linear
            if m[0] == "#":
                i = _line_end(text, m.end())
                continue
            if len(m[0]) == 3 and m.start() >= error and not _opens_value(text, m.start()):
                i = m.end()
                continue
            s = next(spans(text, m.start()))
            i = s.end
            if s.end > at and len(m[0]) == 3 and s.end > s.body_end:     # closed past `at`
                at = i = min(n, _line_end(text, s.end) + 1)
        return at, left_open
