"""The root element of an XML text found by a scan, never a parse: what a
named `.xml` is read by (`readers.reader_for`), what a walked one is
(`walk_xml.kind_of`) and where a WordPress export declares its namespace
(`wxr.is_wxr`). The scan is linear: one pass that jumps from one character
that matters (`_STOP`) to the next, no pattern that backtracks over the
text, so a walk may run it over a bounded window of a large file. XML 1.0
sections 2.5 (comments), 2.6 (PIs), 2.8 (prolog, DOCTYPE and its internal
subset), 3.1 (start tags). A caller asking more than one question finds the
root once (`root_at`) and asks of that index (`name_at`, `tag_at`):
`root_name` and `root_tag` each scan the prolog again (qa444 #4)."""
from __future__ import annotations

import re

# What a DOCTYPE can end on or hide its end in: a quoted literal, a comment
# or PI in the internal subset, the subset's brackets (any other `<`, of a
# declaration, is passed over in C); a start tag: its `>` or a quoted value.
_STOP = re.compile(r"""["'\[\]>]|<!--|<\?""")
_TAG_STOP = re.compile(r"""["'>]""")
# A start tag's `<` and name, then each attribute (section 3.1: Eq allows
# blank space around '=').
_NAME = re.compile(r"<?[^\s/>]*")
_ATTR = re.compile(r"""\s+([^\s=/>"']+)\s*=\s*("[^"]*"|'[^']*')""")


def root_name(source: str) -> str:
    """The local name of the first element, or "" when there is none, a
    DOCTYPE or comment before it is not closed, or what follows its `<` is
    no name (`garbage <<<` gave `<<`, qa64 #11). A DOCTYPE is passed over
    whole, its internal subset too, so markup in an entity's value
    (`<!ENTITY c "<span>">`) is never taken for the root (qa428 #7)."""
    return name_at(source, root_at(source))


def root_tag(source: str) -> str:
    """The root element's start tag as written (`<rss version="2.0" ...>`, to
    its `>` outside quoted values), or "" when there is none or `source` ends
    inside it: a head cut there cannot tell the root's attributes."""
    return tag_at(source, root_at(source))


def name_at(source: str, at: int) -> str:
    """`root_name` of the root found at index `at` (`root_at(source)`; -1
    for none), so a caller asking several questions scans the prolog once."""
    if at < 0:
        return ""
    end = at + 1
    while end < len(source) and not source[end].isspace() and source[end] not in "/>":
        end += 1
    name = source[at + 1:end]
    return name.rpartition(":")[2] if name[:1].isalpha() or name[:1] == "_" else ""


def tag_at(source: str, at: int) -> str:
    """`root_tag` of the root found at index `at` (`root_at(source)`; -1 for
    none): no scan of the prolog again."""
    if not name_at(source, at):
        return ""
    end = _past(source, at + 1)
    return source[at:end] if end > 0 else ""


def root_attrs(tag: str) -> list[tuple[str, str]]:
    """The (name, value) of each attribute of a start tag (`root_tag`), in
    order, values without their quotes; the reading stops at the first thing
    that is no attribute."""
    pos, found = _NAME.match(tag).end(), []
    while (m := _ATTR.match(tag, pos)) is not None:
        found.append((m[1], m[2][1:-1]))
        pos = m.end()
    return found


def root_at(source: str) -> int:
    """Where the first element's `<` is, past the XML declaration, PIs,
    comments and a DOCTYPE; -1 for none, or when one of those runs to the
    end of `source` (a head cut inside it)."""
    i = 0
    while True:
        i = source.find("<", i)
        if i == -1 or i + 1 >= len(source):
            return -1
        nxt = source[i + 1]
        if nxt == "?":
            j = source.find("?>", i + 2)
            i = j + 2 if j != -1 else len(source)
        elif source.startswith("<!--", i):
            j = source.find("-->", i + 4)
            i = j + 3 if j != -1 else len(source)
        elif source.startswith("<!DOCTYPE", i):
            i = _past(source, i + 9, subset=True)
            if i < 0:
                return -1
        elif nxt == "!":
            i += 2
        else:
            return i


def _past(source: str, i: int, subset: bool = False) -> int:
    """The index after the first `>` from `i` outside quoted literals (and,
    with `subset`, outside a DOCTYPE's `[...]`, whose comments, PIs and
    quoted values may hold `>`, `]` or a quote); -1 when `source` ends first."""
    inside, stop = False, _STOP if subset else _TAG_STOP
    while (m := stop.search(source, i)) is not None:
        i, c = m.start(), m[0][0]
        if c in "\"'":
            j, n = source.find(c, i + 1), 1
        elif inside and source.startswith("<!--", i):
            j, n = source.find("-->", i + 4), 3
        elif inside and source.startswith("<?", i):
            j, n = source.find("?>", i + 2), 2
        elif c == ">" and not inside:
            return i + 1
        else:
            inside = inside and c != "]" or subset and c == "["
            i += 1
            continue
        if j < 0:
            return -1
        i = j + n
    return -1
