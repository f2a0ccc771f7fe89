"""Story text the extractor left out between two of the story's paragraphs.

trafilatura drops some blocks that sit inside the story: a subhead (`<h2>`,
`<h3>`) between two paragraphs, on a short story above all (`subheads`),
and a story sentence that the writer linked as a whole, since its
link-density test takes a paragraph that is mostly one link for boilerplate
(`linked_paragraphs`: "<a>The report, released by the state auditor on
Friday, found that the agency overspent by $3 million</a>."). A block
counts when the text blocks just before and after it are story paragraphs
or quotes of the same `<article>`, with only the markup of one container
between (`_siblings`): a share box or a related box sits in an element of
its own. What it reads as tells it from a box's title or a related-story
link the same test rightly drops: no box title or page furniture ("Most
Read", "Related: ...", `_html_tags`), and a linked paragraph must read as a
sentence, not a headline (`reads_as_sentence`), and show no sign of a
teaser, a pitch or a note on the story (`_html_teaser`). The rest of a story
paragraph that a picture or an ad slot inside it cut in two counts as well
(`paragraph_rests`: trafilatura, asked for images, drops it), a list in
the story, with its own subhead or the next section's, after a paragraph or
a quote and before one or at the story's end (`_html_lists.story_lists`, by
this module's tests), and
a note on the story right above or below it (`story_notes`: "This post
originally appeared on Grist."), and the line of loose text that opens a
run the story goes on in, parted from it only by line breaks (`run_heads`).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.sentence_ends import LINE_ENDS_SENTENCE
from ..document import Document, Part
from ._captions import editors_note, looks_like_caption
from ._html_dates import update_stamp
from ._html_furniture import WIDGET_TEXT, is_link_listing
from ._html_looks import is_blurb, is_link
from ._html_stamps import opens_with_stamp
from ._html_tags import BOX_TITLE, PAGE_FURNITURE
from ._html_teaser import calls_reader, is_teaser, mostly_links

SUBHEAD_WORDS = 20       # words: a subhead between two story paragraphs is no longer
SENTENCE_WORDS = 6       # words: a linked story sentence is no shorter
TITLE_CASE = 0.6         # share of capitalised words (of four letters or more): a title
_LONG_WORD = regex.compile(r"\p{L}[\p{L}'\u2019-]{3,}")

# Markup between two blocks of one container: paragraph and heading tags, line
# breaks, rules, inline emphasis, comments and blank space (`&nbsp;` in an empty <p>),
# and a heading's permalink anchor with a glyph or nothing (`_html_tags.is_permalink`).
_ANCHOR = r"<a\s[^<>]*href=[\"']?#[^<>]*>[^<>\w]{0,8}</a>"
_GAP_ITEM = (r"\s|&nbsp;|&#160;|<!--(?:[^-]|-(?!->))*-->|</?(?:p|br|hr|span|strong|b|em|i|u|blockquote)(?:\s[^<>]*)?/?>"
             rf"|</h[1-6]\s*>|{_ANCHOR}")
# Inside the heading, any markup with no text: an old `<a name>` anchor, an
# icon, Substack's anchor widget (`<div><svg>` after the text).
_IN_HEADING = (r"(?:<a\s[^<>]*href=[\"']?#[^<>]*>[^<>\w]{1,8}</a>|\s|&nbsp;|&#160;"
               r"|<(?!/?h[1-6]\b)[^<>]*>)*+")
# (possessive repeats: each piece matches one way, so no page's thousands of
# comments or empty anchors between two paragraphs backtrack for seconds)
_TO_HEADING = regex.compile(rf"(?:{_GAP_ITEM})*+<h[1-6]\b[^<>]*>{_IN_HEADING}",
                            regex.IGNORECASE | regex.DOTALL)
_FROM_HEADING = regex.compile(rf"{_IN_HEADING}</h[1-6]\s*>(?:{_GAP_ITEM}|<h[1-6]\b[^<>]*>)*+",
                              regex.IGNORECASE | regex.DOTALL)
# Between two paragraphs when one is a link: the link's own start or end tag too.
_PARAGRAPH_GAP = regex.compile(rf"(?:{_GAP_ITEM}|<a\s[^<>]*>|</a\s*>)*+", regex.IGNORECASE | regex.DOTALL)

def _siblings(source: str, first: Part, second: Part, gap) -> bool:
    """Only `gap` markup lies between the end of `first` and the start of `second`."""
    start = first.source_span(0, len(first.text))[1]
    return gap.fullmatch(source, start, second.source_offset(0)) is not None


def text_neighbours(doc: Document) -> list[tuple[Part, Part, Part]]:
    """Each text block of the page (paragraph, quote, heading) with the ones
    just before and after it, in source order: what `subheads` and
    `linked_paragraphs` judge a block by."""
    texts = sorted((p for p in doc.parts if p.kind in ("paragraph", "blockquote", "heading")
                    and p.text and not p.attrs.get("drop")), key=lambda p: p.source_offset(0))
    return list(zip(texts, texts[1:], texts[2:]))


def _between_story(before: Part, part: Part, after: Part, chosen: set[int], box_of: dict[int, int]) -> bool:
    """The blocks around `part` are story paragraphs or quotes, all three in
    one container."""
    return all(id(p) in chosen and p.kind != "heading" for p in (before, after)) and \
        box_of.get(id(before), 0) == box_of.get(id(part), 0) == box_of.get(id(after), 0)


def subheads(doc: Document, neighbours: list[tuple[Part, Part, Part]], chosen: set[int],
             box_of: dict[int, int]) -> list[Part]:
    """The story's subheads the extractor left out: trafilatura drops some
    `<h2>`/`<h3>` between two story paragraphs (on a short story above all).
    A heading counts when the text blocks just before and after it are story
    paragraphs or quotes of the same `<article>` (no other page text between)
    and of one container (only the markup of paragraphs, line breaks and
    inline emphasis between: a share box's or related box's title sits in a
    `<div>` of its own), and it is short, no sidebar's title, not one link (a
    related story) and no page furniture ("Advertisement") or box title
    ("Most Read", "Sign up for our newsletter": `_html_tags.BOX_TITLE`)."""
    out = []
    for before, part, after in neighbours:
        if part.kind == "heading" and id(part) not in chosen and \
                _between_story(before, part, after, chosen, box_of) and _subhead_like(part) and \
                _siblings(doc.source, before, part, _TO_HEADING) and \
                _siblings(doc.source, part, after, _FROM_HEADING):
            out.append(part)
    return out


def _subhead_like(part: Part) -> bool:
    """A heading that may be the story's subhead: SUBHEAD_WORDS words at most,
    no sidebar's title, not one link (a related story), no page furniture or
    box title."""
    return len(part.text.split()) <= SUBHEAD_WORDS and not part.attrs.get("sidebar") and \
        not is_link(part) and not PAGE_FURNITURE.fullmatch(part.text) and not BOX_TITLE.fullmatch(part.text)


def _furniture_text(text: str) -> bool:
    """`text` is all page furniture, a box title or a widget label
    (`PAGE_FURNITURE`, `BOX_TITLE`, `WIDGET_TEXT`): no story text, for a
    linked paragraph, a run's head sentence or a list item alike."""
    return bool(PAGE_FURNITURE.fullmatch(text) or BOX_TITLE.fullmatch(text) or WIDGET_TEXT.fullmatch(text))


def reads_as_sentence(text: str) -> bool:
    """A sentence, not a headline: SENTENCE_WORDS words or more, ending in
    sentence punctuation, and not in title case ("Here's Why We All Need To
    Get Better At It.")."""
    if len(text.split()) < SENTENCE_WORDS or not LINE_ENDS_SENTENCE.search(text):
        return False
    words = _LONG_WORD.findall(text)[1:]        # (the first word is capitalised anyway)
    return sum(w[0].isupper() for w in words) < TITLE_CASE * len(words) if words else True


def linked_paragraphs(doc: Document, neighbours: list[tuple[Part, Part, Part]], chosen: set[int],
                      box_of: dict[int, int]) -> list[Part]:
    """The story's paragraphs the extractor left out for their links: mostly
    link text (`mostly_links`), between two story paragraphs or quotes of one
    container, reading as a sentence, and no teaser, pitch or note on the
    story (`_html_teaser.is_teaser`: a label, a teaser's class, a call to
    the reader, a line in italics), page furniture, box title, widget's
    label, teaser's blurb or entry of a list of links."""
    out = []
    for before, part, after in neighbours:
        if part.kind != "paragraph" or id(part) in chosen or part.attrs.get("sidebar") or \
                part.attrs.get("hidden"):
            continue
        text = part.text.strip()
        if _between_story(before, part, after, chosen, box_of) and mostly_links(part) and reads_as_sentence(text) and not is_teaser(doc.source, before, part) and \
                not _furniture_text(text) and \
                not is_blurb(part) and not is_link_listing(part) and \
                _siblings(doc.source, before, part, _PARAGRAPH_GAP) and \
                _siblings(doc.source, part, after, _PARAGRAPH_GAP):
            out.append(part)
    return out


# A paragraph that a block inside it cut in two (`<p>first half<figure>...</figure>rest</p>`):
# between the halves no paragraph, heading, list item, cell or <article> starts or ends,
# but some other block does (the cut); the rest runs, past inline end tags, into a `</p>`
# left with no open paragraph. REST_GAP: characters, at most, of a picture's or ad's markup.
REST_GAP = 6000
_CUT = regex.compile(r"<(?:div|figure|section|table|aside|ul|ol|dl|form|iframe|blockquote|hr|pre)[\s>/]",
                     regex.IGNORECASE)
_NO_CUT = regex.compile(r"</?(?:p|h[1-6]|li|td|th|article)[\s>/]", regex.IGNORECASE)
_TO_P_END = regex.compile(r"(?:\s|&nbsp;|</(?:a|span|strong|b|em|i|u|font|small)\s*>)*</p\s*>",
                          regex.IGNORECASE)


def paragraph_rests(doc: Document, chosen: set[int], box_of: dict[int, int]) -> list[Part]:
    """The rest of a story paragraph that a block inside it (a picture, an ad
    slot) cut in two, where the extractor kept only the first half:
    trafilatura with its images drops the text after a picture's `<div>`
    inside a `<p>`. A paragraph part counts when the nearest story paragraph
    before it is of the same `<article>`, the markup between them is one cut
    (`_CUT`, `_NO_CUT`, at most REST_GAP characters) and its text ends at the
    `</p>` that the cut paragraph's markup closes with."""
    out: list[Part] = []
    last = None                 # the last story paragraph, in source order
    source = doc.source
    for part in sorted((p for p in doc.parts if p.kind == "paragraph" and p.text), key=lambda p: p.source_offset(0)):
        if id(part) in chosen:
            last = part
            continue
        if last is None or part.attrs.get("drop") or part.attrs.get("hidden") or part.attrs.get("sidebar"):
            continue
        start, end = part.source_span(0, len(part.text))
        gap_from = last.source_span(0, len(last.text))[1]
        if start - gap_from > REST_GAP or box_of.get(id(last), 0) != box_of.get(id(part), 0):
            continue
        gap = source[gap_from:start]
        if _CUT.search(gap) and not _NO_CUT.search(gap) and _TO_P_END.match(source, end):
            out.append(part)
            last = part
    return out


def story_notes(doc: Document, chosen: set[int]) -> list[Part]:
    """A note on the story just above or below it that the extractor left
    out: the text block next to the story's first or last paragraph, with no
    other page text between (the story's own h1 may be), that opens as an editor's note, a note on where
    the story first ran or a writer's bio (`_captions.editors_note`: "This
    post originally appeared on Grist.", in a `<p class="editors_note">` above
    the `<article>`) and reads as a sentence; no update stamp ("Updated: Nov 8,
    2023 / 04:43 PM CST"), no hidden or sidebar block."""
    texts = sorted((p for p in doc.parts if p.kind in ("paragraph", "blockquote", "heading")
                    and p.text and not p.attrs.get("drop")), key=lambda p: p.source_offset(0))
    story = [i for i, p in enumerate(texts) if id(p) in chosen and p.kind != "heading"]
    out: list[Part] = []
    for i, step in ((story[0], -1), (story[-1], 1)) if story else ():
        while 0 <= i < len(texts) and id(texts[i]) in chosen:     # (past the story's own h1)
            i += step
        part = texts[i] if 0 <= i < len(texts) else None
        if part is None or part.kind != "paragraph" or part.attrs.get("hidden") or part.attrs.get("sidebar"):
            continue
        text = part.text.strip()
        if editors_note(text) and reads_as_sentence(text) and not update_stamp(part):
            out.append(part)
    return out


# Between two lines of one run of loose text (`lede<br><br>story`): line breaks
# (`<br clear="all">` too), blank space and comments only, one break at least,
# after the end of the inline markup the line may close in (`...</a>`); no
# block element starts or ends there.
_BLANK = r"(?:\s|&nbsp;|&#160;|&#x0*a0;|<!--(?:[^-]|-(?!->))*-->)"
_LINE_BREAKS = regex.compile(rf"(?:</(?:a|b|strong|em|i|u)\s*>)*+{_BLANK}*+(?:<br\b[^<>]*>{_BLANK}*+)++",
                             regex.IGNORECASE)
_SENTENCE_GAP = regex.compile(r"(?<=[.!?])\s+")


def _sites_line(line: str) -> bool:
    """The line is the site's, not the story's: a time stamp
    (`_html_stamps.opens_with_stamp`, whose leads hold all of
    `_text_stamps.stamp_line`'s: "Last updated at ..."), a sentence of it
    page furniture, a box title or a widget label ("Advertisement. Story
    continues below ..."), a call to the reader or a note on the story
    (`_html_teaser.calls_reader`: "Share this story ... with your friends",
    "This article is ..."), or a caption
    (`_captions.looks_like_caption`: "... (Photo: Ana Ruiz).")."""
    if opens_with_stamp(line) or calls_reader(line, story_line=True) or looks_like_caption(line, False):
        return True
    return any(_furniture_text(s) for s in (s.rstrip(".!?") for s in _SENTENCE_GAP.split(line)))


def run_heads(doc: Document, neighbours: list[tuple[Part, Part, Part]], chosen: set[int],
              box_of: dict[int, int]) -> list[Part]:
    """The paragraph that opens a run of loose text whose next paragraph is
    the story's, where the extractor left it out. A page that prints its story
    as one element's text parted by `<br><br>` has its paragraphs in one run;
    trafilatura (2.3, measured) drops the text that follows a block nested in its
    container up to the first `<br>` (the tail of `<div><p>Photo</p></div>`),
    so a lede under a picture box goes ("Anchor: After heavy downpours
    ...<br>Max Lee has more.<br><br>Report: ...": the lede is lost, the rest
    kept). A paragraph counts when only line breaks lie between it and the
    next text block (`_LINE_BREAKS`: one element's text), a story paragraph of
    the same `<article>`; its first line (the one lost) reads as a sentence
    (`reads_as_sentence`) and is not the site's (`_sites_line`: a stamp,
    furniture, a pitch, a caption); and it is mostly no links, no hidden or
    sidebar block."""
    out = []
    for _, part, after in neighbours:
        if part.kind != "paragraph" or id(part) in chosen or id(after) not in chosen or \
                after.kind != "paragraph" or box_of.get(id(part), 0) != box_of.get(id(after), 0) or \
                part.attrs.get("hidden") or part.attrs.get("sidebar"):
            continue
        line = part.text.strip().split("\n", 1)[0].strip()
        if _siblings(doc.source, part, after, _LINE_BREAKS) and reads_as_sentence(line) and \
                not _sites_line(line) and not mostly_links(part):
            out.append(part)
    return out
