"""A gallery's collective credit line: one block under a story's pictures
that credits them together ("(Image credits: Casey Barber; Rebecca
Blumhagen)", "Photos: Getty Images"), as a web page prints a single credit
line for a gallery rather than one per caption (AP Stylebook, "photo
credits"; thekitchn's galleries). The block becomes a `credit` part, and
each caption it credits that carries no credit of its own is marked
attrs["gallery_credit"] (the line's part index): captions.missing-credit
takes it as that caption's credit. A slideshow's navigation ("Photos: 1 of
12", "Pictures: Next"), a related gallery's headline ("PHOTOS: Flooding In
Houston") and a film's production credits ("Credits: Music by Jason Moran")
credit nothing (qa409 #2, #3)."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.credit_bodies import CREDIT_WORDS, empty_slot, reads_as_description
from ..analysis.credit_grammar import vocabulary
from ..analysis.credit_licences import notes_only
from ..analysis.credits import read_credit
from ..document import Document
from ._gallery_shape import credit_shaped
from ._stitch import link_spans

# A plural or collective lead-in: "Image credits:", "Photo credits:",
# "Credits:", "Photos:", "Photos by", "Images courtesy", "Pictures:",
# "Photography by", perhaps after "All" ("All photos: Getty Images": group
# `all`), "by" with a colon ("Photography by: Ann Lee"), or a "©" for the
# colon ("All photos © 2014 Ann Lee": group `copy`). A singular "Photo:
# Jane Doe" credits one picture, not a gallery. A bar may stand first, the
# photographer's slot left blank ("Photos by | The Courier":
# captions.empty-credit reports it, nu75 #3), or a "©" ("Photos: © Ann
# Lee"). Group `pictures` is the lead-in's picture word; a bare "Credits:"
# has none. The match ends where the body begins.
_COLLECTIVE_LEAD = regex.compile(
    r"\s*\(?\s*(?P<all>all\s+)?(?:(?P<pictures>photo|image|picture)\s+credits|credits"
    r"|(?P<pictures>photo(?:graph)?s|photography|pictures|images|illustrations))"
    r"\s*(?:(?::|\bby\b:?|\bcourtesy\b)\s*(?=(?:\|\s*|©\s*)?\w)|(?P<copy>(?=©\s*\w)))",
    regex.IGNORECASE)
# Characters: a list of a gallery's photographers runs longer than one credit.
GALLERY_LINE_MAX = 300
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’-]*")
# A slideshow's counter ("1 of 12", "12"); a year (4 digits) may stand in a credit.
_COUNT = regex.compile(r"(?<!\d)\d{1,3}(?!\d)")
# What shows a bare "Credits:" line credits pictures: a picture word, a
# courtesy, or a photographer's "Name/Agency".
_PHOTO_SIGN = regex.compile(
    r"(?i)\b(?:photo\w*|image\w*|picture\w*|illustration\w*|graphic\w*|courtesy)\b|\p{L}\s*/\s*\p{L}")
# Kinds a run of figures is made of: a story part of any other kind between
# a figure and the credit line ends the run (qa409 #10).
_FIGURE_KINDS = frozenset(("caption", "alt", "credit", "image"))
_SMALL_HEADINGS = frozenset(("h5", "h6"))


@lru_cache(maxsize=1)
def _words() -> tuple[frozenset, ...]:
    """(credits.yaml `navigation_words`, `headline_glue`, `agencies` with
    `platforms`), lower-cased, one space between an agency's words."""
    v = vocabulary()
    return tuple(frozenset(" ".join(str(w).lower().split()) for w in v.get(key) or ())
                 for key in ("navigation_words", "headline_glue", "agencies")) + (
        frozenset(" ".join(str(w).lower().split()) for w in v.get("platforms") or ()),)


def _credit_list(body: str, pictures: bool) -> bool:
    """Whether a collective lead-in's body reads as a list of credits: no
    slideshow counter (`_COUNT`) nor button (`navigation_words`), no
    headline's capitalised glue word after its first word (`headline_glue`);
    after a bare "Credits:" (`pictures` False) also a picture word, a
    courtesy, an agency (credits.yaml `agencies`) or "Name/Agency"."""
    nav, glue, agencies, platforms = _words()
    if _COUNT.search(body):
        return False
    words = _WORD.findall(body)
    if any(w.lower() in nav for w in words):
        return False
    if any(w[0].isupper() and w.lower() in glue and w.lower() not in CREDIT_WORDS for w in words[1:]):
        return False
    if pictures or _PHOTO_SIGN.search(body):
        return True
    flat = " " + " ".join(w.lower() for w in words) + " "
    return any(f" {name} " in flat for name in agencies | platforms)


def _bare(lead: "regex.Match") -> bool:
    """Whether a lead-in is one a gallery line had before the shape test
    (`credit_shaped`) came: no "All", "Photography", "by:" nor "©" (those
    lines credit by their shape alone: "All Photos: Mayor Visits Flood
    Zone" and "Photos: © City Council Meeting Highlights" credit nothing,
    qa423 #4, qa443 #3)."""
    words = lead[0].lower().replace(":", " : ").split()
    return lead["all"] is None and lead["copy"] is None and "photography" not in words and \
        words[-2:] != ["by", ":"] and not lead.string.startswith("©", lead.end())


def _titled(lead: "regex.Match") -> bool:
    """Whether an "All" lead-in is in title case ("All Photos:", not "All
    photos:" or "ALL PHOTOS:"): a label's or a related gallery link's way
    ("All Photos: Taylor Swift"), where a credit line is written as a
    sentence is."""
    word = lead["pictures"] or ""
    return lead["all"] is not None and word[:1].isupper() and not word.isupper()


def is_gallery_credit(text: str, wrapped: bool = False, strict: bool = False) -> bool:
    """Whether a block is only a collective credit, one line of at most
    `GALLERY_LINE_MAX` characters (`wrapped`: its line breaks are a
    source's wrapping, Markdown's soft breaks, read as spaces), that opens
    with a `_COLLECTIVE_LEAD` and holds a list of credits (`_credit_list`:
    no slideshow counter, button or headline glue). Its body is a credit
    list by its shape (`_gallery_shape.credit_shaped`: names, agencies,
    holders); or, after a bare lead-in ("Photos:", "Image credits:", not
    after "All", "Photography", "by:" or a "©", and not `strict`, as a small
    heading is, nor a paragraph that spans source lines: "Photos: Casey
    Barber" over a headline on the next line, qa454 #2, unless its
    photographer's slot is left blank before a bar, "Photos by |\nThe
    Courier", which captions.empty-credit reports), no description
    (`reads_as_description`) and the whole block one credit (`read_credit`,
    licence notes after it allowed)."""
    if len(text) > GALLERY_LINE_MAX or "\n" in text.strip() and not wrapped:
        return False
    spans = "\n" in text.strip()
    text = text.replace("\n", " ")
    lead = _COLLECTIVE_LEAD.match(text)
    if lead is None:
        return False
    # A paragraph over source lines reads by its shape, but for a blank
    # photographer's slot before a bar, which captions.empty-credit reports.
    strict = strict or spans and empty_slot(text, lead.end(), len(text)) is None
    body = text[lead.end():]
    pictures = lead["pictures"] is not None
    if not _credit_list(body, pictures):
        return False
    if pictures and credit_shaped(body, people=not _titled(lead)):
        return True
    if strict or not _bare(lead) or reads_as_description(body):
        return False
    span, notes = read_credit(text)
    return span is not None and span[0] == 0 and notes_only(text, span[1], notes)


def _linked_lead(part) -> bool:
    """Whether the line's lead-in is a link's text (`<a href="/g/1">All
    Photos: Trump Rally in Tampa</a>`): a link to another gallery, no
    credit; a linked name after the lead-in ("Photos: <a>Ann Lee</a>")
    leaves the line a credit."""
    first = regex.search(r"\w", part.text)        # the lead-in's first letter ("All", "Photos")
    return first is not None and any(s <= first.start() < e for s, e in link_spans(part))


def gallery_credits(doc: Document, wrapped: bool = False) -> None:
    """Read each paragraph, credit block or small heading (`_SMALL_HEADINGS`,
    by its shape alone: `is_gallery_credit`'s `strict`) that is a
    collective credit line (`is_gallery_credit`), its lead-in no link's
    text (`_linked_lead`), as a `credit` part, and mark the uncredited
    captions it credits: those of the run of figures directly above it (only
    figures' parts and blank text between), or, when it stands apart from
    any picture (a page's credit line at its foot, thekitchn's), every one
    since the previous such line or the top. `wrapped`: a paragraph's line
    breaks are a source's wrapping (Markdown), read as spaces."""
    pending = []         # captions read since the last collective line, with no credit
    run = []             # those of the figures directly above, no story text since
    for part in doc.parts:
        if part.kind == "caption":
            if part.attrs.get("credit") is None:
                pending.append(part)
                run.append(part)
        elif (part.kind in ("paragraph", "credit") or _small_heading(part)) and \
                "caption" not in part.attrs and \
                is_gallery_credit(part.text, wrapped, strict=part.kind == "heading") and not _linked_lead(part):
            part.kind = "credit"
            for caption in run or pending:
                caption.attrs["gallery_credit"] = part.index
            pending, run = [], []
        elif part.kind not in _FIGURE_KINDS and part.text.strip():
            run = []


def _small_heading(part) -> bool:
    """A small heading (`_SMALL_HEADINGS`) under figures may set a gallery's
    credit line (`<h6>Photos: Ana Ruiz/Getty Images</h6>`; docs/reading.md),
    a larger one is the story's."""
    return part.kind == "heading" and part.attrs.get("block") in _SMALL_HEADINGS
