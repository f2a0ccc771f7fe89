"""A raw HTML table in a Markdown body is a scope an end tag does not reach
past (WHATWG HTML 13.2.4.2, "has an element in scope"): a `</blockquote>`
in a closed table's cell ends no embedded post (`markdown._Body._closed_later`,
`_md_html.MaskedExtractor.end`) and no split `<blockquote>` (`_md_html.Closings`),
qa128 #2. Only a table closed later is a scope: the hostile shapes qa135
found in the HTML reader (an unclosed table, a stray cell), a `</table>` with
no table, nested tables and a table inside the post read as on the page.
Synthetic input only."""
from __future__ import annotations

import random
from types import SimpleNamespace

import pytest

from lint.readers import read_bytes
from lint.readers._md_posts import first_closes
from lint.readers._md_tags import out_of_tables, tag_marks
from story_helpers import FRONT_MATTER

POST = 'The council met on Tuesday.\n\n<blockquote class="twitter-tweet"><p>We won.</p>\n\n'
SIGNATURE = "Thanks. \u2014 Jane (@jane) May 1, 2024"
TAIL = ('Thanks. &mdash; Jane (@jane) <a href="https://twitter.com/jane/status/1">May 1, 2024</a>'
        "</blockquote>\n\nAfter text.\n")


def _read(between: str, joint: str = "\n\n"):
    doc = read_bytes("story.md", (FRONT_MATTER + POST + between + joint + TAIL).encode("utf-8"))
    return {p.text: p.kind for p in doc.parts}, [n.rule for n in doc.notices]


@pytest.mark.parametrize("between, joint", [
    ("<table>\n<tr><td></blockquote></td></tr>\n</table>", "\n\n"),       # the cell's end tag in its own block
    ("<table><tr><td></blockquote></td></tr></table>", "\n"),             # one block with the signature
    ("<table><tr><td><table><tr><td></blockquote></td></tr></table></blockquote></td></tr></table>", "\n\n"),
    ("<table><tr><td>Votes: 5</td></tr></table>", "\n\n"),                # a table inside the post
    ("</table>", "\n\n"),                                                # a </table> with no table: nothing
    ("<div><td>Votes: 5</div>", "\n\n"),                                  # a stray cell: nothing
])
def test_the_post_goes_on_to_its_own_end_tag(between, joint):
    kinds, notices = _read(between, joint)
    assert (kinds.get(SIGNATURE), kinds.get("After text.")) == ("embed", "paragraph"), kinds
    assert notices == [], notices


@pytest.mark.parametrize("between", [
    "<table><tr><td>Votes: 5</blockquote>",                              # an unclosed table bounds nothing
    "<td></blockquote>",                                                 # nor does a stray cell
    "<table><tr><td><table><tr><td>x</td></tr></table></blockquote>",    # past the closed inner table, in the open outer
])
def test_an_end_tag_no_closed_table_holds_ends_the_post_there(between):
    kinds, notices = _read(between)
    assert (kinds.get(SIGNATURE), kinds.get("After text.")) == ("paragraph", "paragraph"), kinds
    assert kinds.get("We won.") == "embed" and notices == [], (kinds, notices)


def test_a_split_quote_goes_on_past_a_closed_tables_end_tag():
    cell = "<table>\n<tr><td></blockquote></td></tr>\n</table>\n\n"
    src = FRONT_MATTER + "<blockquote>\n\n" + cell + "A quoted paragraph.\n\n</blockquote>\n\nStory text.\n"
    kinds = {p.text: p.kind for p in read_bytes("story.md", src.encode("utf-8")).parts}
    assert (kinds["A quoted paragraph."], kinds["Story text."]) == ("blockquote", "paragraph"), kinds


def test_a_split_quote_ends_at_an_unclosed_tables_end_tag():
    src = (FRONT_MATTER + "<blockquote>\n\n<table>\n<tr><td></blockquote>\n\nA loose paragraph.\n\n"
           "</blockquote>\n\nStory text.\n")
    kinds = {p.text: p.kind for p in read_bytes("story.md", src.encode("utf-8")).parts}
    assert (kinds["A loose paragraph."], kinds["Story text."]) == ("paragraph", "paragraph"), kinds


def _kept(text: str, tag: str = "blockquote") -> list[tuple[bool, int]]:
    block = SimpleNamespace(type="html_block", map=(0, 1))
    marks = list(tag_marks(block, tag, text, lambda n: 0 if n == 0 else len(text)))
    return [(close, where) for close, where, _ in out_of_tables(marks, tag)]


def test_out_of_tables_leaves_out_a_closed_tables_marks_only():
    text = "<blockquote><table><td></blockquote><blockquote></table><table><td></blockquote>"
    assert _kept(text) == [(False, 0), (True, text.rindex("</blockquote>"))]


def test_out_of_tables_pairs_an_end_with_the_innermost_table():
    text = "<table><td><table><td></blockquote></table></blockquote>"
    assert _kept(text) == [(True, text.rindex("</blockquote>"))]


def test_out_of_tables_keeps_every_mark_of_a_table_itself():
    text = "<table><td><TABLE></table></Table>"
    assert _kept(text, "table") == [(False, 0), (False, text.index("<TABLE")),
                                    (True, text.index("</table")), (True, text.index("</Table"))]


def _walked(marks: list[tuple], tag: str, k: int) -> int:
    """The plain reading `first_closes` must agree with: `out_of_tables`
    over the marks from k to the end of k's stretch, depth 1 at the start."""
    depth = 1
    window = [m for m in marks[k:] if m[3] == marks[k][3]]
    for close, at, _ in out_of_tables(window, tag):
        depth += -1 if close else 1
        if not depth:
            return at
    return -1


@pytest.mark.parametrize("tag", ["blockquote", "table"])
def test_first_closes_answers_as_a_walk_over_out_of_tables_from_each_mark(tag):
    rng = random.Random(236)
    shapes = [(True, False), (True, True), (False, False), (False, True)]     # (a table's?, end?)
    for _ in range(400):
        stretch, marks = 0, []
        for k in range(rng.randint(0, 14)):
            stretch += rng.random() < 0.1
            marks.append((*rng.choice(shapes), k, stretch))         # (a table's?, end?, where, stretch)
        if tag == "table":
            marks = [(True, *m[1:]) for m in marks]
        assert first_closes(marks, tag, [m[3] for m in marks]) == [_walked(marks, tag, k) for k in range(len(marks))]
