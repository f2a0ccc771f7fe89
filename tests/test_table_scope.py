"""An end tag inside a table does not reach an element opened before the
table (WHATWG HTML 13.2.4.2, "has an element in scope": a table and its
cells bound it), in the HTML reader, in a Markdown body's raw HTML
(`_md_tags.Scoped`, under `_md_html.Closings` and `markdown._Body._closed_later`)
alike (qa128 #2: a `</blockquote>` in a cell ended an embedded post, whose
signature was then read as a story paragraph). Synthetic input only."""
from __future__ import annotations

from types import SimpleNamespace

from lint.readers import read_bytes
from lint.readers._md_tags import Scoped

HEAD = "---\ntitle: Council votes\ndate: 2024-05-01\n---\n\n"
SIGNATURE = 'Thanks. &mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1">May 1, 2024</a>'
CELL = "<table>\n<tr><td></blockquote></td></tr>\n</table>\n\n"


def _kinds(name: str, src: str) -> dict[str, str]:
    return {p.text: p.kind for p in read_bytes(name, src.encode("utf-8")).parts}


def test_the_html_reader_keeps_a_post_open_past_a_cells_end_tag():
    kinds = _kinds("f.html", '<html><body><h1>Council votes</h1><p>Lead.</p><blockquote class="twitter-tweet">'
                             "<p>We won.</p><table><tr><td></blockquote></td></tr></table>"
                             f"<p>{SIGNATURE}</p></blockquote><p>After text.</p></body></html>")
    assert kinds["Thanks. \u2014 Jane (@jane) May 1, 2024"] == "embed", kinds
    assert kinds["After text."] == "paragraph", kinds


def test_a_markdown_quote_goes_on_past_a_cells_end_tag():
    # Closings: the quote's own end tag is the later one, so the paragraph is quoted
    kinds = _kinds("s.md", HEAD + "<blockquote>\n\n" + CELL + "A quoted paragraph.\n\n</blockquote>\n\nStory text.\n")
    assert kinds["A quoted paragraph."] == "blockquote", kinds
    assert kinds["Story text."] == "paragraph", kinds


def test_a_cells_end_tag_is_no_later_close_of_a_post_left_open():
    # _closed_later: the Markdown after a blank line is the post's only when the post is closed later
    post = HEAD + 'Lead.\n\n<blockquote class="twitter-tweet"><p>We won.</p>\n\nBetween words.\n\n'
    with_cell = read_bytes("s.md", (post + CELL + "Story text.\n").encode("utf-8"))
    without = read_bytes("s.md", (post + "Story text.\n").encode("utf-8"))
    assert [(p.kind, p.text) for p in with_cell.parts] == [(p.kind, p.text) for p in without.parts]
    assert {p.text: p.kind for p in with_cell.parts}["Between words."] == "paragraph"
    assert [n.rule for n in with_cell.notices] == [n.rule for n in without.notices] != []


def test_a_quote_inside_a_cell_is_still_read_and_the_table_ends_it():
    for name, src in (("f.html", "<html><body><h1>Council votes</h1><p>Lead.</p><table><tr><td><blockquote>"
                                 "<p>Cell quote.</p></td></tr></table><p>Story text.</p></body></html>"),
                      ("s.md", HEAD + "Lead.\n\n<table>\n<tr><td><blockquote><p>Cell quote.</p></td></tr>\n"
                                      "</table>\n\nStory text.\n")):
        kinds = _kinds(name, src)
        assert (kinds["Cell quote."], kinds["Story text."]) == ("blockquote", "paragraph"), (name, kinds)


def _marks(*blocks: str, tag: str = "blockquote") -> list[tuple[bool, int]]:
    text = "".join(blocks)
    starts = [0]
    for b in blocks:
        starts.append(starts[-1] + len(b))
    scoped = Scoped(tag, text, lambda k: starts[k])
    return [(close, where) for k in range(len(blocks))
            for close, where, _ in scoped.marks(SimpleNamespace(type="html_block", map=(k, k + 1)))]


def test_scoped_leaves_out_a_cells_end_tag_of_an_outer_element():
    text = "<blockquote><table><tr><td></blockquote><blockquote></blockquote></td></tr></table></blockquote>"
    assert _marks(text) == [(False, 0), (False, text.index("<blockquote>", 1)),
                            (True, text.index("</blockquote></td>")), (True, text.rindex("</blockquote>"))]


def test_scoped_ends_what_a_table_left_open_at_its_end_tag_across_blocks():
    first, second = "<table><tr><td><blockquote>\n", "</td></tr></table></blockquote>\n"
    assert _marks(first, second) == [(False, first.index("<blockquote>")),
                                     (True, len(first) + second.index("</table>")),
                                     (True, len(first) + second.index("</blockquote>"))]


def test_scoped_reads_a_tables_own_tags_as_tag_marks_does():
    text = "<table><tr><td><table></table></td></tr></table>"
    assert _marks(text, tag="table") == [(False, 0), (False, text.index("<table>", 1)),
                                         (True, text.index("</table>")), (True, text.rindex("</table>"))]
