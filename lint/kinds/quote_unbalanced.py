"""`quote-unbalanced`: a quote mark with no partner, pointed at the mark itself.

A double quote left open at the end of a paragraph is fine when the next
paragraph opens with a quote mark (a quote running over paragraphs); the
quote span analysis already accounts for that. A dek (with its scope) is
checked on its own: its quotes never run on.
"""
from __future__ import annotations

from ..analysis.quotes import quote_analysis
from .base import Finding, Kind, Option

PROBLEMS = {
    "open": "it opens a quote that is never closed; add the closing mark, or open the next "
            "paragraph with a quote mark if the quote runs on",
    "close": "it closes a quote that was never opened; add the opening mark or delete it",
    "misplaced": "it closes the quote but stands against the next word; move the space before "
                 "it to after it",
    # a dek's quote never runs on into the body
    "open-in-dek": "it opens a quote that is never closed; add the closing mark",
    "misplaced-open": "it opens the quote but stands against the word before it; move the space after "
                      "it to before it",
}


class QuoteUnbalanced(Kind):
    name = "quote-unbalanced"
    description = "Flags quote marks that are opened and never closed, or closed and never opened."
    default_scope = ("paragraph", "blockquote")
    options = {
        "singles": Option(bool, True, help="also report single quote marks (inside double ones "
                                           "and at the top level)"),
    }

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        for stray in quote_analysis(doc).strays:
            if id(stray.part) not in wanted:
                continue
            if stray.mark == "single" and not self.opts["singles"]:
                continue
            problem = ("open-in-dek" if stray.kind == "open" and stray.part.kind == "dek"
                       else stray.kind)
            yield Finding(stray.part, stray.offset, stray.offset + stray.width,
                          args={"problem": PROBLEMS[problem]})


KIND = QuoteUnbalanced
