"""Vale's scopes on newslint's article model.

Vale lints "blocks", each tagged with a dotted scope such as
`text.heading.h2.md`, `text.list.md`, `paragraph.md`, `sentence.md`, `link`,
`raw` or `summary` (https://vale.sh/docs/topics/scoping/). `blocks(doc)`
builds those blocks once per document from its parts, so a block is always a
span of a `Part` and every finding keeps the reader's exact offsets.

A rule's `scope` is a list of selectors; one matches a block when each of its
`&`-joined pieces is found among the block's sections (a `~` piece must not
be). Plain paragraphs (and all of a `.txt` file) are "prose": they also
yield `paragraph` and `sentence` blocks, as in Vale.
"""
from __future__ import annotations

from dataclasses import dataclass

from .. import rx as regex

from ..document import Document, Part
from .sentences import split_sentences

# Part kinds that Vale lints as ordinary paragraphs (a Markdown footnote's text too, as before it had a kind).
_PROSE = {"paragraph", "byline", "dateline", "dek", "footnote"}
_BLOCK_SCOPES = {
    "li": ("text", "list"), "th": ("text", "table", "header"), "td": ("text", "table", "cell"),
    "blockquote": ("text", "blockquote"), "figcaption": ("text", "figure", "caption"),
    "caption": ("text", "table", "caption"), "alt": ("text", "attr", "alt"),
}
_INLINE_SCOPES = {"link": "link", "strong": "strong", "emphasis": "emphasis"}
# Vale drops Markdown front matter before linting (its `reFrontMatter`).
_FRONT_MATTER = regex.compile(r"(?s)\A(?:---|\+\+\+)\r?\n.+?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|\Z)")
# Vale's default `SkippedScopes`: block elements it never lints.
DEFAULT_SKIPPED = ("script", "style", "pre", "figure", "noscript", "iframe")
# `SkippedScopes` names block-level HTML tags whose content Vale does not lint
# (vale.sh/docs, "SkippedScopes"; Markdown is rendered to HTML first, so a `>`
# quote is a <blockquote>). Tags whose content newslint never reads as copy
# are skipped already; the others below map to the parts newslint makes
# (`_skipped_tags`); any other tag cannot be honoured (`unhonoured`).
_NEVER_COPY = frozenset({"script", "style", "pre", "code", "noscript", "iframe", "svg", "math",
                         "template", "textarea", "object", "video", "audio", "canvas"})
_TABLE_TAGS = {"header": ("th", "thead"), "cell": ("td", "tbody"), "caption": ("caption",)}
_CELL_TAGS = {"header": "th", "cell": "td"}
_MAPPED = frozenset({"blockquote", "figure", "figcaption", "li", "ul", "ol", "table", "tr", "alt",
                     "h1", "h2", "h3", "h4", "h5", "h6"}) | {t for v in _TABLE_TAGS.values() for t in v}
# A caption newslint read inside a <figure>: under its picture, or the figure's own text (no picture).
_FIGURE_MARKS = ("image", "drop", "chart", "for_post")


@dataclass(frozen=True)
class Block:
    """`part.text[start:end]`, tagged with Vale's scope sections."""

    part: Part
    start: int
    end: int
    sections: frozenset
    parent: frozenset

    @property
    def text(self) -> str:
        return self.part.text[self.start:self.end]


class Scope:
    """A rule's compiled `scope:` list (Vale's default is `text`)."""

    def __init__(self, names: list[str]):
        self.names = tuple(names) or ("text",)
        self.selectors = []
        for name in self.names:
            pieces = []
            for piece in name.split("&"):
                piece = piece.strip()
                negated = piece.startswith("~")
                pieces.append((negated, frozenset(piece.lstrip("~").split("."))))
            self.selectors.append(pieces)

    def matches(self, block: Block) -> bool:
        for pieces in self.selectors:
            ok = True
            for negated, need in pieces:
                if negated:
                    if need <= block.parent or need <= block.sections:
                        ok = False
                    elif "raw" in block.sections or "summary" in block.sections:
                        ok = False     # a negation never selects the whole-file scopes
                elif not need <= block.sections:
                    ok = False
                if not ok:
                    break
            if ok:
                return True
        return False

    @property
    def wants_sentences(self) -> bool:
        return any(not neg and "sentence" in need for pieces in self.selectors
                   for neg, need in pieces)


def _ext(doc: Document) -> str:
    return {"markdown": "md", "html": "html", "text": "txt"}.get(doc.format, doc.format)


def _heading(part: Part) -> tuple[str, ...]:
    tag = part.attrs.get("block") or ("h1" if part.kind == "headline" else "h2")
    return ("text", "heading", tag)


def _part_sections(part: Part, skipped: frozenset) -> tuple[str, ...] | None:
    """Vale's scope for a part, or None when Vale would not lint it."""
    kind = part.kind
    if kind == "caption":
        if part.name == "image title":
            return None                     # a Markdown image's title: an attribute to Vale
        marks = {k for k, _, _ in part.attrs.get("inline", ())} - {"superscript"}
        if not part.name and part.attrs.get("block") is None and "image" in part.attrs \
                and marks and marks != {"quotation"}:
            # an italic paragraph under an image: a paragraph (a <q>, a <sup> is none), out
            # with the quote, item or cell it is in when that is skipped (qa435 #3)
            return None if skipped.intersection(part.attrs.get("within", ())) else ("prose",)
    sections = _sections(part)
    if sections is not None and skipped & _skipped_tags(part, sections):
        return None
    return sections


def _skipped_tags(part: Part, sections: tuple[str, ...]) -> set[str]:
    """The HTML tags a part's text lies in, as far as newslint's parts keep
    them: the `SkippedScopes` entries that take the part out. Its own tags,
    and the containers the reader saw round it (`attrs["within"]`: all of a
    `<figure>` or a `<blockquote>`, a quote in a list item, an item in a
    quote: qa421 #1-#4, qa427 #8)."""
    within = part.attrs.get("within", ())
    if part.kind == "blockquote":
        return {"blockquote", *within}
    return _own_tags(part, sections, within) | set(within)


def _own_tags(part: Part, sections: tuple[str, ...], within: tuple[str, ...]) -> set[str]:
    if part.kind == "caption" and sections[:2] != ("text", "table") \
            and any(k in part.attrs for k in _FIGURE_MARKS):
        return {"figure", "figcaption"}
    if sections[:2] == ("text", "list"):
        return {"li", "ul", "ol"}
    if sections[:2] == ("text", "table"):       # a table's tags as written round it, if the reader saw them
        return {_CELL_TAGS.get(sections[2], sections[2])} if "table" in within else \
            {"table", "tr", *_TABLE_TAGS.get(sections[2], ())}
    if sections[:2] == ("text", "heading"):
        return {sections[2]}
    return set()


def unhonoured(skipped: tuple[str, ...]) -> list[str]:
    """The `SkippedScopes` entries newslint cannot honour (a tag its parts do
    not keep: `div`, `aside`, `p`, ...): their text is linted."""
    return [t for t in skipped if t.lower() not in _NEVER_COPY | _MAPPED]


def _sections(part: Part) -> tuple[str, ...] | None:
    kind = part.kind
    if kind in ("headline", "title") and part.name == "html title":
        return ("prose",)                   # Vale lints <title> as any other text
    if kind in ("headline", "dek", "byline", "dateline") and part.name:
        return None                         # from a <meta> or front-matter field
    if kind in ("headline", "heading"):
        return _heading(part)
    if kind == "blockquote":
        return _BLOCK_SCOPES["blockquote"]
    if kind == "alt":
        return _BLOCK_SCOPES["alt"]
    if kind == "caption":
        return _BLOCK_SCOPES.get(part.attrs.get("block", "figcaption"), _BLOCK_SCOPES["figcaption"])
    if kind == "title":
        return ("title",)
    if kind in _PROSE:
        tag = part.attrs.get("block")
        return _BLOCK_SCOPES.get(tag, ("prose",)) if tag in _BLOCK_SCOPES else ("prose",)
    return None          # field, credit: front matter and carved-out credits are not Vale text


def _source_part(doc: Document, kind: str) -> Part:
    return Part(kind, doc.source, ((0, 0),))


def _raw_part(doc: Document) -> Part:
    """Vale's `raw` text: the whole file, or for an export's article (a JSON
    Lines record, a WordPress item, a NewsML-G2 item) all of its own source,
    `Document.article_at` to `article_end` (a WordPress body's `<script>` or
    comment after its last paragraph too) and `article_also` (a post's
    attachment items, whose captions are its), so each match is one article's."""
    if not doc.article or doc.article_end is None:
        return _source_part(doc, "raw")
    if not doc.article_also:
        return Part.from_slice("raw", doc.source, doc.article_at, doc.article_end)
    text, segs, length = [], [], 0      # its attachments' items after it, a line break between
    for start, end in [(doc.article_at, doc.article_end), *doc.article_also]:
        text.append(doc.source[start:end] + "\n")
        segs.append((length, start))
        length += end - start + 1
    return Part("raw", "".join(text)[:-1], tuple(segs))


def _summary(doc: Document, parts: list[Part]) -> Part:
    """Every prose, list and quote block joined by blank lines, as Vale's `summary`."""
    text, segs, length = [], [], 0
    for p in parts:
        if text:
            text.append("\n\n")
            length += 2
        text.append(p.text)
        segs.extend((length + t, s) for t, s in p.segments)
        length += len(p.text)
    return Part("summary", "".join(text), tuple(segs) or ((0, 0),))


def build(doc: Document) -> list[Block]:
    """Every Vale block of the document, in source order of their parts."""
    ext = _ext(doc)
    out: list[Block] = []
    prose_parts: list[Part] = []
    skipped = frozenset(t.lower() for t in doc.cache.get("vale.skipped", DEFAULT_SKIPPED))
    fm = _FRONT_MATTER.match(doc.source) if doc.format == "markdown" else None
    body = fm.end() if fm else 0

    def add(part, start, end, sections, parent=None):
        secs = frozenset(sections) | {ext}
        out.append(Block(part, start, end, secs, frozenset(parent) | {ext} if parent else secs))

    if doc.format == "text" and not doc.article:
        whole = _source_part(doc, "paragraph")      # a text file is one block to Vale; an export's article, its parts
        _prose(whole, add)
        prose_parts.append(whole)
    else:
        for part in doc.parts:
            if part.segments[0][1] < body or (part.kind == "alt" and "alt" in skipped):
                continue
            sections = _part_sections(part, skipped)
            if sections is None:
                continue
            if sections == ("prose",):
                _prose(part, add)
                prose_parts.append(part)
            else:
                add(part, 0, len(part.text), sections)
                if sections[:2] in (("text", "list"), ("text", "blockquote")):
                    prose_parts.append(part)
            for kind, start, end in part.attrs.get("inline", ()):
                scope = _INLINE_SCOPES.get(kind)
                if scope and end > start:
                    parent = (sections if sections != ("prose",) else ("text",)) + (scope,)
                    add(part, start, end, (scope,), parent)
    add(_summary(doc, prose_parts), 0, None, ("summary",))
    add(_raw_part(doc), 0, None, ("raw",))
    return [b if b.end is not None else Block(b.part, b.start, len(b.part.text), b.sections, b.parent)
            for b in out]


def _prose(part: Part, add) -> None:
    """A paragraph as Vale's `lintProse` sees it: paragraphs split at blank
    lines, sentences, then the whole text as `text`."""
    text = part.text
    pos = 0
    while True:
        nxt = text.find("\n\n", pos)
        stop = len(text) if nxt < 0 else nxt + 2
        if stop > pos:
            add(part, pos, stop, ("paragraph",))
        if nxt < 0:
            break
        pos = stop
    for start, end in split_sentences(text):
        add(part, start, end, ("sentence",))
    add(part, 0, len(text), ("text",))


def blocks(doc: Document) -> list[Block]:
    """The document's Vale blocks, built once and shared by every Vale rule."""
    return doc.analysis("vale.blocks", build)
