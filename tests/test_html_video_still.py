"""A video's still (the poster a page shows until the player loads: a
YouTube still, an image in a video embed's box, an image linked to the
clip) is no story photo: no captions.missing-alt on it
(readers/_html_video.py). A story photo with no alt text still gets one.
The page is written for the test."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes

STORY = [
    "The harbor board voted 5-2 on Tuesday to raise ferry fares by 50 cents, the first increase "
    "in six years, board chair Ruth Alvarez said.",
    "Commuters who ride the morning boat will pay $3.50 a trip starting in June. Alvarez said "
    "fuel and repair costs had doubled since the last increase.",
    "Two members voted against the plan, saying riders had not been given enough time to comment.",
    "The board will take up the evening schedule at its next meeting in March, Alvarez said.",
]


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
    '<figure class="video-embed"><img src="/media/board-meeting-still.jpg" width="640" height="360">'
    '</figure>',
    '<lite-youtube videoid="Xk3pQ9aB1cD"><img src="/media/board-meeting-still.jpg" width="640"></lite-youtube>',
    '<figure><a href="https://www.youtube.com/watch?v=Xk3pQ9aB1cD"><img src="/media/board-meeting-still.jpg"'
    ' width="640" height="360"></a></figure>',
    '<div class="youtubeContainer" data-embed="Xk3pQ9aB1cD"><img src="/media/board-meeting-still.jpg" width="640">'
    '</div>',
])
def test_a_videos_still_raises_no_missing_alt(media):
    src = _page(media)
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == STORY
    assert not [p for p in doc.parts if p.kind == "alt"]
    assert "captions.missing-alt" not in {d.rule for d in lint_text(src, "page.html")}


def test_a_story_photo_with_no_alt_text_still_raises_it():
    src = _page('<figure><img src="/media/ferry-at-dawn.jpg" width="640" height="360">'
                '<figcaption>The morning ferry leaves the pier. (Photo: Lee Park)</figcaption></figure>')
    found = [d for d in lint_text(src, "page.html") if d.rule == "captions.missing-alt"]
    assert [d.offset for d in found] == [src.index("<img")]
