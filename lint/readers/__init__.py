"""Turn a file's bytes into a `Document`: decode, then hand to the reader for
its format. Readers know one format each and never know about rules.

Every problem with the file itself becomes a `Notice` (reported as a `file.*`
diagnostic) or a `ReadError` (the file is skipped with one clear line); a
broken file never stops the other files from being linted.
"""
from __future__ import annotations

import codecs
import os

from ..analysis.credits import split_credits
from ..document import Document, Notice
from ._conventions import refused_date
from . import html, markdown, text
from .options import DEFAULT as DEFAULT_OPTIONS, ReadOptions

__all__ = ["DEFAULT_MAX_BYTES", "EXTENSIONS", "READERS", "ReadError", "decode", "read_bytes",
           "reader_for", "refused_date", "too_large"]

READERS = {
    ".md": markdown, ".markdown": markdown, ".mdown": markdown, ".mkd": markdown, ".mdx": markdown,
    ".html": html, ".htm": html, ".xhtml": html,
    ".txt": text, ".text": text,
}
EXTENSIONS = tuple(READERS)
DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class ReadError(Exception):
    """The file cannot be linted at all. `rule` is the `file.*` id to report."""

    def __init__(self, rule: str, message: str, level: str = "error"):
        super().__init__(message)
        self.rule, self.level = rule, level


def reader_for(path: str):
    return READERS.get(os.path.splitext(path)[1].lower())


def decode(data: bytes) -> tuple[str, str, bool, list[Notice]]:
    """(text, encoding, had_bom, notices). UTF-8 first, then UTF-16 by BOM, then
    cp1252 (what Word and old CMSes write), saying where UTF-8 failed."""
    notices: list[Notice] = []
    if data.startswith(codecs.BOM_UTF8):
        body, encoding, bom = data[3:], "utf-8", True
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16", True, notices
        except UnicodeDecodeError as exc:
            raise ReadError("file.encoding", f"invalid UTF-16 at byte {exc.start}") from None
    else:
        body, encoding, bom = data, "utf-8", False
    try:
        return body.decode("utf-8"), encoding, bom, notices
    except UnicodeDecodeError as exc:
        line = body.count(b"\n", 0, exc.start) + 1
        fallback = "cp1252"
        try:
            decoded = body.decode(fallback)
        except UnicodeDecodeError:
            fallback = "latin-1"
            decoded = body.decode(fallback)
        offset = len(body[: exc.start].decode(fallback))
        notices.append(Notice(
            "file.encoding", "warning",
            f"not valid UTF-8 (byte 0x{body[exc.start]:02x} on line {line}); read as {fallback}",
            offset))
        return decoded, fallback, bom, notices


def too_large(size: int, max_bytes: int) -> ReadError:
    return ReadError("file.too-large",
                     f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:g} MB "
                     "limit (raise max-file-size in the config); skipped")


def read_bytes(path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
               options: ReadOptions = DEFAULT_OPTIONS) -> Document:
    """Build a Document from raw bytes, or raise ReadError. `options` tell the
    Markdown reader about the site (template syntax, figure names)."""
    if len(data) > max_bytes:
        raise too_large(len(data), max_bytes)
    if b"\x00" in data[:8192] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise ReadError("file.binary", "binary file (contains NUL bytes); skipped", "warning")
    source, encoding, bom, notices = decode(data)
    reader = reader_for(path) or text
    doc = Document(path=path, source=source, format=reader.FORMAT, encoding=encoding, bom=bom)
    doc.notices.extend(notices)
    if not source.strip():
        doc.notices.append(Notice("file.empty", "warning", "empty file: nothing to lint"))
        return doc
    if reader is markdown:
        markdown.read(doc, options)
    else:
        reader.read(doc)
    split_credits(doc)  # every reader's captions get their credits carved out
    return doc
