"""The front-matter value cap (`_fm_entry.capped`, 2,000 values) keeps the
same values in YAML and JSON (fx146 #4): the keys newslint reads by name
first, each whole (a picture's nested `credit` too), then the others in the
file's order; the warning stands at the first value in the file left unread
(a list of numbers holds none). JSON read its other keys first, and a
nested named value past the cap not at all; YAML said it stopped at a list
holding no text."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_bytes

WORDS = [f"w{i}" for i in range(1997)]      # with the title, src and credit: 2,000


def _yaml() -> str:
    return (f"---\nk0: [{', '.join(WORDS)}]\nnums: [1, 2]\nk1: [stop]\n"
            "image: {src: a.jpg, credit: Ann Lee}\ntitle: Council votes\n---\n")


def _json() -> str:
    return (f'{{"k0": {json.dumps(WORDS)},\n "nums": [1, 2],\n "k1": ["stop"],\n'
            ' "image": {"src": "a.jpg", "credit": "Ann Lee"},\n "title": "Council votes"}\n')


@pytest.mark.parametrize("front, stop", [(_yaml, "stop"), (_json, '"stop"')], ids=["yaml", "json"])
def test_the_cap_keeps_the_named_keys_whole_then_the_others_in_order(front, stop):
    text = front() + "The council voted on Tuesday to approve the budget.\n"
    doc = read_bytes("story.md", text.encode())
    assert doc.first("headline").text == "Council votes"
    assert doc.first("credit").text == "Ann Lee"
    k0 = [p.text for p in doc.parts if p.name.startswith("k0.")]
    assert k0 == WORDS and not [p for p in doc.parts if p.name.startswith("k1")]
    notes = [n for n in doc.notices if n.rule == "file.front-matter"]
    assert [(n.level, n.offset) for n in notes] == [("warning", text.index(stop))]
    assert notes[0].message.startswith("front matter holds more than 2000 values: reading stopped at line ")
