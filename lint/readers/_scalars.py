"""Decoding front-matter string values with their map to the source.

A YAML, TOML or JSON value is read from the source character by character,
as the spec decodes it, and each decoded character keeps where it came
from: a verbatim run maps to its source, an escape (`\\t`, `\\u00e9`, `''`)
or a folded line break maps to where its source form starts (an escaped
character written as itself, `\\"`, to that character) and breaks
contiguity, so `Part.is_verbatim` refuses a fix across it. Nothing is
searched for afterwards.

Specs: YAML 1.2 sections 7.3 (flow scalars: escapes, line folding) and 8.1
(block scalars: indentation, folding, chomping); TOML 1.0 "String"; RFC 8259
section 7 (JSON strings). The decoded text is checked against the value the
parser constructed; where they differ (a construct not handled here), the
value is mapped to its start as one decoded run: findings still land in the
value, and no fix is offered there.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import escaped_at
from ._stitch import Builder

_SIMPLE = {"0": "\0", "a": "\a", "b": "\b", "t": "\t", "\t": "\t", "n": "\n", "v": "\v",
           "f": "\f", "r": "\r", "e": "\x1b", " ": " ", '"': '"', "/": "/", "\\": "\\",
           "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029"}
_HEX = {"x": 2, "u": 4, "U": 8}
_TOML_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\",
                "e": "\x1b"}
_JSON_SIMPLE = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r", '"': '"', "\\": "\\",
                "/": "/"}
_LINE = regex.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_BLOCK_HEADER = regex.compile(r"[|>](?P<a>[1-9+-]?)(?P<b>[1-9+-]?)")


def escapes(src: str, start: int, end: int, simple: dict, hex_lengths: dict, b: Builder) -> None:
    """Decode backslash escapes in src[start:end] into b."""
    pos = start
    while True:
        k = src.find("\\", pos, end)
        if k == -1 or k + 1 >= end:
            b.add(src[pos:end], pos)
            return
        b.add(src[pos:k], pos)
        ch = src[k + 1]
        if ch in simple:
            # An escape that writes its character after the backslash (`\"`, `\/`,
            # YAML's `\ `) maps to that character, where a finding on it belongs
            # (qa65 #8); one that names it (`\t`, `\\`) to its backslash.
            own = simple[ch] == ch and ch != "\\"
            b.add_decoded(simple[ch], k + 1 if own else k)
            pos = k + 2
        elif ch in hex_lengths:
            n = hex_lengths[ch]
            digits = src[k + 2:k + 2 + n]
            try:
                code = int(digits, 16) if len(digits) == n else -1
            except ValueError:
                code = -1
            if code < 0:
                b.add(src[k:k + 2], k)
                pos = k + 2
                continue
            pos = k + 2 + n
            if 0xD800 <= code < 0xDC00 and src.startswith("\\u", pos):   # a JSON surrogate pair
                try:
                    low = int(src[pos + 2:pos + 6], 16)
                except ValueError:
                    low = -1
                if 0xDC00 <= low < 0xE000:
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
            b.add_decoded(chr(code) if code <= 0x10FFFF else "\ufffd", k)
        else:
            b.add(src[k:k + 2], k)
            pos = k + 2


def json_string(src: str, start: int, end: int) -> Builder:
    b = Builder()
    escapes(src, start, end, _JSON_SIMPLE, {"u": 4}, b)
    return b


def toml_basic(src: str, start: int, end: int, b: Builder | None = None) -> Builder:
    """A TOML basic string's body src[start:end], decoded into `b` (a new builder by default)."""
    b = Builder() if b is None else b
    escapes(src, start, end, _TOML_SIMPLE, {"u": 4, "U": 8}, b)
    return b


def yaml_flow(src: str, start: int, end: int, style: str | None) -> Builder:
    """A plain, 'single' or "double" quoted scalar (quotes excluded from the span):
    escapes decoded and line breaks folded (a break is a space, each empty
    line a newline; spaces around a break dropped)."""
    b = Builder()
    lines = [(m.start(), m.end()) for m in _LINE.finditer(src, start, end) if m.end() > m.start()]
    empties = 0
    joined_escape = False
    for i, (ls, le) in enumerate(lines):
        body_end = le
        while body_end > ls and src[body_end - 1] in "\r\n":
            body_end -= 1
        s, e = ls, body_end
        if i > 0:
            while s < e and src[s] in " \t":
                s += 1
        if i < len(lines) - 1:
            while e > s and src[e - 1] in " \t" and not (style == '"' and escaped_at(src, e - 1, ls)):
                e -= 1
        if i > 0 and s == e and i < len(lines) - 1:
            empties += 1
            continue
        if i > 0 and not joined_escape:
            b.add_decoded("\n" * empties if empties else " ", lines[i - 1][0] + _body_len(src, *lines[i - 1]))
        empties = 0
        joined_escape = style == '"' and e > s and src[e - 1] == "\\" and not escaped_at(src, e - 1, s) \
            and i < len(lines) - 1
        if joined_escape:
            e -= 1
        if style == '"':
            escapes(src, s, e, _SIMPLE, _HEX, b)
        elif style == "'":
            pos = s
            while True:
                k = src.find("''", pos, e)
                if k == -1:
                    b.add(src[pos:e], pos)
                    break
                b.add(src[pos:k + 1], pos)
                pos = k + 2
        else:
            b.add(src[s:e], s)
    return b


def _body_len(src: str, ls: int, le: int) -> int:
    e = le
    while e > ls and src[e - 1] in "\r\n":
        e -= 1
    return e - ls


def yaml_block(src: str, start: int, end: int) -> Builder:
    """A literal (`|`) or folded (`>`) block scalar whose header starts at `start`."""
    b = Builder()
    header = _BLOCK_HEADER.match(src, start, end)
    folded = src[start] == ">"
    indicator = (header["a"] + header["b"]) if header else ""
    nl = src.find("\n", start, end)
    if nl == -1:
        return b
    lines = [(m.start(), m.end()) for m in _LINE.finditer(src, nl + 1, end) if m.end() > m.start()]
    digits = [c for c in indicator if c.isdigit()]
    indent = int(digits[0]) if digits else None
    if indent is None:
        for ls, le in lines:
            text = src[ls:ls + _body_len(src, ls, le)]
            if text.strip(" "):
                indent = len(text) - len(text.lstrip(" "))
                break
        indent = indent or 0
    last = None            # kind of the last line with text: "text" or "more" (indented)
    breaks: list[int] = []  # line breaks since that line (its own, then empty lines')
    for ls, le in lines:
        body = _body_len(src, ls, le)
        text_start, text_end = ls + min(indent, body), ls + body
        if not src[ls:text_end].strip(" \t"):
            if text_end < le:
                breaks.append(text_end)
            continue
        kind = "more" if src[text_start:text_start + 1] in (" ", "\t") else "text"
        if folded and last == "text" and kind == "text" and breaks:
            if len(breaks) == 1:
                b.add_decoded(" ", breaks[0])
            else:
                for at in breaks[1:]:
                    _add_break(src, at, b)
        else:
            for at in breaks:
                _add_break(src, at, b)
        b.add(src[text_start:text_end], text_start)
        last, breaks = kind, ([text_end] if text_end < le else [])
    return b


def _add_break(src: str, at: int, b: Builder) -> None:
    if src.startswith("\r\n", at) or src.startswith("\r", at):
        b.add_decoded("\n", at)
    else:
        b.add("\n", at)


def placed(value: str, b: Builder, start: int) -> tuple[str, tuple[tuple[int, int], ...]]:
    """(text, segments) for a decoded value: the builder's map when its text is
    the value, else the value mapped to its start, as one decoded run. The
    map is never empty: an empty value is mapped to `start`."""
    text = b.text()
    if text == value or text.rstrip("\n") == value.rstrip("\n"):
        return text, tuple(b.segments) or ((0, start),)
    fallback = Builder()
    fallback.add_decoded(value, start)
    return fallback.text(), tuple(fallback.segments) or ((0, start),)
