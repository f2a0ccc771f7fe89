"""WordPress's pull-quote block and a CMS shortcode's pull quote (qa110 #7):
`<figure class="wp-block-pullquote"><blockquote>...` and a blockquote with
`data-shortcode-type="pullquote"` are pull quotes, as `<aside
class="pullquote">` is, on a page, in Markdown and in a WXR export's
content; a float's `pull-left` class, a `data-` path or a plain figure round
a quote name none."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

QUOTES = Config(select=("quotes.unattributed",))

_PULL = "“It will not last the winter at this branch. They just want us to pay the heating bill.”"
_BODY = ("<p>The library lends hundreds of books every day and has run short of new titles, staff "
         "said on Monday.</p>{}<p>Asked about the grant the city gave the branch, Ana Ruiz sighed. "
         "“It will not last the winter at this branch,” she said. Half the money went on heating, "
         "she said.</p>")
_PAGE = "<html><body><article><h1>Library runs short of books</h1>" + _BODY + "</article></body></html>\n"

PULL_QUOTES = [
    f'<figure class="wp-block-pullquote"><blockquote><p>{_PULL}</p></blockquote></figure>',
    f'<figure class="wp-block-pullquote has-background is-style-solid-color"><blockquote '
    f'class="has-text-color"><p>{_PULL}</p></blockquote></figure>',
    f'<blockquote class="stylized pull-left" data-shortcode-type="pullquote">{_PULL}</blockquote>',
    f'<blockquote class="wp-block-pullquote">{_PULL}</blockquote>',      # as before
]
BODY_QUOTES = [
    f'<blockquote class="stylized pull-left">{_PULL}</blockquote>',      # a float, no pull quote
    f'<blockquote data-src="/img/pullquote.png">{_PULL}</blockquote>',  # a path names nothing
    f'<figure><blockquote><p>{_PULL}</p></blockquote></figure>',         # an unmarked figure
    f'<figure class="wp-block-quote"><blockquote><p>{_PULL}</p></blockquote></figure>',
]


def _blockquotes(name: str, source: str) -> list:
    doc = read_bytes(name, source.encode("utf-8"))
    return [p for p in doc.parts if p.text == _PULL]


@pytest.mark.parametrize("markup", PULL_QUOTES)
def test_pull_quote_markup_marks_the_quote(markup):
    [quote] = _blockquotes("p.html", _PAGE.format(markup))
    assert quote.attrs.get("pullquote") is True


@pytest.mark.parametrize("markup", BODY_QUOTES)
def test_other_markup_leaves_the_quote_a_body_quote(markup):
    [quote] = _blockquotes("p.html", _PAGE.format(markup))
    assert quote.kind == "blockquote" and not quote.attrs.get("pullquote")
    result = lint_bytes("p.html", _PAGE.format(markup).encode("utf-8"), QUOTES)
    assert [d.rule for d in result.diagnostics] == ["quotes.unattributed"]


def test_a_wordpress_pull_quote_in_markdown_is_a_pull_quote():
    source = ("# Library runs short of books\n\nThe library lends hundreds of books every day, staff "
              f"said on Monday.\n\n<figure class=\"wp-block-pullquote\"><blockquote><p>{_PULL}</p>"
              "</blockquote></figure>\n\nAsked about the grant, Ana Ruiz sighed. “It will not last "
              "the winter at this branch,” she said.\n")
    [quote] = _blockquotes("s.md", source)
    assert quote.attrs.get("pullquote") is True
    assert lint_bytes("s.md", source.encode("utf-8"), QUOTES).diagnostics == []


_WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" '
        'xmlns:wp="http://wordpress.org/export/1.2/">\n<channel><title>Gazette</title>\n'
        '<item><title>Library runs short of books</title>\n<content:encoded><![CDATA[{}]]>'
        '</content:encoded>\n<wp:post_id>12</wp:post_id>\n'
        '<wp:post_date_gmt>2024-03-05 10:00:00</wp:post_date_gmt>\n'
        '<wp:status>publish</wp:status><wp:post_type>post</wp:post_type>\n</item></channel></rss>\n')


@pytest.mark.parametrize("markup, found", [
    (PULL_QUOTES[0], []),
    (BODY_QUOTES[2], ["quotes.unattributed"]),
])
def test_a_wordpress_pull_quote_in_an_export_is_a_pull_quote(markup, found):
    source = _WXR.format(_BODY.format(markup))
    result = lint_bytes("export.xml", source.encode("utf-8"), QUOTES)
    assert [d.rule for d in result.diagnostics] == found
    if found:      # placed on the quote in the export, exactly
        d = result.diagnostics[0]
        line = source.split("\n")[d.line - 1]
        assert line[d.column - 1:].startswith(_PULL)


def test_a_pull_quote_blocks_attribution_or_figcaption_asks_no_photo_credit():
    for markup in (f'<figure class="wp-block-pullquote"><blockquote><p>{_PULL}</p><cite>Ana Ruiz'
                   '</cite></blockquote></figure>',
                   f'<figure class="wp-block-pullquote"><blockquote><p>{_PULL}</p></blockquote>'
                   '<figcaption>Ana Ruiz</figcaption></figure>'):
        source = _PAGE.format(markup)
        config = Config(select=("quotes.unattributed", "captions"))
        assert lint_bytes("p.html", source.encode("utf-8"), config).diagnostics == []
