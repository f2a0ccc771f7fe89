"""Full web pages: a story sentence the writer linked as a whole is read as
a paragraph (trafilatura's link-density test drops a paragraph that is
mostly one long link), and a related-story link between the story's
paragraphs is not. Pages written for the test (`test_html_pages.page`)."""
from __future__ import annotations

import pytest

from test_html_pages import STORY, page, read, rules, texts

LINKED = ("The audit, released by the state comptroller on Friday, found that the board had "
          "spent $3.2 million more on repairs than it reported.")


ATTRIBUTED = ("The audit, released by the state comptroller on Friday and posted to the state's "
              "website, found that the board had spent $3.2 million more on repairs than it reported, "
              "she said.")


@pytest.mark.parametrize("markup, text", [
    (f'<p><a href="https://example.org/audit-report">{LINKED}</a></p>', LINKED),
    # a few words outside the link: still nine tenths link, which trafilatura drops
    ('<p><a href="https://example.org/audit-report">' + ATTRIBUTED.removesuffix(", she said.")
     + "</a>, she said.</p>", ATTRIBUTED),
])
def test_a_story_sentence_that_is_one_link_is_read_as_a_paragraph(markup, text):
    src = page(middle=f"\n{markup}\n")
    doc = read(src)
    assert texts(doc, "paragraph") == STORY[:2] + [text] + STORY[2:]
    part = next(p for p in doc.parts if p.text == text)
    start, end = part.source_span(0, len(part.text))
    assert src[start:end].startswith(text[:40])     # exact positions, from the parse
    assert part.source_span(0, 3) == (start, start + 3)


def test_a_linked_sentence_is_linted_as_the_writers_prose():
    # the linked paragraph's slip is found like any other paragraph's
    wrong = LINKED.replace("that the board", "that the the board")
    src = page(middle=f'\n<p><a href="https://example.org/audit-report">{wrong}</a></p>\n')
    assert rules(src) == ["hygiene.doubled-word"]


# (each link over 100 characters: trafilatura drops a paragraph that is mostly such a link)
@pytest.mark.parametrize("box", [
    # a related story: a headline, not a sentence
    '<p><a href="/audit">Comptroller Finds Harbour Board Spent Millions More On Ferry Repairs Than '
    'It Reported To The Island Last Year.</a></p>',
    '<p><a href="/audit">Comptroller finds harbour board spent millions more on ferry repairs than '
    'it reported to islanders last year</a></p>',
    # a labelled one, even when it reads as a sentence
    '<p>Related: <a href="/audit">The comptroller found that the harbour board spent millions more '
    'on ferry repairs than it reported.</a></p>',
    '<p><strong>READ MORE:</strong> <a href="/audit">The comptroller found that the harbour board '
    'spent millions more on ferry repairs than it reported.</a></p>',
    # in a box of its own, or a sidebar
    f'<div class="related-link"><p><a href="/audit">{LINKED}</a></p></div>',
    f'<aside><p><a href="/audit">{LINKED}</a></p></aside>',
    # a call to the reader: a newsletter pitch, a pointer to another page
    '<p><a href="/newsletter">Sign up for our free daily newsletter to get all of the island\'s news '
    'in your inbox first thing every morning.</a></p>',
    '<p><a href="/audit.pdf">Read the full report from the state comptroller on the harbour board\'s '
    'ferry repairs, published on Friday.</a></p>',
])
def test_a_related_link_between_story_paragraphs_is_not_read(box):
    doc = read(page(middle=f"\n{box}\n"))
    assert texts(doc, "paragraph") == STORY
