"""`caption-missing-credit`: a caption with no credit, where credits are expected.

Whether a caption must carry its credit is house policy: some houses print
the credit in the caption, others in a CMS field or a credits box. The
`formats` option names the file formats whose captions must credit. A pull
quote (marked so by the reader), a `— Name` attribution line, the caption
of an embedded post (attrs `for_post`: a post is no photo) and that of a
chart drawn as an inline svg (attrs `chart`: no photo either) are no photo
captions, whatever element holds them, so they are never asked for one.
Nor is a caption that is itself the credit: its picture's file is named
after it, `...-by-Dan-Willis-uxcrank.jpg` under "Dan Willis, uxcrank" (a
photographer's name and Flickr handle, which no credit grammar can tell from
a mug shot's "Jane Doe, superintendent" without that file name). Nor is
a caption of a gallery credited together by one line under it ("(Image
credits: Casey Barber; Rebecca Blumhagen)": the reader's attrs
`gallery_credit`, `readers._gallery_credit`).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.name_titles import tables
from ..analysis.quote_blocks import is_dash_part, is_pull_quote
from ..analysis.words import is_common
from .base import Finding, Kind, Option
from .caption_empty_credit import trimmed

FORMATS = ("text", "markdown", "html", "nitf", "newsml")


def _formats(value) -> str | None:
    bad = [v for v in value if v not in FORMATS]
    return f"unknown format {bad[0]!r} (known: {', '.join(FORMATS)})" if bad else None


class CaptionMissingCredit(Kind):
    name = "caption-missing-credit"
    placeholders = frozenset()
    description = "Flags captions that carry no recognised photo credit."
    default_scope = ("caption",)
    options = {
        "formats": Option(list, list(FORMATS), check=_formats,
                          help="file formats whose captions must carry a credit"),
    }

    def setup(self) -> None:
        self.formats = frozenset(self.opts["formats"])

    def check(self, doc, parts):
        if doc.format not in self.formats:
            return
        for part in parts:
            if part.attrs.get("credit") is None and part.attrs.get("gallery_credit") is None and \
                    part.text.strip() and \
                    not is_pull_quote(part) and not is_dash_part(part) and \
                    not part.attrs.get("for_post") and not part.attrs.get("chart") and not _named_by(doc, part):
                yield Finding(part, *trimmed(part.text))


_WORD = regex.compile(r"[\p{L}\p{N}]+")


def _named_by(doc, part) -> bool:
    """Whether the caption's picture (attrs `image`: the alt part's index,
    whose attrs `src` is the file) has a file name that holds `by` and then
    every word of the caption in order: the picture is named after its
    credit, so the caption is that credit. A caption of more than eight
    words is a description, never only a credit, and one that opens with an
    ordinary word names nobody: "Shooting scene" under
    drive-by-shooting-scene.jpg, "Generator" under stand-by-generator.jpg."""
    index = part.attrs.get("image")
    if not isinstance(index, int) or not 0 <= index < len(doc.parts):
        return False
    src = doc.parts[index].attrs.get("src")
    first = _WORD.search(part.text)
    words = _WORD.findall(part.text.lower())
    if not isinstance(src, str) or not words or len(words) > 8 or not _credit_word(first[0]):
        return False
    name = _WORD.findall(src.rsplit("/", 1)[-1].lower())
    for k, w in enumerate(name):
        if w == "by" and name[k + 1:k + 1 + len(words)] == words:
            return True
    return False


def _credit_word(word: str) -> bool:
    """Whether a caption's first word may open a credit: a name or a handle
    (`Dan`, `uxcrank`), or a given name that is also a word (`Mark`), not
    an ordinary word (`Shooting`)."""
    return not is_common(word) or word.lower() in tables()["given_words"]


KIND = CaptionMissingCredit
