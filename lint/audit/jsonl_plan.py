"""Cut a JSON Lines export into slices, and tell each slice what the other
lines hold that its reader must know (`plan.Partition`'s `earlier`, `said`
and `taken`: qa87 #4, #6, #8), as `check` reading the whole file would.

Decoding every line on the client cost about 15 us a line (fx166: 0.78 s
for 50,000 lines, serial before any worker starts). So each line is first
glanced at as bytes (`_Glance`), which gives its id exactly in the shapes
dumps write (`"id": "n0"`, `"id": 17`) and says when it cannot be sure.
Only lines the glance cannot read, lines that may lack the body field
(until the first that does), and lines whose id may repeat or is spelled
`line N` are decoded as the reader decodes them (`jsonl.line_facts`), so
the facts are the reader's own. Lines are counted as `check` counts them,
a lone `\\r` ending one too (`line_index.lone_crs`, qa93 #5).
"""
from __future__ import annotations

import bisect
import codecs
import re

from ..line_index import lone_crs
from ..readers._encoding import bom, not_utf8, place_after, wide_bom, wide_invalid
from ..readers.jsonl import field_keys, line_facts

GENERATED = re.compile(r"line [1-9][0-9]*")     # the name of a JSON Lines record with no id
_UNSURE = object()                               # the glance cannot tell: decode the line
_KEY = re.compile(r"[A-Za-z0-9_]+")              # a key the glance can find as bytes


class _Glance:
    """Reads a line's id and whether it has the body field from its bytes,
    where that is certain for a line that is a JSON object. `ident(raw)`:
    the id `line_facts` gives (str, or None for `line N`) or `_UNSURE`.
    A glanced id may be wrong only for a line that is no object or whose
    only spelling of the id key is nested: such a line's `line_facts` id is
    None, and a glanced id is checked by decoding whenever it matters
    (another line has it, or it is spelled `line N`). `has_body(raw)`: True
    when the body key stands at the top level, else `_UNSURE`."""

    def __init__(self, options):
        keys = field_keys(options)
        self.usable = all(_KEY.fullmatch(keys[k]) for k in ("id", "body"))
        if not self.usable:
            return
        self.id_key = f'"{keys["id"]}"'.encode()
        self.body_key = f'"{keys["body"]}"'.encode()
        codes = sorted({f"{ord(c):04x}" for c in keys["id"] + keys["body"]})
        # a key letter written as an escape (`"\u0069d"`) is a spelling the byte find misses
        self.escaped = re.compile(rb"(?i)\\u(?:" + "|".join(codes).encode() + rb")")
        self.value = re.compile(rb'[ \t\r\n]*:[ \t\r\n]*(?:"([^"\\]*)"'
                                rb'|(-?(?:0|[1-9][0-9]{0,17}))(?=[ \t\r\n]*[,}]))')
        self.colon = re.compile(rb"[ \t\r\n]*:")

    def ident(self, raw: bytes):
        if b"\\u" in raw and self.escaped.search(raw):
            return _UNSURE
        key = self.id_key
        at = raw.find(key)
        if at == -1:
            return None           # no id key in any spelling
        if raw.find(key, at + 1) != -1:
            return _UNSURE        # written twice (the last one counts), or nested too
        after = at + len(key)
        begin = after + 3 if raw.startswith(b': "', after) else after + 2 \
            if raw.startswith(b':"', after) else 0
        if begin:                 # the shape dumps write: a string, no escape in it
            end = raw.find(b'"', begin)
            value = raw[begin:end]
            if end == -1 or b"\\" in value or not value.isascii():
                return _UNSURE    # decoded as the line is (UTF-8, else cp1252)
            return value.decode("ascii").strip() or None
        m = self.value.match(raw, after)
        if m is None:
            # a value, not a key (`"kind": "id"`); else null, an object, an escape: decoded
            return None if self.colon.match(raw, after) is None else _UNSURE
        if m[1] is None:
            return str(int(m[2]))
        return m[1].decode("ascii").strip() or None if m[1].isascii() else _UNSURE

    def has_body(self, raw: bytes):
        key = self.body_key
        at = raw.find(key)
        after = at + len(key)
        if at == -1 or raw.find(key, after) != -1 or raw[at - 1:at] == b"\\" or not (
                raw.startswith((b":", b" :"), after) or self.colon.match(raw, after)):
            return _UNSURE
        # only the object's own `{` before it, no `[`: the key is at the top level
        return True if raw.count(b"{", 0, at) == 1 and raw.find(b"[", 0, at) == -1 else _UNSURE


def cuts(fsspec, path: str, per: int, options):
    """((start, end, first line), lines, earlier, said, taken) for every
    `per` non-blank lines of the export at `path`: byte range, the file's
    line number at `start`, and what `plan.Partition` documents; each line's
    id read as the reader reads it under `options`, in the export's one
    encoding (`encoding`), as `check` reads the whole file. A UTF-16 or
    UTF-32 export is decoded strictly in blocks, as `check` decodes the
    whole file (`Undecodable` where it refuses it), cut after its `\n`
    characters (`_wide_lines`), never at a 0x0A byte inside another
    character, and each line glanced at as UTF-8's bytes. A BOM is no
    text of the first line: a line of only a BOM and white space (as
    `check` knows it, `_blank`) is blank."""
    glance = _Glance(options)
    with fsspec.open(path, "rb") as f:
        enc, failed = encoding(f)
    wide = enc[:6] in ("utf-16", "utf-32")
    pos = start = 0
    line = first = 1
    count = 0
    bodiless = 0                 # the first line without the body field, 0 before one is seen
    seen: dict[str, tuple] = {}  # id -> (line, sure, start, end) where it is first
    again: list[tuple] = []      # (id, line, sure, start, end) for an id seen before
    pieces: list[tuple[tuple[int, int, int], int]] = []
    with fsspec.open(path, "rb") as f:
        for raw in _wide_lines(f, enc) if wide else f:
            if wide:         # (its size in the file, its text): glanced at as UTF-8's bytes
                size, text = raw
                raw = text.encode("utf-8")
            else:
                size, text = len(raw), raw[3:] if not pos and raw.startswith(codecs.BOM_UTF8) else raw
            at, pos = pos, pos + size
            if not _blank(text, raw, line, enc):
                count += 1
                if glance.usable:      # (the glance reads ASCII's bytes)
                    ident, sure = glance.ident(raw), False
                    if ident is _UNSURE or not bodiless and glance.has_body(raw) is _UNSURE:
                        ident, sure = _decoded(raw, line, options, bodiless, enc, text if wide else None), True
                else:
                    ident, sure = _decoded(raw, line, options, bodiless, enc, text if wide else None), True
                if isinstance(ident, tuple):
                    ident, lacks = ident
                    bodiless = bodiless or (line if lacks else 0)
                if ident is not None and ident in seen:
                    again.append((ident, line, sure, at, pos))
                elif ident is not None:
                    seen[ident] = (line, sure, at, pos)
            line += 1 + lone_crs(text)      # check ends a line at a lone \r too (qa93 #5)
            if count == per:
                pieces.append(((start, pos, first), count))
                start, first, count = pos, line, 0
        if count:
            pieces.append(((start, pos, first), count))
        firsts, repeats = _checked(f, seen, again, line, options, enc)
    return _told(pieces, firsts, repeats, bodiless, line, enc, failed)


def _blank(text: bytes | str, raw: bytes, line: int, enc: str) -> bool:
    """Whether a line is blank as `check` reads it: only white space as
    `str.strip` knows it, the test of the reader (`readers.jsonl`) and of
    `file.empty` (`readers.read_bytes`). `text`: a wide export's line
    decoded already, else the line's bytes (a BOM at the file's start left
    off), and `raw` its bytes as read, line `line` of the export in `enc`.
    Bytes' own strip knows only ASCII's white space, not U+3000, U+0085 or
    U+001C-U+001F (qa107 #5), so a line whose first other byte is no `{`
    (every record's) is decoded as `check` decodes it."""
    if isinstance(text, str):
        return not text.strip()
    first = _FILLED.search(text)
    if first is None:
        return True
    return text[first.start()] != 0x7B and not _line_text(raw, line, enc).strip()


_FILLED = re.compile(rb"[^ \t\n\r\x0b\x0c]")      # a byte that is no white space of ASCII's


def _decoded(raw: bytes, line: int, options, bodiless: int, enc: str, text: str | None = None):
    """`line_facts` of one line, as (id, lacks the body field), or None for
    a line that is no object (the reader skips it); `text`: the line
    decoded already (a wide export's), else `raw` is decoded in `enc`."""
    facts = line_facts(_line_text(raw, line, enc) if text is None else text.rstrip("\r\n"), options)
    return None if facts is None else (facts[0], facts[1] and not bodiless)


def _checked(f, seen: dict, again: list, end_line: int, options, enc: str):
    """The ids that matter, decoded where glanced: ({id: its first line},
    [(id, line)] for every later line with it), for the ids on more than
    one line and the ids spelled `line N` below `end_line`."""
    matter = {i for i, *_ in again} | {i for i in seen if i[:5] == "line " and 0 < _spelled(i) < end_line}
    lines = sorted([(i, *seen[i]) for i in matter] + [r for r in again if r[0] in matter],
                   key=lambda r: r[1])
    real: list[tuple[str, int]] = []
    for ident, line, sure, start, end in lines:
        if not sure:                 # glanced: read again and decoded, as the reader does
            f.seek(start)
            facts = line_facts(_line_text(f.read(end - start), line, enc), options)
            ident = None if facts is None else facts[0]
        if ident is not None:
            real.append((ident, line))
    firsts: dict[str, int] = {}
    repeats = []
    for ident, line in real:
        if ident in firsts:
            repeats.append((ident, line))
        else:
            firsts[ident] = line
    return firsts, repeats


def _told(pieces: list, firsts: dict, repeats: list, bodiless: int, end_line: int, enc: str,
          failed: tuple):
    """Each slice's `earlier`, `said`, `taken`, `encoding` and `undecoded`
    (`plan.Partition`): the first byte that is no UTF-8 is said in its slice."""
    starts = [piece[2] for piece, _ in pieces]
    earlier: list[dict[str, int]] = [{} for _ in pieces]
    for ident, line in repeats:
        k = bisect.bisect_right(starts, line) - 1
        if firsts[ident] < starts[k]:
            earlier[k].setdefault(ident, firsts[ident])
    # an id spelled as a line's generated name (`line 7`): that line's slice is told
    spelled = sorted((line, _spelled(i), i) for i, line in firsts.items() if _spelled(i))
    for k, (piece, count) in enumerate(pieces):
        upto = starts[k + 1] if k + 1 < len(pieces) else end_line
        yield piece, count, tuple(earlier[k].items()), 0 < bodiless < piece[2], tuple(
            i for line, n, i in spelled if piece[2] <= n < upto and not piece[2] <= line < upto), \
            enc, failed if failed and piece[0] <= failed[0] < piece[1] else ()


def _spelled(ident: str) -> int:
    """N for an id spelled as a generated name, `line N`, else 0."""
    return int(ident[5:]) if len(ident) < 30 and GENERATED.fullmatch(ident) else 0


def encoding(f) -> tuple[str, tuple]:
    """(the codec `check` reads the whole export in, where it says so):
    "utf-8" when every byte is UTF-8, else "cp1252", or "latin-1" when a
    byte cp1252 leaves undefined is there (`readers.decode`, qa98 #1, #2, #4,
    #7); for a UTF-16 or UTF-32 BOM, the codec of its byte order
    ("utf-16-le", "utf-32-be": the readers' table, `readers._encoding.bom`).
    Where: () for UTF-8 and those, else (the first such byte's offset in the
    file, check's `file.encoding` line for it) (qa98 #3). `f` is the export
    open in binary, read from its start in blocks."""
    f.seek(0)
    head = f.read(_BLOCK)
    if wide_bom(head) is not None:      # the reader's test, UTF-32-BE's 00 00 FE FF too
        f.seek(0)
        return bom(head)[1], ()
    utf8, undefined, failed, newlines = codecs.getincrementaldecoder("utf-8")(), False, -1, 0
    pos, block = 0, head
    while block:
        if failed < 0:
            pending = utf8.getstate()[0]
            try:
                utf8.decode(block)
                newlines += block.count(b"\n")
            except UnicodeDecodeError as exc:
                failed = pos - len(pending) + exc.start
                newlines += (pending + block).count(b"\n", 0, exc.start)
        undefined = undefined or _CP1252_UNDEFINED.search(block) is not None
        pos += len(block)
        block = f.read(_BLOCK)
    if failed < 0:
        try:
            utf8.decode(b"", final=True)
            f.seek(0)
            return "utf-8", ()
        except UnicodeDecodeError:
            failed = pos - len(utf8.getstate()[0])
    codec = "latin-1" if undefined else "cp1252"
    f.seek(0)
    skip = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
    text = f.read(failed + 1)
    f.seek(0)
    return codec, (failed, not_utf8(text[failed], newlines + 1, codec,
                                    len(text[skip:failed].decode(codec)), bom=skip > 0).message)


_BLOCK = 1 << 22
_CP1252_UNDEFINED = re.compile(rb"[\x81\x8d\x8f\x90\x9d]")     # no character in cp1252


class Undecodable(Exception):
    """A UTF-16 or UTF-32 export `check` refuses: `offset`, the first byte
    that is no text in its codec (as `readers.decode` counts it, the BOM
    included), `message`, check's `file.encoding` line for it, and `place`,
    (line, column) where check gives it (`readers._encoding.place_after`)."""

    def __init__(self, offset: int, enc: str, place: tuple[int, int]):
        self.offset, self.message, self.place = offset, wide_invalid(enc, offset), place
        super().__init__(self.message)


def _wide_lines(f, enc: str):
    """(size in bytes, text) of each line of the UTF-16 or UTF-32 export `f`
    (open in binary, at its start; `enc` the codec of its BOM's byte order),
    its `\n` kept, the BOM counted in the first line's size but no text of
    it. Decoded strictly in blocks, as `check` decodes the whole file:
    `Undecodable` at the first byte that is no text (a stray byte, a lone
    surrogate, a last character cut short), whatever lines came before. Cut
    only after a `\n` character, so a 0x0A byte in another character
    (U+010A in UTF-16-LE) is no line end. Each line is sized from its text
    (two or four bytes a code unit), never encoded again unless it holds
    characters past ASCII in UTF-16 (a surrogate pair is four bytes)."""
    skip = len(bom(f.read(4))[0])
    f.seek(skip)
    decoder = codecs.getincrementaldecoder(enc)()
    width = 4 if enc[:6] == "utf-32" else 2
    pos, extra, rest, ends = skip, skip, [], 0
    while True:
        block = f.read(_BLOCK)
        pending = decoder.getstate()[0]
        try:
            text = decoder.decode(block, final=not block)
        except UnicodeDecodeError as exc:     # placed after the lines before it and the rest of its own
            tail = "".join(rest) + (pending + block)[:exc.start].decode(enc)
            raise Undecodable(pos - len(pending) + exc.start, enc, place_after(tail, ends)) from None
        pos += len(block)
        start, at = 0, text.find("\n")
        if at != -1 and rest:
            text, at = "".join(rest) + text, at + sum(map(len, rest))
            rest = []
        while at != -1:
            line = text[start:at + 1]
            ends += 1 + lone_crs(line)
            yield extra + _size(line, enc, width), line
            extra, start = 0, at + 1
            at = text.find("\n", start)
        if start < len(text):
            rest.append(text[start:])
        if not block:
            break
    if rest:
        line = "".join(rest)
        yield extra + _size(line, enc, width), line


def _size(line: str, enc: str, width: int) -> int:
    """`line`'s size in bytes in the wide codec `enc` of code units `width` bytes wide."""
    return width * len(line) if width == 4 or line.isascii() else len(line.encode(enc))


def _line_text(raw: bytes, line: int, enc: str = "utf-8") -> str:
    """One line's text as `check` decodes the whole file in `enc`
    (`encoding`), a BOM at the file's start left off (the readers' table,
    `readers._encoding.bom`), its line end left off."""
    if line == 1 and (found := bom(raw)) is not None:
        raw = raw[len(found[0]):]
    if not enc:
        try:
            return raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            enc = "cp1252"
    return raw.decode(enc, "replace").rstrip("\r\n")
