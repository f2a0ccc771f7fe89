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
    # a name with a word of its own: WordPress's tag and category classes, a story's box
    ("tag-playlist", False), ("category-videos", False), ("playlist-story", False), ("tag-up-next", False),
])
def test_which_names_mark_a_players_list(name, named):
    assert names_playlist("div", {"class": name}) is named
    assert names_playlist("div", {"id": name}) is named


@pytest.mark.parametrize("tag", ["body", "main", "article"])
def test_a_story_element_is_never_a_players_list(tag):
    assert not names_playlist(tag, {"class": "playlist"})


STORY = [
    "The Harbor Lights put together a playlist for the morning ferry, and the crews have played it "
    "on every crossing since November 5.",
    "\u201cPeople ask for it by name now,\u201d said deckhand Mara Quinn, who keeps the list on her phone.",
    "The band said it would add a song about the new fares once the board sets them in the spring.",
]


@pytest.mark.parametrize("body,box", [
    ("<body>", '<article class="post-4412 post type-post category-music tag-playlist">'),
    ('<body class="single single-post postid-4412 tag-playlist">', "<article>"),
    ("<body>", '<div class="playlist-story">'),
])
def test_a_story_whose_box_names_a_playlist_is_read(body, box):
    paras = "\n".join(f"<p>{p}</p>" for p in STORY)
    end = "</article>" if box.startswith("<article") else "</div>"
    src = f"""<!DOCTYPE html>
<html><head><title>Band's ferry playlist becomes a hit with riders</title></head>
{body}
<header><nav><a href="/">Home</a> <a href="/music">Music</a></nav></header>
<main>{box}
<h1>Band's ferry playlist becomes a hit with riders</h1>
{paras}
{end}</main>
<footer><p>Copyright 2026 Coastline Ledger</p></footer>
</body></html>
"""
    doc = read_bytes("page.html", src.encode())
    assert [p.text for p in doc.parts_of(("paragraph",))] == STORY
    assert not [n for n in doc.notices if n.rule == "file.no-story"]
    assert "style.month-abbreviation" in {d.rule for d in lint_text(src, "page.html")}


def test_a_fragment_whose_box_names_a_playlist_is_read():
    src = '<div class="playlist">\n' + "\n".join(f"<p>{p}</p>" for p in STORY) + "\n</div>\n"
    doc = read_bytes("story.html", src.encode())
    assert [(p.text, p.source_offset(0)) for p in doc.parts_of(("paragraph",))] == \
        [(p, src.index(p)) for p in STORY]
