"""fx542: in Markdown a raw end tag ends the element a `*`, `**` or link
renders (`<em>`, `<strong>`, `<a>`) and every `<q>` left open inside it,
as a browser reads markdown-it's HTML (qa392 #7). Guards: an end tag of
another name is stray; a `<q>` closed by its own `</q>` is unchanged; an
outer raw `<em>` is ended by the Markdown one's end once the raw `</em>`
took the inner one. Synthetic copy only."""
from __future__ import annotations

import pytest

from q_element_helpers import MD_HED, paragraphs


def _quotes(line: str) -> list[str]:
    got = paragraphs(MD_HED + line + "\n", "s.md")
    return [t for k, t in got[0][1] if k == "quotation"]


@pytest.mark.parametrize("line,want", [
    ("*<q>We waited</em> far too long,* Reyes said.", ["We waited"]),
    ("_<q>We waited</EM> far too long,_ Reyes said.", ["We waited"]),
    ("**<q>We waited</strong> far too long,** Reyes said.", ["We waited"]),
    ("[<q>We waited</a> far too long,](/x) Reyes said.", ["We waited"]),
    # the raw </em> ends the inner (Markdown) <em>; the `*` then ends the raw one
    ("<em>So *<q>we waited</em> far* too long,</em> Reyes said.", ["we waited"]),
    # inside ** the </em> ends the * round the <q>, not the strong
    ("***<q>We waited</em> far too long,*** Reyes said.", ["We waited"]),
])
def test_raw_end_tag_of_a_rendered_element_ends_the_q(line, want):
    assert _quotes(line) == want


@pytest.mark.parametrize("line,want", [
    ("*<q>We waited</b> far too long,* Reyes said.", ["We waited far too long,"]),
    ("**<q>We waited</em> far too long,** Reyes said.", ["We waited far too long,"]),
    ("[<q>We waited</span> far too long,](/x) Reyes said.", ["We waited far too long,"]),
    ("*<q>We waited</q> far too long,* Reyes said.", ["We waited"]),
    ("*<q>We waited far too long,* Reyes said.", ["We waited far too long,"]),
])
def test_guard_other_end_tags_and_own_ends(line, want):
    assert _quotes(line) == want
