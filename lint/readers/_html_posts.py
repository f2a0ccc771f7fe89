"""Embedded social posts (a tweet, an Instagram or TikTok post, ...) in HTML.

Platforms give publishers an embed snippet: a `<blockquote>` or `<div>` with
the platform's class (`twitter-tweet`, `instagram-media`, ...) holding the
post's text as fallback, signed `— Name (@handle) <a href=…/status/…>date</a>`,
which the platform's script later replaces with an iframe. A reader sees the
post as part of the story, but it is someone else's words in someone else's
style: the reader makes it `embed` parts (one per block of the post, the
signature line included), which the default rule scopes leave alone and the
quote analysis reads as furniture that attributes what it carries.

Both readers use this list: the HTML reader for a page or fragment, the
Markdown reader for a raw HTML block (an `<iframe>` player stays markup).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .. import rx as regex

from ..document import Notice, Part

# Class tokens of embed snippets (the platforms' own embed codes).
EMBED_CLASSES = ("twitter-tweet", "twitter-timeline", "instagram-media", "tiktok-embed",
                 "reddit-embed-bq", "reddit-card", "fb-post", "fb-video", "bluesky-embed",
                 "mastodon-embed", "threads-post", "text-post-media", "imgur-embed-pub",
                 "embedly-card")
_EMBED = regex.compile("|".join(EMBED_CLASSES), regex.IGNORECASE)
_TOKENS = frozenset(EMBED_CLASSES)
# Attributes that hold the post's address, by platform (Twitter's is the
# signature's date link; a timeline's its own href).
_URL_ATTRS = ("cite", "data-instgrm-permalink", "data-href", "data-text-post-permalink",
              "data-url", "href")
# A link inside the post that addresses the post itself.
_POST_LINK = regex.compile(r"^https?://[^?#]*/(?:status|statuses|p|reel|post|posts|video|"
                           r"comments|gallery|a)/", regex.IGNORECASE)
# The signature: `— Name (@handle)` (Twitter, Bluesky, Threads) or
# `A post shared by Name (@handle)` (Instagram; tried before the line start,
# so its lead-in is never taken for the author).
_SIGNATURE = regex.compile(r"(?:A post shared by\s|^|[\u2014\u2013]|--?\s)\s*"
                           r"(?P<author>[^\n()\u2014\u2013]{1,80}?)\s*\((?P<handle>@[\w.]{1,30})\)")
_URL_HANDLE = regex.compile(r"^https?://(?:www\.)?(?:(?:twitter|x)\.com/(?P<tw>\w{1,30})/status"
                            r"|[^/]+/(?P<at>@[\w.]{1,30})(?:/|$))", regex.IGNORECASE)


# A start tag with an embed class, for finding a post in raw HTML unparsed.
_OPENING = regex.compile(r"""<[A-Za-z][^>]*?\bclass\s*=\s*["']?[^"'>]*?(?<![\w-])(?:"""
                         + "|".join(EMBED_CLASSES) + r")(?![\w-])", regex.IGNORECASE)


def opens_post(text: str, start: int, end: int) -> bool:
    """text[start:end] holds the start tag of an embedded post (an element
    whose class is an embed class, as `is_embed` reads it)."""
    return _OPENING.search(text, start, end) is not None


def is_embed(attrs: dict) -> bool:
    """The element is an embedded post: one of its class tokens is an embed
    class (`twitter-tweet twitter-tweet-rendered`)."""
    classes = attrs.get("class") or ""
    return bool(_EMBED.search(classes)) and any(t in _TOKENS for t in classes.lower().split())


def names_embed(attrs: dict) -> bool:
    """A class token holds an embed class (`twitter-tweet-btn`, a share
    button; `twitter-tweet-count`): the platform's widget, never prose."""
    return bool(_EMBED.search(attrs.get("class") or ""))


@dataclass
class Post:
    """One embedded post while it is read: its parts and where it points."""

    number: int = 0                      # 1-based, in document order (`finish_post`)
    url: str = ""
    tag: str = ""                        # the element that opened it, and where
    at: int = 0
    parts: list[Part] = field(default_factory=list)

    def link(self, attrs: dict) -> None:
        """An `<a>` inside the post: its href may be the post's address."""
        href = (attrs.get("href") or "").strip()
        if href and _POST_LINK.match(href):
            self.url = self.url or href


def start_post(tag: str, attrs: dict, at: int) -> Post:
    """A post opened by a `tag` element with an embed class and attributes
    `attrs`, at source offset `at`."""
    url = next((attrs[k].strip() for k in _URL_ATTRS
                if (attrs.get(k) or "").strip().lower().startswith("http")), "")
    return Post(url=url, tag=tag, at=at)


def unclosed(post: Post, end_tag: str = "", line: int = 0, ended: str = "") -> Notice:
    """The `file.html` notice for a post the markup never closes: a browser
    puts what follows inside it, and the platform's script (widgets.js,
    embed.js) replaces the whole element with its player, so that text
    would be gone from the page. When an outer element's end tag (`end_tag`,
    on `line`) ends it, the browser closes the post there: only what stands
    before that end tag is in the post, and the message says so; `ended`
    names another end that closes it (a Markdown quote's or list item's)."""
    ended = f"the </{end_tag}> on line {line}" if end_tag else ended
    held = f"{ended} ends it, so what stands before that" if ended else "any text after it"
    return Notice("file.html", "warning",
                  f"this <{post.tag}> (an embedded post) is never closed: {held} is "
                  f"inside the post, which the platform's script replaces on the page; "
                  f"close it with </{post.tag}>", post.at)


def finish_post(post: Post, number: int) -> None:
    """Mark the post's parts: attrs embed=True, post (`number`, counting only
    posts that gave parts, so an empty snippet leaves no gap), and where the
    markup gives them url, author and handle (from the signature line, else
    the handle from the URL)."""
    post.number = number
    info: dict = {"embed": True, "post": post.number}
    if post.url:
        info["url"] = post.url
    for part in reversed(post.parts):
        m = _SIGNATURE.search(part.text)
        if m is not None:
            info["author"], info["handle"] = m["author"].strip(), m["handle"]
            break
    else:
        m = _URL_HANDLE.match(post.url)
        if m is not None and (m["tw"] or m["at"]):
            info["handle"] = m["at"] or "@" + m["tw"]
    for part in post.parts:
        part.attrs.update(info)
