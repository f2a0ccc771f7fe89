"""A live blog's title above its `<article>` entries: a chrome-less one's `<h1>`.

A CMS fragment (no page chrome) read only inside its `<article>`s may have
no headline of its own: a live blog prints its title as an `<h1>` above the
entries, each an `<article>` with no heading or a linked one. That `<h1>`
is the headline, read at its place (`h1_above`), but only when it is
plausibly this story's headline:

- it is the last `<h1>` outside every `<article>` before the first one read
  that is not hidden (the `hidden` attribute or class, aria-hidden="true",
  a style with display none or visibility hidden) and that none of the
  rules below rules out;
- it is no masthead: its words are not the site's name, and neither its
  start tag nor a tag between it and its text names a logo, brand or
  masthead class or links to the site's root (`_html_brand.masthead`: `/`,
  `./`, `https://host/`, `/?ref=logo`);
- it is no label: more than one word ("Opinion", "Sports" head a
  section's page, not a story), and not a live blog's label over its
  entries (`_LABEL`: "Latest updates", "Key events", "Top stories");
- it heads no box of its own: it is in no `<aside>` or `<nav>`, and in no
  `<section>`, `<footer>` or element whose class or id names related
  links, a promo or a sidebar (`<div class="related">`) that closes before
  the entries ("Related coverage" over a list of links);
- the `<article>`s below are a live blog's entries (two or more read), or
  the one `<article>` shares a `<main>` (or `role="main"`) with the `<h1>`:
  a lone story under an `<h1>` in `<body>` is most often a masthead's page
  (a site's name in an unmarked `<h1>`), and was a missing headline before.

That `<h1>` is not taken either when title fields name another headline
(when fields exist, none agrees with it: the `<title>` stands in as before).
A title field that is only the site's name (`_html_brand.site_titles`)
names none: it is never compared.

Not at all when the `<article>` read is a teaser card read for want of a
story (a `file.no-story` notice).

When the story found on a page (`_html_story.find_story`) is a live blog's
entries and no `<h1>` is its headline, `entry_heads` tells
`_html_brand.story_heading` which headings are the entries' own (never the
headline) and which heading right above them is the blog's title.
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part
from ._html_brand import masthead, site_titles
from ._html_title import AGREE, agreement
from ._html_tags import names_sidebar
from ._stitch import inline_spans

_BOXES = ("section", "footer", "aside", "nav", "main")     # the containers the rules above read
_NEVER_IN = ("aside", "nav")                                  # an h1 in one heads no story
_CLOSED = ("section", "footer", "box")                        # ... nor in one closed before the entries
# An h1 no reader sees: display none or visibility hidden in its style.
_UNSEEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# A live blog's label over its entries, not its headline ("Latest updates", "Key events").
_LABEL = regex.compile(r"(?:key|latest|live|top|recent|more|all)\s+(?:events|updates|posts|stories|news|"
                       r"developments|moments|headlines)\W*", regex.IGNORECASE)


def _boxes(elems) -> list[tuple[str, object]]:
    """Of the elements `elems` (the extractor's `Elem`s), the sectioning
    ones, each as (name, element): the tag, `main/<tag>` for an element with
    role="main", `box/<tag>` for one whose class or id names a sidebar,
    related links or a promo (`_html_tags.names_sidebar`)."""
    out = []
    for elem in elems:
        attrs = elem.attrs or {}
        if elem.tag in _BOXES:
            out.append((elem.tag, elem))
        elif (attrs.get("role") or "").strip().lower() == "main":
            out.append((f"main/{elem.tag}", elem))
        elif names_sidebar(attrs):
            out.append((f"box/{elem.tag}", elem))
    return out


def _unseen(attrs: dict) -> bool:
    """An element no reader sees, by its own attributes."""
    return "hidden" in attrs or (attrs.get("aria-hidden") or "").strip().lower() == "true" or \
        bool(_UNSEEN.search(attrs.get("style") or ""))


def h1_above(doc: Document, ex, fields: list[Part], sites: set[str]) -> None:
    """Make the live blog's `<h1>` above the entries `ex` read the
    headline (see the module). `ex`: the Extractor that read the fragment's
    `<article>`s; `fields`: the title fields; `sites`: the site keys."""
    first = ex.articles[0]
    if not ex.restrict or first >= len(ex.top_at) or any(n.rule == "file.no-story" for n in doc.notices):
        return
    from ._articles import new_article          # (here: it loads the XML reader's helpers)
    from ._html_extract import Extractor
    start = ex.top_at[first]
    above = Extractor(new_article(doc, doc.article), page=True)
    above.feed(0, start)
    still = {id(e) for e in above.stack}        # the elements open where the entries start
    above.close()
    entries = len([i for i in ex.articles if i < len(ex.top_at)])
    refs = [f.text for f in fields if f.text.strip() and not site_titles([f], sites)]    # the site's name: no title
    for h1 in reversed(above.h1s):
        if not _may_title(h1, above.box_of) or masthead(above, h1) or site_titles([h1], sites):
            continue
        if not _own(above.h1_around[id(h1)], still, entries):
            continue
        if refs and max(agreement(h1.text, r) for r in refs) < AGREE:
            return
        h1.kind = "headline"
        doc.add(h1)
        return


def _own(around: tuple, still: set[int], entries: int) -> bool:
    """The h1 (`around`: the elements open round it as the extractor read
    it, itself last) heads the entries: it is in no box of its own, and
    over a live blog's entries (`entries` of them) or in one `<main>` with
    its one `<article>` (see the module). `still`: the ids of the elements
    still open where the entries start."""
    *outer, own = around
    boxes = _boxes(outer)
    if _unseen(own.attrs or {}) or any(t in _NEVER_IN for t, _ in boxes) or \
            any(t.split("/")[0] in _CLOSED and id(e) not in still for t, e in boxes):
        return False
    return entries > 1 or any(t.startswith("main") and id(e) in still for t, e in boxes)


def entry_heads(shown: list[Part], chosen: set[int], box_of: dict[int, int]) -> tuple[set[int], Part | None]:
    """On a page whose story is a live blog's entries, (the ids of the
    entries' own headings, the blog's title above them or None), for
    `_html_brand.story_heading`; (set(), None) on any other page. The story
    is a live blog's when its parts (`chosen`: their ids) sit in two
    `<article>`s or more (`box_of`: id(part) -> its innermost `<article>`)
    and a heading in one of them is all a link to a place on the page (an
    entry's permalink: `<h3><a href="#post-1">Update 1</a></h3>`). Each
    entry's heading (one in those `<article>`s) titles that entry, never the
    story. The blog's title is the text right above the first entry when
    that is a heading in no `<article>`, of more than one word, not hidden,
    dropped or a box's, and no label over the entries (`_LABEL`)."""
    boxes = {box_of.get(i, 0) for i in chosen} - {0}
    if len(boxes) < 2:
        return set(), None
    entries = [p for p in shown if p.kind in ("heading", "headline") and box_of.get(id(p), 0) in boxes]
    if not any(inline_spans(p, "anchor") == [(0, len(p.text))] for p in entries):
        return set(), None
    k = next(i for i, p in enumerate(shown) if box_of.get(id(p), 0) in boxes)     # (an entry's heading is shown)
    lead = shown[k - 1] if k else None
    if lead is None or lead.kind != "heading" or not _may_title(lead, box_of) \
            or lead.attrs.get("drop") or lead.attrs.get("sidebar"):
        lead = None
    return {id(p) for p in entries}, lead


def _may_title(head: Part, box_of: dict[int, int]) -> bool:
    """`head` may be a live blog's title above its entries: in no `<article>`
    (`box_of`: id(part) -> its innermost one), not hidden, of more than one
    word, and no label over the entries (`_LABEL`: "Latest updates")."""
    return not box_of.get(id(head)) and not head.attrs.get("hidden") and len(head.text.split()) >= 2 \
        and not _LABEL.fullmatch(head.text)
