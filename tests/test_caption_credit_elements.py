"""A caption's text and a credit in an element of its own (nu46 #6): the
HTML reader puts a line break at the credit's start tag, so
captions.run-on reads no glue there, and every offset stays the source's.
Glue inside one element's text is still a run-on."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.readers import read_bytes

CAPTIONS = Config(select=("captions",))
STORY = "<html><body><article><h1>Telescope opens</h1><p>The telescope opened on Sunday in the south.</p>{}</article></body></html>"
# nature.com's form: the credit a <span> of no class after the caption's <span>
NATURE = ('<figure><img src="a.jpg"><figcaption><p class="figure__caption"><span class="mr10">'
          'FAST will enable measurements of astronomical phenomenon.</span>{}</p></figcaption></figure>')
# foxnews.com's form: the credit a <span class="source"> in the caption's <p>
FOX = ('<div class="m"><a href="#"><img src="a.jpg"></a></div><div class="summary">'
       '<p>Nathaly Cartas Leon in an undated picture.{}</p></div>')


def read(html: str):
    doc = read_bytes("page.html", html.encode("utf-8"))
    return doc, lint_document(doc, active_rules(CAPTIONS), CAPTIONS).diagnostics


def run_ons(diags) -> list[str]:
    return [d.snippet for d in diags if d.rule == "captions.run-on"]


def test_nu46_a_credit_span_after_the_caption_span_is_no_run_on():
    html = STORY.format(NATURE.format("<span>Credit: Ou Dongqu/Xinhua/ZUMA</span>"))
    doc, diags = read(html)
    assert run_ons(diags) == []
    caption = next(p for p in doc.parts if p.kind == "caption")
    credit = next(p for p in doc.parts if p.kind == "credit")
    assert caption.text == "FAST will enable measurements of astronomical phenomenon."
    assert credit.text == "Credit: Ou Dongqu/Xinhua/ZUMA"
    assert credit.source_offset(0) == html.index("Credit:")
    assert caption.source_offset(len(caption.text) - 1) == html.index("phenomenon.") + len("phenomenon")


@pytest.mark.parametrize("figure", [
    # glued in the caption element's own text
    NATURE.replace("phenomenon.</span>{}", "phenomenon.{}</span>").format("Credit: Ou Dongqu/Xinhua/ZUMA"),
    # a bold credit runs on in the caption as the page shows it
    NATURE.format("<b>Credit: Ou Dongqu/Xinhua/ZUMA</b>"),
])
def test_nu46_a_credit_glued_in_the_caption_s_own_text_is_still_a_run_on(figure):
    diags = [d for d in read(STORY.format(figure))[1] if d.rule == "captions.run-on"]
    assert len(diags) == 1 and "'phenomenon.Credit'" in diags[0].message


def test_nu46_a_span_that_is_no_credit_runs_on_as_before():
    html = STORY.format(NATURE.format("<span>More pictures</span>"))
    caption = next(p for p in read(html)[0].parts if p.kind == "caption")
    assert caption.text.endswith("phenomenon.More pictures")


def test_nu46_a_source_class_span_is_set_apart_at_its_start_tag():
    html = STORY.format(FOX.format('<span class="source" itemprop="name">Facebook</span>'))
    doc, diags = read(html)
    assert run_ons(diags) == []
    part = next(p for p in doc.parts if p.text.startswith("Nathaly"))
    assert part.text == "Nathaly Cartas Leon in an undated picture.\nFacebook"
    assert part.source_offset(part.text.index("\n")) == html.index('<span class="source"')
    assert part.source_offset(part.text.index("Facebook")) == html.index("Facebook")


def test_nu46_a_span_of_no_credit_class_stays_in_the_sentence():
    html = STORY.format(FOX.format('<span class="name">Facebook</span>'))
    part = next(p for p in read(html)[0].parts if p.text.startswith("Nathaly"))
    assert part.text == "Nathaly Cartas Leon in an undated picture.Facebook"
