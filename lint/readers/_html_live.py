"""A chrome-less live blog's `<h1>` above its `<article>` entries.

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
"""
from __future__ import annotations

import bisect
from html.parser import HTMLParser

import regex

from ..document import Document, Part
from ._html_brand import masthead, site_titles
from ._html_page import AGREE, agreement
from ._html_tags import VOID, names_sidebar

_BOXES = ("section", "footer", "aside", "nav", "main")     # the containers the rules above read
_NEVER_IN = ("aside", "nav")                                  # an h1 in one heads no story
_CLOSED = ("section", "footer", "box")                        # ... nor in one closed before the entries
# An h1 no reader sees: display none or visibility hidden in its style.
_UNSEEN = regex.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", regex.IGNORECASE)
# A live blog's label over its entries, not its headline ("Latest updates", "Key events").
_LABEL = regex.compile(r"(?:key|latest|live|top|recent|more|all)\s+(?:events|updates|posts|stories|news|"
                       r"developments|moments|headlines)\W*", regex.IGNORECASE)


class _Open(HTMLParser):
    """The sectioning elements open where each `<h1>` starts and at the end
    of the text fed, each as (name, serial): the tag, `main/<tag>` for an
    element with role="main", `box/<tag>` for one whose class or id names
    a sidebar, related links or a promo (`_html_tags.names_sidebar`). One
    pass: `at_h1` maps each `<h1>` start tag's offset in the text to the
    elements open round it; `unseen` holds those of the `<h1>`s no reader
    sees (the `hidden` attribute, aria-hidden="true", a style with display
    none or visibility hidden). An end tag closes the element of its tag
    that it ends, however many of that tag it holds (`<div class="related">
    <div>...</div></div>`)."""

    def __init__(self, text: str) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, int]] = []
        self.levels: list[tuple[str, int]] = []     # each stack entry's (tag, how many of that tag are round it)
        self.open: dict[str, int] = {}
        self.serial = 0
        self.at_h1: dict[int, tuple[tuple[str, int], ...]] = {}
        self.h1_starts: list[int] = []          # the keys of at_h1, in order
        self.unseen: set[int] = set()
        self.line_starts = [0] + [m.end() for m in regex.finditer(r"\n", text)]     # as getpos counts
        try:
            self.feed(text)
            self.close()
        except Exception:  # html.parser is forgiving; what it read before stopping stands
            pass

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "h1":
            line, col = self.getpos()
            self.h1_starts.append(self.line_starts[line - 1] + col)
            self.at_h1[self.h1_starts[-1]] = tuple(self.stack)
            if _unseen(dict(attrs)):
                self.unseen.add(self.h1_starts[-1])
        if tag in VOID:
            return
        level = self.open.get(tag, 0)
        self.open[tag] = level + 1
        named = dict(attrs)
        if tag in _BOXES:
            name = tag
        elif (named.get("role") or "").strip().lower() == "main":
            name = f"main/{tag}"
        elif names_sidebar(named):
            name = f"box/{tag}"
        else:
            return
        self.serial += 1
        self.stack.append((name, self.serial))
        self.levels.append((tag, level))

    def handle_endtag(self, tag: str) -> None:
        if not self.open.get(tag):
            return
        self.open[tag] -= 1
        for i in range(len(self.levels) - 1, -1, -1):
            if self.levels[i] == (tag, self.open[tag]):
                del self.stack[i:], self.levels[i:]
                return


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
    above.close()
    entries = len([i for i in ex.articles if i < len(ex.top_at)])
    refs = [f.text for f in fields if f.text.strip() and not site_titles([f], sites)]    # the site's name: no title
    scan: _Open | None = None
    for h1 in reversed(above.h1s):
        at = above.h1_at.get(id(h1))
        if above.box_of.get(id(h1)) or h1.attrs.get("hidden") or at is None or len(h1.text.split()) < 2 \
                or _LABEL.fullmatch(h1.text) or masthead(doc.source, h1, at) or site_titles([h1], sites):
            continue
        scan = scan or _Open(doc.source[:start])
        if not _own(scan, at, entries):
            continue
        if refs and max(agreement(h1.text, r) for r in refs) < AGREE:
            return
        h1.kind = "headline"
        doc.add(h1)
        return


def _own(scan: _Open, at: int, entries: int) -> bool:
    """The h1 whose content starts at `at` heads the entries: it is in no
    box of its own, and over a live blog's entries (`entries` of them) or
    in one `<main>` with its one `<article>` (see the module)."""
    k = bisect.bisect_left(scan.h1_starts, at)
    around = scan.at_h1[scan.h1_starts[k - 1]] if k else ()
    still = set(scan.stack)
    if k and scan.h1_starts[k - 1] in scan.unseen or any(t in _NEVER_IN for t, _ in around) or \
            any(t.split("/")[0] in _CLOSED and (t, n) not in still for t, n in around):
        return False
    return entries > 1 or any(t.startswith("main") and (t, n) in still for t, n in around)
