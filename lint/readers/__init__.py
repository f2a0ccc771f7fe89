"""Turn a file's bytes into a `Document`: decode, then hand to the reader for
its format. Readers know one format each and never know about rules.

Every problem with the file itself becomes a `Notice` (reported as a `file.*`
diagnostic) or a `ReadError` (the file is skipped with one clear line); a
broken file never stops the other files from being linted.
"""
from __future__ import annotations

import importlib
import os
import sys

from ..document import Document, LineIndex, Notice
from ..format_names import format_ext, format_name
from ..regular_files import HEAD_KEPT, StreamHead, head_needed
from ._encoding import bom as byte_order_mark, decode, mislabelled, wide_bom
from ._own_json_reports import json_report
from ._own_junit_reports import junit_report
from ._own_reports import SAID, own_report
from .options import DEFAULT as DEFAULT_OPTIONS, ReadOptions

__all__ = ["ARCHIVE_EXTENSIONS", "DEFAULT_MAX_BYTES", "DOCUMENTS", "EXTENSIONS", "READERS", "ReadError",
           "USER_DATE_SOURCE", "decode", "is_binary", "over_limit", "read_bytes", "read_slice", "reader_for",
           "refused_date", "SAVE_AS", "too_large"]

# Extension -> reader module, by name: a reader is imported on first use, so a
# run over plain text never loads the Markdown parser, the HTML stack or XML.
READERS = {
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".mdx": "markdown", ".html": "html", ".htm": "html", ".xhtml": "html",
    ".txt": "text", ".text": "text",
    ".nitf": "nitf", ".jsonl": "jsonl", ".ndjson": "jsonl",
}
# Walked in folders by `newslint check`. `.xml` (NITF, NewsML-G2, WXR, told
# apart by the root element) is read when named, and walked by `newslint audit`:
# a site's folders hold feeds and sitemaps that are no articles.
# The name (and so the format) of an article read from stdin with `-` when
# `--stdin-filename` gives none, as Vale names it.
STDIN_NAME = "stdin.txt"
EXTENSIONS = tuple(READERS)
ARCHIVE_EXTENSIONS = EXTENSIONS + (".xml",)
# A file named on the command line is read by its extension: READERS' own, or
# `.xml` by its root element. Any other extension is read as plain text (wire
# copy comes as .story, .wire or no extension), except a file that is XML (it
# begins `<?xml`: read as `.xml` is, so an .xsd or a feed is skipped, NITF read)
# or one of these formats, which newslint does not read: either is skipped with
# one `file.format` line (information, not a finding: see `reporting.SKIPPED`),
# never nonsense findings. Told by the extension alone, before the bytes are looked
# at, so an empty .json or a binary .docx is skipped as any .json or .docx is.
DOCUMENTS = (".pdf", ".rtf", ".doc", ".docx", ".odt", ".pages", ".epub")
# What to do with one, said where one is left out (`_not_read`, `files.DocumentsLeftOut`).
SAVE_AS = ("save it as Plain Text (.txt), Markdown (.md) or a web page (.html), e.g. Word: "
           "File > Save As > Plain Text; Google Docs: File > Download > Web page")
CORPORA = (".sgm", ".sgml")
# What to do with one: its stories as an export newslint cuts into articles.
SPLIT_AS = "write its stories out as JSON Lines, one a line (README: Dating an archive), to lint them"
_NOT_READ = {
    "holds code, data or a schema": (
        ".xsd", ".xsl", ".xslt", ".dtd", ".svg", ".rss", ".atom", ".json", ".yaml", ".yml", ".toml",
        ".csv", ".tsv", ".css", ".js", ".mjs", ".ts", ".py", ".sh", ".sql", ".ini", ".cfg"),
    # RTF is markup ({\rtf1 ... \par}), read as plain text it gave findings on its
    # control words; the others are zipped or binary
    "is a word-processor or print document": DOCUMENTS,
    "is a picture or an archive": (
        ".jpg", ".jpeg", ".png", ".gif", ".webp", ".tif", ".tiff", ".heic", ".zip", ".gz"),
    # a corpus's SGML: Reuters-21578's reut2-000.sgm holds 1,000 stories, which plain
    # text read as one article, its tags in the copy (nu70 #11); a walk never read it
    "is SGML, a corpus file of many stories": CORPORA,
}
NOT_ARTICLES = {ext: why for why, exts in _NOT_READ.items() for ext in exts}
# XML formats among them, and SGML (XML is SGML), are told by content first, as
# before: NITF or a WordPress export saved under one of these names is still read
# (`regular_files.XML_NAMES`, whose head a file over the limit keeps).
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
# Readers that take the site's options, and those whose files hold several articles.
_OPTIONS = ("markdown", "newsml", "wxr", "jsonl")


class ReadError(Exception):
    """The file cannot be linted at all. `rule` is the `file.*` id to report,
    at (`line`, `column`), 1-based, where the reader knows where it stopped."""

    def __init__(self, rule: str, message: str, level: str = "error", line: int = 1, column: int = 1):
        super().__init__(message)
        self.rule, self.level = rule, level
        self.line, self.column = line, column


def reader_for(path: str, source: str = "", at: int | None = None):
    """The reader module for a file (an `.xml` file's is told by its root
    element: `source` holds the text), or None. `at`: where the root's `<`
    is in `source` when the caller found it (`_xml_root.root_at`, -1 for
    none), so the prolog is not scanned again (qa444 #4)."""
    ext = format_ext(path)
    if ext != ".xml" and (not _by_content(ext) or not _is_xml(source)):
        name = READERS.get(ext)
        return _reader(name) if name else None
    from ._xml_root import name_at, root_at
    at = root_at(source) if at is None else at
    root = name_at(source, at)
    if root == "nitf":
        return _reader("nitf")
    if root in ("newsItem", "newsMessage"):
        return _reader("newsml")
    if root == "rss" and _reader("wxr").is_wxr(source, at):
        return _reader("wxr")
    return None


def _by_content(ext: str) -> bool:
    """Whether a file of this extension that opens with `<?xml` is told by its
    root element: any extension but a reader's own markup (.md, .html, .nitf,
    .jsonl). A `.txt` or `.text` is one, and so is stdin (`stdin.txt`): NITF
    saved or piped as text is still NITF, and XML is never plain text."""
    return READERS.get(ext, "text") == "text"


def _is_xml(source: str) -> bool:
    """Whether the text opens with an XML declaration (after a BOM or blank space)."""
    return source.lstrip("\ufeff \t\r\n").startswith("<?xml")


def _not_read(path: str) -> ReadError | None:
    """The one line that skips a file by its extension (see NOT_ARTICLES), or None."""
    ext = format_ext(path)
    if ext not in NOT_ARTICLES:
        return None
    todo = f"; {SAVE_AS}" if ext in DOCUMENTS else f"; {SPLIT_AS}" if ext in CORPORA else ""
    return ReadError("file.format", f"skipped: not an article format ({ext} {NOT_ARTICLES[ext]}; "
                                    "newslint reads " + " ".join(EXTENSIONS) +
                                    f" and NITF, NewsML-G2 or WordPress .xml){todo}", "warning")


def skipped_first(path: str, head: bytes) -> ReadError | None:
    """The `file.format` line of a file skipped by its name (`_not_read`),
    judged before its size and its bytes: a Reuters .sgm over max-file-size
    was told to raise the limit, one holding a NUL was `file.binary`, only to
    be skipped either way (qa376 #5, #6). None to read on. `head`: the file's
    first bytes (`regular_files.HEAD_KEPT` are enough); a name of an XML
    format (`regular_files.XML_NAMES`) whose bytes open with an XML declaration is left
    to its content, as NITF saved as .sgm is read (`_not_an_article`)."""
    skip = _not_read(path)
    if skip is not None and head_needed(path) and _opens_xml(head):
        return None
    return skip


def _opens_xml(head: bytes) -> bool:
    """Whether bytes open with an XML declaration (`_is_xml`), read in the
    encoding a byte-order mark names, else byte for byte."""
    found = byte_order_mark(head)
    return _is_xml(head[len(found[0]):].decode(found[1], "replace") if found else head.decode("latin-1"))


def over_limit(path: str, size: int | None, head: bytes, max_bytes: int) -> ReadError:
    """The line for a file over `max_bytes`: its `file.format` skip when
    newslint skips it by its name whatever its size (`skipped_first`), or
    when its name is of an XML format and its head's root element is no
    article's (`_no_article_head`), else `file.too-large` (`too_large`:
    `size` None for a stream's). `head`: its first bytes (`HEAD_KEPT`)."""
    return skipped_first(path, head) or _no_article_head(path, size, head) or too_large(size, max_bytes)


def _no_article_head(path: str, size: int | None, head: bytes) -> ReadError | None:
    """The `file.format` line of a file of an XML format's name (an .svg, an
    .xsd, a feed's .rss) over the size limit whose head (opening `<?xml`)
    shows a root element of no article format: skipped as it is within the
    limit (`_not_an_article`), not told to raise the limit only to be skipped
    (qa389 #1). None, so `file.too-large`, when the root is an article's
    (NITF, NewsML-G2, a WordPress export), or the head cannot tell: no whole
    root name in it (a long DOCTYPE or comment first), or an <rss> whose
    start tag, where `wxr.is_wxr` looks, does not end in it (or whose head
    is shorter than 4,096 characters). A .dtd
    whose head holds no element and no DOCTYPE (a DTD's declarations, which
    no element follows) is skipped as XML with no root element."""
    if not head_needed(path) or not _opens_xml(head):
        return None
    try:
        source = decode(head)[0]
    except ReadError:       # bad bytes after a UTF-16 or UTF-32 mark: read, it is file.encoding
        return None
    from ._xml_root import name_at, root_at, root_name, tag_at
    at = root_at(source)
    root = name_at(source, at)
    if not root and format_name(path).lower().endswith(".dtd") and not root_name(source + "x") \
            and "<!doctype" not in source.lower():
        return _not_an_article(path, source)    # declarations, no element: a DTD, as its whole reads (qa396 #3)
    if not root or root_name(source + "x") != root or reader_for(path, source, at) is not None:
        return None         # (a name running to the head's end may go on: `<nitf` cut as `<ni`)
    if root == "rss" and (not tag_at(source, at) or len(source) < 4096 and (size is None or size > len(head))):
        return None         # (an export's namespace may be declared past the head: `wxr.is_wxr`)
    return _not_an_article(path, source)


def skipped_by_name(path: str) -> bool:
    """Whether the file is skipped by its extension alone (a .json, a
    picture): never linted, whether or not its `file.format` line is shown."""
    return _not_read(path) is not None


def _not_an_article(path: str, source: str) -> ReadError | None:
    """The one line that skips XML of no article format, or a file of an
    XML format's name (`regular_files.XML_NAMES`) that is not XML; None to read it."""
    ext = format_ext(path)
    if not _by_content(ext):
        return None
    if not source.strip():          # nothing to tell it by: its name decides (an empty .xsd)
        return _not_read(path)
    if ext == ".xml" or _is_xml(source):
        from ._xml_root import root_name
        root = root_name(source)
        said = f"XML with root element <{root}>" if root else "XML with no root element found"
        return ReadError("file.format", f"skipped: not an article format ({said}, not NITF, "
                                        "NewsML-G2 or a WordPress export)", "warning")
    return _not_read(path)


def _reader(name: str):
    """The reader module `name` of this package, imported on first use."""
    return importlib.import_module(f"{__name__}.{name}")


# Where the engine says a publication date came from when the user gave it.
USER_DATE_SOURCE = "--published or the config"


def refused_date(*args, **kwargs):
    """See `_conventions.refused_date` (imported on first use)."""
    from ._conventions import refused_date as refuse
    return refuse(*args, **kwargs)


def too_large(size: int | None, max_bytes: int) -> ReadError:
    """The notice for a file over the limit, each size as `_file_size` says
    it; `size` None for a stream read only to the limit (stdin:
    `regular_files.StreamHead`), whose size is unknown."""
    from ._file_size import sizes
    shown, limit = sizes(size, max_bytes)
    what = "file is" if shown is None else f"file is {shown},"
    return ReadError("file.too-large", f"{what} over the {limit} "
                     "limit (raise max-file-size in the config); skipped")


# Documents told by their first bytes, for `binary_message`: (magic, a part's name
# in the first MAGIC_SPAN bytes that tells the kind or b"", what it is, its extension).
# A file that opens with one is binary even with no NUL byte (a PDF's head may have none).
_MAGIC = ((b"PK\x03\x04", b"word/", "a Word document (.docx)"),
          (b"PK\x03\x04", b"opendocument.text", "an OpenDocument text (.odt)"),
          (b"PK\x03\x04", b"", "a ZIP archive (as .docx, .odt and .pages files are)"),
          (b"%PDF-", b"", "a PDF"),
          (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"", "an old Word document (.doc)"))
_MAGIC_STARTS = tuple(m[0] for m in _MAGIC)


MAGIC_SPAN = 65536


def binary_message(path: str, data: bytes) -> str:
    """The `file.binary` line: what a binary file is when its first bytes tell
    a document (`_MAGIC`; nu29 #8: a .docx renamed .txt said only "contains
    NUL bytes"), and what to do; else that it holds NUL bytes."""
    for magic, part, what in _MAGIC:
        if data.startswith(magic) and part in data[:MAGIC_SPAN]:
            return (f"binary file: {what} saved as {os.path.basename(format_name(path))}, not text; skipped: "
                    f"open it and {SAVE_AS}")
    return "binary file (contains NUL bytes); skipped"


def is_binary(path: str, data: bytes) -> bool:
    """Whether a file whose first bytes are `data` (8,192 are judged, fewer
    when that is all there is) is no text, its `file.binary` line said
    (`binary_message`): a NUL byte among them with no UTF-32 or UTF-16 BOM
    (unless a JSON Lines file's lines are text: `_lines_of_text`), or it
    opens with a document's magic (`_MAGIC`). A folder walk tells an `.xml`
    so too (`walk_xml.kind_of`)."""
    return (b"\x00" in data[:8192] and wide_bom(data) is None and not _lines_of_text(path, data)
            or data.startswith(_MAGIC_STARTS))


# How much of a JSON Lines file `_lines_of_text` judges by its lines.
_LINES_SNIFFED = 1 << 20


def _lines_of_text(path: str, data: bytes) -> bool:
    """Whether a JSON Lines file whose first 8,192 bytes hold a NUL is still
    text: it opens with `{` (after a UTF-8 BOM and white space) and at most
    half its lines in its first MiB (`_LINES_SNIFFED`) hold a NUL: a long
    first record (over 8 KB) is one line of many, not all the file seen
    (qa97 #2). Such a NUL costs its own line only (a raw control character
    is no JSON: `file.jsonl` at that line), as a line of bad UTF-8 does
    (qa94 #1); a picture, an archive or UTF-16 without a BOM under a
    `.jsonl` name stays binary (`file.binary`)."""
    if READERS.get(format_ext(path)) != "jsonl":
        return False
    head = data[:_LINES_SNIFFED].removeprefix(b"\xef\xbb\xbf")
    lines = [line for line in head.split(b"\n") if line.strip()]
    return head.lstrip().startswith(b"{") and 2 * sum(b"\x00" in line for line in lines) <= len(lines)


def read_bytes(path: str, data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES,
               options: ReadOptions = DEFAULT_OPTIONS) -> Document:
    """Build a Document from raw bytes, or raise ReadError. `options` tell the
    Markdown reader about the site (template syntax, figure names)."""
    if (skip := skipped_first(path, data[:HEAD_KEPT])) is not None:     # a name first (qa376 #5, #6)
        raise skip
    if len(data) > max_bytes:       # an .svg's root read from its head too (qa389 #1)
        raise over_limit(path, None if isinstance(data, StreamHead) else len(data), data[:HEAD_KEPT], max_bytes)
    if is_binary(path, data):
        raise ReadError("file.binary", binary_message(path, data), "warning")
    source, encoding, bom, notices = decode(data)
    found = reader_for(path, source)
    reader = found or _reader("text")
    # newslint's own output first: its junit report is XML, and a .txt of XML no article (nu64 #2)
    if (report := own_report(source, reader.FORMAT) or json_report(source) or junit_report(source)) is not None:
        raise ReadError("file.format", f"skipped: newslint's own {SAID[report]} report (--format {report}), not an article",
                        "warning")
    if found is None and (skip := _not_an_article(path, source)) is not None:
        raise skip
    doc = Document(path=path, source=source, format=reader.FORMAT, encoding=encoding, bom=bom)
    doc.notices.extend(notices)
    if encoding == "utf-8":
        doc.notices.extend(mislabelled(data, source, reader.FORMAT == "html"))
    if not source.strip():
        doc.notices.append(Notice("file.empty", "warning", "empty file: nothing to lint"))
        return doc
    _read(reader, doc, options)
    return doc


def read_slice(path: str, source: str, fmt: str, pieces: tuple[tuple[int, ...], ...],
               options: ReadOptions = DEFAULT_OPTIONS, earlier: tuple = (),
               said: bool = False, taken: tuple = ()) -> Document:
    """Read whole articles cut from an export (`fmt`: jsonl or wxr), as an
    archive audit reads a partition: `source` is pieces of the file (whole
    lines of JSON Lines, whole `<item>`s of WXR), and `pieces` gives (offset
    in `source`, line number in the file[, column in the file]) where each
    starts, so positions are the file's own (`LineIndex`). A JSON Lines
    slice is told what the other lines hold (`jsonl.read`'s `earlier`,
    `said` and `taken`). ReadError if broken."""
    reader = _reader({"jsonl": "jsonl", "wxr": "wxr"}[fmt])
    doc = Document(path=path, source=source, format=fmt)
    doc._lines = LineIndex(source, pieces)
    _read(reader, doc, options, slice_=True,
          **({"earlier": earlier, "said": said, "taken": taken} if fmt == "jsonl" else {}))
    return doc


def _read(reader, doc: Document, options: ReadOptions, **kw) -> None:
    from ..analysis.credits import split_credits
    from ._stitch import drop_invisible

    try:
        if reader.__name__.rsplit(".", 1)[-1] in _OPTIONS:
            reader.read(doc, options, **kw)
        else:
            reader.read(doc)
    except Exception as exc:
        xml = sys.modules.get(f"{__name__}._xml")   # loaded by the XML readers, only them
        if xml is None or not isinstance(exc, xml.XMLError):
            raise
        # A slice's error is placed in the file its pieces came from (`read_slice`'s LineIndex)
        line, column = (exc.line or 1, exc.column or 1) if exc.offset is None else doc.lines.position(exc.offset)
        raise ReadError("file.xml", str(exc), line=line, column=column) from None
    for article in doc.articles or (doc,):
        for part in article.parts:
            drop_invisible(part)    # soft hyphens and zero widths, whatever the format
        split_credits(article)  # every reader's captions get their credits carved out
