"""What the export and wire readers share: an article inside a file, dates
read from XML and JSON fields, and attribute values as parts."""
from __future__ import annotations

import datetime as dt
from functools import lru_cache

from .. import rx as regex

from ..analysis.calendar import coerce_date
from ..document import Document, Part
from ._conventions import not_a_date, refused_date
from ._stitch import Builder
from ._xml import Node
from ._xml_entities import entity_char

# `2024-03-05`, `2024-03-05T10:00:00-05:00`, `2024-03-05 17:48:10` (WXR), `20240305T100000Z` (NITF norm).
_STAMP = regex.compile(r"\s*(\d{4})-?(\d{2})-?(\d{2})(?![\d])")


def new_article(container: Document, article_id: str, fmt: str | None = None, at: int = 0) -> Document:
    """An article of `container` starting at source offset `at` (`Document.article_at`):
    the same path, source and line index."""
    doc = Document(path=container.path, source=container.source, format=fmt or container.format,
                   encoding=container.encoding, bom=container.bom, article=article_id, article_at=at)
    doc._lines = container.lines
    return doc


def parse_stamp(text: str) -> dt.date | None:
    """The calendar date a timestamp field starts with (as written, in its own
    time zone), or None (`0000-00-00`, no date)."""
    m = _STAMP.match(text)
    if not m:
        return None
    try:
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return None


def choose_date(doc: Document, candidates, rule: str = "", field: str = "",
                written: bool = False) -> None:
    """Take the first plausible date among `candidates`, (part or None, where
    it came from) in order of trust; an implausible one is refused with a
    `file.implausible-date` notice and the next is tried. When none is a date
    and `rule` is given, the first candidate whose value reads as no date
    (`TK`, `0000-00-00`) is said with a `rule` warning at its value
    (`_conventions.not_a_date`), named `field` or else its source; a field
    that is no date beside one that dates the article (WordPress's unset
    `wp:post_date_gmt` of a draft, with `wp:post_date`) is left alone.
    `written`: a value no stamp starts is read as `--published`, a config's
    `published:` and front matter read it (`calendar.coerce_date`: `Mar. 2,
    1987`), for a field a person fills in (a JSON Lines date: qa376 #2)."""
    unread = []         # (part, source) of each value that reads as no date, in order
    for part, source in candidates:
        if part is None:
            continue
        value = parse_stamp(part.text)
        if value is None and written:
            value = coerce_date(part.text)
        if value is None:
            unread.append((part, source))
            continue
        notice = refused_date(value, source, part.source_offset(0))
        if notice is not None:
            doc.notices.append(notice)
            continue
        doc.published, doc.published_from, doc.published_part = value, source, part
        return
    for part, source in unread if rule else ():
        notice = not_a_date(rule, field or source, part.text, part.source_offset(0))
        if notice is not None:
            doc.notices.append(notice)
            return


def attr_match(source: str, node: Node, local: str):
    """The match of attribute `local` (any namespace prefix) in `node`'s start
    tag: group 1 its quote, group 2 its value as written; None when absent.
    The tag is read from its `<`, attribute by attribute, each value consumed
    whole: a name written inside another attribute's value
    (`title='see alternate-text="x"'`) is never taken for the attribute."""
    return _attr_pattern(local).match(source, node.start, node.inner)


@lru_cache(maxsize=None)
def _attr_pattern(local: str):
    skipped = r"""(?>\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*+"|'[^']*+'|[^\s>"']++))?)"""
    return regex.compile(r"<[^\s/>]+" + skipped + r"*?\s+(?:[\w.-]+:)?" + regex.escape(local)
                         + r"\s*=\s*([\"'])(.*?)\1", regex.DOTALL)


# An XML reference or a literal white-space character in an attribute value.
_XML_REF = regex.compile(r"&(?:#([0-9]{1,10})|#[xX]([0-9a-fA-F]{1,8})|([^\s&;]+));|\r\n?|[\t\n]")


def xml_attr_text(source: str, start: int, end: int) -> Builder:
    """source[start:end], an attribute value as written, decoded as XML reads
    it (XML 1.0 3.3.3) and as this reader decodes element text (`_xml.Run`):
    `&#128;` is U+0080, never HTML's euro; `&amp;` and the other four are
    their characters, a name only an unread DTD declares its HTML character
    (`_xml_entities.entity_char`); a literal tab or line end (CRLF as one) is a space.
    Each decoded character maps to where its source form starts."""
    b, pos = Builder(), start
    for m in _XML_REF.finditer(source, start, end):
        b.add(source[pos:m.start()], pos)
        if m[1] or m[2]:
            code = int(m[1]) if m[1] else int(m[2], 16)
            char = chr(code) if code <= 0x10FFFF else ""    # (expat refuses any other)
        else:
            char = entity_char(m[3]) if m[3] else " "
        b.add_decoded(char, m.start())
        pos = m.end()
    b.add(source[pos:end], pos)
    return b


def attr_part(kind: str, source: str, node: Node | None, local: str, name: str = "") -> Part | None:
    """The value of attribute `local` of `node`'s start tag as a part, its
    references decoded as XML reads them (`xml_attr_text`), or None when it
    is absent or blank. Outer white space stays in the text (a date field's
    notice is said where the value starts)."""
    if node is None:
        return None
    m = attr_match(source, node, local)
    if not m or not m[2].strip():
        return None
    b = xml_attr_text(source, m.start(2), m.end(2))
    if not b.has_text:
        return None
    return Part(kind, b.text(), tuple(b.segments), name=name or local)
