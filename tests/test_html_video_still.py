"""A video's still (the poster a page shows until the player loads: a
YouTube still, an image in a video embed's box, an image linked to the
clip) is no story photo: no captions.missing-alt on it
(readers/_html_video.py). A story photo with no alt text still gets one.
The page is written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

from ferry_story import FERRY_STORY

STORY = FERRY_STORY


def _page(media: str) -> str:
    return f"""<!DOCTYPE html>
<html><head><title>Harbor board raises ferry fares | Coastline Ledger</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<main><article>
<h1>Harbor board raises ferry fares</h1>
<div class="story-body">
<p>{STORY[0]}</p>
<p>{STORY[1]}</p>
{media}
<p>{STORY[2]}</p>
<p>{STORY[3]}</p>
</div>
</article></main>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


@pytest.mark.parametrize("media", [
    '<figure><img src="https://i.ytimg.com/vi/Xk3pQ9aB1cD/hqdefault.jpg" width="640" height="360"></figure>',
    '<lite-youtube videoid="Xk3pQ9aB1cD"><img src="/media/board-meeting-still.jpg" width="640"></lite-youtube>',
    '<div data-youtube-id="Xk3pQ9aB1cD"><img src="/media/board-meeting-still.jpg" width="640"></div>',
])
def test_a_videos_still_raises_no_missing_alt(media):
    src = _page(media)
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == STORY
    assert "captions.missing-alt" not in {d.rule for d in lint_text(src, "page.html")}


def test_a_videos_still_keeps_its_caption():
    caption = "The board meets on November 5. (Video: Lee Park)"
    src = _page('<figure><img src="https://i.ytimg.com/vi/Xk3pQ9aB1cD/hqdefault.jpg" width="640">'
                f'<figcaption>{caption}</figcaption></figure>')
    doc = read_bytes("page.html", src.encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("caption",))] == [(caption, src.index(caption))]
    assert "captions.missing-alt" not in {d.rule for d in lint_text(src, "page.html")}


@pytest.mark.parametrize("media", [
    # a newsroom's own photo linked to its video, with a caption
    '<figure><a href="https://www.youtube.com/watch?v=abc123"><img src="/photos/pier9-riders.jpg"></a>'
    '<figcaption>Riders wait at Pier 9 on November 5. Watch our video of the vote.</figcaption></figure>',
    # a video embed's box named by its class, with a caption line
    '<div class="video-embed"><img src="/photos/pier9-riders.jpg">'
    '<p>Riders at Pier 9 said on November 5 they would pay.</p></div>',
    # a box with an empty clip id
    '<div class="photo" data-video-id=""><img src="/photos/pier9-riders.jpg"></div>',
])
def test_a_photo_near_a_video_is_a_story_photo(media):
    src = _page(media)
    rules = [d.rule for d in lint_text(src, "page.html")]
    assert "captions.missing-alt" in rules
    if "November 5" in media:
        assert "style.month-abbreviation" in rules


def test_a_story_box_named_for_youtube_hides_no_photo():
    src = _page('<img src="/photos/pier9-riders.jpg" width="640">').replace(
        "<article>", '<article class="post type-post category-tech tag-youtube">')
    found = [d for d in lint_text(src, "page.html") if d.rule == "captions.missing-alt"]
    assert [d.offset for d in found] == [src.index('<img src="/photos')]


def test_a_story_photo_with_no_alt_text_still_raises_it():
    src = _page('<figure><img src="/media/ferry-at-dawn.jpg" width="640" height="360">'
                '<figcaption>The morning ferry leaves the pier. (Photo: Lee Park)</figcaption></figure>')
    found = [d for d in lint_text(src, "page.html") if d.rule == "captions.missing-alt"]
    assert [d.offset for d in found] == [src.index("<img")]
