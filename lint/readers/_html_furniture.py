"""Page furniture among a web page's parts, found by what its text is.

The markup of a page does not always say what a block is, but its text
does: a line that is only a CMS timestamp ("Mon 20 Jan 2020 06.05 GMT /
Last modified on ..."), a byline with its timestamp ("By Ana Ruiz, Aug. 14,
2020 2:30 pm"), an ad label or rights line (`_html_tags.PAGE_FURNITURE`), a
widget's label in a figure or a paragraph ("Share on Pinterest", "Tweet
this", "Reprints", "Slideshow (15 images)", "Media playback is unsupported
on your device"), WordPress's post-metadata line ("This entry was posted on
... and is filed under ..."), a theme's post-meta paragraph that is its date
and its category links ("May 6, 2022 News": `stamp_and_tags`), or an entry of a list of links to other
stories (a link followed only by its date). None of them is the story's
prose; nor is an image the markup names a button, icon or logo
(attrs["control"], see `_html_tags.CONTROL_NAME`; an author's headshot too),
a teaser card's picture (attrs["teaser"], see `_html_figures`) or an image
whose alt text ends in a call to action ("Click Here", "Buy Now": an ad's)
one of its pictures. Only full pages go through here: a CMS fragment reads as
written.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document
from ._html_media import keep_parts
from ._html_stamps import STAMP_WORDS, TIMESTAMP, is_timestamp
from ._html_tags import PAGE_FURNITURE
from ._stitch import cut_out, link_spans, page_link_spans, sub_part

# Labels of page widgets that end up in a figure or a paragraph of their own.
WIDGET_TEXT = regex.compile(
    r"\s*(?:(?:share|pin|save)\s+(?:on|to|via)\s+\w+(?:\s+\w+)?"
    r"|(?:slide\s*show|gallery|photo\s+gallery|photos|images|pictures)\s*[:\-\u2013]?\s*"
    r"\(?\s*\d+\s+(?:images|photos|pictures|slides)\s*\)?"
    r"|(?:view|open|launch)\s+(?:the\s+)?(?:slide\s*show|gallery)(?:\s*\(?\s*\d+\s+\w+\s*\)?)?"
    r"|(?:click|tap)\s+(?:here\s+)?to\s+(?:enlarge|expand|zoom)|enlarge\s+this\s+image"
    r"|(?:hide|show|toggle)\s+caption|image\s+\d+\s+of\s+\d+"
    r"|(?:tweet|share|e-?mail|print|digg|link|save|pin)\s+this(?:\s+(?:story|article|page|post))?"
    r"|reprints?(?:\s*(?:&|and)\s*permissions)?"
    r"|media\s+playback\s+is\s+(?:unsupported|not\s+supported)\s+on\s+your\s+device"
    r"|this\s+entry\s+was\s+posted\b.{0,300}?\bfiled\s+under\b.*"
    r")\s*",
    regex.IGNORECASE | regex.DOTALL)
# The call to action that ends a house ad's or a shop's alt text ("Now
# Streaming 24/7 Click Here", "Harbour Globe Buy Now"): no story's picture
# asks to be bought or clicked. (A caption is left alone: the reference
# bodies of the shared pages print a shop box's caption as story text.)
# It is an imperative, a button's label: a lowercase word right before it
# makes it part of a description ("Job seekers line up to apply today",
# "a museum where children can learn more").
CALL_TO_ACTION = regex.compile(r"(?<!(?-i:\b\p{Ll}[\p{L}'’]*)\s+)"
                               r"\b(?:(?:buy|shop|order|apply|subscribe|download|click|tap|book)\s+(?:it\s+)?"
                               r"(?:now|here|today)|learn\s+more)\W*$", regex.IGNORECASE)
# A blog template's post-metadata glued into a paragraph of prose (WordPress
# themes print the author's bio and this in one `<p class="postmetadata">`):
# "This entry was posted on <date> at <time> and is filed under <categories>.",
# opening a sentence and running, with the theme's "You can follow any
# responses ..." lines, to the paragraph's end; or a line of its own "Posted
# on <date> [by <name>] [in <categories>]" / "Posted by <name> on <date> ...".
_DATE = (r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:"
         r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}"
         r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?,?\s+\d{4}"
         r"|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})"
         r"(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?")
_WHO = r"by\s+\p{L}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}"
_POST_META = regex.compile(
    r"(?:(?<=^|[.!?][\"”’)]?\s+|\n\s*)this\s+entry\s+was\s+posted\b.{0,300}?\bfiled\s+under\b.{0,400}\Z"
    rf"|(?<=^|\n)[ \t]*posted\s+(?:(?:on\s+)?{_DATE}(?:\s+{_WHO})?|{_WHO}\s+on\s+{_DATE})"
    r"(?:\s+in\s+[\p{L}\d&'’ -]{1,40}(?:,\s*[\p{L}\d&'’ -]{1,40}){0,5})?\.?[ \t]*(?=\n|\Z))",
    regex.IGNORECASE | regex.DOTALL)
# "By Ana Ruiz, Aug. 14, 2020 2:30 pm", "by Ana Ruiz / 21 August 2019, 7:40am":
# a byline, and perhaps the timestamp the template prints beside it.
_BYLINE = regex.compile(r"\s*by\s+(?P<name>(?:\p{Lu}[\p{L}.'’-]*\s*){1,5}?)"
                        r"(?:\s*(?:[,/|\u2022\u00b7\u2013\u2014-]+|\n|\s+on\s+|\s+at\s+)\s*(?P<rest>.*))?",
                        regex.IGNORECASE | regex.DOTALL)
_SEPARATORS = regex.compile(r"^[\s\-\u2013\u2014|/\u2022\u00b7:,]+")


def is_byline(text: str) -> bool:
    """True when a block is "By Name" and at most a timestamp after it. A name
    word is capitalised and is no weekday or month ("By Monday, Oct. 5" is a
    deadline)."""
    m = _BYLINE.fullmatch(text)
    if m is None:
        return False
    name = m["name"].strip()
    if not name[:1].isupper() or all(w.lower().strip(".") in STAMP_WORDS for w in name.split()):
        return False
    rest = (m["rest"] or "").strip()
    return not rest or is_timestamp(rest)


def is_link_listing(part) -> bool:
    """True for a list entry that is a link and then only its date ("Story
    title - October 10, 2020"), or that is wholly one link to another page
    holding more than one line (a card: a title, its blurb, its source, as
    in a "What to watch next" playlist): a list of other stories."""
    if part.attrs.get("block") != "li":
        return False
    links = link_spans(part)
    if not links or links[0][0] > 0:
        return False
    rest = _SEPARATORS.sub("", part.text[max(e for _, e in links):])
    if rest:
        return is_timestamp(rest)
    return len(links) == 1 and page_link_spans(part) == links and \
        "\n" in part.text[links[0][0]:links[0][1]].strip()


# A fragment's label line is short and one line; a rights line there names
# its owner first (`© 2026 Example News. All rights reserved.`): a story
# paragraph that only mentions the words is no label.
LABEL_MAX_WORDS = 20
_RIGHTS_WORDS = regex.compile(r"all\s+rights\s+reserved|copyright|\u00a9", regex.IGNORECASE)
RIGHTS_LINE = regex.compile(r"\s*(?:\u00a9|\(c\)|copyright\b)\s*(?:(?:19|20)\d\d|.{0,100}all\s+rights\s+reserved).*",
                            regex.IGNORECASE | regex.DOTALL)
_DOUBLE_MARKS = regex.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]")


def is_label(text: str) -> bool:
    """True when a fragment's paragraph is only a furniture label: an ad
    label, a "Read more:" line or a widget's label (`PAGE_FURNITURE`, bar its
    rights branches, or `WIDGET_TEXT`), or a rights line (`RIGHTS_LINE`)
    with no double quote mark in it (`Copyright 2026 “belongs to the city.”`
    is a story's paragraph: qa158 #3); one line of at most
    `LABEL_MAX_WORDS` words."""
    if "\n" in text.strip() or len(text.split()) > LABEL_MAX_WORDS:
        return False
    if _RIGHTS_WORDS.search(text):
        return RIGHTS_LINE.fullmatch(text) is not None and _DOUBLE_MARKS.search(text) is None
    return bool(PAGE_FURNITURE.fullmatch(text) or WIDGET_TEXT.fullmatch(text))


def label_furniture(doc: Document) -> None:
    """A CMS fragment keeps its parts as written, but a paragraph that is
    only a furniture label (`is_label`: an ad label, a "Read more:" line, a
    widget's label, a rights line) is marked `attrs["furniture"]`, so the
    quote checks read a quote on over it (`quote_blocks.set_apart`)."""
    for part in doc.parts:
        if part.kind == "paragraph" and part.text and is_label(part.text):
            part.attrs["furniture"] = True


def mark_furniture(doc: Document) -> None:
    """Drop the furniture blocks of a page's parts; a timestamp becomes a
    `timestamp` field (date checks only), a byline line a byline. A picture
    whose alt text ends in a call to action (`CALL_TO_ACTION`: a house ad's)
    is an ad's."""
    def furniture(p) -> bool:
        if p.kind == "paragraph":
            return not p.text or bool(PAGE_FURNITURE.fullmatch(p.text) or WIDGET_TEXT.fullmatch(p.text)
                        or is_link_listing(p))
        if p.kind == "alt":
            return bool(p.attrs.get("control") or p.attrs.get("teaser") or CALL_TO_ACTION.search(p.text))
        return p.kind == "caption" and bool(WIDGET_TEXT.fullmatch(p.text) or PAGE_FURNITURE.fullmatch(p.text))

    for part in doc.parts:
        if part.kind == "paragraph":
            cut_post_meta(part)         # a line left empty is dropped next
    keep_parts(doc, lambda p: not furniture(p))
    story_begun = False         # a paragraph of prose read: a date and a link under it are the story's
    for part in doc.parts:
        if part.kind == "paragraph" and is_timestamp(part.text) or \
                part.kind == "dateline" and (TIMESTAMP.match(part.text) or is_timestamp(part.text)):
            part.kind, part.name = "field", "timestamp"
        elif part.kind == "paragraph" and not story_begun and (stamp := stamp_and_tags(part)) is not None:
            _narrow(part, *stamp)
            part.kind, part.name = "field", "timestamp"
        elif part.kind in ("paragraph", "dateline", "dek") and is_byline(part.text):
            part.kind, part.name = "byline", ""
        story_begun = story_begun or part.kind == "paragraph"


def cut_post_meta(part) -> None:
    """Leave a blog template's post-metadata (`_POST_META`) out of a paragraph
    of prose it is glued to, as template text (`_stitch.cut_out`): the date
    and time the theme printed are no reporter's, so no date, time or word
    check reads them. The rest of the paragraph keeps its exact positions."""
    if "osted" not in part.text or is_timestamp(part.text):
        return      # a line that is only "Posted on <date>" is a timestamp field
    for m in reversed(list(_POST_META.finditer(part.text))):
        cut_out(part, m.start(), m.end())


# What stands between a post-meta line's date and its category links: spaces,
# a comma, a bar, a slash, a bullet or a dash, and the theme's "in" or "filed under".
_TAG_GAP = regex.compile(r"[\s,|/\u2022\u00b7\u2013\u2014:-]*(?:(?i:in|filed\s+under|category)\b[\s:]*)?")
_CATEGORY_LINK_WORDS = 4     # words: a category or tag link is no longer ("Local News", "Health & Science")


def stamp_and_tags(part) -> tuple[int, int] | None:
    """(start, end) of the date in a paragraph that is only a theme's
    post-meta: a timestamp (`is_timestamp`) and one or more short links to
    the site's categories or tags, before or after it ("May 6, 2022 News",
    "Local | April 14, 2026"), as WordPress themes print `<p class="post-meta">`
    with a date span and a category span. The links are template text, no
    prose; None for any other paragraph (a sentence around a link has words
    outside it). `mark_furniture` asks only over the story's top, before its
    first paragraph of prose: in the body a date and a linked headline are
    the story's ("Feb. 2, 2026 — Board rejects plan")."""
    links = page_link_spans(part)
    if not links or len(links) > 6 or "\n\n" in part.text:
        return None
    text, runs, pos = part.text, [], 0
    for start, end in links + [(len(text), len(text))]:
        gap = text[pos:start]
        lead, stop = _TAG_GAP.match(gap).end(), len(gap.rstrip(" \t\r\n,|/\u2022\u00b7\u2013\u2014:-"))
        if lead < stop:         # words between the links, not only a separator
            runs.append((pos + lead, pos + stop))
        if start < len(text) and len(text[start:end].split()) > _CATEGORY_LINK_WORDS:
            return None
        pos = end
    stamp = text[slice(*runs[0])] if len(runs) == 1 else ""
    if not (stamp and is_timestamp(stamp) and TIMESTAMP.match(stamp)):
        return None      # a date the theme prints, with its month ("May 06, 2022") or in figures
    return runs[0]


def _narrow(part, start: int, end: int) -> None:
    """Make part.text[start:end] the whole of `part`, in place (its inline
    marks, the links cut off, dropped), with its exact source positions."""
    kept = sub_part(part, part.kind, start, end)
    part.text, part.segments = kept.text, kept.segments
    part.__post_init__()
    part.attrs.pop("inline", None)
