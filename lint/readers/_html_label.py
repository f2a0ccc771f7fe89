"""A section label in the page's `<h1>` is not the story's headline.

Some sites print the section's name as the page's only `<h1>` ("Sports
Items", "Local News") and the story's own headline below it as an `<h2>`;
the `<title>` may even repeat the label. `_html_title.choose_headline` then
takes the label, since it agrees with the `<title>`, and the headline checks
judge a label against a story it does not name. The h1 is a label when it
is short (LABEL_WORDS words at most) and a title field that names a longer
headline (og:title, twitter:title, the JSON-LD headline) does not agree
with it. Then the headline is the heading between the label and the
story's first paragraph that agrees with such a field; with no such
heading, the field itself stands in, but only when no title field (not even
the `<title>`) agrees with the label. The label is dropped: it is the
section's name, page furniture, even when the extractor kept it.

A short headline the `<title>` repeats ("Fares Go Up." above an SEO
subhead that og:title or twitter:title names) is a real headline: an h1
that a title field agrees with gives way only when the page also links to
it as a section (a breadcrumb's or the nav's link with the same text).
"""
from __future__ import annotations

import bisect
import html as htmlmod

from .. import rx as regex

from ..analysis.words import tables as word_tables
from ..document import Document, Part
from ._html_title import AGREE, STAND_IN_ORDER, agreement
from ._html_tags import heading_role
from ._stitch import slice_segments, sub_part

LABEL_WORDS = 4      # words: a section label above the headline is no longer
NAMED = 0.6          # token F1 at which a heading tells the same headline as a title field
HEADLINE_WORDS = 5   # words: a title field naming a headline, not a label, is no shorter


def relabel(doc: Document, headline: Part | None, titles: list[Part],
            region: tuple[int, int]) -> Part | None:
    """The headline, with a section label's `<h1>` replaced (see the module)."""
    if headline is None or headline.kind != "headline" or headline.name or \
            len(headline.text.split()) > LABEL_WORDS:
        return headline
    named = [t for t in titles if t.name != "html title" and len(t.text.split()) >= HEADLINE_WORDS
             and agreement(t.text, headline.text) < AGREE]
    if not named:
        return headline
    if any(agreement(t.text, headline.text) >= AGREE for t in titles) and \
            not _linked(doc, headline.text):
        return headline             # a title names it, and no link names it a section
    at = headline.source_offset(0)
    below = [p for p in doc.parts if p.kind == "heading" and at < p.source_offset(0) <= region[0]
             and len(p.text.split()) > LABEL_WORDS and not p.attrs.get("drop")]
    best = max(below, key=lambda p: max(agreement(p.text, t.text) for t in named), default=None)
    if best is None or max(agreement(best.text, t.text) for t in named) < NAMED:
        if any(agreement(t.text, headline.text) >= AGREE for t in titles):
            return headline
        by_name = {t.name: t for t in named}
        best = next((by_name[n] for n in STAND_IN_ORDER if n in by_name), None)
        if best is None:
            return headline
    headline.kind = "heading"
    headline.attrs["drop"] = True       # the section's name: page furniture
    best.kind = "headline"
    return best


# A link's content, with the inline tags a name may be wrapped in
# (schema.org breadcrumbs put it in a <span>), at most 120 characters and
# tags: a section link is short, and a scan from each `<a` stays short.
_LINK_TEXT = regex.compile(r"<a\b[^<>]{0,500}>((?:[^<]|</?(?:span|b|strong|em|i|bdi)\b[^<>]{0,200}>){1,120}?)</a>",
                           regex.IGNORECASE)
_TAG = regex.compile(r"<[^>]*>")


def _linked(doc: Document, label: str) -> bool:
    """True when a link on the page has the label's text (a breadcrumb's or
    the nav's link to the section), its inner tags left out. The page's
    link texts are read once per document (`_link_texts`), so each look-up
    is a set's."""
    return " ".join(label.split()).casefold() in doc.analysis("html link texts", _link_texts)


def _link_texts(doc: Document) -> frozenset[str]:
    """Every link's text on the page (`_LINK_TEXT`), inner tags left out,
    references decoded, blanks collapsed, casefolded."""
    return frozenset(" ".join(htmlmod.unescape(_TAG.sub(" ", m[1])).split()).casefold()
                     for m in _LINK_TEXT.finditer(doc.source))


BARE_KICKER_WORDS = 2   # words: a kicker with no class saying so is no longer


def shown_parts(doc: Document) -> list[Part]:
    """The parts of `doc` a reader sees (some text, from the source), in
    source order: what is "next on the page" for `kickers`, `kicker_line`
    and `_html_live.entry_heads`, sorted once per `story_heading`."""
    return sorted((p for p in doc.parts if p.text.strip() and p.segments), key=lambda p: p.source_offset(0))


def kickers(doc: Document, heads: list[Part], classes: dict[int, str], shown: list[Part]) -> set[int]:
    """The ids of the headings in `heads` that are a kicker (an eyebrow, a
    section's or a category's label) above the story's headline, not the
    headline: the heading's own start tag has a class token that names a
    kicker and none that names a headline or title
    (`_html_tags.heading_role`: `<h2 class="kicker">Politics</h2>`, not
    `<h2 class="headline label-large">` nor `section-title`); or, with no
    class token that names a headline or title, its text,
    a kicker inside it cut out (`cut_kicker`), has BARE_KICKER_WORDS words at
    most and the next text on the page is a heading of its rank or higher
    (of any rank under a one-word label: `<h2>Politics</h2><h3>Council
    passes budget</h3>`) with more words and it is set apart from it
    (`_set_apart`: one word, a section's link, another casing, a desk's
    name; `<h2>Politics</h2><h2>Senate passes budget</h2>`, not
    `<h2>Budget passes</h2><h2>Council votes 5-2</h2>`).
    A kicker inside a heading (`<h2><span class="category">Politics</span>
    Budget passes</h2>`) makes it no kicker: it is cut out of the
    headline. `heads`: heading parts of `doc`, each with its `block`
    attribute (`h2`); `classes`: id(heading) -> its start tag's class (the
    extractor's `heading_class`); `shown`: `shown_parts(doc)`."""
    found: set[int] = set()
    starts = [p.source_offset(0) for p in shown]
    for head in heads:
        at = head.source_offset(0)
        role = heading_role(classes.get(id(head)))
        if role == "kicker":
            found.add(id(head))
        if role is not None:
            continue        # (a class that says headline or title: the headline, however short)
        own = head.text[kicker_end(head):]        # its text, a kicker inside it cut out
        words = len(own.split())
        k = bisect.bisect_right(starts, at)
        below = shown[k] if k < len(shown) else None
        if words <= BARE_KICKER_WORDS and below is not None and below.kind in ("heading", "headline") and \
                (below.attrs.get("block", "h9") <= head.attrs.get("block", "h9") or words < 2) \
                and len(below.text.split()) > words \
                and _set_apart(doc, own, below.text):
            found.add(id(head))
    return found


def _set_apart(doc: Document, short: str, below: str) -> bool:
    """Whether a short heading over a longer one of its rank reads as a label
    set apart from it (a kicker), not as a short headline over its subhead
    (`<h2>Budget passes</h2><h2>Council votes 5-2 after debate</h2>`): it is
    one word ("Politics"), or the page links to its text (a section's link in
    the nav or a breadcrumb: `_linked`), or it is cased apart from the heading
    under it (`casing`: "Island Ferries" or "POLITICS" over a sentence-case
    headline), or it ends in a desk's name ("Local news", "US politics":
    `_DESKS`, which a two-word headline seldom ends in). Two headings in one
    casing tell a headline and its subhead. A desk's word sets a label
    apart only after a word that scopes a desk (`desk_label`: "Local news",
    "US politics", "Business news"), not after one that tells news
    ("Budget news", "Bad weather": a two-word headline). A short heading
    that ends in a colon ("Budget news:") leads into the one under it: a
    label, never a headline (qa79 #9)."""
    words = short.split()
    return len(words) < 2 or short.rstrip().endswith(":") or desk_label(words) \
        or casing(short) != casing(below) or _linked(doc, short)


def desk_label(words: list[str]) -> bool:
    """Two words or more that end in a desk's name (`_DESKS`) after a word
    that scopes it: a place's or a reach's (`_SCOPES`: "Local", "World",
    "Breaking"), a nation's ("Australian politics", "Scottish news":
    titles.yaml `demonyms`, lower case, as `analysis.words.tables` loads
    them for the name checks), a beat a desk covers (`_BEATS`: "Football
    news", "Election news"), another desk's ("Business news"), or an
    initialism ("US", "UK", "EU"); or a section's own word (`_SECTION_DESKS`:
    "news", "politics") after a newsroom's standing beat (`_STANDING_BEATS`:
    "Transit news", "Energy politics"; not "Military culture" nor "Transit
    crime", a two-word headline: qa85 #2)."""
    if len(words) < 2:
        return False
    last, scope = (w.casefold().strip(".:|") for w in (words[-1], words[-2]))
    return last in _DESKS and (scope in _SCOPES or scope in _BEATS or scope in _DESKS or
                               scope in word_tables()["demonyms"] or words[-2].isupper()) \
        or last in _SECTION_DESKS and scope in _STANDING_BEATS


# The last word of a section label (a newsroom's desks and a site's sections)
_DESKS = frozenset("""news politics sport sports business opinion opinions world nation national
    culture lifestyle entertainment travel obituaries analysis commentary editorial editorials
    features updates weather science tech technology health education crime courts environment
    climate economy money markets arts books music film food style""".split())
# A word that scopes a desk in a section label ("Local news", "Breaking news")
_SCOPES = frozenset("""local world national international global foreign domestic regional state
    city metro county community campus breaking latest top daily weekly morning evening more
    other related featured""".split())
# A beat a desk covers, in a section's label ("Football news", "Celebrity
# news", "Election news"): sports, show business and the ballot, before any
# desk's word, not a story's topic ("Budget news" over its subhead is a
# headline)
_BEATS = frozenset("""football soccer rugby cricket tennis golf racing basketball baseball hockey
    boxing cycling motorsport olympics athletics celebrity celebrities showbiz royal royals
    election elections""".split())
# A newsroom's standing beat ("Transit news", "Energy politics"; the rest,
# "climate", "courts", "crime", "education", "health", "science", "tech",
# are desks' words in _DESKS). Its word and a desk's word that is also a
# story's topic make a two-word headline as often ("Military culture",
# "Immigration nation", "Transit crime", "Defence economy": qa85 #2), so it
# scopes only a section's own word (_SECTION_DESKS); "police" is none
# (fx156: "Police culture" may be a headline)
_STANDING_BEATS = frozenset("""transit transport transportation traffic commuting housing energy
    immigration labor labour agriculture farming religion faith military defense defence
    media gaming motoring""".split())
# A desk's word that names a section and never a story's topic: "news",
# "politics", "updates", not "culture", "crime" or "economy"
_SECTION_DESKS = frozenset("news politics updates opinion opinions analysis commentary".split())


_CASED_WORD = regex.compile(r"\p{L}{4,}")      # a word that title case capitalises (not "a", "of", "the")


def casing(text: str) -> str:
    """"upper" (all capitals), "title" (every word of four letters or more
    capitalised) or "sentence" (the rest)."""
    if text.isupper():
        return "upper"
    words = _CASED_WORD.findall(text)
    return "title" if words and all(w[0].isupper() for w in words) else "sentence"


def kicker_end(head: Part) -> int:
    """Where the heading's text goes on past the kicker it opens with (an
    inner tag whose class names a kicker: the extractor's inline `kicker`
    mark), its blank left out; 0 without one; len(text) when the kicker
    is all of it."""
    end = 0
    for kind, s, e in sorted(head.attrs.get("inline", ()), key=lambda m: m[1]):
        if kind == "kicker" and not head.text[end:s].strip():
            end = e
    if not end:
        return 0
    return len(head.text) - len(head.text[end:].lstrip())


def cut_kicker(doc: Document, head: Part) -> None:
    """Cut the kicker `head` opens with (`kicker_end`) out of it, in place:
    the kicker becomes a `field` part named `kicker` (as an `<h1>`'s does),
    and the heading's text starts past it at its exact source position."""
    end = kicker_end(head)
    if not end:
        return
    text = head.text[:end].rstrip()
    doc.add(sub_part(head, "field", 0, len(text), name="kicker"))
    head.text = head.text[end:]
    head.segments = slice_segments(head.segments, end, end + len(head.text))
    head.__post_init__()
    head.attrs["inline"] = [(k, max(s - end, 0), e - end) for k, s, e in head.attrs["inline"] if e > end]
