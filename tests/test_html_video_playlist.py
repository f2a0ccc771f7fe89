"""A video player's list of other videos (its companion box, a playlist)
is page furniture: its titles are never linted as the story's paragraphs
(readers/_html_video.py). The page is written for the test: a video page
whose story is the clip's title and description, beside the player's list
of trending clips."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._html_video import names_playlist

HED = "Ferry riders brace for higher fares after harbor board vote"
DESCRIPTION = ("Commuters who ride the morning ferry will pay 50 cents more a trip from June, "
               "after the harbor board voted 5-2 on Tuesday to raise fares for the first time in six years.")
CLIPS = ["Governor Ana Ruiz signs the budget at last", "Storm knocks out power across the valley",
         "Senate hearing on bridge repairs runs late", "Ruiz says the tolls will stay where they are",
         "School board names a new superintendent", "Fans line up for the stadium's final game"]


def _page(box: str, inner: str) -> str:
    items = "\n".join(f'<li><a href="https://video.example.com/clip-{i}?playlistId=9">'
                      f'<img data-original="https://img.example.com/{i}.jpg" />'
                      f'<p class="title">{t}</p><p class="source">Wire Video</p></a></li>'
                      for i, t in enumerate(CLIPS))
    return f"""<!DOCTYPE html>
<html><head><title>{HED}</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/video">Video</a></nav></header>
<section id="videoHub">
<div id="playerWrapper">
<div id="playerBlock"><div class="playerContainer"><div id="videox"></div></div>
<h1 class="title"><span itemprop="name">{HED}</span></h1>
<p class="description"><span itemprop="description">{DESCRIPTION}</span></p>
</div>
<div {box}><div {inner}><h3><span>Top Trending Videos</span></h3>
<ul>
{items}
</ul></div></div>
</div></section>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


@pytest.mark.parametrize("box,inner", [
    ('id="playerCompanionBlock"', 'id="companionTrending"'),
    ('class="sidebar-block"', 'class="playlist"'),
    ('class="more-videos"', 'class="list"'),
])
def test_a_players_list_of_other_videos_is_not_story_text(box, inner):
    src = _page(box, inner)
    doc = read_bytes("page.html", src.encode())
    assert doc.first("headline").text == HED
    assert [p.text for p in doc.parts_of(("paragraph",))] == [DESCRIPTION]
    assert not [d for d in lint_text(src, "page.html") if d.offset > src.index("Top Trending")]


@pytest.mark.parametrize("name,named", [
    ("playerCompanionBlock", True), ("video-playlist", True), ("related-videos", True),
    ("vjs-up-next", True), ("upNextVideos", True), ("playlist", True),
    # an athlete on a sports page, the player itself, a list that does not say it holds videos
    ("player-card", False), ("player-related", False), ("video-player", False), ("related", False),
    ("companion", False), ("story-body", False),
])
def test_which_names_mark_a_players_list(name, named):
    assert names_playlist({"class": name}) is named
    assert names_playlist({"id": name}) is named
