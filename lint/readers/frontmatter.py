"""Front matter of a Markdown article: YAML between `---` lines, or Hugo's TOML
between `+++` lines, at the very top of the file.

The front matter is never prose. Its well-known keys become named parts
(title, publication date, dek, byline, image caption/credit/alt) and every
other string value a `field` part, each placed exactly: YAML is composed
first so every value node carries its source marks, then constructed safely.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import regex
import yaml

from ..analysis.calendar import coerce_date
from ..document import Document, Notice, Part
from ._stitch import align, slice_segments

try:
    import tomllib
except ModuleNotFoundError:  # Python 3.10
    import tomli as tomllib

_OPEN = regex.compile(r"(?P<fence>---|\+\+\+)[ \t]*\r?\n")
_CLOSE = {"---": regex.compile(r"^(?:---|\.\.\.)[ \t]*\r?$", regex.M),
          "+++": regex.compile(r"^\+\+\+[ \t]*\r?$", regex.M)}
DATE_KEYS = ("date", "published", "publishDate", "pubDate")
DEK_KEYS = {"description", "summary", "subtitle", "dek"}
BYLINE_KEYS = {"author", "byline", "authors"}
_IMAGE_KEY = regex.compile(r"^(?P<group>image|images\.\d+)\.(?P<field>src|caption|credit|alt)$")
_MAX_ENTRIES = 2000      # an alias bomb must not turn into millions of parts
_MAX_DEPTH = 20          # front matter deeper than this is data, not article fields
# libyaml's parser is ~15x faster and gives the same character-index marks.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class FrontMatter:
    lang: str            # "yaml" or "toml"
    start: int           # first character of the content (after the opening fence line)
    end: int             # end of the content (start of the closing fence line)
    body: int            # where the Markdown body starts


@dataclass
class Entry:
    """One scalar value: dotted key, constructed value, text and its map."""

    key: str
    value: object
    text: str
    segments: tuple[tuple[int, int], ...]


def locate(doc: Document) -> FrontMatter | None:
    """The front matter block, if the file opens with one. An opening fence
    that is never closed is reported, and the whole file is read as Markdown."""
    src = doc.source
    m = _OPEN.match(src)
    if not m:
        return None
    close = _CLOSE[m["fence"]].search(src, m.end())
    if not close:
        doc.notices.append(Notice("file.front-matter", "warning",
                                  f"front matter opened with '{m['fence']}' on line 1 is never "
                                  "closed; read as Markdown", 0))
        return None
    nl = src.find("\n", close.end())
    return FrontMatter("yaml" if m["fence"] == "---" else "toml", m.end(), close.start(),
                       len(src) if nl == -1 else nl + 1)


def read(doc: Document, fm: FrontMatter, has_h1: bool) -> None:
    """Fill doc.fields and add the front matter's parts (and publication date)."""
    if fm.lang == "yaml":
        data, entries = _yaml_entries(doc, fm)
    else:
        data, entries = _toml_entries(doc, fm)
    doc.fields = data if isinstance(data, dict) else {}
    _apply(doc, entries, has_h1)


def _problem(doc: Document, message: str, offset: int) -> None:
    doc.notices.append(Notice("file.front-matter", "error",
                              f"invalid YAML front matter: {message}", offset))


def _yaml_entries(doc: Document, fm: FrontMatter) -> tuple[object, list[Entry]]:
    text = doc.source[fm.start:fm.end]
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        _problem(doc, exc.problem or exc.context or "syntax error",
                 fm.start + (mark.index if mark else 0))
        return {}, []
    except yaml.YAMLError as exc:
        _problem(doc, str(exc).splitlines()[0], fm.start + getattr(exc, "position", 0))
        return {}, []
    if root is None:
        return {}, []
    if not isinstance(root, yaml.MappingNode):
        doc.notices.append(Notice("file.front-matter", "warning",
                                  "front matter is not a mapping of keys to values; ignored",
                                  fm.start))
        return {}, []
    entries: list[Entry] = []
    data: dict = {}
    seen: set[int] = set()

    def construct(node):
        try:
            return loader.construct_object(node, deep=True), True
        except RecursionError:
            _problem(doc, "values nested too deeply", fm.start + node.start_mark.index)
            return None, False
        except (yaml.YAMLError, ValueError, TypeError, OverflowError) as exc:
            problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
            _problem(doc, problem, fm.start + node.start_mark.index)
            return None, False

    def walk(node, key: str, depth: int = 0) -> None:
        if len(entries) >= _MAX_ENTRIES or id(node) in seen or depth > _MAX_DEPTH:
            return
        if isinstance(node, yaml.MappingNode):
            seen.add(id(node))
            for k_node, v_node in node.value:
                if isinstance(k_node, yaml.ScalarNode):
                    walk(v_node, f"{key}.{k_node.value}", depth + 1)
        elif isinstance(node, yaml.SequenceNode):
            seen.add(id(node))
            for i, item in enumerate(node.value):
                walk(item, f"{key}.{i}", depth + 1)
        else:
            value, ok = construct(node)
            if ok and isinstance(value, (str, dt.date)):
                entries.append(_yaml_entry(doc.source, fm.start, node, key, value))

    for k_node, v_node in root.value:
        if not isinstance(k_node, yaml.ScalarNode):
            continue
        value, ok = construct(v_node)
        if ok:   # a value that failed to construct was reported once, not per leaf
            data[k_node.value] = value
            walk(v_node, str(k_node.value))
    return data, entries


def _yaml_entry(src: str, base: int, node, key: str, value) -> Entry:
    start, end = base + node.start_mark.index, base + node.end_mark.index
    if node.style in ('"', "'"):
        start, end = start + 1, end - 1
    elif node.style in ("|", ">"):
        nl = src.find("\n", start, end)      # content starts on the line after the indicator
        start = end if nl == -1 else nl + 1
    raw = src[start:end]
    if not isinstance(value, str):
        return Entry(key, value, raw, ((0, start),))
    if raw == value:
        return Entry(key, value, value, ((0, start),))
    return Entry(key, value, value, align(value, src, start, end))


_TOML_TABLE = regex.compile(r"^[ \t]*\[\[?[ \t]*(?P<name>[^\]\r\n]+?)[ \t]*\]\]?", regex.M)
_TOML_PAIR = regex.compile(
    r"^[ \t]*(?P<key>[A-Za-z0-9_.-]+|\"[^\"\r\n]*\")[ \t]*=[ \t]*(?P<value>[^\r\n]*)", regex.M)
_TOML_STRING = regex.compile(r"\"((?:[^\"\\\r\n]|\\.)*)\"|'([^'\r\n]*)'")


def _toml_entries(doc: Document, fm: FrontMatter) -> tuple[object, list[Entry]]:
    src = doc.source
    text = src[fm.start:fm.end]
    try:
        data = tomllib.loads(text.replace("\r\n", "\n"))
    except tomllib.TOMLDecodeError as exc:
        m = regex.search(r"line (\d+), column (\d+)", str(exc))
        offset = fm.start
        if m:
            offset = _line_offset(src, fm.start, int(m[1])) + int(m[2]) - 1
        doc.notices.append(Notice("file.front-matter", "error",
                                  f"invalid TOML front matter: {str(exc).split(' (at ')[0]}",
                                  offset))
        return {}, []
    # Values are located line by line: `key = "value"` and one-line string arrays.
    entries: list[Entry] = []
    tables = [(m.start(), m["name"].strip()) for m in _TOML_TABLE.finditer(src, fm.start, fm.end)]
    t = 0
    table = ""
    for m in _TOML_PAIR.finditer(src, fm.start, fm.end):
        while t < len(tables) and tables[t][0] < m.start():
            table = tables[t][1]
            t += 1
        key = (f"{table}." if table else "") + m["key"].strip('"')
        value = _lookup(data, key)
        v_start, v_end = m.start("value"), m.end("value")
        if isinstance(value, str):
            s = _TOML_STRING.match(src, v_start, v_end)
            if s:
                entries.append(_string_entry(src, key, value, s))
        elif isinstance(value, (dt.date, dt.datetime)):
            raw = src[v_start:v_end].split("#")[0].rstrip()
            entries.append(Entry(key, value, raw, ((0, v_start),)))
        elif isinstance(value, list):
            strings = list(_TOML_STRING.finditer(src, v_start, v_end))
            for i, (item, s) in enumerate(zip(value, strings)):
                if isinstance(item, str):
                    entries.append(_string_entry(src, f"{key}.{i}", item, s))
    return data, entries


def _string_entry(src: str, key: str, value: str, m) -> Entry:
    g = 1 if m.start(1) != -1 else 2
    start, end = m.start(g), m.end(g)
    if src[start:end] == value:
        return Entry(key, value, value, ((0, start),))
    return Entry(key, value, value, align(value, src, start, end))


def _lookup(data: dict, dotted: str):
    cur: object = data
    for piece in dotted.split("."):
        if not isinstance(cur, dict) or piece not in cur:
            return None
        cur = cur[piece]
    return cur


def _line_offset(src: str, start: int, line: int) -> int:
    pos = start
    for _ in range(line - 1):
        nl = src.find("\n", pos)
        if nl == -1:
            break
        pos = nl + 1
    return pos


def _part(kind: str, e: Entry, **kw) -> Part:
    """The entry as a part, without the whitespace a block scalar keeps at its ends."""
    start, end = 0, len(e.text)
    while start < end and e.text[start].isspace():
        start += 1
    while end > start and e.text[end - 1].isspace():
        end -= 1
    return Part(kind, e.text[start:end], slice_segments(e.segments, start, end), **kw)


def _apply(doc: Document, entries: list[Entry], has_h1: bool) -> None:
    """Turn scalar entries into parts: the well-known keys get their kinds."""
    by_key = {e.key: e for e in entries}
    date_key = next((k for k in DATE_KEYS if k in by_key), None)
    images: dict[str, dict[str, Entry]] = {}
    for e in entries:
        img = _IMAGE_KEY.match(e.key)
        head, _, rest = e.key.partition(".")
        if img:
            images.setdefault(img["group"], {})[img["field"]] = e
            continue
        if e.key == "title":
            if has_h1:
                doc.add(_part("title", e, name="front-matter title"))
            else:
                doc.add(_part("headline", e, name="front-matter title"))
        elif e.key == date_key:
            part = doc.add(_part("field", e, name=e.key))
            published = coerce_date(e.value)
            if published is not None:
                doc.published, doc.published_part = published, part
                doc.published_from = f"front matter {e.key}"
        elif e.key in DEK_KEYS and isinstance(e.value, str):
            doc.add(_part("dek", e, name=e.key))
        elif head in BYLINE_KEYS and (not rest or rest.isdigit() or rest.endswith("name")):
            doc.add(_part("byline", e, name=e.key))
        elif e.text.strip():
            doc.add(_part("field", e, name=e.key))
    for group, fields in images.items():
        _add_image(doc, group, fields)


def _add_image(doc: Document, group: str, fields: dict[str, Entry]) -> None:
    src = fields.get("src")
    alt = fields.get("alt")
    alt_part = None
    if alt is not None:
        attrs = {"src": src.value if src else "", "missing": False, "decorative": not alt.text}
        alt_part = doc.add(_part("alt", alt, name=f"{group}.alt", attrs=attrs))
    elif src is not None:
        alt_part = doc.add(Part("alt", "", ((0, src.segments[0][1]),), name=f"{group}.alt",
                                attrs={"src": src.value, "missing": True, "decorative": False,
                                       "front_matter": True}))
    caption = credit = None
    if "caption" in fields:
        caption = doc.add(_part("caption", fields["caption"], name=f"{group}.caption"))
    if "credit" in fields:
        credit = doc.add(_part("credit", fields["credit"], name=f"{group}.credit"))
    if caption is not None:
        if alt_part is not None:
            caption.attrs["image"] = alt_part.index
        if credit is not None:
            caption.attrs["credit"] = credit.index
    if credit is not None:
        if caption is not None:
            credit.attrs["caption"] = caption.index
        if alt_part is not None:
            credit.attrs["image"] = alt_part.index
