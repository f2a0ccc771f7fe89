"""A video player's list of other videos is page furniture.

A page with a video player often sets a list of other videos beside it (the
player's companion box, "Top Trending Videos", "Up next"): each entry a
link to another video with its title and source. The extractor may keep
those titles as story text, and then they are linted as the story's
paragraphs. The markup names the box: a class or id that says playlist or
up next (`<ul class="playlist">`, `vjs-up-next`), or pairs a player's or
video's word with a list's (`playerCompanionBlock`, `related-videos`). The
reader mutes such a box (`_html_extract`): its text is never prose.

A bare `player` is an athlete on a sports page (`player-card`), so with a
player's word only a video list's own words count (companion, queue); a
related, trending or "more" list must say it holds videos.
"""
from __future__ import annotations

import regex

# A class or id split into its words: at `-`, `_`, spaces and a camelCase hump.
_WORD = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+")
_HINT = regex.compile(r"play|vid|clip|jw|vjs", regex.IGNORECASE)
_PLAYER = frozenset({"player", "jw", "vjs"})
_VIDEO = frozenset({"video", "videos", "vid", "vids", "clip", "clips"})
_ALONE = frozenset({"playlist", "playlists", "upnext"})
_LIST = _ALONE | frozenset({"companion", "queue"})
_VIDEO_LIST = _LIST | frozenset({"trending", "related", "more", "rail", "carousel", "recommended",
                                 "recommendations", "recirc", "popular", "latest"})


def _words(name: str) -> set[str]:
    out: list[str] = []
    for word in _WORD.findall(name):
        word = word.lower()
        if word == "next" and out and out[-1] == "up":
            out[-1] = "upnext"              # "up-next", "upNext"
        else:
            out.append(word)
    return set(out)


def names_playlist(attrs: dict) -> bool:
    """True when an element's class or id names a player's list of other videos."""
    for key in ("class", "id"):
        value = attrs.get(key) or ""
        if not _HINT.search(value):         # most elements: no split
            continue
        for name in value.split():
            words = _words(name)
            if words & _ALONE or words & _PLAYER and words & _LIST or words & _VIDEO and words & _VIDEO_LIST:
                return True
    return False
