"""What the page's own markup says about a reference paragraph, for the
copy-desk counting of eval_pages.py.

The newspaper4k reference bodies are one extractor's output, not hand-marked,
and hold text no copy desk edits: embedded posts (someone else's tweet) and
link text (a "Related article: ..." line, a share bar's "Facebook"). Both are
found here in the page's markup with the standard library's parser, never by
asking newslint's reader, so the reader cannot move its own yardstick.

- embedded post: an element with an embed class (`twitter-tweet`,
  `instagram-media`, ... written out here, not imported from the reader);
- link text: a paragraph at least half of whose words are the text of one
  page link (`<a>` or `<button>`), the link-density test of boilerplate
  detection (Kohlschütter et al. 2010; jusText's `max_link_density`), made
  strict: a related-link line or a share button is mostly link, a story
  paragraph with a link in it is not. Of other paragraphs only the words
  outside links of two or more words are judged (`unlinked`);
- page furniture (the fifth counting): a paragraph at least half of whose
  trigrams (a paragraph of one or two words: all its words in a row) lie
  inside an element whose class or id names furniture by one of its word
  pieces (`FURNITURE`: "share-bar", "relatedLinks", "article-byline",
  "pagination": `_pieces`), the class vocabulary of boilerplate removal
  (trafilatura's and readability's discard lists), written out here.
"""
from __future__ import annotations

from html.parser import HTMLParser

import regex

_WORD = regex.compile(r"\w+")
# Invisible format characters (soft hyphen, zero-width space and joiners, BOM):
# a page may carry them inside a word ("emo&shy;tional") where the reference
# text does not; they are no word boundary on either side.
_FORMAT = regex.compile(r"\p{Cf}+")
_EMBED_CLASS = regex.compile(r"twitter-tweet|instagram-media|tiktok-embed|fb-post|reddit-card|"
                             r"bluesky-embed|threads-post", regex.I)
# Word pieces of a class or id that name page furniture: share and follow
# widgets, related and promoted links, bylines and stamps, pagination,
# newsletter and subscription boxes, ads, tags, comments, breadcrumbs.
FURNITURE = frozenset({
    "share", "sharing", "sharebar", "social", "follow", "related", "recirc", "recirculation",
    "promo", "promos", "outbrain", "taboola", "sponsor", "sponsored", "ad", "ads", "advert",
    "advertisement", "byline", "author", "authors", "timestamp", "pagination", "pager", "paging",
    "newsletter", "subscribe", "subscription", "tags", "comments", "comment", "breadcrumb",
    "breadcrumbs", "toolbar", "tools"})
# Whole-page and story containers are never furniture: a CMS puts the writer's
# name in the story's classes (`<article class="node author-sean-griffin">`).
_CONTAINERS = frozenset({"html", "body", "main", "article"})
_PIECE = regex.compile(r"[a-z0-9]+")
_CAMEL = regex.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                   "col", "embed", "param", "track"})
_LINKS = frozenset({"a", "button"})
LINK_DENSITY = 0.5      # share of a paragraph's words inside one link that makes it link text


def tokens(text: str) -> list[str]:
    """The lower-cased words of `text`, format characters dropped."""
    return _WORD.findall(_FORMAT.sub("", text.lower()))


def trigrams(toks: list[str]) -> set[tuple[str, ...]]:
    if len(toks) < 3:
        return {tuple(toks)} if toks else set()
    return {tuple(toks[i:i + 3]) for i in range(len(toks) - 2)}


def _pieces(value: str) -> set[str]:
    """The lower-cased word pieces of a class or id ("shareBar article__tools" ->
    share, bar, article, tools)."""
    return set(_PIECE.findall(_CAMEL.sub(" ", value).lower()))


class _Markup(HTMLParser):
    """The texts of embedded posts, of links and of furniture, in page order."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.embed: list[str] = []       # open elements inside the outermost embed
        self.embeds: list[str] = []
        self.furn: list[str] = []        # open elements inside the outermost furniture
        self.furniture: list[str] = []
        self.rest: list[str] = []        # the text outside furniture and scripts
        self.link = 0                    # depth of open links
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        if self.embed:
            self.embed.append(tag)
        elif _EMBED_CLASS.search(dict(attrs).get("class") or ""):
            self.embed.append(tag)
            self.embeds.append("")
        if self.furn:
            self.furn.append(tag)
        else:
            named = dict(attrs)
            if tag not in _CONTAINERS and _pieces(f"{named.get('class') or ''} {named.get('id') or ''}") & FURNITURE:
                self.furn.append(tag)
                self.furniture.append("")
        if tag in _LINKS:
            if not self.link:
                self.links.append("")
            self.link += 1

    def handle_endtag(self, tag):
        if tag in self.embed:
            while self.embed and self.embed.pop() != tag:
                pass
        if tag in self.furn:
            while self.furn and self.furn.pop() != tag:
                pass
        if tag in _LINKS and self.link:
            self.link -= 1

    def handle_data(self, data):
        if self.embed:
            self.embeds[-1] += data
        if self.link:
            self.links[-1] += data
        if self.furn:
            self.furniture[-1] += f" {data}"
        elif self.lasttag not in ("script", "style"):
            self.rest.append(data)


class PageMarkup:
    """Embedded-post trigrams and link texts of one raw page."""

    def __init__(self, raw: str):
        parser = _Markup()
        try:
            parser.feed(raw)
            parser.close()
        except Exception:  # noqa: BLE001 - a page the parser cannot read has no embeds or links
            pass
        self.embed_tri = set().union(*(trigrams(tokens(t)) for t in parser.embeds)) \
            if parser.embeds else set()
        furniture = [tokens(t) for t in parser.furniture]
        self.furniture_tri = set().union(*map(trigrams, furniture)) if furniture else set()
        self.furniture_pad = " " + " | ".join(" ".join(t) for t in furniture) + " "
        rest = tokens(" ".join(parser.rest))
        self.rest_tri, self.rest_pad = trigrams(rest), f" {' '.join(rest)} "
        self.links: dict[str, list[tuple[str, ...]]] = {}    # first word -> link token runs
        for text in parser.links:
            toks = tuple(tokens(text))
            if toks:
                self.links.setdefault(toks[0], []).append(toks)

    def embedded(self, toks: list[str]) -> bool:
        """The paragraph is mostly the text of an embedded post."""
        tri = trigrams(toks)
        return len(toks) >= 3 and len(tri & self.embed_tri) >= 0.5 * len(tri)

    def furnished(self, toks: list[str]) -> bool:
        """The paragraph lies (half its trigrams; one of one or two words: all of
        it, in a row) in an element named as page furniture (`FURNITURE`), and
        not so outside one (a share box that repeats the story's first
        paragraph leaves the paragraph the story's)."""
        if len(toks) < 3:
            run = f" {' '.join(toks)} "
            return bool(toks) and run in self.furniture_pad and run not in self.rest_pad
        tri = trigrams(toks)
        return len(tri & self.furniture_tri) >= 0.5 * len(tri) > len(tri & self.rest_tri)

    def unlinked(self, toks: list[str]) -> list[list[str]]:
        """The paragraph's words outside runs of two or more words that are one
        link's whole text, as the stretches between them (the reference glues
        a "View full size image" link to the caption it follows)."""
        out: list[list[str]] = [[]]
        i = 0
        while i < len(toks):
            run = max((len(r) for r in self.links.get(toks[i], ())
                       if len(r) >= 2 and tuple(toks[i:i + len(r)]) == r), default=0)
            if run:
                out.append([])
                i += run
            else:
                out[-1].append(toks[i])
                i += 1
        return [x for x in out if x]

    def link_text(self, toks: list[str]) -> bool:
        """At least LINK_DENSITY of the paragraph's words are one link's whole text."""
        best = 0
        for i, word in enumerate(toks):
            for run in self.links.get(word, ()):
                if len(run) > best and tuple(toks[i:i + len(run)]) == run:
                    best = len(run)
        return bool(toks) and best >= LINK_DENSITY * len(toks)
