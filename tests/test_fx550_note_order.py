"""fx550: a footnote marker inside an image's alt text (nested inline
tokens) is numbered where it stands, as markdown-it-footnote prints its
note (qa410 #9). Synthetic copy only."""
from __future__ import annotations

import pytest

from footnote_helpers import MD_HEAD as HEAD
from lint.readers import read_bytes

NOTES = "\n\n[^a]: Note a.\n[^b]: Note b.\n"


def _printed(body):
    parts = read_bytes("a.md", (HEAD + body + NOTES).encode()).parts
    return {p.name: p.attrs.get("printed") for p in parts if p.kind == "footnote"}


@pytest.mark.parametrize("body", [
    "Said so. ![Chart[^b]](c.png) It passed.[^a]",
    "Said so. [![Chart[^b]](c.png)](http://example.org) It passed.[^a]",     # an image in a link
])
def test_a_marker_in_an_images_alt_text_numbers_its_note_in_place(body):
    assert _printed(body) == {"a": 1, "b": 0}


def test_guard_a_note_cited_only_after_is_printed_second():
    assert _printed("Said so.[^a] ![Chart](c.png) It passed.[^b]") == {"a": 0, "b": 1}


def test_guard_a_note_no_marker_cites_gets_no_place():
    assert _printed("Said so. ![Chart](c.png) It passed.[^a]") == {"a": 0, "b": None}
