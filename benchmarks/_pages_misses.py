"""Why an expected paragraph is not linted, for `eval_pages.py --misses`
(dev pages only: reading the test split's pages one by one is tuning on it).

Each missed reference paragraph gets two labels, both found without asking
newslint's reader what it read, so the reader cannot move its own yardstick:

- what it is on the page: an embedded post or link text (`_pages_reference`),
  else by the element that holds most of its words (`_Blocks`, the standard
  library's parser): a caption (`<figcaption>`, or a class naming a caption,
  cutline or credit), a list item, a heading, else a paragraph;
- what became of it: partly linted (half its trigrams are: the reference glued
  it to furniture, or cut it where newslint does not), read but not linted (in
  a part of another kind: an embedded post, a byline, a field; the one part
  kind here is the reader's), dropped by the reader although trafilatura keeps
  it (trafilatura's own text of the page, run here), or dropped by both.

The totals, paragraphs and characters per label, follow the listing.
"""
from __future__ import annotations

import collections
from html.parser import HTMLParser

import regex

from _pages_reference import tokens, trigrams

_BLOCK = frozenset({"p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "td", "th", "dd", "dt",
                    "blockquote", "div", "section", "article", "aside", "header", "footer", "main",
                    "span", "a", "em", "strong", "b", "i", "small"})
_SKIP = frozenset({"script", "style", "noscript", "template"})
_VOID = frozenset({"img", "br", "hr", "meta", "link", "input", "source", "wbr", "area", "base",
                   "col", "embed", "param", "track"})
_CAPTION = regex.compile(r"caption|cutline|credit", regex.I)
HALF = 0.5


class _Blocks(HTMLParser):
    """The text of each element, with the tags and classes of it and its ancestors."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str]] = []
        self.skip = 0
        self.texts: dict[int, list[str]] = collections.defaultdict(list)
        self.where: dict[int, tuple[tuple[str, str], ...]] = {}
        self.count = 0
        self.ids: list[int] = []

    def handle_starttag(self, tag, attrs):
        if tag in _VOID:
            return
        if tag in _SKIP:
            self.skip += 1
        self.stack.append((tag, dict(attrs).get("class") or ""))
        self.count += 1
        self.ids.append(self.count)
        self.where[self.count] = tuple(self.stack)

    def handle_endtag(self, tag):
        if tag in _SKIP and self.skip:
            self.skip -= 1
        if any(t == tag for t, _ in self.stack):
            while self.stack:
                self.ids.pop()
                if self.stack.pop()[0] == tag:
                    break

    def handle_data(self, data):
        if not self.skip and data.strip():
            for i in self.ids[-12:]:
                self.texts[i].append(data)


def page_blocks(raw: str) -> list[tuple[tuple[tuple[str, str], ...], set]]:
    parser = _Blocks()
    try:
        parser.feed(raw)
        parser.close()
    except Exception:  # noqa: BLE001 - a page the parser cannot read: no blocks
        pass
    return [(parser.where[i], trigrams(tokens(" ".join(t)))) for i, t in parser.texts.items()]


def role(toks: list[str], markup, blocks) -> str:
    """What the paragraph is on the page (see the module's docstring)."""
    if markup.embedded(toks):
        return "embedded post"
    if markup.link_text(toks):
        return "link text"
    tri = trigrams(toks)
    # the smallest element holding half its trigrams, the innermost of equals
    # (a list item, not its one-item list); else the one holding most
    best = None
    for where, grams in blocks:
        got = len(tri & grams)
        if got and (best is None or (got, -len(grams)) > best[0]):
            best = ((got, -len(grams)), where)
    if best is None:
        return "paragraph"
    holding = [(w, g) for w, g in blocks if len(tri & g) >= HALF * len(tri)]
    where = min(holding, key=lambda x: (len(x[1]), -len(x[0])))[0] if holding else best[1]
    inner = [t for t, _ in where if t not in ("span", "a", "em", "strong", "b", "i", "small")]
    tag = inner[-1] if inner else where[-1][0]
    if tag == "figcaption" or any(_CAPTION.search(c) for _, c in where[-3:]):
        return "caption"
    if tag in ("li", "dd", "dt"):
        return "list item"
    if regex.fullmatch(r"h[1-6]", tag):
        return "heading"
    return "paragraph"


def fate(toks: list[str], lint_tri: set, read: dict[str, set], kept_tri: set) -> str:
    """What became of it (see the module's docstring)."""
    tri = trigrams(toks)
    if len(tri & lint_tri) >= HALF * len(tri):
        return "partly linted"
    kinds = [k for k, grams in read.items() if len(tri & grams) >= HALF * len(tri)]
    if kinds:
        return f"read as {'/'.join(sorted(kinds))}, not linted"
    if len(tri & kept_tri) >= HALF * len(tri):
        return "dropped by the reader (trafilatura keeps it)"
    return "dropped by trafilatura too"


def kept_by_trafilatura(raw: str) -> set:
    try:
        import trafilatura
        text = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
    except Exception:  # noqa: BLE001 - no text kept
        text = ""
    return trigrams(tokens(text))


def totals(rows: list[tuple[str, str, str]]) -> list[str]:
    """Paragraphs and characters per role and per fate, for rows (role, fate, text)."""
    out = []
    for i, what in ((0, "what it is"), (1, "what became of it")):
        count, chars = collections.Counter(), collections.Counter()
        for row in rows:
            count[row[i]] += 1
            chars[row[i]] += len(row[2])
        out.append(f"  missed by {what}: " + "; ".join(
            f"{k} {count[k]} ({chars[k]} chars)" for k, _ in chars.most_common()))
    return out
