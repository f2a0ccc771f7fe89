"""A video player's list of other videos (a playlist, "More videos", "Up
next") is page furniture: its titles are never linted as the story's
paragraphs (readers/_html_video.py). The page is written for the test: a
clip's page whose story is the clip's headline and its summary, with the
site's list of other clips beside the player."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from lint.readers._html_video import names_playlist

HED = "Ferry riders brace for higher fares after harbor board vote"
SUMMARY = ("Commuters who ride the morning ferry will pay 50 cents more a trip from June, "
           "after the harbor board voted 5-2 on Tuesday to raise fares for the first time in six years.")
CLIPS = ["Governor Ana Ruiz signs the budget at last", "Storm knocks out power across the valley",
         "Senate hearing on bridge repairs runs late", "Ruiz says the tolls will stay where they are",
         "School board names a new superintendent", "Fans line up for the stadium's final game"]


def _page(box: str, inner: str) -> str:
    items = "\n".join(f'<li><a href="/watch/{i}"><img src="/stills/{i}.jpg" alt="" />'
                      f'<p>{t}</p><p>Wire Video</p></a></li>' for i, t in enumerate(CLIPS))
    return f"""<!DOCTYPE html>
<html><head><title>{HED}</title></head>
<body>
<header><nav><a href="/">Home</a> <a href="/watch">Watch</a></nav></header>
<main>
<div class="clip-page">
<div class="clip-frame"><video src="/media/fares.mp4" controls></video></div>
<h1>{HED}</h1>
<p class="summary">{SUMMARY}</p>
</div>
<div {box}><div {inner}><h3>More to watch</h3>
<ul>
{items}
</ul></div></div>
</main>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""


@pytest.mark.parametrize("box,inner", [
    ('class="clip-list"', 'class="playlist"'),
    ('class="more-videos"', 'class="list"'),
    ('id="upNext"', 'class="list"'),
])
def test_a_players_list_of_other_videos_is_not_story_text(box, inner):
    src = _page(box, inner)
    doc = read_bytes("page.html", src.encode())
    assert doc.first("headline").text == HED
    assert [p.text for p in doc.parts_of(("paragraph",))] == [SUMMARY]
    assert not [d for d in lint_text(src, "page.html") if d.offset > src.index("More to watch")]


@pytest.mark.parametrize("name,named", [
    ("player-queue", True), ("video-playlist", True), ("related-videos", True),
    ("vjs-up-next", True), ("upNext", True), ("upNextVideos", True), ("playlist", True), ("moreVideos", True),
    # an athlete on a sports page, the player itself, a list that does not say it holds videos
    ("player-card", False), ("player-related", False), ("video-player", False), ("related", False),
    ("queue", False), ("story-body", False),
])
def test_which_names_mark_a_players_list(name, named):
    assert names_playlist({"class": name}) is named
    assert names_playlist({"id": name}) is named
