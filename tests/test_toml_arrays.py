"""The strings of a TOML array or inline table are read wherever they are
written (TOML 1.0 "Array", "Inline Table"): an array spanning lines, with
comments (a quote in one is no item), a trailing comma and multi-line
strings among its items, and inline tables as items (`images = [{src =
..., caption = ...}]`, a picture's caption). Each is placed at its own
characters, its escapes decoded with their map."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "The council voted on Tuesday to approve the budget for next year.\n"


def _fields(front: str) -> list[tuple[str, str, str, tuple[int, int], tuple[int, int]]]:
    doc = read_bytes("story.md", f"+++\n{front}+++\n{STORY}".encode())
    return [(p.kind, p.name, p.text, doc.lines.position(p.source_offset(0)),
             doc.lines.position(p.source_span(0, len(p.text), doc.source)[1]))
            for p in doc.parts if p.kind not in ("paragraph", "headline")]


def test_a_multi_line_array_s_items_are_read_at_their_characters():
    front = 'title = "Vote"\ntags = [\n  "council",  # "not an item"\n  \'budget\',\n  "b\\u00e9 TK",\n]\n[params]\nx = 1\n'
    assert _fields(front) == [("field", "tags.0", "council", (4, 4), (4, 11)),
                              ("field", "tags.1", "budget", (5, 4), (5, 10)),
                              ("field", "tags.2", "bé TK", (6, 4), (6, 14))]


def test_a_multi_line_string_among_the_items_is_one_item():
    front = 'tags = [\n  """one\ntwo""",\n  "three",\n]\n'
    got = _fields(front)
    assert [(name, text) for _, name, text, _, _ in got] == [("tags.0", "one\ntwo"), ("tags.1", "three")]
    assert got[1][3:] == ((5, 4), (5, 9))


@pytest.mark.parametrize("front, line", [
    ('images = [\n  {src = "a.jpg", caption = "Crowds TK", credit = "AP"},\n]\n', 3),
    ('images = [{src = "a.jpg", caption = "Crowds TK", credit = "AP"}]\n', 2),
    ('[params]\nimages = [\n  { src = "a.jpg", "caption" = "Crowds TK", credit = "AP" }\n]\n', 4),
])
def test_a_picture_in_an_inline_table_has_its_caption(front, line):
    caption = [f for f in _fields(front) if f[1].endswith("caption")]     # under [params]: a field, as in YAML
    col = front.splitlines()[line - 2].index("Crowds") + 1
    assert [(name, text, at, stop) for _, name, text, at, stop in caption] == [
        (caption[0][1], "Crowds TK", (line, col), (line, col + 9))]
    assert caption[0][1] in ("images.0.caption", "params.images.0.caption")


def test_an_array_of_arrays_and_an_item_not_a_string_keep_their_places():
    front = 'sizes = [\n  [640, "small"],\n  [1280, "large TK"],\n]\nlist = [1, "one", true]\n'
    assert [(n, t, a) for _, n, t, a, _ in _fields(front)] == [
        ("sizes.0.1", "small", (3, 10)), ("sizes.1.1", "large TK", (4, 11)), ("list.1", "one", (6, 13))]
