"""What the `<sup>` footnote-figure reviews (qa426, qa434, qa441) share,
written once: one paragraph set in a dated story of each format, so a
date or time reader sees a publication day (2024-09-01).

`FRONT`: Markdown front matter (title, date). `HTML`, `NITF`: a page and a
NITF story with one `<p>{}</p>` to format. `doc(name, para)`: `para` in the
HTML page for a .html name, in the NITF story for .nitf, else after FRONT
with a closing newline. `found(name, text, rules)`: the diagnostics of
`lint_bytes` on `text` with Config(select=rules). `snips(name, para,
rules)`: (rule, source text under the span) of each finding in
doc(name, para). `rule_ids(name, para, rules)`: the rules alone, in order.
`fixed_text(name, text, rules)`: `text` as `fix_bytes` writes it."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

FRONT = "---\ntitle: Council votes\ndate: 2024-09-01\n---\n\n"
HTML = ("<html><head><title>Council votes</title>"
        "<meta property=\"article:published_time\" content=\"2024-09-01\"></head>"
        "<body><h1>Council votes</h1><p>{}</p></body></html>\n")
NITF = ("<?xml version=\"1.0\"?>\n<nitf><head><title>Council votes</title><docdata>"
        "<date.issue norm=\"20240901T000000Z\"/></docdata></head>\n<body><body.head><hedline>"
        "<hl1>Council votes</hl1></hedline></body.head><body.content>\n<p>{}</p>\n"
        "</body.content></body></nitf>\n")


def doc(name: str, para: str) -> str:
    if name.endswith(".html"):
        return HTML.format(para)
    if name.endswith(".nitf"):
        return NITF.format(para)
    return FRONT + para + "\n"


def found(name: str, text: str, rules):
    return lint_bytes(name, text.encode(), Config(select=rules)).diagnostics


def snips(name: str, para: str, rules):
    text = doc(name, para)
    return [(d.rule, text[d.offset:d.end_offset]) for d in found(name, text, rules)]


def rule_ids(name: str, para: str, rules):
    return [r for r, _ in snips(name, para, rules)]


def fixed_text(name: str, text: str, rules) -> str:
    return fix_bytes(name, text.encode(), Config(select=rules)).fixed
