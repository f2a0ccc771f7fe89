"""Whether a picture on a real page is the story's, as eval_pages.py judges it.

Text parts are judged by their words (`_pages_match.in_body`). A picture's
parts (alt text, caption, credit; also a byline or dateline) were judged by
position only: inside when the finding lies between the first and last
linted paragraph that is reference body text. That calls the story's own
lead picture (above the first paragraph, with its caption between) and its
closing picture (after the last paragraph, still in the story's container)
outside; a hand reading of the dev split found 12 of the 14 picture findings
judged outside were of that kind. `PictureJudge` also counts as inside:

- a caption or credit whose text the reference prints (the newspaper4k
  bodies hold captions, as they hold paragraphs): judged by its words;
- a picture above the story when the page text between it and the first
  paragraph is all reference text (its own caption) or none, and holds no
  heading the reference leaves out (a card's headline, a few words beside
  a long printed caption, would pass the 80% share of trigrams);
- a picture after the story when, besides that, it lies inside the story's
  container: the innermost element holding its first and last paragraph
  (a read-next card after the story sits outside it), and, when it has a
  box of its own there (a `<figure>`, a card's `<div>`), the rest of that
  box holds no heading but reference text (a card's headline; its caption
  may be left out by the reference).

The page text "between" leaves out a picture's own matter, which the
reference often leaves out (`caption_matter`): in the picture's own block
(the outermost element around it that does not also hold the story's first,
or last, paragraph) its caption, credit and byline (by class name, `<time>`),
its slideshow's controls and slides; anywhere, the caption and credit of a
`<figure>` that holds a picture. Counting them called the story's own lead
art outside (grazia, businessinsider, mashable, a two-slide foxnews
slideshow on dev) and a photo essay's run of captioned pictures after the
story (slate2): dev, seed 1, 24 kept pictures, all the story's by a hand
reading. Only that matter: a block's other text (an ad's label, a promo's
pitch, an author's bio, a "Related" heading) and a `<figure>` holding no
picture (a newsletter box) still are page text between (qa22: skipping the
whole block, or every `<figure>`'s text, called those the story's). Nor is
a caption that is only an ad's label ("Advertisement") a caption.
Whatever the text, a picture inside an `<aside>` or an element whose class
or id names an ad, a promo or a sponsor, and not holding the story, is no
story's picture (`furnished`).

and never a picture outside the span of paragraphs in a link to another
page (not its own file, not an anchor): a card's or a promo's, which can
sit in the story's container with no page text between (qa17).

The page's elements come from the standard library's parser over the raw
page, never from newslint's reader, so the reader cannot move the yardstick
(as `_pages_reference` does for links).

`listing` serves `eval_pages.py --outside`: every picture finding judged
outside, with its image, ancestor elements and place, and the count of kept
pictures inside and outside the story, so a change that drops pictures can
be seen to keep the story's own.
"""
from __future__ import annotations

import html as htmlmod
from html.parser import HTMLParser
from pathlib import Path

import regex

from _pages_match import found, in_body
from _pages_matter import ad_label, blank, block_matter, figure_captions, is_furniture, link_only
from _pages_reference import _VOID, tokens

TOKENS = 4          # class/id tokens shown per ancestor
CHAIN = 8           # innermost ancestors shown
PICTURE_KINDS = ("alt", "caption", "credit", "byline", "dateline")
_HIDDEN = regex.compile(r"<!--.*?-->|<(script|style|template)\b.*?</\1\s*>|<[^>]*>",
                        regex.I | regex.S)


class _Stack(HTMLParser):
    """The open elements at the end of the text fed, as (serial, tag, tokens);
    the address of each open link (`hrefs`, by serial); and, once `watch` is
    set to an open element's serial, where it closed: (line, column) of its end tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[int, str, list[str]]] = []
        self.hrefs: dict[int, str] = {}
        self.starts: dict[int, tuple[int, int]] = {}
        self.serial = 0
        self.watch, self.closed_at = 0, None

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        a = dict(attrs)
        toks = [f"#{a['id']}"] if a.get("id") else []
        toks += [f".{t}" for t in (a.get("class") or "").split()]
        self.serial += 1
        self.stack.append((self.serial, tag, toks[:TOKENS]))
        self.starts[self.serial] = self.getpos()
        if tag == "a":
            self.hrefs[self.serial] = (a.get("href") or "").strip()

    def handle_endtag(self, tag):
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][1] == tag:
                if self.closed_at is None and any(serial == self.watch for serial, _, _ in self.stack[i:]):
                    self.closed_at = self.getpos()
                del self.stack[i:]
                return


def open_elements(raw: str, offset: int) -> list[tuple[int, str, list[str]]]:
    """The elements open at `offset` of `raw`, outermost first (each with a
    serial number that tells two elements of one tag apart)."""
    parser = _Stack()
    try:
        parser.feed(raw[:offset])
    except Exception:  # noqa: BLE001 - a page the parser cannot read: no ancestors
        return []
    return parser.stack


# Elements a picture sits in that are no box of its own (its box: the innermost other).
_INLINE = frozenset({"a", "span", "picture", "noscript", "b", "i", "em", "strong", "small"})
_HEADING = regex.compile(r"<(h[1-6])\b[^>]*>(.*?)</\1\s*>", regex.I | regex.S)
# A link to the picture itself (its full-size file) or to a place on the page.
_OWN_LINK = regex.compile(r"\s*(?:#|javascript:|$)|.*\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#].*)?$",
                          regex.I | regex.S)


def picture_box(raw: str, offset: int) -> tuple[bool, int, int]:
    """For a picture at `offset`: whether it sits in a link to another page
    (a card's or a promo's picture), its box (the innermost open element but
    links and inline markup: its serial, 0 for none) and where the box ends
    (len(raw) when never closed)."""
    parser = _Stack()
    try:
        parser.feed(raw[:offset])
    except Exception:  # noqa: BLE001 - a page the parser cannot read: no box
        return False, 0, len(raw)
    linked = any(tag == "a" and not _OWN_LINK.match(parser.hrefs.get(serial, ""))
                 for serial, tag, _ in parser.stack)
    box = [serial for serial, tag, _ in parser.stack if tag not in _INLINE]
    if not box:
        return linked, 0, len(raw)
    parser.watch = box[-1]
    try:
        parser.feed(raw[offset:])
    except Exception:  # noqa: BLE001
        return linked, box[-1], len(raw)
    if parser.closed_at is None:
        return linked, box[-1], len(raw)
    return linked, box[-1], _offset(raw, *parser.closed_at)


def _offset(raw: str, line: int, col: int) -> int:
    """The offset in `raw` of a parser position (lines counted by "\n", from 1)."""
    at = 0
    for _ in range(line - 1):
        at = raw.index("\n", at) + 1
    return at + col


def picture_block(raw: str, offset: int, bound: int) -> tuple[int, int] | None:
    """The outermost element open at `offset` that is not open at `bound`
    (the story's first paragraph, or the end of its last): the picture's own
    block beside the story, holding its caption, credit or slideshow. Its
    (start, end) offsets, end len(raw) when never closed; None when every
    element around the picture also holds `bound`."""
    parser = _Stack()
    try:
        parser.feed(raw[:offset])
        there = {serial for serial, _, _ in open_elements(raw, bound)}
    except Exception:  # noqa: BLE001 - a page the parser cannot read: no block
        return None
    outer = next((serial for serial, _, _ in parser.stack if serial not in there), None)
    if outer is None:
        return None
    start = _offset(raw, *parser.starts[outer])
    parser.watch = outer
    try:
        parser.feed(raw[offset:])
    except Exception:  # noqa: BLE001
        return start, len(raw)
    return start, len(raw) if parser.closed_at is None else _offset(raw, *parser.closed_at)


def ancestors(raw: str, offset: int) -> str:
    """The innermost CHAIN open elements at `offset`, outermost first."""
    return " > ".join(tag + "".join(toks) for _, tag, toks in open_elements(raw, offset)[-CHAIN:])


def visible_words(raw: str, start: int, end: int) -> list[str]:
    """The words a reader sees in raw[start:end]: no tags, comments, scripts or
    styles; a tag cut at either end is left out."""
    if raw.rfind("<", 0, start) > raw.rfind(">", 0, start):      # starts inside a tag
        start = raw.find(">", start) + 1 or end
    cut = raw.rfind("<", start, end)
    if cut > raw.rfind(">", start, end):                          # ends inside a tag
        end = cut
    return tokens(htmlmod.unescape(_HIDDEN.sub(" ", raw[start:max(start, end)])))


class PictureJudge:
    """Inside-or-outside judgements for a picture's findings on one page.
    `region`: (start, end) source offsets of the story's first and last
    linted paragraph that is reference text; `body_tri`/`body_pad`: the
    reference body's trigrams and padded words (`_pages_match`)."""

    def __init__(self, raw: str, region: tuple[int, int], body_tri: set, body_pad: str):
        self.raw, self.region, self.body_tri, self.body_pad = raw, region, body_tri, body_pad
        self._container: int | None = None
        self._figures: list[tuple[int, int]] | None = None    # `figure_captions`

    def container(self) -> int:
        """Serial of the innermost element open at both the story's first and
        last paragraph (0: none, or no story)."""
        if self._container is None:
            first, last = self.region
            a = open_elements(self.raw, first) if last > first else []
            b = open_elements(self.raw, last - 1) if a else []
            common = [x for x, y in zip(a, b) if x[0] == y[0]]
            self._container = common[-1][0] if common else 0
        return self._container

    def clear(self, start: int, end: int, block: tuple[int, int] | None = None) -> bool:
        """Nothing but reference text is visible between `start` and `end`,
        leaving out pictures' own matter (`_pages_matter`): the captions of
        `<figure>`s with a picture, and the matter of the picture's own
        `block` (its (start, end) offsets; None: no block of its own)."""
        if self._figures is None:
            self._figures = figure_captions(self.raw)
        spans = [(s, e) for s, e in self._figures if s < end and e > start]
        if block is not None:
            spans += block_matter(self.raw, *block)
        words = visible_words(blank(self.raw, spans), start, end)
        return not words or found([words], self.body_tri, self.body_pad)

    def own_box(self, at: int, end: int) -> bool:
        """The rest of a picture's box (from `at` to `end`) holds no heading
        but reference text (`untitled`), and is no ad's label ("Sponsored")
        nor only links to other pages (a card's headline as its caption)."""
        if self.raw.rfind("<", 0, at) > self.raw.rfind(">", 0, at):     # (from inside the <img> tag)
            at = self.raw.find(">", at) + 1 or end
        return self.untitled(at, end) and not ad_label(self.raw[at:end]) and not link_only(self.raw[at:end])

    def furnished(self, offset: int, bound: int) -> bool:
        """An element around `offset` that does not hold `bound` (the story's
        first paragraph, or the end of its last) is an ad's, a promo's or a
        sidebar's (`_pages_matter.is_furniture`)."""
        story = {serial for serial, _, _ in open_elements(self.raw, bound)}
        return any(is_furniture(tag, toks) for serial, tag, toks in open_elements(self.raw, offset)
                   if serial not in story)

    def untitled(self, start: int, end: int) -> bool:
        """No heading between `start` and `end` but reference text: a card's
        headline is a heading; a picture's caption, credit or slideshow
        counter (which the reference may leave out) is not."""
        for m in _HEADING.finditer(self.raw, start, end):
            if not self.clear(m.start(2), m.end(2)):
                return False
        return True

    def inside(self, offset: int, text: str = "", picture: int | None = None) -> bool:
        """A finding at `offset` in a picture part with text `text` is the
        story's; `picture`: where its image sits, when the part is a caption
        or credit linked to one (the text after the story is judged from
        there: a caption's own words are no page text between). Outside the
        span of paragraphs, a picture in a link to another page is a card's
        or a promo's, never the story's; after it, a picture in a box of its
        own within the container is the story's only when the rest of the
        box holds no heading but reference text (`untitled`)."""
        first, last = self.region
        if first <= offset < last:
            return True
        if last <= first:
            return False
        if text.strip() and in_body(text, self.body_tri, self.body_pad):
            return True
        at = offset if picture is None else picture
        linked, box, box_end = picture_box(self.raw, at)
        if linked:
            return False
        if offset < first:
            return not self.furnished(offset, first) and \
                self.clear(offset, first, picture_block(self.raw, offset, first)) and \
                self.untitled(offset, first)
        block = picture_block(self.raw, min(offset, at), last - 1)
        return not self.furnished(min(offset, at), last - 1) and \
            self.clear(last, min(offset, at), block) and \
            any(serial == self.container() for serial, _, _ in open_elements(self.raw, offset)) and \
            (box == self.container() or self.own_box(at, box_end)) and \
            (block is None or self.untitled(block[0], at))


def picture_of(doc, part) -> int | None:
    """Where the picture of a caption or credit part starts: the image it is
    linked to, else the caption a credit is linked to; None for neither."""
    at = None
    if "caption" in part.attrs:
        part = doc.parts[part.attrs["caption"]]
        at = part.source_offset(0)
    if "image" in part.attrs:
        return doc.parts[part.attrs["image"]].source_offset(0)
    return at


def where(offset: int, region: tuple[int, int], story_starts: list[int]) -> str:
    """Where `offset` sits relative to the story's span of paragraphs."""
    first, last = region
    if offset < first:
        return f"before the story by {first - offset} chars"
    if offset >= last:
        return f"after the story by {offset - last} chars"
    n = sum(s <= offset for s in story_starts)
    return f"inside, after story paragraph {n} of {len(story_starts)}"


def listing(results: list[dict]) -> list[str]:
    """Lines describing every picture finding judged outside, page by page,
    and a count of the kept pictures (alt parts) judged inside and outside."""
    out: list[str] = []
    inside = outside = 0
    for r in results:
        judge, doc = r.get("judge"), r.get("document")
        if judge is None or doc is None:
            continue
        for p in doc.parts:
            if p.kind == "alt":
                if judge.inside(p.source_offset(0)):
                    inside += 1
                else:
                    outside += 1
                    out.append(f"  {Path(r['path']).name} kept picture outside: "
                               f"src={p.attrs.get('src', '')[:90]!r}\n"
                               f"    {ancestors(doc.source, p.source_offset(0))}")
        for d, part, out_ in r["sampled"]:
            kind = part.kind if part is not None else None
            if not out_ or kind not in PICTURE_KINDS:
                continue
            alt = part
            if part.kind != "alt" and "image" in part.attrs:
                alt = doc.parts[part.attrs["image"]]
            src = alt.attrs.get("src", "") if alt.kind == "alt" else ""
            out.append(f"  {Path(r['path']).name} {d.rule} [{kind}] "
                       f"{where(d.offset, judge.region, r['story_starts'])}\n"
                       f"    src={src[:100]!r} text={alt.text[:80]!r}\n"
                       f"    {ancestors(doc.source, d.offset)}")
    out.append(f"pictures kept: {inside} judged the story's, {outside} not")
    return out
