"""An HTML end tag in foreign content (WHATWG HTML 13.2.6.5, "any other end
tag", and the "in body" end tag steps it falls back to): an `<svg>` or
`<math>` left open inside an element ends with that element's end tag
(`</div>`, `</button>`, `</a>`, `</span>`, `</td>`, `</h3>` for an open
`<h2>`), so the story after it is read (`_html_foreign.Spaces.end`). An end
tag that names an element of the graphic (an svg `<a>`) ends that one only;
with an integration point (`<foreignObject>`, `<title>`, `<mi>`) open in
between, or for `</body>`/`</form>`, the graphic stays open."""
from __future__ import annotations

import time

import pytest

from lint.readers import read_bytes

LEAD = "<h1>Plan wins</h1><p>The council voted on Tuesday.</p>"
SVG = '<svg viewBox="0 0 9 9"><path d="M0">'


def _texts(src: str, name: str = "story.html") -> list[str]:
    return [p.text for p in read_bytes(name, src.encode()).parts]


@pytest.mark.parametrize("middle, shown", [
    (f"<div class='icon'>{SVG}</div><section>Budget passes.</section>", "Budget passes."),
    (f"<div class='icon'>{SVG}</div>Budget passes.", "Budget passes."),
    (f"<p>Tap <button>{SVG}</button> to share.</p>", "Tap  to share."),        # no word before it lost
    (f"<p>Tap <a href='/s'>{SVG}</a> to share.</p>", "Tap  to share."),
    ("<p>Tap <span class='i'><svg><g></span> to share.</p>", "Tap  to share."),
    (f"<table><tr><td>{SVG}</td><td>Budget passes.</td></tr></table>", "Budget passes."),
    (f"<h2>Head {SVG}</h3><section>Budget passes.</section>", "Budget passes."),   # any heading's end
    ("<div><svg><g><svg><math><mrow></div><section>Budget passes.</section>", "Budget passes."),
    ("<div><svg><title>Icon</title><path></div><section>Budget passes.</section>", "Budget passes."),
    ("<section><math><mrow><mn>2</mn></section><section>Budget passes.</section>", "Budget passes."),
])
def test_an_ancestors_end_tag_ends_the_graphic_left_open_in_it(middle, shown):
    assert shown in _texts(LEAD + middle)


@pytest.mark.parametrize("middle", [
    "<div><svg><foreignObject><p>Label</p></div>",     # the <foreignObject> is between: the </div> ends nothing
    "<div><svg><title>Icon</div>",                     # so is an svg <title>
    "<section><math><mi>x</section>",                  # and a MathML <mi>
    f"<div>{SVG}</body>",                              # </body> only moves the parser on
    f"<form>{SVG}</form>",                             # </form> takes the form off alone
    f"</div>{SVG}</div>",                              # no <div> open: a stray end tag
])
def test_the_graphic_stays_open_where_a_browser_keeps_it(middle):
    assert "Budget passes." not in _texts(LEAD + middle + "<section>Budget passes.</section>")


def test_an_end_tag_naming_an_element_of_the_graphic_ends_that_one():
    # the svg's own <a>: its </a> is the graphic's, not the link's around the svg
    src = LEAD + "<p>Tap <a href='/s'><svg><a href='#'><text>Label</text></a><path></svg></a> to share.</p>"
    assert _texts(src)[-1] == "Tap  to share."
    src = LEAD + "<p>Tap <a href='/s'><svg><a href='#'><text>Label</text></a><section>Still the graphic's.</section>"
    assert "Still the graphic's." not in "".join(_texts(src))


def test_the_story_after_the_end_tag_is_read_at_its_offsets():
    src = LEAD + f"<div class='icon'>{SVG}</div>\n<section>The budget is TK.</section>"
    [part] = [p for p in read_bytes("story.html", src.encode()).parts if p.text == "The budget is TK."]
    assert part.source_offset(0) == src.index("The budget")


def test_a_markdown_html_block_ends_its_graphic_at_the_ancestors_end_tag():
    text = ("---\ntitle: \"Council passes budget\"\n---\n\nThe council voted on Tuesday.\n\n"
            f"<div class=\"icon\">{SVG}</div><section>Budget passes.</section>\n")
    assert "Budget passes." in _texts(text, "story.md")


def test_many_graphics_ended_by_their_ancestors_are_read_in_linear_time():
    n = 20_000           # 0.6 MB; each </div> pops an svg and its path
    start = time.process_time()
    texts = _texts(LEAD + f"<div>{SVG}</div><section>Item.</section>" * n + "<p>The budget is TK.</p>")
    spent = time.process_time() - start
    assert texts[-1] == "The budget is TK." and texts.count("Item.") == n
    assert spent < 8, f"{spent:.1f} s of CPU"
