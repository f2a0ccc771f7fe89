"""Safe XML with exact offsets, for the wire and CMS readers (NITF, NewsML-G2, WXR).

Parsing is defusedxml's hardened expat driver: an entity declaration (the
"billion laughs" bomb, an external entity) stops the parse, an external DTD
named by the DOCTYPE is skipped unread, and expat never opens a network
connection. On top of it this module keeps
what an ElementTree throws away: where every element and every run of text
starts in the source (expat's byte index, turned into character offsets).
Expat reports an entity (`&amp;`), a character reference and a line break as
runs of their own, so each `Run` is either copied verbatim from its offset or
is that one decoded character; `Part.is_verbatim` tells them apart.

Names are matched without namespaces (`Node.local`), as news files use fixed
prefixes or a default namespace, and a slice of an export (an audit's
partition) parses without its root's declarations.
"""
from __future__ import annotations

from typing import Iterator, NamedTuple
from xml.parsers.expat import errors as expat_errors
from xml.sax import SAXParseException
from xml.sax.xmlreader import InputSource

from .. import rx as regex
from defusedxml.common import DefusedXmlException, EntitiesForbidden, ExternalReferenceForbidden
from defusedxml.expatreader import DefusedExpatParser

from ._xml_entities import entity_char, undefined_entity, unread_entity

# A fix may not write these into text read from XML: '<' and '&' start markup
# in a text node; ']' could close a CDATA section (']]>').
UNSAFE_TEXT, UNSAFE_CDATA = "<&", "]"
_WRAP_OPEN, _WRAP_CLOSE = b"<newslint-slice>", b"</newslint-slice>"
_UNDEFINED_ENTITY = expat_errors.codes[expat_errors.XML_ERROR_UNDEFINED_ENTITY]
MAX_DEPTH = 500        # elements nested deeper than this are refused (the tree walks recurse)


class XMLError(Exception):
    """The XML cannot be read: one line naming the line and column, which
    `line` and `column` (1-based, characters) give too; 0 when unknown. A
    slice of a bigger file names none, its own being no file's: `offset`
    (characters into the slice) is where, for its reader to place."""

    def __init__(self, message: str, line: int = 0, column: int = 0, offset: int | None = None):
        super().__init__(message)
        self.line, self.column, self.offset = line, column, offset


class Run(NamedTuple):
    text: str
    offset: int        # character offset in the source where the run starts
    cdata: bool


class Comment(NamedTuple):
    """An XML comment (XML 1.0 section 2.5) as the parser read it: never one
    written inside a CDATA section or a processing instruction."""
    start: int         # character offset of its `<!--`
    end: int           # one past its `-->`


class Node:
    """An element: `start` is its '<', `inner` the first offset after its start
    tag, `close` its end tag's '<' (== `inner` when empty), `end` one past the
    end tag. `items` holds Runs, Comments and child Nodes in document order."""

    __slots__ = ("name", "local", "attrs", "start", "inner", "close", "end", "items")

    def __init__(self, name: str, attrs: dict, start: int):
        self.name, self.local = name, name.rpartition(":")[2]
        self.attrs, self.start = attrs, start
        self.inner = self.close = self.end = start
        self.items: list = []

    def children(self, local: str | None = None) -> Iterator["Node"]:
        return (n for n in self.items if isinstance(n, Node) and (local is None or n.local == local))

    def child(self, local: str) -> "Node | None":
        return next(self.children(local), None)

    def iter(self, local: str | None = None) -> Iterator["Node"]:
        """Descendants in document order (not the node itself)."""
        for n in self.children():
            if local is None or n.local == local:
                yield n
            yield from n.iter(local)

    def comments(self) -> Iterator[Comment]:
        """Every comment under the node, in document order."""
        for item in self.items:
            if isinstance(item, Comment):
                yield item
            elif isinstance(item, Node):
                yield from item.comments()

    def path(self, *locals_: str) -> "Node | None":
        node = self
        for name in locals_:
            node = node.child(name) if node is not None else None
        return node

    def attr(self, local: str, default: str = "") -> str:
        for key, value in self.attrs.items():
            if key.rpartition(":")[2] == local:
                return value
        return default

    def runs(self, skip: frozenset[str] = frozenset()) -> Iterator[Run]:
        """Every run of text under the node, in order (elements in `skip` left out)."""
        for item in self.items:
            if isinstance(item, Run):
                yield item
            elif isinstance(item, Node) and item.local not in skip:
                yield from item.runs(skip)

    def text(self) -> str:
        return "".join(r.text for r in self.runs()).strip()


class _Builder:
    """Expat handlers that build Nodes with character offsets. Nodes keep no
    link to their parent and the handlers reach the expat parser through
    `expat`, dropped after the parse: the tree is freed by reference
    counting, not left in reference cycles for the collector."""

    def __init__(self, source: str, data: bytes, shift: int, place=None, unread: list | None = None):
        self.source, self.data, self.shift, self.place = source, data, shift, place
        self.unread = unread
        self.ascii = len(data) == len(source)
        self._b = self._c = 0            # last byte index converted, and its character offset
        self.root = Node("#document", {}, 0)
        self.node = self.root
        self.open: list[Node] = []       # the elements around `node`, outermost first
        self.expat = None
        self.cdata = False
        self.depth = 1 if shift else 0   # (a slice's wrapper stands for rss > channel: two deep)

    def offset(self, parser) -> int:
        b = parser.CurrentByteIndex - self.shift
        if b <= 0:                      # (the slice's wrapper sits before 0)
            return 0
        if self.ascii:
            return b
        if b < self._b:
            self._b = self._c = 0
        self._c += len(self.data[self._b:b].decode("utf-8", "surrogatepass"))
        self._b = b
        return self._c

    def install(self, p) -> None:
        """Expat calls the handlers straight (no wrapper per event: a 10 MB
        export has about a million events); they reach the parser as `expat`."""
        self.expat = p
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.chars
        p.StartCdataSectionHandler = lambda: setattr(self, "cdata", True)
        p.EndCdataSectionHandler = lambda: setattr(self, "cdata", False)
        p.SkippedEntityHandler = self.skipped
        p.CommentHandler = self.comment

    def start(self, name: str, attrs: dict) -> None:
        p = self.expat
        self.depth += 1
        if self.depth > MAX_DEPTH:
            at = (p.CurrentLineNumber, p.CurrentColumnNumber + 1) if not self.shift else self.place(self.offset(p))
            raise XMLError(f"elements nested more than {MAX_DEPTH} deep at line {at[0]}; not read", *at)
        at = self.offset(p)
        node = Node(name, attrs, at)
        node.inner = node.close = node.end = _tag_end(self.source, at)
        self.node.items.append(node)
        self.open.append(self.node)
        self.node = node

    def end(self, name: str) -> None:
        node, at = self.node, self.offset(self.expat)
        if self.source.startswith("/>", node.inner - 2) and at <= node.inner:
            node.close = node.end = node.inner
        else:
            node.close = at
            node.end = self.source.find(">", at) + 1 or len(self.source)
        self.node = self.open.pop()
        self.depth -= 1

    def chars(self, data: str) -> None:
        self.node.items.append(Run(data, self.offset(self.expat), self.cdata))

    def comment(self, data: str) -> None:
        """A comment: where it is, found from its `<!--` (expat hands over its
        text with line ends normalised, so its length is not the source's;
        `--` cannot occur inside one, so the first `-->` closes it)."""
        at = self.offset(self.expat)
        close = self.source.find("-->", at + 4)
        self.node.items.append(Comment(at, close + 3 if close != -1 else len(self.source)))

    def skipped(self, name: str, is_parameter_entity: bool) -> None:
        """An entity declared in an external DTD that was not read: the HTML
        character of that name (NITF's DTD declares the HTML sets); one no HTML
        names (`&widget;`) reads as nothing, said in `unread`, else an XMLError
        (qa355 #3: it was dropped unsaid; kept as text, it hid findings: qa353)."""
        if is_parameter_entity or self.node is self.root:
            return
        at = self.offset(self.expat)
        if char := entity_char(name):
            self.node.items.append(Run(char, at, False))
            return
        why = unread_entity(name)
        if self.unread is None:
            line, column = self.place(at)
            raise XMLError(f"cannot read the XML at line {line}, column {column}: {why}", line, column)
        self.unread.append((at, why))


# A start tag's rest after its '<': anything but '>' and quotes, and quoted values whole.
_START_TAG = regex.compile(r"""[^>"']*+(?:(?:"[^"]*+"|'[^']*+')[^>"']*+)*+>""")


def _tag_end(source: str, start: int) -> int:
    """One past the '>' closing the start tag at `start` (quoted '>' skipped);
    the source's end when none closes it."""
    m = _START_TAG.match(source, start + 1)
    return m.end() if m else len(source)


class _Parser(DefusedExpatParser):
    """defusedxml's SAX driver with this module's position-keeping handlers."""

    def __init__(self, builder: _Builder):
        super().__init__()
        self.builder = builder

    def reset(self):
        super().reset()          # creates the expat parser and installs the defused handlers
        self._parser.buffer_text = False
        self.builder.install(self._parser)
        # A DOCTYPE naming an external DTD (`<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">`,
        # as NITF files often start) is never fetched: the reference is skipped,
        # and an entity only that DTD defines (`&mdash;`) reads as its HTML character.
        self._parser.ExternalEntityRefHandler = lambda *args: 1


def parse(source: str, slice_: bool = False, place=None, unread: list | None = None) -> Node:
    """The element tree of `source` under a `#document` node. `slice_`: the
    source is a run of sibling elements cut from a bigger file (no root of its own;
    `place` maps an offset in it to the file's (line, column)). XMLError if malformed or unsafe.
    `unread`: gets (offset, message) for each entity left out of the text
    (only a DTD, never read, could declare it; `_Builder.skipped`), the
    parse going on; without it such an entity is an XMLError."""
    own = lambda at: (source.count("\n", 0, at) + 1, at - source.rfind("\n", 0, at))   # noqa: E731 (the slice's)
    data = _as_utf8(source.encode("utf-8", "surrogatepass"))
    builder = _Builder(source, data, len(_WRAP_OPEN) if slice_ else 0, place or own, unread)
    parser = _Parser(builder)
    inp = InputSource()
    inp.setEncoding("utf-8")
    parser.prepareParser(inp)
    try:
        if slice_:
            parser.feed(_WRAP_OPEN)
        parser.feed(data)
        if slice_:
            parser.feed(_WRAP_CLOSE)
        parser.close()
    except SAXParseException as exc:     # (expat counts columns in characters, from 0)
        line, column = exc.getLineNumber(), exc.getColumnNumber() + 1
        expat = parser._parser if hasattr(parser._parser, "CurrentByteIndex") else None   # (none: close() failed)
        why, at = exc.getMessage(), min(builder.offset(expat), len(source)) if expat else len(source)   # (past: end)
        if expat and expat.ErrorCode == _UNDEFINED_ENTITY:
            why = undefined_entity(source, at, _tag_end(source, at))
        if slice_:      # expat's column on line 1 counts the wrapper tag: the slice's own from `at`
            line, column = own(at)
            raise XMLError(f"malformed XML: {why}", line, column, at) from None
        raise XMLError(f"malformed XML at line {line}, column {column}: {why}", line, column) from None
    except DefusedXmlException as exc:
        line, column = _declared_at(source, builder.offset(parser._parser))
        where = "" if slice_ else f" at line {line}, column {column}"   # (a slice's would be its own)
        raise XMLError(f"unsafe XML{where}: {_refused(exc)}", *(() if slice_ else (line, column))) from None
    except XMLError:
        raise
    except (ValueError, RecursionError) as exc:
        raise XMLError(f"cannot read the XML: {exc}") from None
    finally:
        builder.expat = None
    if slice_:
        wrapper = builder.root.child("newslint-slice")
        if wrapper is not None:
            builder.root.items = wrapper.items
    return builder.root


def _declared_at(source: str, at: int) -> tuple[int, int]:
    """(line, column), 1-based, of the `<!ENTITY` declaration that expat was
    reading at offset `at` (expat stands inside it: at its value, or at its
    closing `>`); of `at` itself when none opens before it."""
    start = source.rfind("<!ENTITY", 0, at + 1)
    at = start if start != -1 else at
    return source.count("\n", 0, at) + 1, at - source.rfind("\n", 0, at)


def _refused(exc: DefusedXmlException) -> str:
    """What defusedxml stopped at, in words: an entity declaration (never
    expanded), an external entity or reference (never read)."""
    system = getattr(exc, "sysid", None)
    if isinstance(exc, EntitiesForbidden):
        if system:
            return f"external entity {exc.name!r} ({system!r}) refused (never read)"
        return f"entity declaration {exc.name!r} refused (never expanded)"
    if isinstance(exc, ExternalReferenceForbidden):
        return f"external reference {system!r} refused (never read)"
    return f"{type(exc).__name__} refused"


_DECLARED = regex.compile(rb"<\?xml\s[^>]*?(\bencoding\s*=\s*([\"'])([^\"']{1,40})\2)")


def _as_utf8(data: bytes) -> bytes:
    """The source was decoded already (`readers.decode`) and is fed to expat as
    UTF-8, so an XML declaration naming another encoding (UTF-16, ISO-8859-1,
    `koi8`, `utf8`) has its `encoding="..."` blanked out, space for character
    so every offset holds: expat then reads UTF-8, and never looks up a name
    it does not know (a short one such as `koi8` was an internal error)."""
    m = _DECLARED.match(data)
    if m is None or m[3].lower() == b"utf-8":
        return data
    return data[:m.start(1)] + b" " * (m.end(1) - m.start(1)) + data[m.end(1):]

