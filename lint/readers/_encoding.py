"""A file's bytes to text, and the encoding its label names.

`decode` finds how to read the bytes: UTF-8 first, then UTF-32 or UTF-16 by its BOM,
then what an XML declaration or an HTML `<meta charset>` names, then cp1252.
`mislabelled` says when bytes read as UTF-8 carry a label (an XML
declaration's `encoding=`, an HTML page's `<meta>` charset) that names
another encoding, or one Python does not know: a program that honours the
label shows `CafÃ©` for `Café`, or refuses the file (nu27 #10, qa63 #9).
A page's `<meta>` is found as browsers find it (`_prescan`: none inside a
comment), and a UTF-8 BOM wins over any label (qa64 #9).
Labels are looked up with Python's `codecs`, never a list of our own.
"""
from __future__ import annotations

import codecs
import re

from ..document import Notice
from ..line_index import LineIndex

__all__ = ["bom", "decode", "mislabelled", "not_utf8", "place_after", "wide_bom", "wide_invalid", "wide_mark"]

# An XML declaration's `encoding="..."` (XML 1.0 section 4.3.3: EncName).
_XML_DECL = re.compile(rb"<\?xml\s[^>]*?\bencoding\s*=\s*[\"']([A-Za-z][A-Za-z0-9._-]{0,39})[\"']")
# The Encoding Standard reads these labels as windows-1252, as browsers do, and
# a page's UTF-16 or UTF-32 label as UTF-8 (HTML's prescan: bytes it can read
# the label in are no UTF-16).
_AS_CP1252 = ("ascii", "iso8859-1")


def decode(data: bytes) -> tuple[str, str, bool, list[Notice]]:
    """(text, encoding, had_bom, notices). UTF-8 first, then UTF-32 or UTF-16
    by BOM (`wide_bom`; without one, their NUL bytes make a file binary), then
    the encoding an XML declaration or an HTML `<meta charset>` names, then
    cp1252 (what Word and old CMSes write), saying where UTF-8 failed.
    ReadError (`file.encoding`) for invalid UTF-32 or UTF-16 after its BOM,
    at the line and column of the first bad byte (`wide_invalid`)."""
    if data.startswith(codecs.BOM_UTF8):
        body, had_bom = data[3:], True
    elif (wide := wide_bom(data)) is not None:
        try:
            return data.decode(wide), wide, True, []
        except UnicodeDecodeError as exc:
            from . import ReadError
            mark, codec = bom(data)
            line, column = place_after(data[len(mark):exc.start].decode(codec))
            raise ReadError("file.encoding", wide_invalid(codec, exc.start),
                            line=line, column=column) from None
    else:
        body, had_bom = data, False
    try:
        return body.decode("utf-8"), "utf-8", had_bom, []
    except UnicodeDecodeError as exc:
        failed = exc.start
    declared = None if had_bom else _xml_declared(body) or _html_declared(body)
    if declared is not None:                # (a UTF-8 BOM wins over any label, as in browsers)
        try:
            return body.decode(declared), declared, had_bom, []
        except ValueError:          # (UnicodeDecodeError; UnicodeError from a codec such as idna)
            pass
    line = body.count(b"\n", 0, failed) + 1
    unknown = _unknown_label(body)
    fallback = "cp1252"
    try:
        decoded = body.decode(fallback)
    except UnicodeDecodeError:
        fallback = "latin-1"
        decoded = body.decode(fallback)
    offset = len(body[:failed].decode(fallback))
    return decoded, fallback, had_bom, [not_utf8(body[failed], line, fallback, offset, unknown, had_bom)]


def wide_invalid(codec: str, at: int) -> str:
    """The `file.encoding` error for a file opening with a UTF-16 or UTF-32
    BOM (`codec`, its byte order's: "utf-16-le", "utf-32-be") whose byte
    `at` (counted from 0 at the file's first, its BOM's, as a hex dump
    counts) starts no character, saying why the file was read so and what
    to do (nu50 #3): "starts with a UTF-16 (little-endian) byte-order mark
    (FF FE), but byte 14 is not valid UTF-16; re-save the file as UTF-8"."""
    wide = codec[:6].upper()
    return f"{wide_mark(codec)}, but byte {at} is not valid {wide}; re-save the file as UTF-8"


def wide_mark(codec: str) -> str:
    """"starts with a UTF-16 (little-endian) byte-order mark (FF FE)": the
    BOM of `codec` (its byte order's, as `bom` gives it: "utf-16-le",
    "utf-32-be"), named for a user who must re-save the file as UTF-8: an
    article's `file.encoding` error (`wide_invalid`), and a config, rule or
    data file, which must be UTF-8 (`safeload.read_text`: nu57 #6)."""
    wide, order = codec[:6].upper(), _ORDERS[codec[-2:]]
    mark = next(b for b, c in _BOMS if c == codec).hex(" ").upper()
    return f"starts with a {wide} ({order}) byte-order mark ({mark})"


def place_after(text: str, ends: int = 0) -> tuple[int, int]:
    """(line, column), 1-based, of the character after `text` (what was
    read before a bad byte), counted as `LineIndex` counts positions; `ends`:
    the line ends before `text` (an audit's plan reads a file in lines)."""
    line, column = LineIndex(text).position(len(text))
    return line + ends, column


def not_utf8(byte: int, line: int, fallback: str, offset: int, unknown: str = "",
             bom: bool = False) -> Notice:
    """The `file.encoding` warning for text read as `fallback` because `byte`
    (its value) on `line` (counted by `\\n`) is no UTF-8; `offset`: the
    character offset of that byte in the text; `unknown`: `_unknown_label`'s;
    `bom`: the file opens with a UTF-8 BOM, which is named, with what to do
    (nu50 #3)."""
    said = f"byte 0x{byte:02x} on line {line}"
    said = (f"starts with a UTF-8 byte-order mark (EF BB BF), but {said} is not valid UTF-8" if bom
            else f"not valid UTF-8 ({said})")
    return Notice("file.encoding", "warning",
                  f"{said}{unknown}; read as {fallback}" + (": re-save the file as UTF-8" if bom else ""),
                  offset)


# Each BOM with the codec of its byte order. UTF-32's come before UTF-16's:
# its little-endian BOM (FF FE 00 00) opens with UTF-16's (FF FE), and read as
# UTF-16 a UTF-32 article was one paragraph of NULs and letters (qa84 #7). As
# in Python's `utf-32` codec, FF FE 00 00 is UTF-32, never UTF-16 text opening
# on U+0000.
_BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF32_LE, "utf-32-le"),
         (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF16_LE, "utf-16-le"),
         (codecs.BOM_UTF16_BE, "utf-16-be"))
_ORDERS = {"le": "little-endian", "be": "big-endian"}


def bom(data: bytes) -> tuple[bytes, str] | None:
    """(the BOM `data` opens with, the codec of its byte order: "utf-8",
    "utf-32-le", "utf-16-be"...), or None; the one order BOMs are told apart in
    (`_BOMS`), for the reader and the writer (`writer.encode_like`)."""
    return next(((b, codec) for b, codec in _BOMS if data.startswith(b)), None)


def wide_bom(data: bytes) -> str | None:
    """"utf-32" or "utf-16" when `data` opens with that encoding's BOM (either
    byte order, `bom`), else None."""
    found = bom(data)
    return None if found is None or found[1] == "utf-8" else found[1][:6]


def _unknown_label(body: bytes) -> str:
    """', and its label names X, which is no encoding Python knows' when the
    file's XML declaration or `<meta>` label is a name `codecs` does not know
    (fx95: `bogus-enc` over cp1252 bytes said only how it was read); ''."""
    found = _label(body, True)
    if found is None or _codec(found[0]) is not None:
        return ""
    return f", and its label names {found[0]}, which is no encoding Python knows"


def _label(body: bytes, html: bool) -> tuple[str, int, bool] | None:
    """(label, byte offset in `body`, whether it is an XML declaration's) of
    the file's XML declaration, or in a page (`html`) its `<meta>` as the
    prescan finds it; None for neither."""
    if (m := _XML_DECL.match(body)) is not None:
        return m[1].decode("ascii"), m.start(1), True
    if html:
        from ._prescan import meta_label     # a page's <meta> only: no text or Markdown file needs it
    found = meta_label(body) if html else None
    return None if found is None else (found[0].decode("ascii"), found[1], False)


def mislabelled(data: bytes, text: str, html: bool) -> list[Notice]:
    """A `file.encoding` warning at the label when `text` is `data` read as
    UTF-8 and the file's label says otherwise: an XML declaration, or in an
    HTML page (`html`) a `<meta>` charset in its first 1024 bytes, that names
    an encoding in which the bytes do not read as that same text (ISO-8859-1,
    Shift_JIS or KOI8-R over non-ASCII UTF-8; UTF-16 over any bytes read as
    UTF-8, as libxml2 refuses "labelled UTF-16 but has UTF-8 content"), or a
    label Python's `codecs` does not know (which XML parsers refuse, whatever
    the bytes). A page's label is read as browsers read it (`_html_codec`):
    `us-ascii` and `ISO-8859-1` mean windows-1252, `UTF-16` means UTF-8, a
    `<meta>` is found by the prescan (`_prescan.meta_label`) and a page with a
    UTF-8 BOM has no label.
    All-ASCII bytes under an ASCII-compatible label say nothing (either
    reading is the same). Nothing for text not read as UTF-8 (`decode`'s own
    notice says how it was read)."""
    bom = data.startswith(codecs.BOM_UTF8)
    if bom and html:                        # a BOM wins over the page's label in every browser
        return []
    body = data[3:] if bom else data
    found = _label(body, html)
    if found is None:
        return []
    label, start, xml = found
    where, fix = (("the XML declaration", 'declare encoding="UTF-8"') if xml else
                  ("the page's <meta>", 'declare <meta charset="utf-8">'))
    codec = _codec(label)
    if codec is not None:
        codec = codec if xml else _html_codec(codec)
        if codec.startswith("utf-8") or _reads_the_same(body, codec, text):
            return []
        said = f"{where} names {label}, but the bytes are UTF-8"
    else:
        said = f"{where} names {label}, which is no encoding Python knows; the bytes are UTF-8"
    at = next((i for i, ch in enumerate(text) if ord(ch) > 127), None)
    what = "(all ASCII)" if at is None else (f"('{text[at]}', U+{ord(text[at]):04X}, on line "
                                             f"{text.count(chr(10), 0, at) + 1})")
    offset = len(body[:start].decode("utf-8"))      # (the label is ASCII: a character boundary)
    return [Notice("file.encoding", "warning", f"{said} {what}; read as UTF-8: {fix}", offset)]


def _reads_the_same(body: bytes, codec: str, text: str) -> bool:
    """Whether `body` read in `codec` is `text` (its UTF-8 reading)."""
    try:
        return body.decode(codec) == text
    except (UnicodeDecodeError, ValueError):
        return False


def _codec(label: str) -> str | None:
    """The name of the Python text codec `label` names; None for a label
    Python does not know or one of its codecs that are no character encoding
    (`base64`, `rot13`)."""
    try:
        info = codecs.lookup(label)
    except LookupError:
        return None
    return info.name if getattr(info, "_is_text_encoding", True) else None


def _html_codec(codec: str) -> str:
    """A page's label as browsers read it (the Encoding Standard): ASCII and
    ISO-8859-1 as windows-1252, UTF-16 and UTF-32 as UTF-8."""
    if codec in _AS_CP1252:
        return "cp1252"
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def _xml_declared(body: bytes) -> str | None:
    """The single-byte or legacy encoding an XML declaration names (wire feeds
    are often ISO-8859-1), as a Python codec name; None for none, UTF-8 or
    UTF-16, or a name Python does not know."""
    m = _XML_DECL.match(body)
    return _legacy_codec(m[1]) if m else None


def _html_declared(body: bytes) -> str | None:
    """The legacy encoding a page's `<meta>` declares (old newsroom archives
    are often windows-1252 or ISO-8859-2), as a Python codec name; None as
    for `_xml_declared`."""
    from ._prescan import meta_label
    found = meta_label(body)
    name = _legacy_codec(found[0]) if found else None
    return "cp1252" if name in _AS_CP1252 else name


def _legacy_codec(label: bytes) -> str | None:
    """The Python codec a declared label names; None for UTF-8/16/32 (the file
    failed as those already) or a label Python does not know."""
    name = _codec(label.decode("ascii"))
    return None if name is None or name.startswith(("utf-8", "utf-16", "utf-32")) else name
