"""What the wire top-line reviews (qa414, qa416) share, written once.

`HED` and `BODY`: a neutral AP story (a headline, a dateline lede) that the
tests put notices, slugs and release lines over or under. `parts(text, name)`:
the parts newslint reads from `text` as file `name` (read_bytes).
`headlines(text, name)`: the text of each of those parts of kind "headline",
in order. Synthetic input only."""
from __future__ import annotations

from lint.readers import read_bytes

HED = "Ferry fleet review ordered in Portland"
BODY = ("PORTLAND, Maine (AP) _ Harbor officials opened a review of the ferry fleet, "
        "port director Alma Reyes said.\n")


def parts(text, name="story.txt"):
    return read_bytes(name, text.encode("utf-8")).parts


def headlines(text, name="story.txt"):
    return [p.text for p in parts(text, name) if p.kind == "headline"]
