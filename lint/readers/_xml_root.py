"""The root element of an XML text, found by a scan of its head, never a
parse: what `.xml` is told by (a named one's reader, a walked one's kind:
`readers.reader_for`, `walk_xml.kind_of`) and a WordPress export's
namespace declaration read from (`wxr.is_wxr`). XML 1.0 sections 2.8
(prolog, DOCTYPE and its internal subset) and 3.1 (start tags)."""
from __future__ import annotations


def root_name(source: str) -> str:
    """The local name of the first element (cheap sniffing, no parse), or ""
    when there is none or what follows the first `<` is no name (`garbage <<<`
    gave `<<`, qa64 #11). A DOCTYPE is passed over whole, its internal
    subset too, so markup in an entity's value (`<!ENTITY c "<span>">`) is
    never taken for the root (qa428 #7); one not closed gives ""."""
    i = _root_at(source)
    if i < 0:
        return ""
    end = i + 1
    while end < len(source) and not source[end].isspace() and source[end] not in "/>":
        end += 1
    name = source[i + 1:end]
    return name.rpartition(":")[2] if name[:1].isalpha() or name[:1] == "_" else ""


def root_tag(source: str) -> str:
    """The root element's start tag as written (`<rss version="2.0" ...>`,
    to its `>` outside quoted attribute values), or "" when there is none or
    `source` ends inside it."""
    i = _root_at(source)
    if i < 0 or not root_name(source):
        return ""
    end = _past(source, i, ">")
    return source[i:end] if end > 0 else ""


def _root_at(source: str) -> int:
    """Where the first element's `<` is, past the XML declaration, PIs,
    comments and a DOCTYPE; -1 for none (or a DOCTYPE or comment not closed)."""
    i = 0
    while True:
        i = source.find("<", i)
        if i == -1 or i + 1 >= len(source):
            return -1
        nxt = source[i + 1]
        if nxt == "?":
            i = source.find("?>", i) + 2 if source.find("?>", i) != -1 else len(source)
        elif source.startswith("<!--", i):
            j = source.find("-->", i)
            i = j + 3 if j != -1 else len(source)
        elif source.startswith("<!DOCTYPE", i):
            i = _past(source, i, ">", subset=True)
            if i < 0:
                return -1
        elif nxt == "!":
            i += 2
        else:
            return i


def _past(source: str, i: int, close: str, subset: bool = False) -> int:
    """The index after the first `close` from `i` outside quotes (and, with
    `subset`, outside a DOCTYPE's `[...]`, whose comments, PIs and quoted
    values may hold `>` or `]`); -1 when `source` ends first."""
    n, depth = len(source), 0
    while i < n:
        c = source[i]
        if c in "\"'":
            j = source.find(c, i + 1)
            if j < 0:
                return -1
            i = j + 1
            continue
        if depth and source.startswith("<!--", i):
            j = source.find("-->", i + 4)
            if j < 0:
                return -1
            i = j + 3
            continue
        if depth and source.startswith("<?", i):
            j = source.find("?>", i + 2)
            if j < 0:
                return -1
            i = j + 2
            continue
        if subset and c == "[" and not depth:
            depth = 1
        elif depth and c == "]":
            depth = 0
        elif not depth and c == close:
            return i + 1
        i += 1
    return -1
