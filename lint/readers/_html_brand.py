"""A title that is only the site's name is no headline, nor is the masthead.

Some pages title themselves with the site's name alone (`<title>The Daily
Planet</title>`, the words of og:site_name or of the masthead), and the
page's only `<h1>` is the masthead in its header; the story's headline is an
`<h2>` in its `<article>`. Matched against such a title the masthead wins
(`_html_title.choose_headline`), and the headline checks judge the site's
name against a story it does not tell.

A title field (`<title>`, og:title, twitter:title, the JSON-LD headline) is
the site's name when its words (SITE_WORDS at most), a leading "The" or
"www" left out, are a site key (`_html_title.site_keys`: og:site_name, the
JSON-LD publisher, the host of the page's URL) or the words of a masthead
`<h1>`: one outside the story whose start tag, or a tag between it and its
text, names a logo, brand or masthead class or links to the site's root
(`<h1 class="logo"><a href="/">`). An `<h1>` outside the story whose words
are a site key or such a title's is the masthead too. Neither is used: such
a title field becomes a plain field (kind `field`: never measured, never
compared with the headline), and the headline is chosen from the rest
(JSON-LD headline, og:title, the story's h1); with no title field and no
`<h1>` left to choose from, it is the story's own heading above its first
paragraph (`story_heading`). With no headline at all, the missing headline
says the title is only the site's name, at the title (`unset`).
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part
from ._html_title import _key

# A class or id token of a site's masthead, and a link to the site's root.
_BRAND = regex.compile(r"""\b(?:class|id)\s*=\s*["']?(?:[^"'>]*?[\s_-])?"""
                       r"""(?:logo|brand|masthead|site[-_]?(?:title|name))(?:$|[\s"'>_-])""", regex.IGNORECASE)
# The root: `/`, `./`, `https://host` with or without its `/`, `index.html`
# there, and a query or fragment after it (`/?ref=logo`).
_HOME = regex.compile(r"""<a\b[^>]*?\bhref\s*=\s*(?P<q>["']?)(?:(?:https?:)?//[^/"'\s>?#]+/?|\.?/)"""
                      r"""(?:index\.html?)?(?:[?#][^"'\s>]*)?(?P=q)(?:[\s>]|/>)""", regex.IGNORECASE)
SITE_WORDS = 6           # words: a site's name is no longer (an application-name may be the story's title)


def site_only(doc: Document, fields: list[Part], ex, sites: set[str],
              chosen: set[int]) -> tuple[list[Part], list[Part]]:
    """(the title fields that are only the site's name, the h1s that are the
    masthead), each in the order given (see the module). `ex`: the
    Extractor that read the page; `chosen`: the ids of the story's parts. A
    masthead's markup counts only on an h1 that is no story text, outside
    the story's `<article>`."""
    boxes = {ex.box_of.get(i, 0) for i in chosen} - {0}
    outside = [h for h in ex.h1s if id(h) not in chosen and ex.box_of.get(id(h), 0) not in boxes]
    names = set(sites)
    names.update(_key(h.text) for h in outside if masthead(ex, h))
    names.discard("")
    titles = site_titles(fields, names)
    names.update(_key(t.text) for t in titles)
    return titles, [h for h in outside if _key(h.text) in names]


def site_titles(fields: list[Part], sites: set[str]) -> list[Part]:
    """The title fields whose words, SITE_WORDS at most, are a site key."""
    return [t for t in fields if len(t.text.split()) <= SITE_WORDS and _key(t.text) in sites]


def masthead(ex, h1: Part) -> bool:
    """The h1's start tag or a start tag between it and its text names a
    masthead class or links to the site's root. `ex`: the Extractor that
    read the h1; it kept those start tags (`h1_tags`)."""
    text_at = h1.source_offset(0)
    return any(_BRAND.search(raw) or _HOME.search(raw) for at, raw in ex.h1_tags.get(id(h1), ()) if at < text_at)


def story_heading(doc: Document, chosen: set[int], region: tuple[int, int], ex) -> Part | None:
    """The story's own heading above its first paragraph, made the headline:
    of the headings before `region[0]` that are story text or sit in the
    story's `<article>`, the highest level's first (an `<h2>` over a kicker's
    `<h3>`), with no heading above it a heading right under a kicker line
    that opens the story counted (`_html_opening.kicker_line`: `<p
    class="kicker">Politics</p><h2>...`, up to two such lines and a byline
    line among them, each kicker line then a `kicker` field), a
    kicker of any level left out (`_html_label.kickers`: `<h2
    class="kicker">Politics</h2>` over the `<h2>` headline), and a kicker
    it opens with cut out of it (`<h2><span class="category">Politics</span>
    Budget passes</h2>`: 'Budget passes', at its place); on a live blog,
    never an entry's own heading, and the blog's title right above the
    entries counted (`_html_live.entry_heads`); None without one.
    `ex`: the Extractor that read the page."""
    from ._html_label import cut_kicker, kicker_end, kickers, shown_parts
    from ._html_opening import kicker_line
    from ._html_live import entry_heads
    box_of = ex.box_of
    boxes = {box_of.get(i, 0) for i in chosen} - {0}
    shown = shown_parts(doc)        # sorted once, read by the three below (none changes a part)
    line = kicker_line(shown, chosen, doc.source)     # a kicker line opening the story: the heading under it counts
    top = region[0] if line is None else max(region[0], line.heading.source_offset(0) + 1)
    entries, lead = entry_heads(shown, chosen, box_of)      # a live blog's: its entries' headings, its title
    heads = [p for p in doc.parts if p.kind == "heading" and p.text.strip() and
             (p.source_offset(0) < top and (id(p) in chosen or box_of.get(id(p), 0) in boxes) or p is lead)
             and not (p.attrs.get("drop") or p.attrs.get("hidden") or p.attrs.get("sidebar"))
             and id(p) not in entries and kicker_end(p) < len(p.text)]
    labels = kickers(doc, heads, ex.heading_class, shown)
    pool = [p for p in heads if id(p) not in labels]
    if line is not None and any(p.source_offset(0) < line.first for p in pool):
        line = None         # a heading above it: the line is story text, the heading under it a subhead
        pool = [p for p in pool if p.source_offset(0) < region[0]]
    best = min(pool, key=lambda p: (p.attrs.get("block", "h9"), p.source_offset(0)), default=None)
    if best is not None:
        cut_kicker(doc, best)
        best.kind = "headline"
        for kicker in line.kickers if line is not None else ():
            kicker.kind, kicker.name = "field", "kicker"      # the headline's kicker, no story text
        for byline in line.bylines if line is not None else ():
            byline.kind = "byline"      # a bare name and its role line over the heading (`_opening_names`)
    return best


def unset(parts: list[Part], doc: Document) -> None:
    """The site-name title fields become plain fields; with no headline, the
    missing headline says that the title is only the site's name, at the first."""
    for part in parts:
        part.kind = "field"
    if parts and doc.first("headline") is None and doc.headline_at is None:
        doc.headline_at = parts[0].source_offset(0)
        label = "<title>" if parts[0].name == "html title" else parts[0].name
        doc.headline_said = f"{label} is only the site's name, {parts[0].text!r}"
