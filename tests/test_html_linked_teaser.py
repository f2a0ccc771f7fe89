"""Full web pages: the linked-sentence rescue (`_html_between.linked_paragraphs`)
leaves out a site's inline teasers, pitches and notes on the story, which sit
between the story's paragraphs as one long link just as a linked story
sentence does (`_html_teaser.is_teaser`). Each teaser is checked beside the
same line without its sign, which is read: the sign alone is what drops it.
Pages written for the test (`test_html_pages.page`)."""
from __future__ import annotations

import pytest

from lint.readers._html_teaser import names_teaser
from test_html_pages import STORY, page, read, rules, texts

# (each link over 100 characters: trafilatura drops a paragraph that is mostly such a link)
LINKED = ("The audit, released by the state comptroller on Friday, found that the board had "
          "spent $3.2 million more on repairs than it reported.")
AUDITS = ("The comptroller's office has faced criticism for its handling of three earlier audits "
          "of the harbour board, including one in 2019.")
PITCH = ("Our journalism depends on readers like you, so please become a member today and support "
         "independent local news on the island.")
TIP = ("Have a news tip about the harbour board or the island ferries? Email our newsroom and we "
       "will look into it this week.")
UPDATED = ("This story has been updated to include comments from the harbour board chair, who "
           "spoke after the vote on Tuesday.")
PARTNER = ("This article was produced in partnership with the Coastal Reporting Project, a "
           "nonprofit newsroom that covers the islands.")
MEETING = ("Watch the full harbour board meeting, including the vote and the public comment, on "
           "the island channel's website.")
SALE = ("Save 20 percent on your ferry tickets and hotel stays on the island through the end of "
        "March with the spring pass.")
PHOTOS = ("The harbour board's two new ferries arrive in Port Alder on Tuesday morning for their "
          "first trial runs (photos).")


def _linked(text, p="<p>", a='<a href="/x">'):
    return f"{p}{a}{text}</a></p>"


LABELS = ["MORE:", "ICYMI:", "Also:", "Previously:", "Recommended:", "Trending:", "Sponsored:",
          "Photo:", "Catch up:", "Go deeper:", "Don't miss:", "From the archives:", "Editor's pick:",
          "Video |"]

TEASERS = [
    # a label inside the link, or in bold before it
    *[(_linked(f"{label} {AUDITS}"), AUDITS) for label in LABELS],
    # (a longer label outside the link, "From the archives:", brings the line under
    # trafilatura's link-density bar, and the extractor keeps it as before this rescue)
    *[(f'<p><strong>{label}</strong> <a href="/x">{AUDITS}</a></p>', AUDITS) for label in LABELS
      if len(label) < 14],
    # an arrow, a bullet or a dash; a teaser's word in capitals; a bold lead-in with no colon
    (_linked(f"\u00bb {AUDITS}"), AUDITS),
    (f'<p>\u2022 <a href="/x">{AUDITS}</a></p>', AUDITS),
    (_linked(f"\u2014 {AUDITS}"), AUDITS),
    (_linked(f"WATCH {LINKED}"), LINKED),
    (f'<p><b>Related</b> <a href="/x">{AUDITS}</a></p>', AUDITS),
    (f'<p><a href="/x"><b>Go deeper</b> {AUDITS}</a></p>', AUDITS),
    # a teaser's class or id on the paragraph or the markup round the link
    (_linked(AUDITS, p='<p class="related-story">'), AUDITS),
    (_linked(AUDITS, p='<p class="inline-promo">'), AUDITS),
    (_linked(AUDITS, p='<p class="readMore">'), AUDITS),
    (_linked(AUDITS, p='<p id="more-on-this">'), AUDITS),
    (_linked(AUDITS, p='<p class="membership-cta">'), AUDITS),
    (_linked(AUDITS, a='<a class="teaser-link" href="/x">'), AUDITS),
    (f'<p><span class="recommended"><a href="/x">{AUDITS}</a></span></p>', AUDITS),
    # in a box of its own (the rescue's test that only paragraph markup lies between)
    (f'<div class="promo">{_linked(AUDITS)}</div>', AUDITS),
    (f'<section class="newsletter">{_linked(AUDITS)}</section>', AUDITS),
    # a call to the reader, at the start or anywhere
    (_linked(PITCH), None),
    (_linked(TIP), None),
    (_linked(MEETING), None),
    (_linked(SALE), None),
    # a note on the story; a media tag; a line in italics (an editor's note's look)
    (_linked(UPDATED), None),
    (_linked(PARTNER), None),
    (_linked(PHOTOS), PHOTOS.replace(" (photos)", "")),
    (f'<p><em><a href="/x">{LINKED}</a></em></p>', LINKED),
]


@pytest.mark.parametrize("teaser, plain", TEASERS)
def test_an_inline_teaser_between_story_paragraphs_is_not_read(teaser, plain):
    assert texts(read(page(middle=f"\n{teaser}\n")), "paragraph") == STORY
    if plain is not None:       # the same line with no sign is read: the sign drops it
        doc = read(page(middle=f"\n{_linked(plain)}\n"))
        assert texts(doc, "paragraph") == STORY[:2] + [plain] + STORY[2:]


@pytest.mark.parametrize("label", ["MORE:", "ICYMI:"])
def test_a_teasers_slip_is_not_linted(label):
    wrong = AUDITS.replace("for its handling", "for the the way it handled")
    assert rules(page(middle=f'\n<p><strong>{label}</strong> <a href="/x">{wrong}</a></p>\n')) == []
    assert rules(page(middle=f"\n{_linked(f'{label} {wrong}')}\n")) == []
    assert rules(page(middle=f"\n{_linked(wrong)}\n")) == ["hygiene.doubled-word"]


SENTENCES = [
    # "more", "read", "support" and a colon inside the sentence; "you" inside a quote
    "The auditor read the findings aloud on Friday and said the board had spent $3.2 million "
    "more than it reported.",
    "The audit found one thing above all others: the board had spent $3.2 million more on "
    "repairs than it reported.",
    "\u201cYou cannot run a ferry service on promises,\u201d the comptroller wrote in the audit "
    "that her office released on Friday afternoon.",
    "Support for the ferry levy fell to 41 percent in the county's survey, released by the "
    "state auditor on Friday.",
]


@pytest.mark.parametrize("markup", [
    *[_linked(s) for s in SENTENCES],
    # a class that names no teaser
    _linked(LINKED, p='<p class="story-text has-drop-cap">'),
    _linked(LINKED, a='<a class="external-link" id="audit-2026" href="https://example.org/audit">'),
    # a bold word inside the sentence, not a lead-in
    '<p><a href="/x">The audit, released by the state comptroller on <b>Friday</b>, found that '
    'the board had spent $3.2 million more on repairs than it reported.</a></p>',
])
def test_a_linked_story_sentence_with_no_teaser_sign_is_still_read(markup):
    doc = read(page(middle=f"\n{markup}\n"))
    assert len(texts(doc, "paragraph")) == len(STORY) + 1


@pytest.mark.parametrize("value", ["related-story", "inline-promo", "readMore", "newsletter-signup",
                                   "membership-cta", "more-on", "also_read", "story-teaser",
                                   "sponsoredContent", "article-recommendations", "read"])
def test_a_class_naming_a_teaser_box(value):
    assert names_teaser(value)


@pytest.mark.parametrize("value", ["story-body", "paragraph", "external-link", "readable", "thread",
                                   "moreover", "wp-block-paragraph", "entry-content", "has-text-align-left"])
def test_a_class_naming_no_teaser_box(value):
    assert not names_teaser(value)
