"""Cut a WordPress export (WXR) into slices of whole `<item>`s, for an
audit's plan (`plan.plan`).

The export is scanned once with expat. Which items are articles, and which
attachments' captions each post gets, is the reader's own reading
(`readers.wxr.sort_items`, over each item's first field of a name, as
`readers.wxr._fields` keeps it); only an `<item>` of a root element's
`<channel>` counts, as the reader walks `rss > channel > item`. A piece is
an item's own bytes, from its `<` to its end tag's `>`: items sharing a line
(a minified export on one line) are cut apart, never stretched to the line
(qa101 #1). Each piece carries the file's line and column where it starts,
counted as check counts them (`line_index.LineIndex`: `\\r\\n`, `\\r` or
`\\n` ends a line, columns in characters of the export's one codec), and
the slice is decoded in the codec check reads the whole export in
(`readers.decode`: UTF-8, else what the XML declaration names, else cp1252;
qa101 #4, #6).
"""
from __future__ import annotations

import codecs
import pyexpat

from ..line_index import LineIndex, lone_crs
from ..readers import ReadError
from ..readers._encoding import bom, decode, mislabelled
from ..readers._xml_entities import undefined_entity
from ..readers.wxr import SORTED_BY, sort_items

_UNDEFINED_ENTITY = pyexpat.errors.codes[pyexpat.errors.XML_ERROR_UNDEFINED_ENTITY]


class Unplanned(Exception):
    """The export cannot be cut (malformed XML, an entity declaration, bytes
    its BOM's codec cannot read, an encoding label expat cannot use): a
    worker reads it whole, as check does."""


def cuts(fsspec, path: str, per: int):
    """(pieces, posts, codec, notices) for every `per` published posts of the WXR
    export at `path`: `pieces` ((start byte, end byte, first line, first
    column), ...) in file order, the items of those posts and of the
    attachments whose captions they get (items with only white space between
    them one piece, so a worker reads a run of posts at once), each item once (an attachment
    goes with the first slice holding a post it belongs to: check gives a
    caption's finding once however many posts share the id, qa101 #7);
    `codec` and `notices` as `encoding` gives them, the notices with the
    first slice only. Raises Unplanned."""
    with fsspec.open(path, "rb") as f:
        data = f.read()
    codec, said = encoding(data)
    items = _items(data, codec)
    posts, captions = sort_items(items, lambda item, local: item["fields"].get(local, ""))
    given: set[int] = set()
    for k in range(0, len(posts), per):
        group = posts[k:k + per]
        chosen = {i["start"]: i for i in group}
        for post in group:
            for a in captions.get(post["fields"].get("post_id", ""), ()):
                if a["start"] not in given:
                    given.add(a["start"])
                    chosen[a["start"]] = a
        pieces: list[tuple[int, int, int, int]] = []
        for _, i in sorted(chosen.items()):
            if pieces and not data[pieces[-1][1]:i["start"]].strip():     # only white space between
                pieces[-1] = (pieces[-1][0], i["end"], *pieces[-1][2:])
            else:
                pieces.append((i["start"], i["end"], i["line"], i["column"]))
        yield tuple(pieces), len(group), codec, said if not k else ()


def encoding(data: bytes) -> tuple[str, tuple]:
    """(the codec check reads the whole export in, the `file.encoding`
    notices check gives for it), by check's own helpers (`readers.decode`,
    and `mislabelled` when it reads UTF-8: an XML declaration naming
    ISO-8859-1 over UTF-8 bytes): each notice as (line, column, rule, level,
    message), for the first slice (`Partition.said`). For a UTF-16 or
    UTF-32 BOM the codec is its byte order's ("utf-16-le"), so a piece past
    the BOM reads alike. Unplanned when check cannot read it."""
    try:
        text, codec, _, notices = decode(data)
    except ReadError as exc:
        raise Unplanned(str(exc)) from None
    if codec == "utf-8":
        notices = [*notices, *mislabelled(data, text, False)]
    if codec.startswith(("utf-16", "utf-32")):
        codec = bom(data)[1]
    return codec, tuple((*LineIndex(text[:n.offset + 1]).position(n.offset), n.rule, n.level, n.message)
                        for n in notices)


def _items(data: bytes, codec: str) -> list[dict]:
    """Each article-level `<item>` of the export: its byte range, file line
    and column (`_Counter`), and `fields`: the text of its first child of
    each `SORTED_BY` name (white space trimmed, as `Node.text`). An item
    nested in an item is part of it, as the reader reads it."""
    items: list[dict] = []
    names: list[str] = []          # the open elements' names
    state: dict = {"item": None, "field": None, "text": [], "depth": 0}
    wanted = {f"wp:{name}": name for name in SORTED_BY}
    count = _Counter(data, codec)
    gt = ">".encode(codec)
    p = pyexpat.ParserCreate()
    p.buffer_text = True

    def start(name, attrs):
        names.append(name)
        item = state["item"]
        if item is None:
            if len(names) == 3 and name.rpartition(":")[2] == "item" \
                    and names[1].rpartition(":")[2] == "channel":
                at = p.CurrentByteIndex
                line, column = count.at(at)
                state["item"] = {"start": at, "line": line, "column": column, "fields": {}}
        elif len(names) == 4 and state["field"] is None and name in wanted \
                and wanted[name] not in item["fields"]:
            state["field"], state["text"] = wanted[name], []

    def end(name):
        item = state["item"]
        if item is not None and len(names) == 3:
            item["end"] = data.find(gt, p.CurrentByteIndex) + len(gt)    # its end tag's '>'
            items.append(item)
            state["item"] = None
        elif state["field"] is not None and len(names) == 4:
            item["fields"][state["field"]] = "".join(state["text"]).strip()
            state["field"] = None
        names.pop()

    def chars(text):
        if state["field"] is not None:
            state["text"].append(text)

    p.StartElementHandler, p.EndElementHandler, p.CharacterDataHandler = start, end, chars
    p.EntityDeclHandler = _refuse          # as defusedxml: no entity declarations
    try:
        p.Parse(data, True)
    except pyexpat.ExpatError as exc:
        raise Unplanned(f"malformed XML at line {exc.lineno}, column {exc.offset + 1}: "
                        f"{_why(exc.code, data, p.ErrorByteIndex, codec)}") from None
    except (ValueError, LookupError) as exc:
        # expat's own answer to a declared codec it cannot use (a multi-byte
        # one: Shift_JIS, GB2312, Big5; UTF-32; one Python does not know):
        # not an ExpatError, but the same for the plan (qa106 #3)
        raise Unplanned(f"the XML declaration's encoding cannot be parsed: {exc}") from None
    return items


def _why(code: int, data: bytes, at: int, codec: str) -> str:
    """expat's words for its error `code`, or, for an undefined entity, the
    reader's (`undefined_entity`: the entity named, with its mend), read from
    the bytes at `at`, where expat stopped (an `&` in text, or the `<` of the
    tag whose attribute holds it; a start tag is taken to end within 64 KiB)."""
    if code != _UNDEFINED_ENTITY:
        return pyexpat.ErrorString(code)
    text = codecs.decode(data[at:at + 65536], codec, "replace")
    end = text.find(">")
    return undefined_entity(text, 0, len(text) if end < 0 else end + 1)


class _Counter:
    """Line and column (1-based, columns in characters) of ever later byte
    offsets of `data` read in `codec`, as `LineIndex` counts them; each
    offset must start a character (an element's `<`). Linear in the file:
    only the bytes since the last offset asked are decoded."""

    def __init__(self, data: bytes, codec: str):
        self.data, self.codec = data, codec
        self.pos, self.line, self.column = 0, 1, 1
        skip = bom(data)
        if skip is not None:
            self.pos = len(skip[0])

    def at(self, index: int) -> tuple[int, int]:
        text = codecs.decode(self.data[self.pos:index], self.codec, "replace")
        self.pos = index
        ends = text.count("\n") + (lone_crs(text) if "\r" in text else 0)
        if ends:
            self.line += ends
            self.column = len(text) - max(text.rfind("\n"), text.rfind("\r"))
        else:
            self.column += len(text)
        return self.line, self.column


def _refuse(*args):
    raise Unplanned("an entity declaration in an export is refused (defusedxml's rule)")
