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
own still, the `<img>` in a `<lite-youtube>`): the player replaces it, so
no missing-alt is raised on it (`is_video_still`; the reader marks its alt
part as a decorative image's). It stays a picture: a caption or credit
beside it is read as any picture's.

Neither rule mutes or hides a story: the class words are exact tokens (a
name with any other word, `tag-playlist` or `playlist-story`, is no list),
a body, main or article element is never a list or an embed, and a CMS
fragment (no page chrome) is read without them (`Extractor.story_page`).
"""
from __future__ import annotations

from .. import rx as regex

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


# Words a list box's name may hold besides the list words: a name with any
# other word (`tag-playlist`, `category-videos`, `playlist-story`) is no list
# box (WordPress puts a post's tags and categories in its classes).
_BOX_WORDS = frozenset({"list", "lists", "items", "box", "container", "wrapper", "widget", "module",
                        "section", "block", "panel", "area", "vjs", "jw", "js", "c", "o"})
_LIST_WORDS = _PLAYER | _VIDEO | _VIDEO_LIST | _BOX_WORDS
# Elements that hold a story, never a list of other videos.
_STORY_TAGS = frozenset({"html", "body", "main", "article"})


def names_playlist(tag: str, attrs: dict) -> bool:
    """True when an element's class or id names a player's list of other
    videos: one of its names is made of list words only (exact tokens),
    and the element is no body, main or article."""
    if tag in _STORY_TAGS:
        return False
    for key in ("class", "id"):
        value = attrs.get(key) or ""
        if not _HINT.search(value):         # most elements: no split
            continue
        for name in value.split():
            words = _words(name)
            if not words or not words <= _LIST_WORDS:
                continue
            if words & _ALONE or words & _PLAYER and words & _LIST or words & _VIDEO and words & _VIDEO_LIST:
                return True
    return False


# A video's still, the poster a page shows until its player loads: an image
# the video host serves for a clip (YouTube's `i.ytimg.com/vi/<id>/hqdefault.jpg`,
# `img.youtube.com/vi/...`, Vimeo's `i.vimeocdn.com/video/...`), or an image
# right inside a lazy embed's own element (`<lite-youtube>`, or an element
# carrying the clip's id: `data-youtube-id="..."`). An image linked to a clip
# or set in a box whose class names YouTube is no still: a newsroom links its
# own photos to its videos, and a story's box may be tagged `tag-youtube`.
VIDEO_STILL = regex.compile(r"(?:^|[/.])(?:i\d?\.ytimg\.com/vi(?:_webp)?/|img\.youtube\.com/vi(?:_webp)?/"
                            r"|i\.vimeocdn\.com/video/|vumbnail\.com/)", regex.IGNORECASE)
EMBED_TAGS = frozenset({"lite-youtube", "lite-vimeo", "youtube-video", "lite-youtube-embed"})
EMBED_DATA = frozenset({"data-youtube-id", "data-youtubeid", "data-ytid", "data-vimeo-id"})


def names_video_box(tag: str, attrs: dict) -> bool:
    """True when an element is a lazy video embed's own element (see EMBED_TAGS)."""
    return tag in EMBED_TAGS or tag not in _STORY_TAGS and tag != "section" and \
        any(k in EMBED_DATA and (v or "").strip() for k, v in attrs.items())


def is_video_still(src: str | None, stack) -> bool:
    """True when an image is a video's still: its source is a video host's
    still (VIDEO_STILL), or the element right round it (looking out from
    the `<img>` through inline elements other than links, as
    `_html_figures.FigureSteps._round_img` does) is a lazy embed's own
    element (`Elem.still_box`). Such a still raises no missing-alt (the
    player replaces it); its caption and credit are read as any picture's."""
    if src and VIDEO_STILL.search(src):
        return True
    for elem in reversed(stack):
        if getattr(elem, "still_box", False):
            return True
        if elem.tag not in INLINE_WRAPPERS or elem.tag == "a":
            return False
    return False
