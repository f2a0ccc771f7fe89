"""`caption-missing-credit`: a caption with no credit, where credits are expected.

Whether a caption must carry its credit is house policy: some houses print
the credit in the caption, others in a CMS field or a credits box. The
`formats` option names the file formats whose captions must credit. A pull
quote (marked so by the reader), a `— Name` attribution line and the caption
of an embedded post (attrs `for_post`: a post is no photo) are no photo
captions, whatever element holds them, so they are never asked for one.
"""
from __future__ import annotations

from ..analysis.quote_blocks import is_dash_part, is_pull_quote
from .base import Finding, Kind, Option
from .caption_empty_credit import trimmed

FORMATS = ("text", "markdown", "html", "nitf", "newsml")


def _formats(value) -> str | None:
    bad = [v for v in value if v not in FORMATS]
    return f"unknown format {bad[0]!r} (known: {', '.join(FORMATS)})" if bad else None


class CaptionMissingCredit(Kind):
    name = "caption-missing-credit"
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
            if part.attrs.get("credit") is None and part.text.strip() and \
                    not is_pull_quote(part) and not is_dash_part(part) and \
                    not part.attrs.get("for_post"):
                yield Finding(part, *trimmed(part.text))


KIND = CaptionMissingCredit
