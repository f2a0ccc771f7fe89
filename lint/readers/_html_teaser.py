"""Is a linked line between two story paragraphs a teaser, not the story's sentence?

The linked-sentence rescue (`_html_between.linked_paragraphs`) reads a
paragraph that is mostly one link when it sits between two story paragraphs
and reads as a sentence. Sites print their inline teasers, pitches and
editor's notes the same way, so `is_teaser` says no to a line that shows any
of these signs:

- a label: a word or up to three, the first capitalised, then a colon or a
  bar ("MORE:", "ICYMI:", "Catch up:", "From the archives:", "Video |"),
  an arrow, a bullet or a dash ("» ...", "— ..."), a teaser's word in capitals with no colon ("WATCH
  The ..."), or a short bold lead-in before the link ("<b>Related</b>");
- a class or id on the paragraph or on the inline markup round or inside it
  that names a teaser's box: related, promo, teaser, recommend, sponsor,
  newsletter, member, subscribe, more, read, cta (`names_teaser`). Those
  are all the elements round the line that are its own: a box of its own
  (`<div class="promo">`) already fails the rescue's test that only
  paragraph markup lies between it and the story paragraphs on both sides,
  and an element round all three is the story's own container;
- a call to the reader, at the start ("Sign up ...", "Watch ...", "Don't
  miss ...", "For more on ...") or anywhere ("please become a member",
  "subscribe", "click", "email us", the reader as "you" outside a quote);
- a note on the story itself ("This story has been updated ...", "This
  article was produced in partnership with ..."), or a media tag
  ("[VIDEO]", "(photos)");
- a line wholly in italics: how sites set an editor's note, a partner's
  credit or a "read more" teaser apart from the story's own paragraphs.

`is_card` says whether a whole `<article>` is a teaser card (a promo or a
related story's card: a linked headline and a line or two of blurb), which a
page or a CMS export may print before the story's own `<article>`.
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.speakers import reporting_alternation
from ..document import Part
from ._html_looks import is_link
from ._stitch import inline_spans, page_link_spans

# a label: one to three words, the first capitalised, then a colon or a bar;
# or an arrow, a bullet or a dash; or a teaser's word in capitals with nothing after it but space
LABEL = regex.compile(
    r"\s*(?:\p{Lu}[\p{L}\d'\u2019.&-]*(?:\s+[\p{L}\d'\u2019.&-]+){0,2}\s*[:|]"
    r"|[\u00bb\u203a\u2192\u25b6\u25ba>\u2022*\u2013\u2014]"
    r"|(?:WATCH|LISTEN|VIDEO|PHOTOS?|GALLERY|RELATED|MORE|ALSO|READ|SEE|LIVE|UPDATE[SD]?|BREAKING|OPINION"
    r"|ANALYSIS|EXCLUSIVE|SPONSORED|ICYMI|PODCAST|PREVIOUSLY|LATEST|TRENDING|RECOMMENDED)\b(?!['\u2019])\s)")
LABEL_WORDS = 4          # words: a bold lead-in before the link no longer is a sentence's start
# a class or id that names a teaser's box (`related-story`, `inline-promo`,
# `readMore`, `newsletter-signup`, `membership-cta`): a stem anywhere, or a
# short word as one piece of the name (split at `-`, `_`, digits and camelCase)
TEASER_STEM = regex.compile(r"related|promo|teaser|recommend|sponsor|newsletter|subscri|membership"
                            r"|outbrain|taboola|(?:read|more|also)(?:more|next|also|on|stories|news|links?)",
                            regex.IGNORECASE)
TEASER_PIECES = frozenset("member members more read also cta donate support signup icymi".split())
_CAMEL = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")
_PIECE = regex.compile(r"[^\W\d_]+")
_START_TAG = regex.compile(r"<[a-zA-Z][^<>]*>")
_NAME_ATTR = regex.compile(r"\s(?:class|id)\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", regex.IGNORECASE)
# a call to the reader that opens the line ...
PITCH = regex.compile(r"\s*(?:sign\s+up|subscribe|click|tap|follow|like\s+us|download|join|get\s+(?:the|our)"
                      r"|listen|watch|read|see|shop|buy|book\s+(?:your|now|a|tickets)|donate"
                      r"|support\s+(?:us|our|independent|local)"
                      r"|become\s+a|don[\u2019']?t\s+miss|check\s+out|find\s+out|learn\s+more|discover"
                      r"|for\s+more\s+(?:on|about|news|coverage|stories|information|details)"
                      r"|(?:more|also)\s+on\b|please)\b", regex.IGNORECASE)
# ... or runs through it (a pitch, a tip line, a note on the story, a media tag)
CALL = regex.compile(
    r"\b(?:please|become\s+a\s+(?:paid\s+)?(?:member|subscriber|supporter|patron|donor)|subscri(?:be|ption)"
    r"|sign\s+up|click|newsletter|donat(?:e|ion)|(?:email|e-mail|contact|call|text|tell|send)\s+(?:us|our)"
    r"|in\s+partnership\s+with|paid\s+(?:post|content)|partner\s+content"
    r"|this\s+(?:story|article|post|piece)\s+(?:has\s+been|was|is|first|originally)\b)\b"
    r"|[\[(](?:video|photos?|gallery|audio|podcast|watch|listen|interactive)[\])]",
    regex.IGNORECASE)
_YOU = regex.compile(r"\byou(?:r|rs|rself|[\u2019']\w+)?\b", regex.IGNORECASE)
# The site's own voice: its "we", "us", "our", "I", "my" (case kept: "US" is a country).
_SITE = regex.compile(r"(?<![\p{L}'\u2019-])(?:[Ww]e|us|[Oo]urs?|I|[Mm]y)(?![\p{L}'\u2019-])")
_QUOTED = regex.compile(r"\u201c[^\u201d]*\u201d?|\"[^\"]*\"?")
REPORTER_WORDS = 5       # words: a third party named before its verb at a line's end ("the Harbour Board")
_RULINGS = "decided|ruled|voted"    # a body's decision a lede reports, as "said" reports speech
LINK_SHARE = 0.5         # of a paragraph's text in links to other pages: mostly links
ITALIC_SHARE = 0.9       # of the line's text in italics: the whole line
CARD_PARAGRAPHS = 2      # paragraphs of a teaser card's blurb, at most ...
CARD_WORDS = 60          # ... of this many words together


def mostly_links(part: Part) -> bool:
    """At least LINK_SHARE of the paragraph's text is links to other pages."""
    size = len(part.text.strip())
    linked = sum(min(e, len(part.text)) - s for s, e in page_link_spans(part))
    return size > 0 and linked >= LINK_SHARE * size


def is_card(parts: list[Part], h1s: frozenset[int] = frozenset()) -> bool:
    """The parts of one `<article>` (in page order) are a teaser card: at
    most CARD_PARAGRAPHS paragraphs or quotes of at most CARD_WORDS words
    together, under a headline or heading that is one link to another page
    (`_html_looks.is_link`), or every text of it mostly links (a card of
    linked lines). A story's `<article>` has more to say, or no link for a
    headline. `h1s`: the ids of the parts read from an `<h1>`, which is no
    card's headline (cards set theirs in h2 to h4): a brief whose `<h1>` is
    its permalink is a story."""
    if any(id(p) in h1s for p in parts):
        return False
    heads = [p for p in parts if p.kind in ("headline", "heading") and p.text.strip()]
    prose = [p for p in parts if p.kind in ("paragraph", "blockquote") and p.text.strip()]
    if len(prose) > CARD_PARAGRAPHS or sum(len(p.text.split()) for p in prose) > CARD_WORDS:
        return False
    texts = heads + prose
    return any(map(is_link, heads)) or (bool(texts) and all(map(mostly_links, texts)))


def names_teaser(value: str) -> bool:
    """A class or id value that names a teaser's box (`TEASER_STEM`, `TEASER_PIECES`)."""
    if TEASER_STEM.search(value):
        return True
    return any(w in TEASER_PIECES for w in _PIECE.findall(_CAMEL.sub(" ", value).lower()))


def _bold_label(part: Part) -> bool:
    """A short bold lead-in at the line's start, with text after it:
    `<b>Related</b> <a>...</a>`, `<a><b>ICYMI</b> ...</a>`."""
    text = part.text
    lead, end = len(text) - len(text.lstrip()), len(text.rstrip())
    return any(s <= lead and e < end and 0 < len(text[s:e].split()) <= LABEL_WORDS
               for s, e in inline_spans(part, "strong"))


def _italic(part: Part) -> bool:
    """At least ITALIC_SHARE of the line's letters and figures are in italics."""
    text = part.text
    shown = [False] * len(text)
    for s, e in inline_spans(part, "emphasis"):
        shown[s:e] = [True] * (min(e, len(text)) - s)
    marks = [shown[i] for i, c in enumerate(text) if c.isalnum()]
    return bool(marks) and sum(marks) >= ITALIC_SHARE * len(marks)


def _named(source: str, start: int, end: int) -> bool:
    """A start tag in source[start:end] whose class or id names a teaser's box."""
    for tag in _START_TAG.finditer(source, start, end):
        for m in _NAME_ATTR.finditer(tag[0]):
            if names_teaser(m[1] or m[2] or m[3] or ""):
                return True
    return False


@lru_cache(maxsize=1)
def _reported() -> regex.Pattern:
    """A line's last clause, after a comma, in which a third party reports it
    or decides it: one to REPORTER_WORDS words, none of them "I", "we" or
    "you", then a verb that reports speech (`reporting_verbs` in
    lint/data/attribution.yaml: "said", "announced") or a body's decision
    (`_RULINGS`), then no more commas and no "I", "we" or "you" to the
    line's end: ", the Harbour Board decided on Tuesday.", ", officials
    said Tuesday."."""
    person = r"(?<![\p{L}'\u2019-])(?:i|we|us|our|you|your|my)(?![\p{L}'\u2019-])"
    return regex.compile(rf"(?i),\s+(?:(?!{person})[\p{{L}}.'\u2019-]+\s+){{1,{REPORTER_WORDS}}}?"
                         rf"(?:{reporting_alternation()}|{_RULINGS})(?![\p{{L}}'\u2019-])(?:(?!{person})[^,;:])*$")


def calls_reader(text: str, story_line: bool = False) -> bool:
    """The line calls to the reader or notes the story itself: a pitch at its
    start (`PITCH`: "Subscribe to ..."), one anywhere outside a quote
    (`CALL`: "... please become a member", "This article is ..."), or the
    reader as "you" outside a quote ("Share this story with your friends").
    With `story_line` (a line read in a story's place, as a run's lost lede),
    "you" does not count when the line closes on a third party that reports
    it (`_reported`): "Your share of the tax bill will rise ..., the Harbour
    Board decided on Tuesday." is a lede to the reader (rr47a #3, rr48a #6);
    a paywall or promo line ("You have reached your limit of free articles
    ...") reports nobody, and one in the site's own voice anywhere (`_SITE`:
    "You can now listen to our stories ..., the company announced.", qa205
    #3) is the site's, whoever it closes on."""
    said = _QUOTED.sub("", text)
    you = _YOU.search(said) is not None and not (
        story_line and not _SITE.search(said) and _reported().search(said.rstrip()))
    return bool(PITCH.match(text) or CALL.search(said) or you)


def is_teaser(source: str, before: Part, part: Part) -> bool:
    """The linked line `part`, which follows the story paragraph `before`, is
    a teaser, a pitch or a note, not the story's sentence (see the module's
    doc)."""
    text = part.text
    if LABEL.match(text) or calls_reader(text) or _bold_label(part) or _italic(part):
        return True
    start = before.source_span(0, len(before.text))[1]
    return _named(source, start, part.source_span(0, len(text))[1])
