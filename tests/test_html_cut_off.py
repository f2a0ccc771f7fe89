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
