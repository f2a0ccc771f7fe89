"""HTML inside inline <svg>/<math> at an HTML integration point (WHATWG HTML
13.2.6, "HTML integration point" and MathML text integration points; the
tree construction dispatcher, 13.2.6): an svg <foreignObject>, <desc> or
<title>, a MathML <mi>/<mo>/<mn>/<ms>/<mtext>, or an <annotation-xml> whose
encoding is text/html or application/xhtml+xml holds HTML again, so a
<textarea> or <title> there is a text-only element (RCDATA, 13.2.5.2) and a
`<!--` inside it is text, never a comment holding a directive. fx176 read
every such name as markup while any <svg>/<math> was open (lead38: the
`newslint-disable` below hid the rest of the page). Outside them, in the
svg or MathML itself, these names are still no text-only elements (fx176).
Synthetic input only, written under tmp_path."""
from __future__ import annotations

import json

import pytest

# A CMS fragment (no trafilatura): the story's TK on line 4, column 18.
FRAGMENT = ("<h1>Plan wins</h1>\n"
            "<p>The council voted on Tuesday to approve the plan.</p>\n"
            "{inside}\n"
            "<p>The budget is TK.</p>\n")
OFF = "<!-- newslint-disable -->"


def _found(tmp_path, run_cli, inside: str) -> list[tuple[str, int, int]]:
    page = tmp_path / "story.html"
    page.write_text(FRAGMENT.format(inside=inside), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", page)
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)
            if f["rule"] in ("hygiene.placeholder", "file.html")]


@pytest.mark.parametrize("inside", [
    f"<svg><foreignObject><textarea>{OFF}</textarea></foreignObject></svg>",
    f"<svg><foreignObject width='90' height='20'><title>{OFF}</title></foreignObject></svg>",
    f"<svg><title><textarea>{OFF}</textarea></title></svg>",
    f"<svg><desc><title>{OFF}</title></desc></svg>",
    # an inner svg closed: its foreignObject is HTML again
    f"<svg><foreignObject><svg><title>Dot</title></svg><textarea>{OFF}</textarea></foreignObject></svg>",
    f"<math><mtext><textarea>{OFF}</textarea></mtext></math>",
    f"<math><mi>x</mi><mo><title>{OFF}</title></mo></math>",
    f'<math><annotation-xml encoding="text/html"><textarea>{OFF}</textarea></annotation-xml></math>',
    f'<math><annotation-xml encoding="Application/XHTML+XML"><textarea>{OFF}</textarea>'
    "</annotation-xml></math>",
])
def test_a_comment_in_a_text_only_element_at_an_html_integration_point_is_text(tmp_path, run_cli,
                                                                                inside):
    assert _found(tmp_path, run_cli, inside) == [("hygiene.placeholder", 4, 18)]


@pytest.mark.parametrize("inside", [
    f"<svg><title>{OFF}</title></svg>",                     # svg's own title: markup inside
    f"<svg><foreignObject><p>Dot</p></foreignObject><title>{OFF}</title></svg>",
    f'<math><annotation-xml encoding="application/mathml+xml"><title>{OFF}</title>'
    "</annotation-xml></math>",
])
def test_control_in_the_svg_or_mathml_itself_the_comment_is_a_directive(tmp_path, run_cli, inside):
    # not a fault: foreign content reads markup inside <title> (fx176), so the comment
    # is one and hides the rest, as on lead38
    assert _found(tmp_path, run_cli, inside) == []


def test_a_textarea_left_open_in_a_foreign_object_holds_the_rest(tmp_path, run_cli):
    # a browser reads the rest as the textarea's text (lead38: linted, no word)
    inside = "<svg><foreignObject><textarea>Type here"
    assert _found(tmp_path, run_cli, inside) == [("file.html", 3, 21)]
