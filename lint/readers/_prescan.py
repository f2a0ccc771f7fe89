"""The label an HTML page's first 1024 bytes give, found as browsers find it.

WHATWG HTML 13.2.3.2 ("prescan a byte stream"): comments (`<!-- ... -->`)
are skipped whole, as are other tags and markup declarations (`<!DOCTYPE>`,
`<?...>`, `</p>`), so a `<meta charset>` written inside a comment or an
attribute value is no label (qa64 #9). A `<meta>`'s `charset` attribute, or
its `content` with `http-equiv="Content-Type"`, names the label; the first
`<meta>` that names one gives it. A UTF-8 byte-order mark wins over any label
(the caller checks that: this reads the bytes after it).
"""
from __future__ import annotations

import re

__all__ = ["PRESCAN", "meta_label"]

PRESCAN = 1024                      # bytes the prescan reads
_WS = b"\t\n\f\r "
_TAG = re.compile(rb"<(/?)([A-Za-z][^\t\n\f\r />]*)", re.DOTALL)
# One attribute of a tag: its name, then an optional value (quoted or not).
_ATTR = re.compile(rb"[\t\n\f\r /]*([^\t\n\f\r />][^\t\n\f\r /=>]*)[\t\n\f\r ]*"
                   rb"(?:=[\t\n\f\r ]*(?:\"([^\"]*)\"?|'([^']*)'?|([^\t\n\f\r >]*)))?")
_IN_CONTENT = re.compile(rb"charset[\t\n\f\r ]*=[\t\n\f\r ]*(?:\"([^\"]*)\"|'([^']*)'|([^\t\n\f\r ;\"']+))",
                         re.IGNORECASE)
_LABEL = re.compile(rb"[\t\n\f\r ]*([A-Za-z][A-Za-z0-9._:-]{0,39})")


def meta_label(body: bytes) -> tuple[bytes, int] | None:
    """(label, byte offset of its first character in `body`) of the first
    `<meta>` in `body[:PRESCAN]` that names one; None when none does (a label
    in a comment, another tag's attribute or a closing tag is none)."""
    head, at = body[:PRESCAN], 0
    while (at := head.find(b"<", at)) != -1:
        if head.startswith(b"<!--", at):
            end = head.find(b"-->", at + 2)
            if end == -1:
                return None
            at = end + 3
            continue
        tag = _TAG.match(head, at)
        if tag is None:                  # <!DOCTYPE>, <?xml ...?>, a stray '<'
            if head.startswith((b"<!", b"</", b"<?"), at):
                end = head.find(b">", at)
                if end == -1:
                    return None
                at = end + 1
            else:
                at += 1
            continue
        found, at = _attributes(head, tag.end())
        if not tag[1] and tag[2].lower() == b"meta" and found is not None:
            return found
    return None


def _attributes(head: bytes, at: int) -> tuple[tuple[bytes, int] | None, int]:
    """(the label the tag's attributes from `at` name, where the tag ends)."""
    charset = content = None
    pragma, seen = False, set()
    while (m := _ATTR.match(head, at)) and m.end() > at and head[m.start(1):m.start(1) + 1] != b">":
        at = m.end()
        name = m[1].lower()
        if name in seen:                 # the first of a name counts
            continue
        seen.add(name)
        group = next((g for g in (2, 3, 4) if m[g] is not None), None)
        value = (m[group], m.start(group)) if group else (b"", m.end())
        if name == b"charset":
            charset = value
        elif name == b"content":
            content = value
        elif name == b"http-equiv":
            pragma = value[0].strip(_WS).lower() == b"content-type"
    end = head.find(b">", at)
    end = len(head) if end == -1 else end + 1
    if charset is not None:
        label = _LABEL.match(charset[0])
        return ((label[1], charset[1] + label.start(1)) if label else None), end
    if content is not None and pragma and (c := _IN_CONTENT.search(content[0])):
        group = next(g for g in (1, 2, 3) if c[g] is not None)
        label = _LABEL.match(c[group])
        if label:
            return (label[1], content[1] + c.start(group) + label.start(1)), end
    return None, end
