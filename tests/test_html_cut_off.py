"""A page saved short (a cut-off download) gets one `file.html` warning
where it stops; a whole page, a fragment and a page that closes only one of
its end tags get none."""
from __future__ import annotations

from lint import lint_text

HEAD = ("<!doctype html><html><head><title>Board orders two ferries</title>"
        '<link rel="stylesheet" href="/site.css"></head>\n<body><nav><a href="/">Home</a></nav>\n'
        "<article><h1>Board orders two ferries</h1>\n"
        "<p>The Harbour Board voted on Tuesday to replace two ferries, chair Marta Quinn said.</p>\n")


def cut_notices(src: str):
    return [(d.line, d.column, d.level) for d in lint_text(src, "story.html")
            if d.rule == "file.html" and "cut off" in d.message]


def test_a_page_that_stops_mid_paragraph_is_flagged_at_its_last_character():
    src = HEAD + "<p>The first boat is due in servi\n\n"
    assert cut_notices(src) == [(5, 33, "warning")]


def test_a_page_that_stops_inside_a_tag_is_flagged_at_that_tag():
    src = HEAD + '<p>The first boat is due next year.</p>\n<a href="https://exam'
    assert cut_notices(src) == [(6, 1, "warning")]


def test_a_whole_page_and_a_fragment_are_not_cut_off():
    assert cut_notices(HEAD + "</article></body></html>\n") == []
    assert cut_notices(HEAD + "</article></body>\n") == []      # </html> may be omitted
    assert cut_notices(HEAD + "</article>\n</html>") == []       # and so may </body>
    assert cut_notices("<article><h1>Board</h1>\n<p>The board voted on Tuesday.</p>\n") == []


def test_a_comment_opened_in_an_attribute_or_a_textarea_never_makes_a_whole_page_cut_off():
    # qa68 #7: '<!--' inside an attribute value or a <textarea> is no comment
    for inner in ("<div data-raw='<!-- ad slot'></div>", "<textarea><!--</textarea>",
                  "<noscript><!-- </noscript>"):
        src = HEAD + inner + "<p>The first boat is due next year.</p></article></body></html>\n"
        assert cut_notices(src) == [], inner


def test_a_comment_naming_the_end_tag_does_not_end_the_body_early():
    # qa67 #4: the story after `<!-- ... </body> -->` was judged no body
    src = ("<html><head><title>Council votes</title></head><body><!-- layout v1 ends with </body> -->\n"
           "<p>The the city council voted 5-2 on Tuesday to raise property taxes, officials said.</p>\n"
           "</body></html>\n")
    found = [d.rule for d in lint_text(src, "story.html")]
    assert "file.no-body" not in found and "hygiene.doubled-word" in found
    empty = "<html><head><title>Council votes</title></head><body><!-- </body> --></body></html>\n"
    assert "file.no-body" in [d.rule for d in lint_text(empty, "story.html")]
