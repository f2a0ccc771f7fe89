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

from ..analysis.credit_bodies import CREDIT_WORDS, reads_as_description
from ..analysis.credit_grammar import vocabulary
from ..analysis.credit_licences import notes_only
from ..analysis.credits import read_credit
from ..document import Document

# A plural or collective lead-in: "Image credits:", "Photo credits:",
# "Credits:", "Photos:", "Photos by", "Images courtesy", "Pictures:". A
# singular "Photo: Jane Doe" credits one picture, not a gallery. A bar
# may stand first, the photographer's slot left blank ("Photos by | The
# Courier": captions.empty-credit reports it, nu75 #3). Group
# `pictures` is the lead-in's picture word; a bare "Credits:" has none.
_COLLECTIVE_LEAD = regex.compile(
    r"\s*\(?\s*(?:(?P<pictures>photo|image|picture)\s+credits|credits"
    r"|(?P<pictures>photo(?:graph)?s|pictures|images|illustrations))"
    r"\s*(?::|\bby\b|\bcourtesy\b)\s*(?:\|\s*)?\w", regex.IGNORECASE)
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


def is_gallery_credit(text: str) -> bool:
    """Whether a block is only a collective credit: a `_COLLECTIVE_LEAD`, no
    description after it (`reads_as_description`) and a list of credits
    (`_credit_list`), the whole block one credit (`read_credit`, licence
    notes after it allowed), one line of at most `GALLERY_LINE_MAX`
    characters."""
    if len(text) > GALLERY_LINE_MAX or "\n" in text.strip():
        return False
    lead = _COLLECTIVE_LEAD.match(text)
    if lead is None or reads_as_description(text[lead.end() - 1:]):
        return False
    if not _credit_list(text[lead.end() - 1:], lead["pictures"] is not None):
        return False
    span, notes = read_credit(text)
    return span is not None and span[0] == 0 and notes_only(text, span[1], notes)


def gallery_credits(doc: Document) -> None:
    """Read each paragraph or credit block that is a collective credit line
    (`is_gallery_credit`) as a `credit` part, and mark the uncredited
    captions it credits: those of the run of figures directly above it (only
    figures' parts and blank text between), or, when it stands apart from
    any picture (a page's credit line at its foot, thekitchn's), every one
    since the previous such line or the top."""
    pending = []         # captions read since the last collective line, with no credit
    run = []             # those of the figures directly above, no story text since
    for part in doc.parts:
        if part.kind == "caption":
            if part.attrs.get("credit") is None:
                pending.append(part)
                run.append(part)
        elif part.kind in ("paragraph", "credit") and "caption" not in part.attrs and \
                is_gallery_credit(part.text):
            part.kind = "credit"
            for caption in run or pending:
                caption.attrs["gallery_credit"] = part.index
            pending, run = [], []
        elif part.kind not in _FIGURE_KINDS and part.text.strip():
            run = []
