"""Readers' needless work (re-read rr41a §3): what is worked out once stays
worked out once, with the same answers. A caption's licence-note offsets
(`credit_licences.NoteOffsets`) build each `FixMap` once per caption read,
not once per offset carried. The HTML reader reads an inline `<svg>`'s
size (`_html_sizes.sides_px`, as `_html_looks` calls it) once per svg, for both of `svg_look`'s answers.
Where a post a blank line split is closed (`_md_posts.PostEnds`) reads
each token's raw tags once, however many posts are left open or raw tables
left unclosed: no longer once per post to the body's end. Synthetic input only."""
from __future__ import annotations

import pytest

from lint.analysis import credit_licences
from lint.analysis.credits import read_credit
from lint.readers import _html_looks, _md_posts, read_bytes
from story_helpers import CHART_PAGE as PAGE, FRONT_MATTER as MD_HEAD


@pytest.mark.parametrize("text, credit", [
    ("Water rises on Monday. Photo by Jane Doe, CC BY 2.0", "Photo by Jane Doe"),      # found as written
    ("Water rises on Monday.\nJane Doe/Flickr\n(CC BY 2.0)\nImage cropped.", "Jane Doe/Flickr"),  # beside the notes
])
def test_a_captions_note_offsets_build_each_map_once(monkeypatch, text, credit):
    built = []
    real = credit_licences.FixMap

    def counted(fixes):
        built.append(len(fixes))
        return real(fixes)
    monkeypatch.setattr(credit_licences, "FixMap", counted)
    span, notes = read_credit(text)
    assert notes and text[slice(*span)] == credit
    assert 0 < len(built) <= 2, built


def test_an_svgs_sides_are_read_once_per_svg(monkeypatch):
    read = []
    real = _html_looks.sides_px
    monkeypatch.setattr(_html_looks, "sides_px", lambda attrs: read.append(attrs) or real(attrs))
    svgs = ['<svg aria-hidden="true" viewBox="0 0 600 400"><rect/></svg>', '<svg width="640" height="400"><rect/></svg>']
    figures = "".join(f"<figure>{svg}<figcaption>The rate by month, {n}.</figcaption></figure>"
                      for n, svg in enumerate(svgs))
    doc = read_bytes("story.html", PAGE.format(figures).encode("utf-8"))
    # the icon's figure has no picture and so no caption; the chart's caption is a chart's
    assert [(p.text, p.attrs.get("chart")) for p in doc.parts if p.kind == "caption"] == [("The rate by month, 1.", True)]
    assert len(read) == len(svgs), read


# (an aria-hidden svg with no size and no viewBox is an icon: test_svg_look)


OPEN = '<blockquote class="twitter-tweet"><p>Post {0}.</p>\n\n'
SIGNED = "&mdash; Jane (@jane) May 1, 2024</blockquote>\n\n"


@pytest.mark.parametrize("post", [
    OPEN + "Story paragraph {0}.\n\n",                                                 # never closed
    OPEN + "We won {0}.\n\n<table><tr><td>Votes {0}\n\n" + SIGNED + "Story paragraph {0}.\n\n",  # an unclosed table in it
])
def test_split_posts_read_each_tokens_raw_tags_once(monkeypatch, post):
    read = []
    real = _md_posts.tag_marks
    monkeypatch.setattr(_md_posts, "tag_marks", lambda tok, *rest: read.append(id(tok)) or real(tok, *rest))
    posts = 60
    doc = read_bytes("story.md", (MD_HEAD + "".join(post.format(k) for k in range(posts))).encode("utf-8"))
    kinds = {}
    for p in doc.parts:
        kinds.setdefault(p.text.split(" ")[0], set()).add(p.kind)
    assert (kinds["Post"], kinds["Story"], kinds.get("We", {"embed"})) == ({"embed"}, {"paragraph"}, {"embed"}), kinds
    assert read and len(read) == len(set(read)), (len(read), len(set(read)))
