"""NITF 3.x, the News Industry Text Format (IPTC), alone in a `.nitf` file or
inside a NewsML-G2 `inlineXML`.

Parts (NITF 3.6 element names): `body.head/hedline/hl1` is the headline and
`hl2` the dek; `byline`, `dateline`, `abstract` (the dek when there is no
`hl2`); in `body.content`: `p` paragraphs, `hl2` headings, `bq` blockquotes
(their `credit` is the attribution), list items, `block`s read in order, and
`media` with `media-caption` (caption) and its credit: `media-producer`, else a
`media-reference`'s `source-credit` or `copyright` attribute, else a
`media-metadata` item named `credit` (its `value`); a blank one is a credit left
empty. A `media-reference`'s `alternate-text` is the picture's alt text
(`_alts`).
Tables and preformatted text are not prose. The publication date is
`docdata/date.issue`, else `date.release`, else the dateline's `story.date`
(the `norm` attribute, ISO 8601 or `YYYYMMDDTHHMMSS`). A wire dateline opening
the first paragraph (`PORT ELLIS, Ill., Nov. 30 (LNS) —`, as AP-style feeds set
it) is a `dateline` part over those characters, as in Markdown, HTML and text
(`_conventions.wire_dateline`); with its year it is the date only when none of
the fields gives one. Inline directives are
XML comments anywhere in the `nitf` element (`<!-- newslint-disable ID -->`);
`<!--` inside a CDATA section or a processing instruction is no comment.
"""
from __future__ import annotations


from ..document import Document, Notice, Part
from ..suppress import find_directives
from ._articles import attr_match, attr_part, choose_date, xml_attr_text
from ._captions import link_credit
from ._conventions import wire_dateline
from ._xml import UNSAFE_TEXT, Node, parse
from ._xml_text import credit_part, text_part

FORMAT = "nitf"
_SKIP = frozenset({"table", "nitf-table", "pre", "hr", "media-reference", "media-object"})
_LISTS = frozenset({"ol", "ul", "dl"})
_ITEMS = frozenset({"li", "dt", "dd"})


def read(doc: Document) -> None:
    """Read a whole NITF file into `doc` (XMLError on malformed XML)."""
    unread: list = []      # entities only the unread DTD could declare, left out (qa355 #3)
    root = parse(doc.source, unread=unread)
    doc.notices += [Notice("file.xml", "warning", why, at) for at, why in unread]
    nitf = root.child("nitf")
    if nitf is not None:
        read_nitf(doc, nitf)
        return
    other = next(root.children(), None)
    doc.notices.append(Notice("file.xml", "warning", "not NITF (root element "
                              f"<{other.local if other is not None else '?'}>); nothing read",
                              other.start if other is not None else 0))


def read_nitf(doc: Document, nitf: Node) -> None:
    """Add the parts and date of the `nitf` element to `doc`."""
    head, body = nitf.child("head"), nitf.child("body")
    bhead = body.child("body.head") if body is not None else None
    title = text_part("title", head.child("title") if head is not None else None, name="title")
    if title is not None:
        doc.add(title)
    dateline = None
    if bhead is not None:
        hedline = bhead.child("hedline")
        if hedline is not None:
            _add(doc, text_part("headline", hedline.child("hl1")))
            for hl2 in hedline.children("hl2"):
                _add(doc, text_part("dek" if doc.first("dek") is None else "heading", hl2))
        for byline in bhead.children("byline"):
            _add(doc, text_part("byline", byline))
        for node in bhead.children("dateline"):
            dateline = dateline or node
            _add(doc, text_part("dateline", node))
        for abstract in bhead.children("abstract"):
            _add(doc, text_part("dek" if doc.first("dek") is None else "field", abstract,
                                name="abstract"))
    content = body.child("body.content") if body is not None else None
    if content is not None:
        _blocks(doc, content)
    for comment in nitf.comments():     # real comments only: not CDATA's or a PI's text (qa90 #4)
        doc.suppressions.extend(find_directives(doc.source, *comment, xml=True))
    docdata = head.child("docdata") if head is not None else None
    src = doc.source
    dates = [(_date_field(src, docdata, "date.issue"), "NITF date.issue"),
             (_date_field(src, docdata, "date.release"), "NITF date.release"),
             (attr_part("field", src, dateline.child("story.date") if dateline is not None else None,
                        "norm", name="story.date"), "NITF story.date")]
    for part, _ in dates:
        _add(doc, part)
    choose_date(doc, dates, "file.xml")     # `norm="TK"`: said at the value
    wire_dateline(doc)      # after the date fields: a dateline's year is the date only without them


def _date_field(source: str, docdata: Node | None, local: str) -> Part | None:
    node = docdata.child(local) if docdata is not None else None
    return attr_part("field", source, node, "norm", name=local)


def _add(doc: Document, part: Part | None) -> Part | None:
    return doc.add(part) if part is not None else None


def _blocks(doc: Document, node: Node, kind: str = "paragraph") -> None:
    """The block elements under `node`, in order; `kind` for their paragraphs."""
    for child in node.children():
        local = child.local
        if local in _SKIP:
            continue
        if local == "p":
            _add(doc, text_part(kind, child))
        elif local in ("hl1", "hl2"):
            _add(doc, text_part("heading", child))
        elif local == "bq":
            _quote(doc, child)
        elif local == "media":
            _media(doc, child)
        elif local in _ITEMS:
            _add(doc, text_part(kind, child))
        elif local in _LISTS or local in ("block", "body.content", "note", "fn"):
            _blocks(doc, child, kind)


def _quote(doc: Document, bq: Node) -> None:
    credit = bq.child("credit")
    before = len(doc.parts)
    _blocks(doc, bq, "blockquote")
    if credit is not None:
        for part in doc.parts[before:]:
            if part.kind == "blockquote":
                part.attrs["cite"] = credit.text()


def _media(doc: Document, media: Node) -> None:
    alts = _alts(doc, media)
    captions = [_add(doc, text_part("caption", n)) for n in media.children("media-caption")]
    credit = _add(doc, _credit(doc, media))
    caption = next((c for c in captions if c is not None), None)
    link_credit(caption, credit)
    if caption is not None and alts:
        caption.attrs["image"] = alts[0].index      # as an HTML figure's caption names its <img>'s alt


def _alts(doc: Document, media: Node) -> list[Part]:
    """The media's alt text (NITF 3.6, nitf-3-6.xsd: a `media-reference`'s
    `alternate-text`, a "plain-text description that can serve as a substitute
    for the media object"): an `alt` part over each value that holds text,
    references decoded as XML reads them, as the caption's are
    (`_articles.xml_attr_text`), each mapped to where it is written; attrs `src` (the reference's `source`),
    `missing`, `decorative` and `decorative_mark` (False: NITF has no way to
    mark a picture decorative, as Markdown has none). So a picture
    (`media-type="image"`, or an `image/` MIME type) none of whose references
    gives text, but one with a blank value, is one alt part at that value,
    `missing`. A reference with no `alternate-text` has no alt field to fill
    and is not asked for one, as a bare front-matter image path is not: most
    wire feeds do not write it."""
    source, picture = doc.source, media.attr("media-type").strip().lower() == "image"
    found, blank = [], None
    for ref in media.children("media-reference"):
        m = attr_match(source, ref, "alternate-text")
        if m is None:
            continue
        info = {"src": (ref.attr("source") or ref.attr("data-location")).strip(), "missing": False,
                "decorative": False, "decorative_mark": False,
                "unsafe_chars": "".join(sorted(set(UNSAFE_TEXT + m[1])))}   # a fix must not end the value
        part = xml_attr_text(source, m.start(2), m.end(2)).part("alt", attrs=info)
        if part is not None:
            found.append(doc.add(part))
        elif blank is None and (picture or ref.attr("mime-type").strip().lower().startswith("image/")):
            blank = Part("alt", "", ((0, m.start(2)),), attrs=dict(info, missing=True))
    if not found and blank is not None:
        found.append(doc.add(blank))
    return found


def _credit(doc: Document, media: Node) -> Part | None:
    """The media's credit (NITF 3.6, nitf-3-6.xsd): its `media-producer`, "also
    used as a credit for the media"; else a `media-reference`'s `source-credit`
    ("the source of the information") or `copyright` ("copyright owner")
    attribute; else a `media-metadata` item named `credit`, "used when the
    attributes of media-reference do not suffice". The first that names
    someone; else the first left blank, a credit left empty."""
    producer = media.child("media-producer")
    found = [credit_part(producer)] if producer is not None else []
    for ref in media.children("media-reference"):
        found += [_attr_credit(doc, ref, local) for local in ("source-credit", "copyright")]
    for meta in media.children("media-metadata"):
        if meta.attr("name").strip().lower() == "credit":
            found.append(_attr_credit(doc, meta, "value", blank_if_absent=True))
    found = [p for p in found if p is not None]
    return next((p for p in found if p.text), found[0] if found else None)


def _attr_credit(doc: Document, node: Node, local: str, blank_if_absent: bool = False) -> Part | None:
    """A credit attribute of `node`'s start tag as a credit part, its references
    decoded as XML reads them, as the caption's and alt text's are
    (`_articles.xml_attr_text`: `&amp;` is `&`, each character mapped to where
    it is written), outer white space left out; a blank value is a
    zero-length credit where the value starts, as a blank media-producer is.
    None when the tag has no such attribute, unless `blank_if_absent` (a
    credit item with no value: blank, at the element)."""
    m = attr_match(doc.source, node, local)
    if m is None:
        return Part("credit", "", ((0, node.start),)) if blank_if_absent else None
    text = xml_attr_text(doc.source, m.start(2), m.end(2))
    part = text.part("credit", empty_at=m.start(2))
    part.attrs["unsafe_chars"] = "".join(sorted(set(UNSAFE_TEXT + m[1])))   # a fix must not end the value
    return part
