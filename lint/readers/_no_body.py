"""`file.no-body`: a Markdown file of front matter and no story under it (nu29
#2: a student handed in the template, title, date and author, and got no
finding at all; qa65 #1: the same with `layout: post`, `image: /images/...` or
`permalink: /...`). A body that is only HTML comments (`<!-- TODO write story
-->`, `<!-- more -->`) is no body: no reader sees it.

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

import regex

from ..document import Document, Notice

# A front matter key (YAML `key:`, TOML `key =` opening a line, JSON `"key":` there or
# after `{` or `,`), then its value.
_KEY = r"""(?:^[ \t]*|[{{,][ \t]*(?="))["']?(?:{keys})["']?[ \t]*[:=][ \t]*"""
# A link post's or a redirect's key, whose value is a URL or a site path.
_ELSEWHERE = regex.compile(_KEY.format(keys=r"source_url|external_url|external_?link|link|redirect_to")
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


def no_body(doc: Document, start: int, end: int, body: int) -> None:
    """Add the `file.no-body` warning, at 1:1, when nothing but white space
    and HTML comments follows the front matter whose content is
    `doc.source[start:end]` (the body starts at `body`), unless the page is
    meant to have none."""
    rest = doc.source[body:]
    if not rest.strip():
        said = "front matter and no story under it"
    elif not _COMMENT.sub("", rest).strip():
        said = "front matter and no story under it (only an HTML comment, which readers never see)"
    else:
        return
    fields = doc.source[start:end]
    if (os.path.basename(doc.path).lower().startswith("_index.")
            or _ELSEWHERE.search(fields) or _FILLED.search(fields) or _HUGO.search(fields)):
        return
    doc.notices.append(Notice("file.no-body", "warning", said + ": nothing to lint but its fields"))
