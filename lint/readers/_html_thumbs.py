"""A gallery's thumbnails, for the HTML extractor's picture steps.

A thumbnail strip (`<ul class="thumbs"><li><a><img>`) picks which picture a
large display shows: its images are no story pictures of their own, since
the display holds the file. A thumbnail-only gallery (WordPress NextGEN's
`ngg-gallery-thumbnail`) is the other kind: each thumbnail links to an image
file no picture before it shows, the page's only copy of that picture.
`ThumbSteps` is mixed into `_html_figures.FigureSteps`.
"""
from __future__ import annotations

from .. import rx as regex

from ._html_story import image_name
from ._html_tags import names_thumb_strip

# How far out from an image a thumbnail strip's class is looked for (`<ul
# class="thumbs"><li><a><img>`).
THUMB_DEPTH = 3
# A link to an image file (a picture's full size).
_IMAGE_FILE = regex.compile(r"[^?#]*\.(?:jpe?g|png|gif|webp|avif|tiff?)(?:[?#].*)?$", regex.IGNORECASE | regex.DOTALL)


class ThumbSteps:
    """Thumbnail tests for `Extractor`; use its stack, open counts and doc."""

    # The file names of the pictures read so far, and how many parts that covers.
    shown_names: "tuple[set[str], int] | None" = None

    def _in_thumb_strip(self, attrs: dict) -> bool:
        """The `<img>` is a gallery's thumbnail: its class, or that of one of
        the THUMB_DEPTH elements round it, names a thumbnail strip
        (`_html_tags.names_thumb_strip`). Never in a `<figure>`: that is a
        picture shown with its caption (a lead picture's link may carry a
        script's `js-gallerythumbs` hook)."""
        return self._strip_thumbnail(attrs) and not self._opens_own_file()

    def _strip_thumbnail(self, attrs: dict) -> bool:
        """The `<img>` sits in a thumbnail strip (`_in_thumb_strip`), whether
        it picks a shown picture or opens its own file."""
        return not self.open["figure"] and (bool(attrs) and names_thumb_strip(attrs)
                                            or any(e.thumbs for e in self.stack[-THUMB_DEPTH:]))

    def _opens_own_file(self) -> bool:
        """The `<img>` is linked to an image file that no picture before it
        shows: a thumbnail-only gallery (WordPress NextGEN's
        `ngg-gallery-thumbnail`), whose thumbnails are the page's only copy
        of each picture (a lightbox opens the full size), not a strip that
        picks which picture a large display shows (that display holds the
        file)."""
        link = next((e for e in reversed(self.stack) if e.tag == "a"), None)
        if link is None or not _IMAGE_FILE.match(link.href):
            return False
        names, seen = self.shown_names or (set(), 0)      # (parts only grow while reading)
        names.update(image_name(p.attrs.get("src", "")) for p in self.doc.parts[seen:] if p.kind == "alt")
        self.shown_names = (names, len(self.doc.parts))
        return image_name(link.href) not in names
