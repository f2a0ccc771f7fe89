"""Pull quotes a template tag wraps and names the speaker of.

A quote-like paired tag whose arguments name who spoke is read as the HTML
reader reads a `<blockquote>` with a `<cite>`: each paragraph between the
opening and closing tags gets `attrs["pullquote"]` and `attrs["cite"]` (the
speaker's text), so `quote_blocks` sets it apart and attributes its quotes.

- Hugo shortcodes `blockquote`, `pullquote`, `pull-quote`, `quote`, paired
  (`{{< blockquote author="Ann Lee" >}}…{{< /blockquote >}}`, `{{% … %}}`
  too), with the speaker in `author=`, `by=`, `cite=` or `source=` (first
  of those present, in that order; a value that is a link names nobody).
- Liquid `{% blockquote %}…{% endblockquote %}` (and Hexo's alias `quote`)
  in Octopress's argument form, `Author[, Source Title] [url] [link text]`
  (octopress/plugins/blockquote.rb): the speaker is the text before the
  first comma or link. Named or quoted arguments (`author="Ann Lee"`, an
  Eleventy paired shortcode's `"Ann Lee"`) are read as in Hugo.

A tag without a speaker changes nothing (its paragraphs are running text, as
today), nor does a self-closing or unclosed one, nor any other tag with an
`author=` (a figure's). Liquid's `pullquote` is left alone: Octopress's
wraps running text and marks a phrase of it with `{" "}`.
"""
from __future__ import annotations

import bisect

import regex

from ..document import Document
from .figures import params
from .templates import Tag

SHORTCODES = frozenset({"blockquote", "pullquote", "pull-quote", "quote"})
LIQUID = {"blockquote": "endblockquote", "quote": "endquote"}
SPEAKER_KEYS = ("author", "by", "cite", "source")
_BODY = ("paragraph", "blockquote")
_LINK = regex.compile(r"(?:https?://|www\.|/)\S*$", regex.IGNORECASE)
_URL_WORD = regex.compile(r"(?:^|\s)https?://", regex.IGNORECASE)
_NOT_NAME = regex.compile(r"[=\"{}]")


def mark(doc: Document, tags: list[Tag]) -> None:
    """Mark the body parts inside each quote tag that names a speaker.
    `tags` are `templates.scan`'s, in source order; a part is placed by its
    first source offset, bisected in the tags' bodies cut into disjoint
    pieces (the innermost tag's speaker wins), so the work stays linear."""
    pieces = _disjoint(_spans(doc.source, tags))
    if not pieces:
        return
    starts = [p[0] for p in pieces]
    for part in doc.parts:
        if part.kind not in _BODY or not part.segments:
            continue
        at = part.source_offset(0)
        k = bisect.bisect_right(starts, at) - 1
        if k >= 0 and at < pieces[k][1]:
            part.attrs["pullquote"] = True
            part.attrs["cite"] = pieces[k][2]


def _disjoint(spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Nested (start, end, speaker) spans as disjoint pieces in order, each
    with the speaker of the innermost span over it."""
    out: list[tuple[int, int, str]] = []
    stack: list[tuple[int, str]] = []             # (end, speaker) of the open spans
    pos = 0
    for start, end, who in sorted(spans, key=lambda s: (s[0], -s[1])):
        while stack and stack[-1][0] <= start:
            out.append((pos, stack[-1][0], stack[-1][1]))
            pos = stack.pop()[0]
        if stack:
            out.append((pos, start, stack[-1][1]))
        stack.append((end, who))
        pos = start
    while stack:
        out.append((pos, stack[-1][0], stack[-1][1]))
        pos = stack.pop()[0]
    return [p for p in out if p[0] < p[1]]


def _spans(src: str, tags: list[Tag]) -> list[tuple[int, int, str]]:
    """(body start, body end, speaker) per paired quote tag with a speaker."""
    out: list[tuple[int, int, str]] = []
    open_: list[tuple[str, Tag]] = []           # (the closing name it waits for, tag)
    for tag in tags:
        key = _closes(tag)
        if key is not None:
            for i in range(len(open_) - 1, -1, -1):
                if open_[i][0] == key:
                    opener = open_.pop(i)[1]
                    who = _speaker(src, opener)
                    if who:
                        out.append((opener.end, tag.start, who))
                    break
            continue
        wait = _opens(src, tag)
        if wait is not None:
            open_.append((wait, tag))
    return out


def _closes(tag: Tag) -> str | None:
    if tag.family == "shortcode" and tag.closing and tag.name in SHORTCODES:
        return "/" + tag.name
    if tag.family == "liquid" and tag.name in LIQUID.values():
        return tag.name
    return None


def _opens(src: str, tag: Tag) -> str | None:
    """The closing name a quote tag's body runs to; None for other tags and a
    self-closing shortcode (`{{< quote … />}}`: no body)."""
    if tag.family == "shortcode" and not tag.closing and tag.name in SHORTCODES \
            and src[tag.inner[1]:tag.inner[1] + 1] != "/":
        return "/" + tag.name
    if tag.family == "liquid" and tag.name in LIQUID:
        return LIQUID[tag.name]
    return None


def _speaker(src: str, tag: Tag) -> str:
    """Who the tag's arguments name, or ""."""
    # (Liquid: a quoted value only; Octopress's `Ann Lee, source: minutes` names no `source`)
    found = {p.name.lower(): p for p in params(src, tag)
             if p.name and (p.quote or tag.family == "shortcode")}
    for key in SPEAKER_KEYS:
        p = found.get(key)
        if p is not None:
            value = src[p.start:p.end].strip()
            if value and not _LINK.match(value):
                return value
    if tag.family != "liquid":
        return ""
    args = src[tag.inner[0]:tag.inner[1]].strip()
    if args[:1] in ("\"", "'"):                  # a quoted positional argument
        first = params(src, tag)
        return src[first[0].start:first[0].end].strip() if first else ""
    link = _URL_WORD.search(args)               # (`http:` would read as a named argument)
    who = (args[:link.start()] if link else args).split(",", 1)[0].strip()
    return "" if _NOT_NAME.search(who) else who  # `class="x"`: an argument, no speaker
