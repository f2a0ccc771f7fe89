"""The pages the `<q>` tests share (fx505, fx513 and their reviews qa372,
qa379), written once: a web page's head and tail around a body (`HEAD`,
`TAIL`; `VALE_HEAD` with no date, for the Vale swap runs), an NITF story
with one `{}` body slot (`NITF`), a Markdown headline (`MD_HED`), a quoted
sentence (`SAID`), a WordPress export (`WXR_RAW`, its one item's
`content:encoded` a bare `{}` slot; `WXR`, the slot in CDATA) and a
NewsML-G2 item with an XHTML body slot (`G2`), and readers of what `check --format json` and the
readers give.

`at(text, found)`: each JSON finding's start as an offset into `text`, from
its 1-based line and column (so a test compares it with `text.index(...)`).
`html(body)`: `body` between `HEAD` and `TAIL`. `check(run_cli, tmp_path,
text, name, prefix)`: the JSON findings whose rule starts with `prefix`
when `check` reads `text` saved as `name` (exit 0 or 1, else it fails).
`rules(found)`: the findings' rule names in order. `paragraphs(text, name)`:
[(paragraph text, [(inline kind, the text it covers)])] of the first
article (or the document), as `read_bytes` reads `name`.

Synthetic input only."""
from __future__ import annotations

import json

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
WXR_RAW = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
           'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
           'xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n'
           '<item><title>Budget vote</title><wp:post_id>10</wp:post_id>'
           '<wp:post_date>2026-03-02 10:00:00</wp:post_date><wp:status>publish</wp:status>'
           '<wp:post_type>post</wp:post_type><content:encoded>{}</content:encoded></item>\n'
           '</channel></rss>\n')
WXR = WXR_RAW.replace("{}", "<![CDATA[{}]]>")
G2 = ('<?xml version="1.0" encoding="UTF-8"?>\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
      'guid="urn:lns:q" version="1">\n<itemMeta><itemClass qcode="ninat:text"/>'
      "<firstCreated>2025-03-04T10:00:00Z</firstCreated></itemMeta>\n"
      "<contentMeta><headline>Council approves budget</headline></contentMeta>\n"
      '<contentSet><inlineXML contenttype="application/xhtml+xml">\n'
      '<html xmlns="http://www.w3.org/1999/xhtml"><body>{}</body></html>\n'
      '</inlineXML></contentSet>\n</newsItem>\n')


def html(body):
    return HEAD + body + TAIL


def check(run_cli, tmp_path, text, name="t.html", prefix="quotes."):
    """The findings of `check --format json` on `text` saved as `name`, those
    whose rule starts with `prefix`; any exit but 0 or 1 fails the test."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--format", "json", path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return [f for f in json.loads(result.stdout) if f["rule"].startswith(prefix)]


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
