"""Page-level choices after a full page is parsed: which parts are the story
(the headline and a title's site-name suffix: `_html_title`).

Story: the paragraphs, quotes and headings that `_html_story` says are story
text (and a subhead or a linked sentence it left out between two of them:
`_html_between`); images, captions, credits and bylines count when they sit
between the headline and the story's last paragraph (a lead picture sits
above the first).
A picture box's short text that is not story text is the picture's caption
(`_html_figures.LooseCaption`), and a block that is only a photo credit is a
credit.
"""
from __future__ import annotations

from collections import Counter

from ..analysis.credit_bodies import reads_as_description
from ..analysis.credit_licences import notes_only
from ..analysis.credits import read_credit
from ..document import Document, Part
from ._html_media import credit_block, keep_parts, link_credit
from ._html_story import image_name
from ._html_tags import CREDIT_LEAD
from ._html_looks import teaser_blurbs
from ._html_between import linked_paragraphs, paragraph_rests, run_heads, story_notes, subheads, text_neighbours
from ._html_lists import story_lists
from ._html_dates import story_updates, update_stamp
from ._html_furniture import mark_furniture
from ._html_teaser import CARD_PARAGRAPHS, is_card

ONE_ARTICLE = 0.8        # share of the story's text in one <article> that makes it the story's
PLACED = 0.8             # share of matches that must sit where trafilatura saw them
STORY_TEXT = ("paragraph", "blockquote", "heading", "dek")
# (an embedded post counts where a picture would: between the story's neighbours)
NEAR_STORY = ("caption", "credit", "alt", "byline", "dateline", "field", "dek", "embed")
CREDIT_LINE_MAX = 80     # characters: a block that is only a credit is no longer
# ... and it says it is one (`_html_tags.CREDIT_LEAD`).


def story_parts(doc: Document, story, box_of: dict[int, int], ex=None) -> tuple[set[int], tuple[int, int]] | None:
    """(ids of story parts, (first, last) source offsets of the story's text),
    or None when no paragraph of the page is story text. Parts are matched at
    their place on the page unless most matches are elsewhere (see `Story`).
    Text the extractor kept from an `<article>` that is a teaser card
    (`_cards`; `ex`, the Extractor that parsed the page, tells where its
    `<article>`s and h1s are) is left out; when one `<article>` holds nearly
    all the rest, text kept from other `<article>`s (a comment) is left out too."""
    anywhere: list[tuple[Part, int, int]] = []
    here: list[tuple[Part, int, int]] = []
    lines = doc.lines
    for part in doc.parts:
        if part.kind not in STORY_TEXT + ("headline",) or not part.text or part.attrs.get("drop"):
            continue
        start, end = part.source_span(0, len(part.text))
        found, placed = story.holds(part.text, lines.position(start)[0], lines.position(end)[0])
        if found:
            anywhere.append((part, start, end))
            if placed:
                here.append((part, start, end))
    use = here if len(here) >= PLACED * len(anywhere) else anywhere
    teasers = teaser_blurbs(doc.parts)
    use = [x for x in use if id(x[0]) not in teasers]
    shown = [x for x in use if not x[0].attrs.get("hidden")]
    if 2 * _body_chars(shown) >= _body_chars(use):   # else the story itself is hidden till a
        use = shown                                  # script shows it; beside it, a modal's text
    chars = _box_chars(use, box_of)
    cards = _cards(doc, box_of, chars, ex)
    if cards:
        use = [x for x in use if box_of.get(id(x[0]), 0) not in cards]
        chars = _box_chars(use, box_of)
    top = max((b for b in chars if b), key=chars.__getitem__, default=0)
    if top and chars[top] >= ONE_ARTICLE * sum(chars.values()):
        use = [x for x in use if box_of.get(id(x[0]), 0) in (0, top)]
    body = [(s, e) for p, s, e in use if p.kind in ("paragraph", "blockquote")]
    if not body:
        return None
    chosen = {id(p) for p, _, _ in use}
    region = (min(s for s, _ in body), max(e for _, e in body))
    chosen.update(id(p) for p in transcript_parts(doc, chosen, region, box_of, top))
    chosen.update(id(p) for p in transcript_parts(doc, chosen, region, box_of, top, "rest"))
    neighbours = text_neighbours(doc)
    chosen.update(id(p) for p in subheads(doc, neighbours, chosen, box_of))
    chosen.update(id(p) for p in linked_paragraphs(doc, neighbours, chosen, box_of))
    chosen.update(id(p) for p in story_lists(doc, neighbours, chosen, box_of))
    chosen.update(id(p) for p in paragraph_rests(doc, chosen, box_of))
    chosen.update(id(p) for p in story_notes(doc, chosen))
    chosen.update(id(p) for p in run_heads(doc, neighbours, chosen, box_of))
    return chosen, region


def _box_chars(parts: list[tuple[Part, int, int]], box_of: dict[int, int]) -> Counter[int]:
    """Characters of story text in each `<article>` (0: in none)."""
    chars: Counter[int] = Counter()
    for p, _, _ in parts:
        chars[box_of.get(id(p), 0)] += len(p.text)
    return chars


def _cards(doc: Document, box_of: dict[int, int], chars: Counter[int], ex=None) -> set[int]:
    """The `<article>`s holding story text that are teaser cards
    (`_html_teaser.is_card`, judged on all their parts), never the one (or
    the text outside any) that holds the most: a promo or a related story's
    card that the extractor kept beside the story. When the cards hold more
    than half the story's text, only those outside the story's own
    `<article>` (`_rail`), if the page shows which that is; else none (a live
    blog's entries, each under a linked headline)."""
    if len(chars) < 2:
        return set()
    most = max(chars, key=chars.__getitem__)
    parts: dict[int, list[Part]] = {b: [] for b in chars if b}
    for part in doc.parts:
        box = box_of.get(id(part), 0)
        if box in parts and not part.attrs.get("drop"):
            parts[box].append(part)
    cards = {b for b, box in parts.items() if b != most and is_card(box)}
    # the story's text is elsewhere: not a live blog's entries, each a card
    if 2 * sum(chars[b] for b in cards) <= sum(chars.values()):
        return cards
    return _rail(cards, parts, chars, box_of, ex) if ex is not None else set()


def _rail(cards: set[int], parts: dict[int, list[Part]], chars: Counter[int], box_of: dict[int, int],
          ex) -> set[int]:
    """Of `cards` (holding most of the story's text), a rail's beside a short
    story: those outside the outermost `<article>` of the story's own (no
    card, the most text of those, an h1 and over CARD_PARAGRAPHS paragraphs
    in it). None without one, as on a live blog whose entries stand alone."""
    others = [b for b in parts if b not in cards]
    if not others:
        return set()
    story = max(others, key=chars.__getitem__)
    top = ex.top_of.get(story)
    paragraphs = sum(p.kind in ("paragraph", "blockquote") for p in parts[story])
    if paragraphs <= CARD_PARAGRAPHS or not any(box_of.get(id(h), 0) == story for h in ex.h1s):
        return set()
    return {b for b in cards if ex.top_of.get(b) != top}


def _body_chars(parts: list[tuple[Part, int, int]]) -> int:
    return sum(len(p.text) for p, _, _ in parts if p.kind in ("paragraph", "blockquote"))


def transcript_parts(doc: Document, chosen: set[int], region: tuple[int, int],
                     box_of: dict[int, int], top: int, flag: str = "transcript") -> list[Part]:
    """The text of a transcript container (`id="transcript"`) that belongs to
    the story although the extractor left it out (a video's transcript in
    the story's `<footer>`): one inside the story's `<article>`, inside the
    story's span, or following the story with no other page text between.
    With `flag` "rest": so is the rest of the story behind a "Continue
    reading" control (`_html_scope.ScopeSteps._story_rest`)."""
    out: list[Part] = []
    if not any(p.attrs.get(flag) for p in doc.parts):
        return out          # (nearly every page: no need to sort its parts)
    following = True
    for part in sorted((p for p in doc.parts if p.kind in STORY_TEXT and p.text),
                       key=lambda p: p.source_offset(0)):
        start = part.source_offset(0)
        if id(part) in chosen or start < region[1]:
            if part.attrs.get(flag) and id(part) not in chosen and start >= region[0]:
                out.append(part)
            continue
        if part.attrs.get(flag):
            if following or (top and box_of.get(id(part)) == top):
                out.append(part)
        elif not part.attrs.get("drop"):
            following = False
    return out



class PageStory:
    """A page's parts with the story's text parts and its span of the source."""

    def __init__(self, ex, story, chosen: set[int], region: tuple[int, int]):
        self.ex, self.story, self.chosen, self.region = ex, story, chosen, region

    def keep_only(self, doc: Document, headline: Part | None) -> None:
        """Drop every part outside the story. Pictures, captions and bylines
        count from the headline (an h1 above the story) or the page text before
        the story, to the first page text after it; a picture also has to be
        one the extractor kept, or a captioned one between the story's
        paragraphs or just above them (the lead picture), or a gallery's
        thumbnail linked to its own full-size file that no picture before it
        shows (a lightbox opens it: a NextGEN gallery) between the story's
        paragraphs or in its `<article>` (an ad's, a sponsor's or a promo's
        picture may link to its own file as well: qa22), and not an icon
        (in an `<aside>`, a sidebar's, only what the extractor kept), nor a
        headshot or a teaser card's (`_html_figures`);
        an embedded post, one between them or inside the story's `<article>`."""
        self._loose_captions(doc)
        self._credit_lines(doc)
        first, last = self.region
        other_parts = [p for p in doc.parts if p.kind in ("paragraph", "blockquote", "heading") and p.text
                       and id(p) not in self.chosen and not p.attrs.get("drop")]
        other = [p.source_span(0, len(p.text)) for p in other_parts]
        end = min((s for s, _ in other if s >= last), default=len(doc.source))
        # (the story's `Updated` stamp lines count from the same place, but a stamp is no other text)
        start, stamps_from = (max((e for p, (_, e) in zip(other_parts, other) if e <= first and not skip(p)),
                                  default=0) for skip in (lambda p: False, update_stamp))
        if headline is not None and any(h is headline for h in self.ex.h1s) and \
                headline.source_offset(0) <= first:
            start = stamps_from = self.ex.h1_at.get(id(headline), headline.source_offset(0))   # with its kicker
        story_updates(doc, [p for p in doc.parts if not p.attrs.get("drop") and not p.attrs.get("hidden")
                            and stamps_from <= p.source_offset(0) < end])
        keep = self.chosen | {id(headline)}
        near = [p for p in doc.parts if p.kind in NEAR_STORY and not p.attrs.get("drop")
                and (not p.attrs.get("hidden") or id(p) in keep)
                and start <= p.source_offset(0) < end]
        lead = next((p for p in near if p.kind == "caption" and p.source_offset(0) < first), None)
        boxes = {self.ex.box_of.get(i, 0) for i in self.chosen}    # the story's <article>s
        for part in near:
            if part.kind == "caption":
                image = doc.parts[part.attrs["image"]] if "image" in part.attrs else None
                # in a sidebar (a promo, a related story's card), even between the
                # story's paragraphs, only a picture or text the extractor kept
                placed = not part.attrs.get("sidebar") and \
                    (part is lead or first <= part.source_offset(0) < last or image is None)
                if placed or (image is not None and self._picture(image)) or self._text(doc, part):
                    keep.update(id(p) for p in (part, image) if p is not None)
                    if "credit" in part.attrs:
                        keep.add(id(doc.parts[part.attrs["credit"]]))
            elif part.kind == "alt":     # (a lightbox gallery's thumbnail: the extractor drops it)
                if self._picture(part) or (part.attrs.get("lightbox") and not part.attrs.get("sidebar") and
                                           (first <= part.source_offset(0) < last or
                                            self.ex.box_of.get(id(part), 0) in boxes - {0})):
                    keep.add(id(part))
            elif part.kind == "embed":     # elsewhere on the page: a sidebar's post
                if first <= part.source_offset(0) < last or self.ex.box_of.get(id(part), 0) in boxes:
                    keep.add(id(part))
            elif part.kind == "credit" and part.attrs.get("sidebar"):
                if "caption" not in part.attrs and self._text(doc, part):
                    keep.add(id(part))
            elif part.kind != "credit" or "caption" not in part.attrs:
                keep.add(id(part))
        keep_parts(doc, lambda p: not p.attrs.pop("drop", False) and
                   (p.kind == "title" or id(p) in keep))
        mark_furniture(doc)

    def _loose_captions(self, doc: Document) -> None:
        """A picture box's short text that the extractor did not keep as story
        text is the picture's caption (its last line perhaps the credit); the
        box's other texts ("View full size image") are its furniture."""
        for box in self.ex.loose_captions:
            texts = box.texts
            if any(id(p) in self.chosen for p in texts) or doc.parts[texts[0].index] is not texts[0]:
                continue
            caption = texts[0]
            caption.kind = "caption"
            caption.attrs["loose"] = True
            caption.attrs["image"] = box.alt.index
            split = credit_block(doc.source, caption)
            if split is not None:
                split[0].index = caption.index
                split[0].attrs["image"] = box.alt.index
                split[0].attrs["loose"] = True
                doc.parts[caption.index] = split[0]
                link_credit(split[0], doc.add(split[1]))
            for part in texts[1:]:
                part.attrs["drop"] = True

    def _credit_lines(self, doc: Document) -> None:
        """A block of its own that is only a photo credit ("Photos: Getty
        Images" under a story's pictures, "Photo: Name/Getty Images" beside
        an image in its paragraph) is a credit: checked as one when it sits
        by the story, never as prose, whether the extractor kept it as story
        text or not. Licence notes may follow the credit ("Photo: Name/Flickr
        (CC BY 2.0)": `credit_licences.notes_only`), as on a plain-text
        credit line."""
        for part in doc.parts:
            if part.kind in ("paragraph", "heading") and len(part.text) <= CREDIT_LINE_MAX and \
                    not part.attrs.get("drop"):
                lead = CREDIT_LEAD.match(part.text)
                if not lead or reads_as_description(part.text[lead.end() - 1:]):
                    continue
                span, notes = read_credit(part.text)
                if span is not None and span[0] == 0 and notes_only(part.text, span[1], notes):
                    part.kind = "credit"    # maybe with licence notes after it: ", CC BY 2.0"

    def _picture(self, alt: Part) -> bool:
        src = alt.attrs.get("src", "")
        images = self.story.images
        return not (alt.attrs.get("control") or alt.attrs.get("teaser")) and \
            (src in images or image_name(src) in images)

    def _text(self, doc: Document, part: Part) -> bool:
        s, e = part.source_span(0, len(part.text))
        return self.story.holds(part.text, doc.lines.position(s)[0], doc.lines.position(e)[0])[0]
