"""`title-case`: headline capitals against the house style.

`sentence` (AP): only the first word and proper nouns take a capital.
`title`: every word but short articles, conjunctions and prepositions does.
A word is a proper noun when the body capitalises it mid-sentence or it is
not an ordinary lower-case word at all; acronyms are
left alone, and so is a unit glued to a number (`$6M`).
"""
from __future__ import annotations

from ..analysis.headline import body_profile
from ..analysis.words import WORD, is_common, tables
from .base import Finding, Kind, Option, OptionError

_OPENERS = (":", "?", "!", ".", "—", "–")


class TitleCase(Kind):
    name = "title-case"
    description = "Flags a headline not in the house's sentence or title case."
    default_scope = ("headline",)
    options = {
        "style": Option(str, "sentence", help="house headline style: sentence or title"),
        "min_words": Option(int, 2, help="a sentence-case headline needs this many wrong capitals"),
    }

    def setup(self) -> None:
        if self.opts["style"] not in ("sentence", "title"):
            raise OptionError("style", f"{self.opts['style']!r} is not sentence or title")

    def check(self, doc, parts):
        body = body_profile(doc)
        small = tables()["small_words"]
        sentence = self.opts["style"] == "sentence"
        for part in parts:
            wrong = []
            for m in WORD.finditer(part.text):
                w = m[0]
                if len(w) < 2 or not (w[0].isupper() if sentence else w[0].islower()) or \
                        _opens(part.text, m.start()) or \
                        part.text[m.start() - 1:m.start()].isdigit() or \
                        sum(c.isupper() for c in w) > 1:
                    continue       # the cheap tests first: most words are fine
                if sentence:
                    if is_common(w) and not body.has_proper(w.lower()):
                        wrong.append(m)
                elif w not in small:
                    wrong.append(m)
            need = self.opts["min_words"] if self.opts["style"] == "sentence" else 1
            if len(wrong) >= need:
                words = ", ".join(f"'{m[0]}'" for m in wrong[:4])
                yield Finding(part, wrong[0].start(), wrong[-1].end(),
                              args={"style": self.opts["style"], "words": words})


def _opens(text: str, i: int) -> bool:
    head = text[:i].rstrip(" \"'‘“(")
    return not head or head.endswith(_OPENERS)


KIND = TitleCase
