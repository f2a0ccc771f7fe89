"""`title-unrelated`: a headline whose content words the body does not carry.

The score is the rarity-weighted share of the headline's stemmed content
words (and numbers) that occur in the body; rare words weigh more, so a
headline about "Ryabkov" over a body that never names him scores low even if
"talks" and "said" recur. The default threshold was tuned on the FNC-1
training split (`benchmarks/eval_titles.py`).
"""
from __future__ import annotations

from ..analysis.headline import body_profile, content_tokens, support
from .base import Finding, Kind, Option


def _unit(value) -> str | None:
    return None if 0 < value < 1 else "must be between 0 and 1"


class TitleUnrelated(Kind):
    name = "title-unrelated"
    description = "Flags a headline that the body barely supports, word for word."
    default_scope = ("headline",)
    options = {
        "threshold": Option(float, 0.3, check=_unit,
                            help="flag when less than this share of the headline is supported"),
        "min_words": Option(int, 2, help="headlines with fewer content words are not judged"),
        "min_body_words": Option(int, 10, help="bodies with fewer distinct words are not judged"),
    }

    def check(self, doc, parts):
        body = body_profile(doc)
        if not body.enough_words(self.opts["min_body_words"]):
            return
        for part in parts:
            if len(content_tokens(part.text)) < self.opts["min_words"]:
                continue
            score = support(part.text, body)
            if score < self.opts["threshold"]:
                yield Finding(part, 0, len(part.text.rstrip()),
                              args={"score": f"{score:.0%}"})


KIND = TitleUnrelated
