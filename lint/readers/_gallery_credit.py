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

import regex

from ..analysis.credit_bodies import CREDIT_WORDS, reads_as_description
from ..analysis.credit_grammar import vocabulary
from ..analysis.credit_licences import notes_only
from ..analysis.credits import read_credit
from ..document import Document
from ._stitch import link_spans

# A plural or collective lead-in: "Image credits:", "Photo credits:",
# "Credits:", "Photos:", "Photos by", "Images courtesy", "Pictures:",
# "Photography by", perhaps after "All" ("All photos: Getty Images": group
# `all`, qa409 #8), "by" with a colon ("Photography by: Ann Lee") or a "©"
# and a holder for the colon ("All photos © 2014 Ann Lee": group `copy`,
# qa423 #7). A singular "Photo: Jane Doe" credits one picture, not a
# gallery. Group `pictures` is the lead-in's picture word; a bare
# "Credits:" has none.
_COLLECTIVE_LEAD = regex.compile(
    r"\s*\(?\s*(?P<all>all\s+)?(?:(?P<pictures>photo|image|picture)\s+credits|credits"
    r"|(?P<pictures>photo(?:graph)?s|photography|pictures|images|illustrations))"
    r"\s*(?:(?::|\bby\b:?|\bcourtesy\b)\s*(?=\w)|(?P<copy>(?=©\s*(?:\d{4},?\s*)?\p{L})))", regex.IGNORECASE)
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
# A small heading may set a gallery's credit line under its figures
# (`<h6>Photos: Ana Ruiz/Getty Images</h6>`, qa423 #11), a larger one not.
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


# A credit list's items, split at its joins ("Ann Lee, Bob Cho and Dana Fox",
# "Ann Lee for The New York Times").
_ITEM_JOIN = regex.compile(r"\s*(?:[,;&+]|\b(?:and|for|with)\b)\s*", regex.IGNORECASE)
# A name's word: capitalised ("Barber", "O'Neil", "Mary-Kate", "MCNAIR"), or an initial ("J.", "J.R.").
_NAME_WORD = regex.compile(r"(?:\p{Lu}\.)+|\p{Lu}[\p{L}\p{M}'’.-]*")


def _credit_shaped(body: str) -> bool:
    """Whether what follows a lead-in an "All" or "Photography" opens is
    credit-shaped (qa423 #4): a "©", a "Name/Agency" or a courtesy
    (`_PHOTO_SIGN`), an agency (credits.yaml `agencies`, `platforms`), or a
    list whose every item is a name of two or three capitalised words
    (names.yaml `particles` between them, no names.yaml `titles` word first)
    or a house credit's words ("staff"): a related gallery's headline ("All
    Photos: Mayor Visits Flood Zone", "All Photos: Trump Rally in Tampa") or
    a label ("Photography by Appointment") is not."""
    from ..analysis.name_titles import tables      # the names pack's data: read on first use
    _, _, agencies, platforms = _words()
    if "©" in body or _PHOTO_SIGN.search(body):
        return True
    flat = " " + " ".join(w.lower() for w in _WORD.findall(body)) + " "
    if any(f" {name} " in flat for name in agencies | platforms):
        return True
    names = tables()
    items = [i for i in _ITEM_JOIN.split(body.strip(" \t.)")) if i]
    return bool(items) and all(_name_item(i.split(), names) for i in items)


def _name_item(words: list[str], names: dict) -> bool:
    """One item of a credit list: credit words ("staff"), or a name
    (`_credit_shaped`) whose words are not all ordinary words
    (`words.is_common`: "Appointment Only", "Storm Damage") unless it
    opens with a given name that is one (names.yaml `given_words`: "Grace
    Young")."""
    from ..analysis.words import is_common
    if all(w.lower() in CREDIT_WORDS for w in words):
        return True
    if words and words[0].lower() == "the":
        words = words[1:]
    caps = [w for w in words if w.lower() not in names["particles"]]
    if not (2 <= len(caps) <= 3 and all(_NAME_WORD.fullmatch(w) for w in caps)):
        return False
    first = caps[0].lower()
    return first not in names["titles"] and (first in names["given_words"] or not all(map(is_common, caps)))


def is_gallery_credit(text: str, wrapped: bool = False) -> bool:
    """Whether a block is only a collective credit: a `_COLLECTIVE_LEAD`, no
    description after it (`reads_as_description`) and a list of credits
    (`_credit_list`), the whole block one credit (`read_credit`, licence
    notes after it allowed; an "All" before the lead-in is read past, as
    `read_credit` knows no "All photos:"), one line of at most
    `GALLERY_LINE_MAX` characters; `wrapped`: its line breaks are a
    source's wrapping (Markdown's soft breaks: "Photos: Ann Lee,\nBob Cho",
    qa423 #6), read as spaces."""
    if len(text) > GALLERY_LINE_MAX or "\n" in text.strip() and not wrapped:
        return False
    text = text.replace("\n", " ")
    lead = _COLLECTIVE_LEAD.match(text)
    if lead is None or reads_as_description(text[lead.end():]):
        return False
    if not _credit_list(text[lead.end():], lead["pictures"] is not None):
        return False
    if (lead["all"] is not None or (lead["pictures"] or "").lower() == "photography") and \
            "courtesy" not in lead[0].lower() and not _credit_shaped(text[lead.end():]):
        return False
    if lead["copy"] is not None:     # "All photos © 2014 Ann Lee": read as "All photos: © 2014 Ann Lee"
        text = text[:lead.end()] + ": " + text[lead.end():]
    if lead["all"] is not None:
        text = text[:lead.start("all")] + text[lead.end("all"):]
    span, notes = read_credit(text)
    return span is not None and span[0] == 0 and notes_only(text, span[1], notes)


def _linked_lead(part) -> bool:
    """Whether the line's lead-in is a link's text (`<a href="/g/1">All
    Photos: Trump Rally in Tampa</a>`): a link to another gallery, no
    credit (qa423 #4); a linked name after it ("Photos: <a>Ann Lee</a>")
    leaves the line a credit."""
    first = regex.search(r"\w", part.text)        # the lead-in's first letter ("All", "Photos")
    return first is not None and any(s <= first.start() < e for s, e in link_spans(part))


def gallery_credits(doc: Document, wrapped: bool = False) -> None:
    """Read each paragraph, credit block or small heading (`_SMALL_HEADINGS`)
    that is a collective credit line (`is_gallery_credit`) as a `credit`
    part, and mark the uncredited
    captions it credits: those of the run of figures directly above it (only
    figures' parts and blank text between), or, when it stands apart from
    any picture (a page's credit line at its foot, thekitchn's), every one
    since the previous such line or the top. `wrapped`: a paragraph's line
    breaks are wrapping (Markdown), as `is_gallery_credit` reads them."""
    pending = []         # captions read since the last collective line, with no credit
    run = []             # those of the figures directly above, no story text since
    for part in doc.parts:
        if part.kind == "caption":
            if part.attrs.get("credit") is None:
                pending.append(part)
                run.append(part)
        elif (part.kind in ("paragraph", "credit") or part.kind == "heading" and
              part.attrs.get("block") in _SMALL_HEADINGS) and \
                "caption" not in part.attrs and \
                is_gallery_credit(part.text, wrapped) and not _linked_lead(part):
            part.kind = "credit"
            for caption in run or pending:
                caption.attrs["gallery_credit"] = part.index
            pending, run = [], []
        elif part.kind not in _FIGURE_KINDS and part.text.strip():
            run = []
