"""A video player's list of other videos is page furniture, and a video's
still is no story photo.

A page with a video player often sets a list of other videos beside it
("More videos", "Up next", "What to watch next"): each entry a link to
another video with its title and source. The extractor may keep those
titles as story text, and then they are linted as the story's paragraphs.
The markup names the box: a class or id that says playlist or up next
(`<ul class="playlist">`, `vjs-up-next`), or pairs a player's or video's
word with a list's (`player-queue`, `related-videos`, `more-videos`). The
reader mutes such a box (`_html_extract`): its text is never prose.

A bare `player` is an athlete on a sports page (`player-card`), so with a
player's word only a video list's own word counts (queue); a related,
trending or "more" list must say it holds videos.

A video embed shows a still of the clip until its player loads (YouTube's
own still, a lazy embed's `<img>`): no picture of the story's, so no
caption or alt check reads it. The reader treats it as it treats a player's
poster (`_html_figures.FigureSteps._unseen`): by its source (`is_video_still`),
by a link round it to the clip, or by the embed's box round it
(`names_video_box`, which the reader marks as a player block).
"""
from __future__ import annotations

import regex

from ._html_figures import INLINE_WRAPPERS

# A class or id split into its words: at `-`, `_`, spaces and a camelCase hump.
_WORD = regex.compile(r"\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\d+")
_HINT = regex.compile(r"play|vid|clip|jw|vjs|next", regex.IGNORECASE)
_PLAYER = frozenset({"player", "jw", "vjs"})
_VIDEO = frozenset({"video", "videos", "vid", "vids", "clip", "clips"})
_ALONE = frozenset({"playlist", "playlists", "upnext"})
_LIST = _ALONE | frozenset({"queue"})
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


# A video's still, the poster a page shows until its player loads: an image
# the video host serves for a clip (YouTube's `i.ytimg.com/vi/<id>/hqdefault.jpg`,
# `img.youtube.com/vi/...`, Vimeo's `i.vimeocdn.com/video/...`), or any image
# that is a link to the clip (`<a href="https://www.youtube.com/watch?v=...">`).
VIDEO_STILL = regex.compile(r"(?:^|[/.])(?:i\d?\.ytimg\.com/vi(?:_webp)?/|img\.youtube\.com/vi(?:_webp)?/"
                            r"|i\.vimeocdn\.com/video/|vumbnail\.com/)", regex.IGNORECASE)
VIDEO_LINK = regex.compile(r"^(?:https?:)?//(?:www\.|m\.)?(?:youtube\.com/(?:watch\b|embed/|shorts/)|youtu\.be/"
                           r"|(?:player\.)?vimeo\.com/(?:video/)?\d)", regex.IGNORECASE)
# The element a lazy embed puts round the still: a custom element
# (`<lite-youtube>`), an element carrying the clip's id (`data-youtube-id`),
# or one whose class or id names YouTube or Vimeo, or a video embed's box
# (`video-embed`, `embed-video`, `youtube-container`, `video-wrapper`).
EMBED_TAGS = frozenset({"lite-youtube", "lite-vimeo", "youtube-video", "lite-youtube-embed"})
EMBED_DATA = frozenset({"data-youtube-id", "data-youtubeid", "data-ytid", "data-vimeo-id", "data-video-id",
                        "data-videoid"})
_HOST = frozenset({"youtube", "vimeo", "ytp"})
_HINT_BOX = regex.compile(r"vid|tube|vimeo|ytp", regex.IGNORECASE)
_BOX = frozenset({"embed", "wrapper", "container", "frame", "facade", "lazy", "poster", "thumbnail"})


def names_video_box(tag: str, attrs: dict) -> bool:
    """True when an element is a video embed's box round its still (see EMBED_TAGS)."""
    if tag in EMBED_TAGS or any(k in EMBED_DATA for k in attrs):
        return True
    for key in ("class", "id"):
        value = attrs.get(key) or ""
        if not _HINT_BOX.search(value):
            continue
        for name in value.split():
            words = _words(name)
            if words & _HOST or words & _VIDEO and words & _BOX:
                return True
    return False


def is_video_still(src: str | None, stack) -> bool:
    """True when an image is a video's still: its source is a video host's
    still (VIDEO_STILL), or a link round it (looking out from the `<img>`
    through the inline elements of the reader's `stack`, as
    `_html_figures.FigureSteps._round_img` does) leads to the clip (VIDEO_LINK)."""
    if src and VIDEO_STILL.search(src):
        return True
    for elem in reversed(stack):
        if elem.tag == "a" and VIDEO_LINK.search(elem.href):
            return True
        if elem.tag not in INLINE_WRAPPERS:
            return False
    return False
