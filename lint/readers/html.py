"""HTML reader: a CMS export or a saved web page, parsed with the standard
library's forgiving `html.parser`, every part keeping its exact offsets.

A fragment (what a CMS exports: markup with no page chrome, that is no
`<nav>`, `<header>`, `<footer>`, `<aside>`, `<form>`, `<iframe>` or `<button>`,
and no scripts or style sheets loaded by a whole `<html>` document) is all story; when it
has an `<article>`, the first one's content is, unless it is a teaser card
(a promo or a related story's card: then the first that is none, however
many cards come first; when all are, the first, with a `file.no-story`
notice), and with it the `<article>`s that follow it up to the next card (a
live blog's entries). A full page goes through a
main-content extractor (`_html_story`, trafilatura) that decides which of
the parts are the story; navigation, teasers, comments and footers are never
linted, and a story the page prints twice is read once (`_html_repeats`).
If it finds no story, the page is read as a fragment. A story the
HTML does not show (rendered by script) is read from the page's JSON-LD
`articleBody` (`_html_body`); when that does not stand in either, a
`file.no-story` notice says why no story was found.

The head supplies title fields (`<title>`, og:title, twitter:title, the
JSON-LD headline; a site-name suffix is cut off, see `_html_title`), the
publication date (see `_html_dates`) and the dek stand-in (the meta
description, when the body has no dek). On a page the headline is the h1
that agrees with the title fields, else a title field; in a fragment it is
the first h1, else og:title, else `<title>`. A Google Docs or Word export
(a fragment) has its opening lines read by shape, as plain text's are
(`_html_docs`).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.update_date import update_value
from ..document import Document, Notice, Part
from ._html_jsonld import Facts, facts as jsonld_facts
from ._contacts import release_contacts
from ._captions import blank_credit_captions
from ._gallery_credit import gallery_credits
from ._conventions import demoted_hed, lone_cr_as_lf, wire_dateline
from ._html_cut_off import cut_off
from ._html_dates import choose_date, stamp_list, story_updates
from ._html_docs import is_export, read_export
from ._html_lists import item_runs
from ._html_extract import Extractor
from ._html_furniture import label_furniture, mark_furniture
from ._html_media import keep_parts
from ._html_meta import RANK_JSON_LD, DateCandidate, PageMeta
from ._html_brand import site_titles, unset
from ._html_page import PageStory, story_parts
from ._html_title import carve_suffix, choose_headline, site_keys
from ._html_story import find_story
from ._no_body import page_no_body
from . import templates
from ._html_teaser import is_card
# The steps only a web page takes (`_html_body`, `_html_label`, `_html_repeats` with
# difflib, `_html_windows`) are imported where a page is read: a run over CMS
# fragments never loads them.

FORMAT = "html"
# What a body shows, as against the head's fields (title, dek, meta fields).
BODY_KINDS = ("heading", "paragraph", "blockquote", "caption", "credit", "alt", "byline", "dateline")
WINDOW_SHARE = 0.4     # of the extractor's text the parsed stretches must hold, else parse all
_ARTICLE = regex.compile(r"<article[\s>/]", regex.IGNORECASE)
# Page chrome: a document with any of these is a web page, not a CMS export.
_CHROME = regex.compile(r"<(?:nav|header|footer|aside|form|iframe|button|menu|dialog)[\s>/]",
                        regex.IGNORECASE)
_DOCUMENT = regex.compile(r"<(?:html|body)[\s>/]", regex.IGNORECASE)
_ASSETS = regex.compile(r"<script(?![^>]*ld\+json)[\s>/]|<link[^>]*stylesheet", regex.IGNORECASE)


def read(doc: Document, fragment: bool = False) -> None:
    """Fill `doc`; `fragment=True`: the source is known to be a CMS fragment
    (an export's post body), never a page, whatever markup it holds. A lone
    CR is a line end, as HTML's input stream preprocessing (HTML 13.2.3.5)
    and LineIndex read it; html.parser counts lines at LF only, so the
    reader works on the same-length copy with LF there (`lone_cr_as_lf`)."""
    lone_cr_as_lf(doc, _read, fragment)


def _read(doc: Document, fragment: bool) -> None:
    page = not fragment and is_page(doc.source)
    if not fragment and (short := cut_off(doc.source)) is not None:
        doc.notices.append(short)
    story, no_story = _read_page(doc) if page else (None, None)
    no_story_at = len(doc.notices)      # its place: before the fragment reading's own
    ex = story.ex if story is not None else _read_fragment(doc, page)
    meta = ex.meta
    facts = _json_ld(doc, meta)
    sites = site_keys(meta.sites + [facts.site], meta.urls)
    texts = [t.text for t in meta.titles] + ([meta.title.text] if meta.title is not None else [])
    if meta.title is not None:
        meta.title = carve_suffix(doc, meta.title, sites, texts[:-1])
    titles = [carve_suffix(doc, t, sites, texts[:i] + texts[i + 1:]) for i, t in enumerate(meta.titles)]
    fields = titles + ([meta.title] if meta.title else [])
    if story is not None:
        _story_headline(doc, story, fields, sites)
    else:
        _no_story_headline(doc, ex, page, fields, sites)
    if page:
        from ._html_body import read_article_body
        if not read_article_body(doc, doc.source, facts.body, found=story is not None) \
                and no_story is not None:     # the JSON-LD articleBody did not stand in for it
            doc.notices.insert(no_story_at, _no_story(no_story))
    wire_dateline(doc)
    blank_credit_captions(doc)      # `<p><em>... (Photo by: )</em></p>`: no figure, no credit
    gallery_credits(doc)            # "(Image credits: A; B)" under a gallery credits its captions
    release_contacts(doc)
    for part in titles:
        doc.add(part)
    has_dek = doc.first("dek") is not None
    for part in meta.descriptions:
        if not has_dek:
            part.kind, has_dek = "dek", True
        doc.add(part)
    choose_date(doc, meta, page=story is not None)
    if meta.empty_title is not None and doc.headline_at is None and \
            not any(p.kind in ("headline", "title") for p in doc.parts):
        doc.headline_at, said = meta.empty_title        # the missing headline says so, there
        doc.headline_said = f"<title> is {said}"
    if not fragment:
        _no_body(doc)
    doc.state_section(next((v for k, v in doc.fields.items() if k.lower() == "article:section"), None),
                      "article:section")
    doc.state_section(facts.section, "JSON-LD articleSection")


def _json_ld(doc: Document, meta: PageMeta) -> Facts:
    """The page's JSON-LD facts (`_html_jsonld.facts`): its headline added
    to `meta`'s titles, its publication dates to `meta`'s dates, its URL to
    `meta.urls`, and its update dates to `doc.updates`."""
    facts = jsonld_facts(doc.source, meta.jsonld)
    if facts.headline is not None:
        part = facts.headline.part(doc.source, "title", name="schema headline")
        if part is not None:
            meta.titles.append(part)
    for value in facts.published:       # a list's in order: the first plausible one is taken
        part = value.part(doc.source, "field", name="JSON-LD datePublished")
        if part is not None:
            meta.dates.append(DateCandidate(RANK_JSON_LD, "JSON-LD datePublished", part.text, part))
    # the update date (`analysis.update_date`: the latest plausible one), never the publication date
    doc.updates += [d for value in facts.modified if (d := update_value(value.value(doc.source))) is not None]
    meta.urls.append(facts.url)
    return facts


def _story_headline(doc: Document, story: PageStory, fields: list[Part], sites: set[str]) -> None:
    """A page whose story was found: its headline chosen (an `<h1>`, else
    the story's own heading: `_html_brand.story_heading`), no section label
    (`_html_label.relabel`), the story's parts kept (`PageStory.keep_only`),
    and the title `fields` and mastheads that are only the site's name
    (`sites`) made no title."""
    from ._html_brand import site_only, story_heading
    ex = story.ex
    names, mastheads = site_only(doc, fields, ex, sites, story.chosen)    # the site's name: no title
    fields = [f for f in fields if all(f is not n for n in names)]
    for h1 in mastheads:
        h1.kind = "heading"
    # (an <aside>'s heading titles its box, never the story: `sidebar`, `_html_opens.OpenSteps._open_box`)
    h1s = [h for h in ex.h1s if all(h is not m for m in mastheads) and not h.attrs.get("sidebar")]
    headline = choose_headline(h1s, fields, story.region) or \
        story_heading(doc, story.chosen, story.region, ex)
    from ._html_label import relabel
    headline = relabel(doc, headline, fields, story.region)     # not a section label
    story.keep_only(doc, headline)
    unset(names, doc)


def _no_story_headline(doc: Document, ex: Extractor, page: bool, fields: list[Part], sites: set[str]) -> None:
    """A page with no story found, or a CMS fragment (`page` False): every
    part kept but dropped and (on a page) hidden ones, the page's furniture
    marked or a fragment's stamp lists left out, and a headline found (an
    export's opening lines, a demoted hed, a live blog's `<h1>` above its
    entries), else a title field (`og:title`, `<title>`; `fields`, the last
    the `<title>`) that is not only the site's name (`sites`) stands in."""
    # (with no story found, a page's hidden block is no story text: `_html_extract`)
    keep_parts(doc, lambda p: not p.attrs.pop("drop", False) and not (page and p.attrs.get("hidden")))
    if page:
        mark_furniture(doc)
    else:
        _drop_stamp_lists(doc)
        label_furniture(doc)
        story_updates(doc, doc.parts)      # a CMS fragment is all story
    if not page and is_export(doc.source):
        read_export(doc)        # Google Docs' or Word's HTML: its opening lines by their shape
    if not page and doc.first("headline") is None:
        demoted_hed(doc)
    if not page and doc.first("headline") is None:
        from ._html_live import h1_above
        h1_above(doc, ex, fields, sites)    # a live blog's <h1> above its entries
    names = site_titles(fields, sites) if page else []     # only the site's name: no title
    if doc.first("headline") is None:
        stand_in = next((p for p in fields if all(p is not n for n in names)
                         and p.name in ("og:title", "html title")), None)
        if stand_in is not None:
            stand_in.kind = "headline"
    unset(names, doc)


def _drop_stamp_lists(doc: Document) -> None:
    """A CMS fragment is all story but a site's stamp box: a definition
    list's run of terms and descriptions (consecutive `<dt>` and `<dd>`
    parts) that `_html_dates.stamp_list` calls one (`Published`, `Dec. 1,
    2026 7 PM`) is left out, as on a page."""
    drop: set[int] = set()
    for i, j in item_runs(doc.parts, ("dt", "dd")):
        if stamp_list(doc.parts[i:j]):
            drop.update(map(id, doc.parts[i:j]))
    if drop:
        keep_parts(doc, lambda p: id(p) not in drop)


def _no_body(doc: Document) -> None:
    """A file whose body shows no text gets `file.no-body` (`page_no_body`),
    and what it read there (template comments as text) is dropped."""
    body = page_no_body(doc, lambda start, end: templates.scan(doc.source, start, end))
    if body is not None:
        keep_parts(doc, lambda p: not (p.kind in BODY_KINDS and body[0] <= p.source_offset(0) < body[1]))


def is_page(source: str) -> bool:
    """A web page rather than a CMS export: it has page chrome, or it is a whole
    document that loads scripts or style sheets."""
    return bool(_CHROME.search(source) or (_DOCUMENT.search(source) and _ASSETS.search(source)))


def _extract(doc: Document, restrict: bool, spans=None, story_page: bool = False,
             article: int | range = 0) -> Extractor:
    """Parse the page (or only `spans` of it, each closed on its own);
    `story_page`: a page whose story was found (not a fragment); `article`:
    with `restrict`, which outermost `<article>` is read (0: the first), or
    the range of them."""
    ex = Extractor(doc, page=True, restrict_to_article=restrict, story_page=story_page, article=article)
    for start, end in spans or [(0, len(doc.source))]:
        ex.feed(start, end)
        ex.close()
    return ex


def _reset(doc: Document, notices: int) -> None:
    doc.parts.clear()
    doc.suppressions.clear()
    doc.fields.clear()
    del doc.notices[notices:]


def _read_fragment(doc: Document, page: bool = False) -> Extractor:
    notices = len(doc.notices)
    ex = _extract(doc, restrict=bool(_ARTICLE.search(doc.source)))
    if ex.restrict and not (ex.in_article or ex.article_done):
        # "<article" was only in a comment or a script: read the whole page.
        _reset(doc, notices)
        ex = _extract(doc, restrict=False)
    elif ex.restrict and (ex.tops > 1 or not page and is_card(doc.parts, _h1s(ex))):
        ex = _past_cards(doc, ex, notices, page)
    return ex


def _read_state(doc: Document, notices: int) -> tuple:
    """What an Extractor wrote into `doc` (the notices from `notices` on),
    for `_restore`: `_reset` clears the same."""
    return list(doc.parts), list(doc.suppressions), dict(doc.fields), doc.notices[notices:]


def _restore(doc: Document, notices: int, state: tuple) -> None:
    """Put back in `doc` what an earlier read wrote (`state`, from
    `_read_state`), in place of what was read since."""
    _reset(doc, notices)
    parts, suppressions, fields, said = state
    doc.parts.extend(parts)
    doc.suppressions.extend(suppressions)
    doc.fields.update(fields)
    doc.notices.extend(said)


def _h1s(ex: Extractor) -> frozenset[int]:
    return frozenset(map(id, ex.h1s))


def _past_cards(doc: Document, ex: Extractor, notices: int, page: bool) -> Extractor:
    """The first outermost `<article>` read was a teaser card (a promo or a
    related story's card: `_html_teaser.is_card`) or others follow it: read
    the first one that is none, however many cards come before it. One parse
    of the whole source groups its parts by outermost `<article>` to find it,
    and one more reads it alone, unless it is the first alone, which `ex`
    (the parse of the first) read already: three parses at most, whatever
    the number of cards, two when the first is the story.
    The outermost `<article>`s after it that are no cards either, up to the
    first card, are read with it in order (a live blog's entries, each an
    `<article>` whose headline links to its place on the page, after a
    header `<article>`); a story followed by a card is read alone. The same
    holds when the first `<article>` is no card but others follow it.
    When every one is a card, a CMS fragment's text outside every
    `<article>` is its story when it is no card itself, has a paragraph and
    says more than any card (`_beside_cards`: an `<h1>` and paragraphs in
    `<body>`, then one card or more): that parse is kept, the cards' parts
    left out. Otherwise (a section front's index) the first is read and,
    unless the source is a page whose own `file.no-story` notice says so, a
    `file.no-story` notice says no story was found (for two cards or more;
    one card is read as before)."""
    first = _read_state(doc, notices)
    _reset(doc, notices)
    survey = _extract(doc, restrict=False)
    tops: dict[int, list] = {}
    outside = []
    for part in doc.parts:
        box = survey.box_of.get(id(part))
        if box and part.text.strip():
            tops.setdefault(survey.top_of[box], []).append(part)
        elif not box and part.text.strip() and part.kind not in ("title", "field"):
            outside.append(part)
    h1s = _h1s(survey)
    story = next((n for n in sorted(tops) if not is_card(tops[n], h1s)), None)
    if story is None and not page and _beside_cards(outside, tops.values(), h1s):
        keep_parts(doc, lambda p: not survey.box_of.get(id(p)))        # the story beside the cards
        return survey
    end = (story or 0) + 1
    while story is not None and end < survey.tops and not is_card(tops.get(end, []), h1s):
        end += 1                # a live blog's entries, each an <article>: all of them
    if (story or 0, end) == (0, 1):
        _restore(doc, notices, first)       # the first <article> alone: `ex` read it
    else:
        _reset(doc, notices)
        ex = _extract(doc, restrict=True, article=range(story or 0, end))
    if story is None and not page and survey.tops > 1:
        doc.notices.append(Notice(
            "file.no-story", "warning", f"no story found: each of the {survey.tops} <article>s is a teaser card "
            "(a linked headline and a line or two of blurb); linting the first", survey.top_at[0]))
    return ex


def _beside_cards(outside: list, cards, h1s: frozenset[int]) -> bool:
    """The parts outside every `<article>` (`outside`) are a story beside
    the teaser cards (`cards`, each card's parts): no card themselves, with
    a paragraph, and more words of prose than any card's blurb."""
    def words(parts) -> int:
        return sum(len(p.text.split()) for p in parts if p.kind in ("paragraph", "blockquote"))
    return any(p.kind == "paragraph" for p in outside) and not is_card(outside, h1s) and \
        all(words(outside) > words(card) for card in cards)


def _read_page(doc: Document) -> tuple[PageStory | None, str | None]:
    """Find the page's story and read the stretches of the page that hold it
    (see `_html_windows`; the whole page when those do not hold it): (story,
    None), or (None, why) when there is none, so the caller reads the page as a
    fragment and says why in a `file.no-story` notice, unless the JSON-LD
    articleBody stands in for the story (`_html_body`)."""
    from ._html_repeats import first_copy
    from ._html_windows import windows

    notices = len(doc.notices)
    story, why = find_story(doc.source)
    if story is None:
        return None, why
    spans = windows(doc.source, doc.lines, story)
    ex = _extract(doc, restrict=False, spans=spans, story_page=True)
    found = story_parts(doc, story, ex.box_of, ex)
    if spans is not None and not _holds_story(doc, found, story):
        _reset(doc, notices)
        ex = _extract(doc, restrict=False, story_page=True)
        found = story_parts(doc, story, ex.box_of, ex)
    if found is None:
        _reset(doc, notices)
        return None, "no paragraph matched"
    found = first_copy(doc, found, story, ex.box_of, ex)      # a story printed twice: its first copy
    return PageStory(ex, story, *found), None


def _holds_story(doc: Document, found, story) -> bool:
    """True when the parsed stretches hold most of the text the extractor kept."""
    if found is None:
        return False
    chosen = found[0]
    return sum(len(p.text) for p in doc.parts if id(p) in chosen) >= WINDOW_SHARE * story.chars


def _no_story(why: str) -> Notice:
    return Notice("file.no-story", "warning",
                  f"no story found on this page ({why}); linting it as an article fragment")
