"""What an element's class and id name, worked out once per distinct value.

The HTML extractor asks of every element with attributes whether its names
(its class and id values) call it a page control, a media player block, a
gallery's thumbnail strip, a transcript, an embedded post or an embed's
widget, a template's standing notice or a player's list of videos (the
tests of `_html_tags`, `_html_posts` and `_html_video`). Each answer depends
on the tag and those two values alone, and a page repeats one class value
on hundreds of elements, so `names_of` asks the tests once per distinct
(tag, class, id) and keeps the answers (a bounded cache: ids are often
unique). An element with neither names nothing.
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from ._html_posts import is_embed, names_embed
from ._html_tags import names_control, names_player, names_template_box, names_thumb_strip, names_transcript
from ._html_video import names_playlist

CACHED = 8192      # distinct (tag, class, id) kept; a dev page has a few hundred


class Names(NamedTuple):
    """The answers of the name tests for one element (see the module docstring)."""

    control: bool         # `names_control`: a button, icon or logo
    player: bool          # `names_player`: a media player block
    thumbs: bool          # `names_thumb_strip`
    transcript: bool      # `names_transcript`
    embed: bool           # `is_embed`: an embedded post
    embed_widget: bool    # `names_embed`: a token holds an embed class (a post, or its button)
    template_box: bool    # `names_template_box`
    playlist: bool        # `names_playlist`


NO_NAMES = Names(False, False, False, False, False, False, False, False)


def names_of(tag: str, attrs: dict) -> Names:
    """What the class and id of the element `tag` with `attrs` name."""
    classes, ident = attrs.get("class") or "", attrs.get("id") or ""
    if not classes and not ident:
        return NO_NAMES
    return _names(tag, classes, ident)


@lru_cache(maxsize=CACHED)
def _names(tag: str, classes: str, ident: str) -> Names:
    attrs = {"class": classes, "id": ident}
    return Names(names_control(attrs), names_player(attrs), names_thumb_strip(attrs), names_transcript(attrs),
                 is_embed(attrs), names_embed(attrs), names_template_box(tag, attrs), names_playlist(tag, attrs))
