"""Which `.xml` files a folder walk reads: those whose root element is a
news format newslint reads (NITF `<nitf>`, NewsML-G2 `<newsItem>`/
`<newsMessage>`, a WordPress export's `<rss>` declaring the wp export
namespace: `readers.reader_for`, as a named `.xml` is told), found in their
first XML_HEAD bytes or, when a comment, a DOCTYPE or the root's own start
tag runs past those, their first XML_SCAN (nu75 #1). Any other `.xml` (a
sitemap, a feed, a pom.xml, a Hugo layout) is left out and said
(`XmlLeftOut`); one whose root is not within XML_SCAN is said even without
-v, so no file is dropped without a word. One that cannot be read (a
broken symlink, no permission) or is binary (NUL bytes: a gzip) is read as
a walk's `.md` is, so its one `file.missing`, `file.unreadable` or
`file.binary` line names it (`READ`; qa444 #2, #3). `check` and `audit`
walk with this one rule (`XmlFolder`), so both read the same files from a
folder (nu73 #2); a named `.xml` is read whatever its root."""
from __future__ import annotations

import os

from .plural import counted, joined
from .readers._own_reports import XML_LEFT_OUT

XML_HEAD = 4096       # bytes of a walked .xml file read to tell its root element
XML_SCAN = 256 * 1024  # bytes read at most when the head cannot tell it (a long licence comment)

NEWS, UNKNOWN, EMPTY, OTHER, UNREADABLE = "news", "unknown", "empty", "other", "unreadable"
LATE = "late"       # no root element (or not its whole start tag) within the first XML_SCAN bytes
BINARY = "binary"   # NUL bytes or a document's magic: no text (`readers.is_binary`)
# The kinds a walk reads: news, and those whose reading says in one line why
# the file is not linted (`file.missing`, `file.unreadable`, `file.binary`),
# as a walked `.md` of theirs is said; the others are left out (`XmlLeftOut`).
READ = frozenset({NEWS, UNREADABLE, BINARY})
# How `XmlLeftOut.line` names each kind, in its order.
_SAID = {NEWS: "NITF, NewsML-G2 or WordPress", EMPTY: "empty",
         UNKNOWN: "with no root element found",
         LATE: f"with no root element in their first {XML_SCAN // 1024} KB", UNREADABLE: "that cannot be read",
         BINARY: "binary", OTHER: "other XML such as sitemaps"}


def is_xml_name(name: str) -> bool:
    """Whether a walked file's name ends `.xml`, in any case (`WIRE.XML`: qa418 #4)."""
    return name[-4:].lower() == ".xml"


class XmlLeftOut:
    """The `.xml` files of one walked folder that a walk does not read (not
    news by their root, nor said by their reading: `sniff`, `READ`): said
    under `-v`, as a site's folders left out are, when one may be copy (no
    root element), and without -v too when one's root lies past what a walk
    reads (`late`), so a wire file is never left out without a word; a
    folder of sitemaps, feeds and schemas alone is not said. `kinds`: each
    file's `sniff` kind, in order (sniffed here when not given: then an
    unreadable or binary one is counted and named as such)."""

    def __init__(self, path: str, files: tuple[str, ...], kinds: tuple[str, ...] | None = None,
                 tail: str = ""):
        self.path = path        # the folder, as walked (a URL's: `zip://sub`, `file:///desk`)
        self.files = files      # its .xml files that the config's exclude: leaves in
        self.kinds = tuple(map(sniff, files)) if kinds is None else kinds
        self.tail = tail        # a URL's chain after the folder and each file (`::file:///a.zip`)

    def without(self, named: set, identity) -> XmlLeftOut:
        """This folder's files but those whose `identity` (of the file's name
        with its `tail`) is in `named`."""
        kept = [(f, k) for f, k in zip(self.files, self.kinds) if identity(f + self.tail) not in named]
        return XmlLeftOut(self.path, tuple(f for f, _ in kept), tuple(k for _, k in kept), self.tail)

    @property
    def count(self) -> int:
        """Those that may be copy: news by their root, or of a root not told."""
        return sum(k in (NEWS, UNKNOWN, LATE, UNREADABLE) for k in self.kinds)

    @property
    def late(self) -> int:
        """Those whose root the walk did not reach (`LATE`): said even without -v."""
        return self.kinds.count(LATE)

    @property
    def news(self) -> int:
        """Those whose root element is NITF, NewsML-G2 or a WordPress export."""
        return self.kinds.count(NEWS)

    def glob(self, shown: str | None = None) -> str:
        """The glob that names these files: `feed/*.xml`, `up/*.XML` for a
        suffix spelt in capitals, `*.[xX][mM][lL]` when spellings differ (a
        shell's glob and Python's match case on Linux: qa418 #4)."""
        suffixes = {f[-4:] for f in self.files}
        suffix = suffixes.pop() if len(suffixes) == 1 else ".[xX][mM][lL]"
        return os.path.join(shown or self.path, "*" + suffix) + self.tail

    def line(self, shown: str | None = None) -> str:
        """Every .xml file left out, counted, then what they are (kinds with
        none left out are not named), e.g. `skipped 4 .xml files in feed (2
        with no root element found, 1 empty and 1 other XML such as sitemaps;
        ...)`: the parts add up to the whole (qa63 #12c)."""
        files = counted(len(self.files), ".xml file")
        said = [f"{n} {_SAID[kind]}" for kind in _SAID if (n := self.kinds.count(kind))]
        where = self.glob(shown)
        advice = (f": name them, e.g. {where}, to lint them" if self.news else
                  f"; name them, e.g. {where}, to lint NITF, NewsML-G2 or WordPress exports")
        return XML_LEFT_OUT.format(files=files, folder=(shown or self.path) + self.tail, what=joined(said),
                                   advice=advice)


class XmlFolder:
    """The `.xml` files of one walked folder, as both walks take them
    (`files.expand`'s of a local folder, `audit.url_sources`' of a URL's):
    each is read when news by its root, else kept for the folder's
    `XmlLeftOut`. `kind`: how a file is told (`sniff`, or one reading
    through fsspec)."""

    def __init__(self, root: str, kind=None):
        self.root, self.kind = root, kind or sniff
        self.left: list[tuple[str, str]] = []       # (path, kind) of each left out

    def take(self, path: str, config, excluded: bool, excluding: set | None) -> str | None:
        """`path`'s kind: one of `READ` to read it, another when left out
        (kept in `left`), None when the config's `exclude:` matched it
        (`excluded`): then one to read adds `config.path` to `excluding`, so
        the hint of a run with nothing to lint blames exclude: (qa428 #2)."""
        if excluded:
            if excluding is not None and config.path not in excluding and self.kind(path) in READ:
                excluding.add(config.path)
            return None
        kind = self.kind(path)
        if kind not in READ:
            self.left.append((path, kind))
        return kind

    def left_out(self) -> XmlLeftOut | None:
        """The folder's `XmlLeftOut`, None when none was left out."""
        if not self.left:
            return None
        return XmlLeftOut(self.root, tuple(p for p, _ in self.left), tuple(k for _, k in self.left))


def sniff(path: str, read=None, faults: tuple = ()) -> str:
    """What an `.xml` file is (`kind_of`) by its first XML_HEAD bytes, or
    its first XML_SCAN when those cannot tell (`LATE`); `read(n)` gives at
    most the first n bytes (default a local file's, `regular_files.read_head`).
    `UNREADABLE` for a broken symlink, no permission (qa64 #11) or one of
    `faults` (a damaged archive's), `OTHER` for a FIFO or a device, never
    opened (opening a FIFO waits for a writer; named, it is refused as
    `file.unreadable` too)."""
    from .regular_files import NotRegular, read_head
    read = read or (lambda n: read_head(path, n))
    try:
        kind = kind_of(path, head := read(XML_HEAD), len(head) < XML_HEAD)
        if kind == LATE:
            kind = kind_of(path, head := read(XML_SCAN), len(head) < XML_SCAN)
    except NotRegular:
        return OTHER
    except (OSError, *faults):
        return UNREADABLE
    return kind


def kind_of(path: str, head: bytes, whole: bool = True) -> str:
    """What an `.xml` file is, told by the root element in `head` (its first
    bytes; `whole`: all of them) as the readers tell a named one
    (`readers.reader_for`): `NEWS` (NITF, NewsML-G2, a WordPress export),
    `OTHER` (a sitemap, a feed, a schema), `EMPTY` (nothing but blank space),
    `UNKNOWN` (not XML: no element name after its first `<`, or no element
    at all), `BINARY` (NUL bytes or a document's magic in `head`, as a named
    file is `file.binary`: `readers.is_binary`) or, when `head` is not whole
    and ends before the root's start tag does, `LATE`. Nothing is parsed:
    `_xml_root`'s linear scan finds the root past comments, PIs and a
    DOCTYPE once (`root_at`), and each question is asked of where it
    stopped (qa444 #4). UTF-32 or UTF-16 holding a bad unit after its BOM
    is told by its root all the same (read, it is `file.encoding`)."""
    from .readers import ReadError, decode, is_binary, reader_for
    from .readers._encoding import wide_bom
    from .readers._xml_root import name_at, root_at, tag_at
    if is_binary(path, head):
        return BINARY
    wide = wide_bom(head)
    cut = _whole_units(head, wide) if wide else head      # whole UTF-32 or UTF-16 characters
    try:
        text = decode(cut)[0]
    except ReadError:           # a bad unit after the BOM: read, a news root's file is file.encoding
        text = cut.decode(wide, "replace")
    if whole and not text.strip("\ufeff \t\r\n"):
        return EMPTY
    at = root_at(text)
    if at >= 0 and not name_at(text, at):         # `garbage <<<`
        return UNKNOWN
    if not whole and (at < 0 or not tag_at(text, at)):
        return LATE
    if at < 0:
        return UNKNOWN
    return NEWS if reader_for(path, text, at) is not None else OTHER


def _whole_units(head: bytes, wide: str) -> bytes:
    """`head` (a UTF-32 or UTF-16 file's first bytes, from its BOM) cut to
    whole characters: whole code units, and in UTF-16 no high surrogate left
    without its pair (an emoji across the cut: qa444 #1)."""
    if wide == "utf-32":
        return head[:len(head) & ~3]
    head = head[:len(head) & ~1]
    if len(head) >= 4:
        high = head[-1] if head.startswith(b"\xff\xfe") else head[-2]   # little- or big-endian
        if 0xD8 <= high <= 0xDB:
            head = head[:-2]
    return head
