"""`newslint parse`: the article model exactly as a reader built it, so a
user can see why a page was read the way it was (as `sqlfluff parse` shows
its parse tree).

JSON is an array with one object per file: `path`, `format`, `headline` (the
headline part's text with its white space folded, or null), `published` (`YYYY-MM-DD` or null),
`published_from` (where the reader found it, `--published` or `config`, or null), `section` and
`section_from` (the desk the article states, else its static site's content
folder gives it, and where from; or null: `Document.section`), `parts` (a list, in
source order, of `{kind, text, line, column, end_line, end_column}`; 1-based, columns count
characters, the end is exclusive like every newslint position; an `embed`
part, a block of an embedded post, adds `post`, its 1-based number, and
`author`, `handle` and `url` where the markup gives them) and
`notices` (`file.*` notes about the file itself). An export (WXR, JSON
Lines, a NewsML-G2 news message) has `notices` and `articles` instead: one
such object per article, with its `article` id. No rule runs.
"""
from __future__ import annotations

import json
import re

from .document import Document, Part
from .plural import counted

_WIDTH = 100      # text outline: characters of a part's text shown before "…"
POST_KEYS = ("post", "author", "handle", "url")     # an embed part's attrs `parse` shows
# XML's and HTML's white space (XML 1.0 section 2.3 `S`; HTML's ASCII whitespace,
# with form feed): the line breaks and indents of a pretty-printed file. A
# no-break space is the writer's and stays.
_MARKUP_SPACE = re.compile(r"[ \t\n\r\f]+")


def folded(text: str) -> str:
    """`text` as it reads on one line: each run of markup white space one space,
    none at the ends. A NewsML-G2 `<headline>` laid out over two indented lines
    is one headline; its part keeps the source's text, so offsets stay exact."""
    return _MARKUP_SPACE.sub(" ", text).strip(" ")


def part_outline(doc: Document, part: Part) -> dict:
    """One part as `newslint parse --format json` writes it."""
    start, end = part.source_span(0, len(part.text), doc.source)
    line, column = doc.lines.position(start)
    end_line, end_column = doc.lines.position(end)
    out = {"kind": part.kind, "text": part.text, "line": line, "column": column,
           "end_line": end_line, "end_column": end_column}
    if part.kind == "embed":
        out.update((k, part.attrs[k]) for k in POST_KEYS if k in part.attrs)
    return out


def by_position(doc: Document) -> list[Part]:
    """The document's parts in source order (by start offset; parts that start
    together in the order the reader added them): a reader may add a part
    after later ones (a wire dateline, found once the paragraphs are read)."""
    return sorted(doc.parts, key=lambda p: (p.source_span(0, len(p.text), doc.source)[0], p.index))


def outline(doc: Document) -> dict:
    """The whole document as one JSON-ready object (see the module docstring)."""
    headline = doc.first("headline")
    notices = []
    for n in doc.notices:
        line, column = doc.lines.position(n.offset)
        notices.append({"rule": n.rule, "level": n.level, "message": n.message,
                        "line": line, "column": column})
    if doc.articles:     # an export: its own notices, then each article
        return {"path": doc.path, "format": doc.format, "notices": notices,
                "articles": [{"article": a.article, **outline(a)} for a in doc.articles]}
    return {
        "path": doc.path,
        "format": doc.format,
        "headline": folded(headline.text) if headline is not None else None,
        "published": doc.published.isoformat() if doc.published else None,
        "published_from": doc.published_from or None,
        "section": doc.section or None,
        "section_from": doc.section_from or None,
        "parts": [part_outline(doc, p) for p in by_position(doc)],
        "notices": notices,
    }


def render_json(docs: list[Document]) -> str:
    return json.dumps([outline(d) for d in docs], ensure_ascii=False, indent=2) + "\n"


def render_text(docs: list[Document]) -> str:
    """A readable outline: one line per part, `line:col-line:col kind[name] text`."""
    lines: list[str] = []
    for doc in docs:
        if doc.articles:
            lines.append(f"{doc.path} ({doc.format}, {counted(len(doc.articles), 'article')})")
            lines.extend(f"  notice {n['line']}:{n['column']} {n['level']} [{n['rule']}] {n['message']}"
                         for n in outline(doc)["notices"])
            lines.append("")
            for article in doc.articles:
                lines.extend(_text(article, f"{doc.path} article {article.article}"))
            continue
        lines.extend(_text(doc, f"{doc.path} ({doc.format})"))
    return "\n".join(lines)


def _text(doc: Document, title: str) -> list[str]:
    lines: list[str] = []
    o = outline(doc)
    lines.append(title)
    lines.append(f"  headline: {o['headline']!r}" if o["headline"] else "  headline: none")
    when = f"{o['published']} (from {o['published_from']})" if o["published"] else "none"
    lines.append(f"  published: {when}")
    if o["section"]:
        lines.append(f"  section: {o['section']!r} (from {o['section_from']})")
    for n in o["notices"]:
        lines.append(f"  notice {n['line']}:{n['column']} {n['level']} [{n['rule']}] {n['message']}")
    post = None
    for part, p in zip(by_position(doc), o["parts"]):
        where = f"{p['line']}:{p['column']}-{p['end_line']}:{p['end_column']}"
        label = f"{part.kind}[{part.name}]" if part.name else part.kind
        flags = "".join(f" {{{k}}}" for k in ("pullquote", "missing", "decorative")
                        if part.attrs.get(k))
        if part.kind == "embed":      # who and where on a post's first part only
            shown = POST_KEYS if p.get("post") != post else POST_KEYS[:1]
            flags += " {" + " ".join(str(p[k]) if k != "post" else f"post {p[k]}"
                                     for k in shown if k in p) + "}"
            post = p.get("post")
        text = " ".join(part.text.split())
        if len(text) > _WIDTH:
            text = text[:_WIDTH - 1] + "…"
        lines.append(f"  {where:<17} {label:<24} {text!r}{flags}")
    lines.append("")
    return lines
