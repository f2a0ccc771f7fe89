"""WordPress eXtended RSS (WXR 1.x), what Tools > Export writes: a whole
archive in one file.

Each published post (`wp:post_type` post, `wp:status` publish) is one
article named by its `wp:post_id`: `title` is the headline (HTML, as WordPress
shows it: `Q&amp;A` reads `Q&A`, tags are dropped), `excerpt:encoded`
the dek (a post with no title has its missing headline put at its empty
`title`, else at its `item`), `content:encoded` the body (HTML, read by the HTML reader as a
fragment, and split into paragraphs at blank lines as WordPress's `wpautop`
does), `wp:post_date_gmt` (else `wp:post_date`) the publication date, the
first `category` the section (WordPress writes `0000-00-00 00:00:00` in
`wp:post_date_gmt` for a post never given a date, a draft's, and `wp:post_date`
then stands in; a date field that is no date with none standing in is a
`file.xml` warning at its value), and the captions of the attachments whose
`wp:post_parent` is the post (their `excerpt:encoded`) are its captions.
CDATA sections and escaped markup both map back to the export's characters.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Notice, Part
from ._articles import choose_date, new_article
from ._embed import LINKS, adopt, compose, read_as
from ._stitch import marks_within, sub_part
from ._xml import UNSAFE_CDATA, UNSAFE_TEXT, Node, parse
from ._xml_root import root_attrs, root_tag, tag_at
from ._xml_text import inner_runs, text_part
from .options import DEFAULT, ReadOptions

FORMAT = "wxr"
POST_TYPES = frozenset({"post"})
_BLANK_LINE = regex.compile(r"\n[ \t\r]*\n\s*")
# WordPress core shortcodes (wp-includes/media.php): `[caption]` wraps a picture
# and its caption; the others embed media and hold no prose.
_CAPTION = regex.compile(r"\[(wp_caption|caption)\b[^\]]*\](.*?)\[/\1\]", regex.DOTALL)
_MEDIA = regex.compile(r"\[(embed|audio|video|playlist)\b[^\]]*\].*?\[/\1\]"
                       r"|\[(?:gallery|audio|video|playlist|embed)\b[^\]]*\]", regex.DOTALL)
# The namespace names of WordPress's export formats (wxr_version 1.0 to 1.2).
_WP_EXPORT = regex.compile(r"\s*https?://wordpress\.org/export/")
_LAST_TAG = regex.compile(r"^\s*(?:<a\b[^>]*>\s*)?<img\b[^>]*>(?:\s*</a>)?")


def is_wxr(source: str, at: int | None = None) -> bool:
    """An RSS file whose root start tag declares WordPress's export
    namespace (`xmlns:wp="http://wordpress.org/export/1.2/"`, as WordPress
    writes it), however far in that tag ends (qa437 #1); the address in a
    feed's text or on another element is no declaration (qa428 #8). False
    when `source` ends inside the root tag (a head cut short). `at`: where
    the root's `<` is, when the caller found it (`_xml_root.root_at`, -1
    for none), so the prolog is not scanned again."""
    tag = root_tag(source) if at is None else tag_at(source, at)
    return any((name == "xmlns" or name.startswith("xmlns:")) and _WP_EXPORT.match(value)
               for name, value in root_attrs(tag))


def read(doc: Document, options: ReadOptions = DEFAULT, slice_: bool = False) -> None:
    """Read the published posts into `doc.articles` (`slice_`: the source is a
    run of whole `<item>` elements cut from an export, placed by `doc.lines`).
    XMLError if malformed."""
    unread: list = []      # entities only the unread DTD could declare, left out (qa355 #3)
    root = parse(doc.source, slice_=slice_, place=doc.lines.position if slice_ else None, unread=unread)
    doc.notices += [Notice("file.xml", "warning", why, at) for at, why in unread]
    items = list(root.children("item")) if slice_ else [        # (rss > channel > item)
        i for rss in root.children() for channel in rss.children("channel") for i in channel.children("item")]
    posts, captions = sort_items([(item, _fields(item)) for item in items],
                                 lambda pair, local: _field(pair[1], local))
    for item, fields in posts:
        article = read_post(doc, item, options, fields)
        for node, attachment in captions.get(article.article, ()):
            article.article_also.append((node.start, node.end))     # its raw text too (Vale's `raw`)
            caption = text_part("caption", attachment.get("excerpt:encoded"), name="attachment")
            if caption is not None:
                caption.attrs["attachment"] = _field(attachment, "post_id")
                article.add(caption)
        doc.articles.append(article)


# The fields `sort_items` reads: an item's first child of each name (`_fields`).
SORTED_BY = ("post_id", "post_type", "status", "post_parent")


def sort_items(items: list, field) -> tuple[list, dict[str, list]]:
    """(the published posts, the attachments by their `wp:post_parent`) of
    `items` (anything, in file order), `field(item, local)` giving the text of
    the item's first `wp:<local>` child ("" for none; `SORTED_BY` names them):
    the one reading of which item is an article and whose captions it gets,
    for the reader and for an audit's plan (`audit.wxr_plan`)."""
    captions: dict[str, list] = {}
    posts = []
    for item in items:
        kind = field(item, "post_type")
        if kind == "attachment":
            captions.setdefault(field(item, "post_parent"), []).append(item)
        elif kind in POST_TYPES and field(item, "status") == "publish":
            posts.append(item)
    return posts, captions


def read_post(container: Document, item: Node, options: ReadOptions, fields: dict[str, Node]) -> Document:
    """One post as an article of `container`; `fields` is `_fields(item)`."""
    article = new_article(container, _field(fields, "post_id"), "html", item.start)
    article.article_end = item.end
    node = item.child("title")
    article.headline_at = (node or item).start      # where a missing headline is reported
    title = _title(container, node, options)
    if title is not None:
        article.add(title)
    elif node is not None:        # the missing headline says what the title held
        article.headline_said = f"<title> is {'blank' if any(r.text for r in node.runs()) else 'empty'}"
    excerpt = text_part("dek", fields.get("excerpt:encoded"))
    if excerpt is not None:
        article.add(excerpt)
    category = next((c for c in item.children("category") if c.attr("domain") == "category"), None)
    if category is not None and category.text():
        article.fields["section"] = category.text()
        article.state_section(category.text(), "WordPress category")
    dates = [(text_part("field", fields.get(name), name=name), name)
             for name in ("wp:post_date_gmt", "wp:post_date")]
    choose_date(article, dates, "file.xml")    # `TK`, an unset `0000-00-00 00:00:00` with no stand-in: said
    if article.published_part is not None:
        article.add(article.published_part)
    content = fields.get("content:encoded")
    if content is not None:
        text, outer, cdata = inner_runs(content)
        text, outer = shortcodes(text, outer)
        if text.strip():
            sub = read_as("html", container.path, text, options)
            _paragraphs(sub)
            for part in sub.parts:
                if part.kind == "headline":
                    part.kind = "heading"
            adopt(article, sub, outer, unsafe=UNSAFE_CDATA if cdata else UNSAFE_TEXT + UNSAFE_CDATA)
    return article


def _title(container: Document, node: Node | None, options: ReadOptions) -> Part | None:
    """The post title as WordPress shows it: HTML (`Q&amp;A`, `<em>` in a title),
    read by the HTML reader and mapped to the export's characters."""
    plain = text_part("headline", node)
    if plain is None or not any(c in plain.text for c in "<&"):
        return plain
    text, outer, cdata = inner_runs(node)
    prose = [p for p in read_as("html", container.path, text, options).parts if p.text.strip()]
    if len(prose) != 1:          # not one run of inline HTML: keep the title as written
        return plain
    part = Part("headline", prose[0].text, compose(prose[0].segments, len(prose[0].text), outer))
    unsafe = set(prose[0].attrs.get("unsafe_chars", "")) | set(UNSAFE_CDATA if cdata else
                                                              UNSAFE_TEXT + UNSAFE_CDATA)
    part.attrs["unsafe_chars"] = "".join(sorted(unsafe))
    return part


def _fields(item: Node) -> dict[str, Node]:
    """An item's child elements by name as written (`wp:post_id`), the first
    of each name: looked up once, not by a walk over the children per field."""
    fields: dict[str, Node] = {}
    for node in item.children():
        fields.setdefault(node.name, node)
    return fields


def _field(fields: dict[str, Node], local: str) -> str:
    node = fields.get("wp:" + local)
    return node.text() if node is not None else ""


def _paragraphs(sub: Document) -> None:
    """WordPress stores paragraphs as blank-line-separated text (`wpautop`
    adds the <p>s on display): split each paragraph part at its blank lines."""
    parts: list[Part] = []
    moved: dict[int, int] = {}
    for part in sub.parts:
        if part.kind != "paragraph" or not _BLANK_LINE.search(part.text):
            moved[part.index] = len(parts)
            parts.append(part)
            continue
        start = 0
        for m in [*_BLANK_LINE.finditer(part.text), None]:
            stop = m.start() if m is not None else len(part.text)
            if stop > start:
                attrs = dict(part.attrs)    # its inline marks over this paragraph only, rebased
                if marks := marks_within(attrs.pop("inline", ()), start, stop):
                    attrs["inline"] = marks
                parts.append(sub_part(part, "paragraph", start, stop, attrs=attrs))
            start = m.end() if m is not None else stop
    sub.parts = []
    for part in parts:
        sub.add(part)
        for key in LINKS:
            if isinstance(part.attrs.get(key), int) and part.attrs[key] in moved:
                part.attrs[key] = moved[part.attrs[key]]


def shortcodes(text: str, outer):
    """WordPress's `[caption]` as the HTML it renders (a figure with its
    figcaption, so its text is a caption) and media shortcodes as comments,
    with the map to the file kept: inserted markup maps to the shortcode."""
    if "[" not in text:
        return text, outer
    pieces: list[tuple[str, int, bool]] = []       # (text, offset in `text`, verbatim)
    pos = 0

    def keep(start: int, end: int) -> None:
        if end > start:
            pieces.append((text[start:end], start, True))

    for m in regex.finditer(f"{_CAPTION.pattern}|{_MEDIA.pattern}", text, flags=regex.DOTALL):
        keep(pos, m.start())
        if m[1]:                                   # [caption]: picture, then caption text
            inner = m.start(2)
            pic = _LAST_TAG.match(text, inner, m.end(2))
            split = pic.end() if pic else inner
            pieces.append(("<figure>", m.start(), False))
            keep(inner, split)
            pieces.append(("<figcaption>", split, False))
            keep(split, m.end(2))
            pieces.append(("</figcaption></figure>", m.end(2), False))
        else:
            pieces.append(("<!-- -->", m.start(), False))
        pos = m.end()
    if not pieces:
        return text, outer
    keep(pos, len(text))
    segments, t = [], 0
    for piece, at, _ in pieces:
        segments.append((t, at))
        t += len(piece)
    return "".join(p for p, _, _ in pieces), compose(tuple(segments), t, outer)
