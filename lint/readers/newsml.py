"""IPTC NewsML-G2 news items (`newsItem`) and news messages (`newsMessage`).

From each item's `contentMeta` (NewsML-G2 2.35, section 8): one `headline`
is the headline (`_hed`: one with no role or the role `main`, else one whose
role names a hed, as `acme:webHed`), one whose role names a kicker
(`hld:kicker`, `acme:overline`) a `kicker` field, every other the dek, as a role such as
`hld:subHeadline` says; `slugline` and `located` are fields, `dateline` is the dateline,
`by` the byline, `description` the dek (or, on a picture item, the
caption, with `creditline` its credit, before or after it; a blank one is a credit
left empty), but a `description` whose role is `drol:altText` is the
picture's alt text (`_alt_part`). The content is the `contentSet`'s first `inlineXML` or `inlineData`: NITF (read as NITF), XHTML or HTML (the
HTML reader, as a fragment) or plain text. The publication date is
`firstCreated`, else `contentCreated`, else `versionCreated`. Inline
directives are XML comments in `contentMeta` (`<headline>Budget is
TK</headline><!-- newslint-disable-line hygiene.placeholder -->`) or in the story.

A news item is one article named by its `guid` (`item N`, its place in the
message, without one); a news message gives one article per item of its
`itemSet` (packages and concept items have no story). An item that reads as
nothing but its dates (no headline, no story, no descriptive metadata, no
remote content), and a message whose `itemSet` holds no item, is a
`file.empty` warning (at the item, naming it), as a zero-byte file is.
"""
from __future__ import annotations

from dataclasses import replace

from .. import rx as regex

from ..document import Document, Notice, Part
from ..suppress import find_directives
from ._articles import choose_date, new_article
from ._captions import link_credit
from ._embed import adopt, read_as
from ._html_media import keep_parts
from ._html_meta import DESCRIPTION_KEYS, TITLE_KEYS
from ._xml import UNSAFE_TEXT, Node, parse
from ._xml_text import credit_part, inner_runs, text_part
from .nitf import read_nitf
from .options import DEFAULT, ReadOptions

FORMAT = "newsml"


def read(doc: Document, options: ReadOptions = DEFAULT) -> None:
    """Read a news item into `doc`, or a news message's items into `doc.articles`."""
    unread: list = []      # entities only the unread DTD could declare, left out (qa355 #3)
    root = parse(doc.source, unread=unread)
    doc.notices += [Notice("file.xml", "warning", why, at) for at, why in unread]
    item = root.child("newsItem")
    if item is not None:
        doc.article = item.attr("guid")
        read_item(doc, item, options)
        return
    message = root.child("newsMessage")
    if message is None:
        return
    number = 0
    for item_set in message.children("itemSet"):
        for item in item_set.children("newsItem"):
            number += 1        # an item without a guid is named by its place in the message
            article = new_article(doc, item.attr("guid").strip() or f"item {number}", at=item.start)
            article.article_end = item.end
            read_item(article, item, options)
            doc.articles.append(article)
    if not any(True for s in message.children("itemSet") for _ in s.children()):
        at = next(message.children("itemSet"), message).start
        doc.notices.append(Notice("file.empty", "warning", "news message with no item in its "
                                  "itemSet: nothing to lint", at))


def read_item(doc: Document, item: Node, options: ReadOptions) -> None:
    """Add one `newsItem`'s parts and date to `doc`."""
    meta = item.child("contentMeta")
    doc.headline_at = (meta or item).start      # where a missing headline is reported
    picture = "picture" in (item.path("itemMeta", "itemClass") or item).attr("qcode")
    if meta is not None:
        hed, src = _hed(meta), _picture_file(item) if picture else ""
        # a blank alt text is missing only when another one (another language's) shows a letter,
        # a figure or a sign: one of format marks alone (a zero-width space) shows nothing (qa347 #1, qa351 #1)
        unwritten = not any(_alt_text(n) and _VISIBLE.search(n.text()) for n in meta.children("description"))
        for node in meta.children():
            _meta_part(doc, node, picture, hed, src, unwritten)
        _link_credit(doc)
        for comment in meta.comments():    # a directive beside a headline, as NITF's <hl1> takes (qa90 #5)
            doc.suppressions.extend(find_directives(doc.source, *comment, xml=True))
    content = item.path("contentSet")
    if content is not None:
        inline = next(content.children("inlineXML"), None) or next(content.children("inlineData"), None)
        if inline is not None:
            _content(doc, inline, options)
    if doc.first("headline") is None:
        title = doc.first("title")
        if title is not None:
            title.kind = "headline"
    dates = []
    for where in ("itemMeta", "contentMeta"):
        for local in ("firstCreated", "contentCreated", "versionCreated"):
            part = text_part("field", item.path(where, local), name=local)
            if part is not None:
                dates.append((doc.add(part), local))
    rank = ("firstCreated", "contentCreated", "versionCreated")
    choose_date(doc, sorted(dates, key=lambda d: rank.index(d[1])), "file.xml")
    if _empty(doc, meta, content) and not _withdrawn(item):
        doc.notices.append(Notice("file.empty", "warning", "empty news item: no headline, no story "
                                  "and no descriptive metadata: nothing to lint", item.start))


def _withdrawn(item: Node) -> bool:
    """Whether itemMeta's `pubStatus` is `stat:canceled` or `stat:withheld`
    (NewsML-G2 itemMeta, with the IPTC publishing status scheme `stat`): a kill
    or withhold notice carries no content by design (qa63 #10)."""
    status = item.path("itemMeta", "pubStatus")
    return status is not None and status.attr("qcode").rsplit(":", 1)[-1] in ("canceled", "withheld")


# contentMeta's descriptive metadata (NewsML-G2 2.35, section 8.3): an item
# that carries any of these (a video's subjects and places) is an item of
# metadata, not an empty one.
_DESCRIPTIVE = frozenset({"subject", "genre", "keyword", "located", "description", "slugline",
                          "dateline", "by", "creditline", "creator", "contributor", "headline"})


def _empty(doc: Document, meta: Node | None, content: Node | None) -> bool:
    """Whether the item read as nothing but its dates: no headline, no story
    (no part but the date fields), no descriptive metadata with a value (text,
    or a `qcode`, `uri` or `literal`) and no `remoteContent` (a picture's
    file). A zero-byte file is file.empty; so is such an item (nu27 #5)."""
    if any(p.kind != "field" for p in doc.parts):
        return False
    if content is not None and any(True for _ in content.children("remoteContent")):
        return False
    return meta is None or not any(
        node.text() or any(node.attr(a).strip() for a in ("qcode", "uri", "literal"))
        for child in meta.children() if child.local in _DESCRIPTIVE for node in (child, *child.iter()))


# A headline role (the part after a QCode's scheme, or a role URI's last path
# segment, in lower case and letters only) that names a hed: "main", "hed",
# "webHed", "printHeadline", "seoTitle". A list of what names a hed, not of
# what names a dek: a role not on it ("dek", "teaser", "summary",
# "subHeadline"; a kicker's, "eyebrow", is a `kicker` field: `_KICKER`) is no
# hed, so a lone one still leaves the item with no headline (qa344 #1, #2).
_HED = regex.compile(r"(?:main|web|print|seo|social|mobile|online|digital|short|long|home|homepage|page)?"
                     r"(?:hed|headline|title)(?:web|print|seo|social|mobile|online|digital|short|long)?|main")


# A headline role (as `_HED` reads it) that names a kicker or overline, the
# label set above the hed ("kicker", "overline", "eyebrow", "supertitle"):
# a `kicker` field, as the HTML reader makes one, never a dek whose figures
# `titles.dek-disagrees` compares with the hed's (fx487).
_KICKER = regex.compile(r"(?:kicker|overline|eyebrow|supertitle|superhead|superhed|superheadline)"
                        r"(?:hed|headline|title|line|text)?")


def _hed(meta: Node) -> Node | None:
    """Which of contentMeta's `headline`s is the headline: NewsML-G2 gives a
    headline's role as a QCode (`role`, a space-separated list) or its URI
    (`roleuri`, read when there is no `role`). One with no role or the role
    `main` leads, then one whose role names a hed (`acme:webHed`, `_HED`);
    a blank one only when every other is blank too. None when none does (a
    lone `hld:subHeadline` or `hld:dek` is no headline, qa334 #3, #5)."""
    found = []
    for order, node in enumerate(meta.children("headline")):
        roles = _roles(node)
        if not roles or "main" in roles:
            found.append((not node.text().strip(), 0, order, node))
        elif all(_HED.fullmatch(r) for r in roles):      # a sub role in the list makes a dek (qa346 #1)
            found.append((not node.text().strip(), 1, order, node))
    return min(found, key=lambda f: f[:3])[3] if found else None


def _roles(node: Node) -> list[str]:
    """The headline's roles, each without its scheme and read as `_HED` and
    `_KICKER` read them, in lower case and letters only ("hld:main" -> "main";
    "http://cv.example.com/hldrole/subHeadline" -> "subheadline", as is
    ".../roles#subHeadline" or "urn:x:hldrole:subHeadline")."""
    role = node.attr("role").split()
    if role:
        codes = [r.rsplit(":", 1)[-1] for r in role]
    else:
        codes = [s for s in regex.split(r"[/#:]", node.attr("roleuri").split("?", 1)[0].strip()) if s][-1:]
    return [regex.sub(r"[^a-z]", "", c.lower()) for c in codes]


def _meta_part(doc: Document, node: Node, picture: bool, hed: Node | None, src: str = "",
               unwritten: bool = True) -> None:
    local = node.local
    if local == "headline":     # the headline is called "headline" in messages, never by its role (qa334 #6)
        if node is hed:
            part = text_part("headline", node)
        elif (roles := _roles(node)) and all(_KICKER.fullmatch(r) for r in roles):
            part = text_part("field", node, name="kicker")     # a sub role beside it makes a dek (qa352 #4)
        else:
            part = text_part("dek", node, name=node.attr("role"))
        if _add(doc, part) is None and node is hed \
                and not doc.headline_said:      # a missing headline says what it held (nu63 #4)
            doc.headline_said = f"<headline> in <contentMeta> is {_held(node)}"
    elif local in ("slugline", "located"):
        target = node.child("name") if local == "located" else node
        _add(doc, text_part("field", target, name=local))
    elif local == "dateline":
        _add(doc, text_part("dateline", node))
    elif local == "by":
        _add(doc, text_part("byline", node))
    elif local == "description" and _alt_text(node):
        _alt_part(doc, node, picture and unwritten, src)
    elif local == "description":
        kind = "caption" if picture or "caption" in node.attr("role") else "dek"
        _add(doc, text_part(kind, node, name=node.attr("role")))
    elif local == "creditline":     # blank: a picture's credit left empty; a text item's is no photo credit
        _add(doc, credit_part(node) if picture else text_part("credit", node))


def _alt_text(node: Node) -> bool:
    """Whether a `description` is the picture's alt text: a `role` QCode
    `drol:altText` (IPTC Description Role NewsCodes, any case; `role` is a
    space-separated list) or a `roleuri` (a list of IRIs likewise, qa347 #3)
    whose last step is `altText` (`http://cv.iptc.org/newscodes/descriptionrole/altText`)."""
    roles = node.attr("role").lower().split()
    return "drol:alttext" in roles or any(u.endswith(_ALT_URI_ENDS) for u in node.attr("roleuri").lower().split())


_ALT_URI_ENDS = ("/alttext", "#alttext", ":alttext")
_VISIBLE = regex.compile(r"[^\s\p{Cf}\p{Z}\p{Cc}]")


def _alt_part(doc: Document, node: Node, picture: bool, src: str) -> None:
    """An `alt` part over the alt-text description's characters, as NITF's
    `alternate-text` is read (attrs `src`: the picture's file; `missing`;
    `decorative` and `decorative_mark` False: G2 has no way to mark a picture
    decorative). A blank one on a picture item is a zero-length alt part,
    `missing`, where its text would start (at the element when it closes
    itself), when `picture` (a picture item with no alt text written in any
    language); else nothing."""
    info = {"src": src, "missing": False, "decorative": False, "decorative_mark": False}
    part = text_part("alt", node, name=node.attr("role") or node.attr("roleuri"))
    if part is None and picture:
        at = node.inner if node.end > node.close else node.start
        part = Part("alt", "", ((0, at),), name=node.attr("role") or node.attr("roleuri"),
                    attrs=dict(info, missing=True, unsafe_chars=UNSAFE_TEXT))
    elif part is not None:
        part.attrs.update(info)
    _add(doc, part)


def _picture_file(item: Node) -> str:
    """The picture's file: the first `remoteContent`'s `href` (else its
    `residref`) in the item's `contentSet`; "" when there is none."""
    content = item.path("contentSet")
    remote = next(content.children("remoteContent"), None) if content is not None else None
    return "" if remote is None else (remote.attr("href") or remote.attr("residref")).strip()


def _link_credit(doc: Document) -> None:
    """A picture item's `creditline` is its caption's credit, whichever of the
    two `contentMeta` gives first (the IPTC's photo example puts the credit
    line before the caption). The caption names the alt text's part
    (`image`), as an HTML figure's caption names its `<img>`'s."""
    caption, alt = doc.first("caption"), doc.first("alt")
    link_credit(caption, doc.first("credit"))
    if caption is not None and alt is not None:
        caption.attrs["image"] = alt.index


def _add(doc: Document, part: Part | None) -> Part | None:
    return doc.add(part) if part is not None else None


def _content(doc: Document, inline: Node, options: ReadOptions) -> None:
    """The story itself: NITF read as NITF; XHTML, HTML or text by its reader."""
    nitf = inline.child("nitf")
    if nitf is not None:
        headline = doc.first("headline")
        read_nitf(doc, nitf)
        if headline is not None:          # contentMeta's headline leads; NITF's is a title
            for part in doc.parts:
                if part.kind == "headline" and part is not headline:
                    part.kind = "title"
        return
    start, end = inline.inner, inline.close
    if any(True for _ in inline.children()):
        # XHTML as XML elements: the source slice is the HTML, verbatim.
        sub = read_as("html", doc.path, doc.source[start:end], options)
        sub.suppressions[:] = [replace(s, xml=True) for s in sub.suppressions]    # XML comments
        adopt(doc, _body(doc, sub), ((0, start),), unsafe=UNSAFE_TEXT)
        _said_in(doc, sub, inline)
        return
    text, outer, _ = inner_runs(inline)     # escaped HTML or plain text
    if text.strip():
        fmt = "html" if "html" in inline.attr("contenttype").lower() else "text"
        # Plain text's first line is body: the headline is contentMeta's.
        sub = read_as(fmt, doc.path, text, options, headline=True)
        adopt(doc, _body(doc, sub), outer, unsafe=UNSAFE_TEXT)
        _said_in(doc, sub, inline)


def _said_in(doc: Document, sub: Document, inline: Node) -> None:
    """What the story's HTML head said of its blank or empty `<title>`
    (`Document.headline_said`, "<title> is blank"), naming the G2 element it
    is in ("<title> in <inlineXML> is blank", nu63 #4), so a missing headline
    says it and not "no headline or title field". The finding stays where a
    NewsML-G2 item's missing headline is put (`headline_at`)."""
    if sub.headline_said.startswith("<title> ") and "<title>" not in doc.headline_said:
        said = sub.headline_said.replace("<title>", f"<title> in <{inline.local}>", 1)
        doc.headline_said = f"{doc.headline_said} and {said}" if doc.headline_said else said


def _held(node: Node) -> str:
    """"blank" for an element of white space only, "empty" for one of none,
    as the HTML and WordPress readers say a `<title>`."""
    return "blank" if any(r.text for r in node.runs()) else "empty"


# The XHTML head's metadata, by the name the HTML reader gives its part
# (`_html_meta`): the `<title>` and the og: and twitter: titles, and the
# `<meta>` descriptions.
_HEAD_TITLES = frozenset({"html title", *TITLE_KEYS})
_HEAD_DESCRIPTIONS = frozenset(DESCRIPTION_KEYS)


def _body(doc: Document, sub: Document) -> Document:
    """The story's own headline is a heading when contentMeta gave one. An
    XHTML head is metadata, never a subhead or dek of the body (nu60 #8,
    qa314 #4): it stands in only for what contentMeta lacks. Under
    contentMeta's headline the whole head is left out (its titles and its
    descriptions). Without that headline a head title is read as the HTML
    reader reads a page's (a `title` field, standing in for a headline the
    story lacks), and a head description as a dek only when contentMeta has
    no dek of its own: a `description` (IPTC's LISTING_22 gives
    `role="drol:summary"`, NewsML-G2 2.35 section 8.3) or a headline with a
    role (`hld:subHeadline`); with one, the head description is left out."""
    headline = doc.first("headline") is not None
    dek = doc.first("dek") is not None

    def from_head(part: Part) -> bool:
        if part.name in _HEAD_TITLES and part.kind in ("headline", "title"):
            return headline
        if part.name in _HEAD_DESCRIPTIONS and part.kind in ("dek", "field"):
            return headline or dek
        return False

    keep_parts(sub, lambda p: not from_head(p))
    if headline:
        for part in sub.parts:
            if part.kind == "headline":
                part.kind = "heading"
    return sub
