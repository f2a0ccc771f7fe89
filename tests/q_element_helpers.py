"""The pages the `<q>` tests share (fx505, fx513 and their reviews qa372,
qa379), written once: a web page's head and tail around a body (`HEAD`,
`TAIL`; `VALE_HEAD` with no date, for the Vale swap runs), an NITF story
with one `{}` body slot (`NITF`), a Markdown headline (`MD_HED`), a quoted
sentence (`SAID`), and readers of what `check --format json` and the
readers give.

`at(text, found)`: each JSON finding's start as an offset into `text`, from
its 1-based line and column (so a test compares it with `text.index(...)`).
`rules(found)`: the findings' rule names in order. `paragraphs(text, name)`:
[(paragraph text, [(inline kind, the text it covers)])] of the first
article (or the document), as `read_bytes` reads `name`.

Synthetic input only."""
from __future__ import annotations

from lint.readers import read_bytes

HEAD = ('<html><head><title>Council approves budget</title>'
        '<meta property="article:published_time" content="2025-03-04"></head><body><article>'
        '<h1>Council approves budget</h1><p>The council approved the budget.</p>\n')
TAIL = '\n</article></body></html>\n'
NITF = ('<nitf><head><docdata><date.issue norm="20250304"/></docdata></head><body>'
        '<body.head><hedline><hl1>Council approves budget</hl1></hedline></body.head>'
        '<body.content>\n<p>The council approved the budget.</p>\n{}\n</body.content></body></nitf>\n')
VALE_HEAD = "<html><head><title>Council approves budget</title></head><body>\n"
MD_HED = "# Council approves budget\n\n"
SAID = "We waited far too long for this budget to pass."


def at(text, found):
    """The source offset of each finding's start, by the JSON's line and column."""
    lines = text.split("\n")
    return [sum(len(x) + 1 for x in lines[:f["line"] - 1]) + f["column"] - 1 for f in found]


def rules(found):
    return [f["rule"] for f in found]


def paragraphs(text, name="t.html"):
    doc = read_bytes(name, text.encode("utf-8"))
    doc = doc.articles[0] if doc.articles else doc
    return [(p.text, [(k, p.text[s:e]) for k, s, e in p.attrs.get("inline", ())])
            for p in doc.parts if p.kind == "paragraph"]
