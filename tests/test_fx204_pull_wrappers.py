"""Pull quotes named by a wrapper or a whole `data-` value (qa117 B1, B2): a
`<div>`, `<section>` or `<aside>` classed a pull quote marks the
`<blockquote>` inside it, as a `<figure>` does; a `data-` value marks its
element only when the whole value is `pullquote`, `pull-quote` or
`pull_quote` in any case; a plain wrapper leaves the quote a body quote."""
from __future__ import annotations

import pytest

from lint.engine import lint_bytes
from test_fx197_pull_quotes import _PAGE, _PULL, QUOTES, _blockquotes

WRAPPED = [
    f'<div class="pullquote"><blockquote><p>{_PULL}</p></blockquote></div>',
    f'<section class="wp-block-pullquote"><blockquote><p>{_PULL}</p></blockquote></section>',
    f'<blockquote data-type="Pull-Quote"><p>{_PULL}</p></blockquote>',
    f'<blockquote data-block="PULL_QUOTE"><p>{_PULL}</p></blockquote>',
]
PLAIN = [
    f'<div class="story-body"><blockquote><p>{_PULL}</p></blockquote></div>',
    f'<section><blockquote><p>{_PULL}</p></blockquote></section>',
    f'<blockquote data-type="pullquotes"><p>{_PULL}</p></blockquote>',
    f'<blockquote data-type="pquote"><p>{_PULL}</p></blockquote>',
]


@pytest.mark.parametrize("markup", WRAPPED)
def test_a_pull_quote_wrapper_or_whole_data_value_marks_the_quote(markup):
    [quote] = _blockquotes("p.html", _PAGE.format(markup))
    assert quote.attrs.get("pullquote") is True


@pytest.mark.parametrize("markup", PLAIN)
def test_a_plain_wrapper_or_partial_data_value_leaves_a_body_quote(markup):
    [quote] = _blockquotes("p.html", _PAGE.format(markup))
    assert not quote.attrs.get("pullquote")


@pytest.mark.parametrize("markup", [
    f'<aside class="pullquote"><blockquote><p>{_PULL}</p></blockquote></aside>',
    f'<aside class="pullquote"><p>{_PULL}</p></aside>',
])
def test_an_aside_pull_quote_is_still_no_body_quote(markup):
    page = _PAGE.format(markup)
    assert not [p for p in _blockquotes("p.html", page) if not p.attrs.get("pullquote")]
    assert lint_bytes("p.html", page.encode("utf-8"), QUOTES).diagnostics == []
    plain = _PAGE.format(f"<blockquote><p>{_PULL}</p></blockquote>")     # the same words unmarked
    assert [d.rule for d in lint_bytes("p.html", plain.encode("utf-8"), QUOTES).diagnostics] == \
        ["quotes.unattributed"]
