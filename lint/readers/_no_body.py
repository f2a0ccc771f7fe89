"""`file.no-body`: a Markdown file of front matter and no story under it (nu29
#2: a student handed in the template, title, date and author, and got no
finding at all; qa65 #1: the same with `layout: post`, `image: /images/...` or
`permalink: /...`). A body that is only HTML comments (`<!-- TODO write story
-->`, `<!-- more -->`) is no body: no reader sees it. Nor is one of template
comments (fx122: Liquid's `{% comment %}...{% endcomment %}`, Jinja's and
Nunjucks' `{# ... #}`, kramdown's `{::comment}`, Hugo's `{{/* ... */}}`, as
`templates.scan` finds them for the site's markup), non-breaking spaces
(`&nbsp;`, `&#160;`, U+00A0) or HTML tags that hold no text (`<div></div>`,
`<p>&nbsp;</p>`, `<br>`; an image, a video or an embed is a body). A
Markdown file with no front matter that holds only such markup is said too,
as `no story`; one of white space only is `file.empty`.

A page that is meant to have no body is left alone:
- one that points elsewhere: a link post or redirect, whose `source_url`,
  `external_url`, `external_link`, `link` or `redirect_to` is a URL or a site
  path (`redirect_from` is not one: it names old addresses that lead here);
- one whose `layout:` (Jekyll, Hugo) or `type:` (Hugo) is a page its template
  fills (`_BODYLESS`: home, search, archive, tag and category lists, ...);
  `layout: post` or `page` is a story's or an about page's, and is said;
- a Hugo page built for no body (qa65 #5): `headless: true` (a headless
  bundle), a `widget` (a Wowchemy/Academic home section), one that sets its
  `outputs` (a search index, a feed), and a section's `_index.md`.

What mdrepos hold: 36 front-matter-only files of 582, all digitalgov link
posts with `source_url: https://...`; none has a `layout:` key (`layout: post`
is on 68 files, each with a story)."""
from __future__ import annotations

import os

from .. import rx as regex

from ..document import Document, Notice, is_link_key
from ..plural import joined

# A front matter key (YAML `key:`, TOML `key =` opening a line, JSON `"key":` there or
# after `{` or `,`), then its value.
_KEY = r"""(?:^[ \t]*|[{{,][ \t]*(?="))["']?(?:{keys})["']?[ \t]*[:=][ \t]*"""
# A key, then a URL or a site path: a link post's or a redirect's when the key is one of
# `document.LINK_KEYS` (`is_link_key`, in any case).
_ELSEWHERE = regex.compile(_KEY.format(keys=r"(?P<key>[\w-]+)")
                           + r"""["']?(?:https?://|/)""", regex.M | regex.I)
# Layouts and Hugo types a site's template fills without a body.
_BODYLESS = ("home", "search", "redirect", "archive", "archives", "posts", "list", "taxonomy",
             "term", "tag", "tags", "category", "categories", "collection")
_FILLED = regex.compile(_KEY.format(keys="layout|type") + r"""["']?(?:{})["']?[ \t]*(?:[#,}}]|$)"""
                        .format("|".join(_BODYLESS)), regex.M | regex.I)
# A Hugo page built for no body: a headless bundle, a home-page widget, a page for its outputs.
_HUGO = regex.compile(_KEY.format(keys="headless") + r"true\b|"
                      + _KEY.format(keys="widget|outputs") + r"(?:\S|\r?\n[ \t]*- *\S)", regex.M | regex.I)
# An HTML comment; one left open runs to the end, as CommonMark reads it.
_COMMENT = regex.compile(r"<!--.*?(?:-->|\Z)", regex.S)
# A non-breaking space as an entity (HTML's named, decimal and hex forms, the
# named one also without its semicolon, as browsers read it) or a character.
_NBSP = regex.compile(r"&(?:nbsp;?|#0*160;|#[xX]0*[aA]0;)|\u00a0")
# A start or end tag of an element that shows nothing without text in it
# (an <img>, <iframe>, <video>, <figure> or <a> is no such tag: it is a body).
_EMPTY_TAG = regex.compile(r"</?(?:div|p|span|br|hr|section|article|main|center|font|b|i|u|em|strong|small)"
                           r"(?:\s[^<>]*)?/?>", regex.I)
# A line opening with what none of that markup opens with: text.
_TEXT_LINE = regex.compile(r"^[ \t]*[^\s<&\u00a0]", regex.M)
# A letter or digit after a tag's end, white space between (`<p>The council`):
# text, as no entity holds a `>` or white space and no tag takes what follows its `>`.
_SHOWN = regex.compile(r">\s*[\p{L}\p{N}]")
_UNSEEN = ((_COMMENT, "an HTML comment"), (_NBSP, "a non-breaking space"), (_EMPTY_TAG, "HTML tags with no text"))


def no_body(doc: Document, start: int, end: int, body: int, tags=()) -> None:
    """Add the `file.no-body` warning, at 1:1, when nothing but white space
    and markup no reader sees (`unseen`) follows the front matter whose
    content is `doc.source[start:end]` (the body starts at `body`; `tags`
    are its `templates.Tag`s), unless the page is meant to have none. With
    no front matter (`body` 0) the whole file is the body, and only markup
    (never white space alone: `file.empty`) is said."""
    seen, framed = unseen(doc.source, body, tags), body > 0
    fields = doc.source[start:end]
    if seen is None or not framed and not seen:
        return
    if (os.path.basename(doc.path).lower().startswith("_index.")
            or any(is_link_key(m["key"]) for m in _ELSEWHERE.finditer(fields))
            or _FILLED.search(fields) or _HUGO.search(fields)):
        return
    said = "front matter and no story under it" if framed else "no story"
    if seen:
        said += f" (only {seen}, which readers never see)"
    doc.notices.append(Notice("file.no-body", "warning",
                              said + (": nothing to lint but its fields" if framed else ": nothing to lint")))


def unseen(src: str, body: int, tags=(), end: int | None = None) -> str | None:
    """What src[body:end] holds when it shows a reader no text: "" for white
    space alone, else the kinds of markup it holds ("a template comment and
    a non-breaking space"); None when it holds anything else. `tags` are
    the body's template tags, of which only comments are unseen."""
    pieces, pos, kinds = [], body, []
    for t in tags:
        if t.start >= pos and (end is None or t.end <= end) and _template_comment(src, t):
            pieces.append(src[pos:t.start])
            pos = t.end
            kinds = ["a template comment"]
    rest = " ".join(pieces + [src[pos:end]])
    for rx, what in _UNSEEN:
        rest, n = rx.subn(" ", rest)
        if n:
            kinds.append(what)
        if rx is _COMMENT and (_SHOWN.search(rest) or _TEXT_LINE.search(rest)):
            # a story: text found near the top, not after two more passes (`_SHOWN` first: the
            # line test tries every line start of a page whose lines all open with a tag)
            return None
    if rest.strip():
        return None
    return joined(kinds)


def _template_comment(src: str, tag) -> bool:
    """A comment of the site's template language: `{# ... #}`, kramdown's
    `{::comment}`, a Liquid `{% comment %}` block, a Hugo `{{/* ... */}}`
    (not `{{</* ... */>}}`, which shows the shortcode written in it)."""
    if tag.family == "comment" or tag.family == "liquid" and tag.name == "comment" and tag.block:
        return True
    inner = src[tag.inner[0]:tag.inner[1]].strip(" \t\r\n-")
    return tag.family == "output" and inner.startswith("/*") and inner.endswith("*/")


# A web page's body: after its <body> tag (else after </head>, else the whole
# file, a CMS fragment), up to </body> or </html>.
_BODY = regex.compile(r"<body(?:\s[^<>]*)?>", regex.I)
_HEAD_END = regex.compile(r"</head\s*>", regex.I)
_HEAD = regex.compile(r"<head[\s>]", regex.I)
BODY_END = regex.compile(r"</body\s*>|</html\s*>", regex.I)   # as written, in a comment too
# A comment, script or style sheet (each to its end, or the file's, as a browser
# reads one never closed), else the end tag that is markup (group 2).
_BLOCK_OR_END = regex.compile(r"<!--.*?(?:-->|\Z)|<(script|style)\b.*?(?:</\1\s*>|\Z)"
                              r"|(</(?:body|html)\s*>)", regex.IGNORECASE | regex.DOTALL)
# Where a comment, script or style sheet opens (`_hidden` reads the last before a point).
_OPENS = regex.compile(r"<!--|<(script|style)\b", regex.IGNORECASE)
_LONGEST = 50_000      # a body longer than this holds more than comments and spaces


def page_no_body(doc: Document, tags) -> tuple[int, int] | None:
    """Add the `file.no-body` warning, at 1:1, to an HTML file whose body
    (`_BODY`) shows no text: nothing but white space and the markup
    `unseen` reads, template comments (`tags(start, end)`: the body's
    `templates.Tag`s) among it. Returns the body's span then, else None.
    An image, a video, an embed or a script is a body."""
    src = doc.source
    at = _BODY.search(src) or _HEAD_END.search(src)
    if at is None and _HEAD.search(src):
        return None        # a head never closed: no body to judge
    start = at.end() if at else 0
    stop = BODY_END.search(src, start)        # the real end is no nearer than the first written
    if (stop.start() if stop else len(src)) - start > _LONGEST:
        return None
    if stop is not None and _hidden(src, stop.start()):
        stop = _markup_end(src, start)      # not one a comment or script holds (qa67 #4)
    end = stop.start() if stop else len(src)
    if end - start > _LONGEST:
        return None
    seen = unseen(src, start, tags(start, end) if "{" in src[start:end] else (), end)
    if seen is None:
        return None
    said = ("no story in the page's body" if at else "no story") + (
        f" (only {seen}, which readers never see)" if seen else "")
    doc.notices.append(Notice("file.no-body", "warning",
                              said + (": nothing to lint but its head's fields" if at else ": nothing to lint")))
    return start, end


def _hidden(source: str, at: int) -> bool:
    """Is `at` inside a comment, script or style sheet? Only the last one
    opened before it can hold it (none nests). Found by a forward scan, whose
    last match is that one (no two matches overlap, each opening with its own
    `<`): a backward search steps one character at a time, 20 times slower."""
    opened = None
    for opened in _OPENS.finditer(source, 0, at):
        pass
    if opened is None:
        return False
    if opened.group(1) is None:
        return source.find("-->", opened.end(), at) == -1
    return regex.compile(rf"</{opened.group(1)}\s*>", regex.IGNORECASE).search(source, opened.end(), at) is None


def _markup_end(source: str, start: int):
    """The first `</body>` or `</html>` at or after `start` that is markup,
    not words of a comment, script or style sheet: its match, or None. One
    pass over the blocks, linear however many end tags they hold."""
    for m in _BLOCK_OR_END.finditer(source, start):
        if m.group(2):
            return m
    return None
