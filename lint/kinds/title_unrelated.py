"""`title-unrelated`: a headline whose content words the body does not carry.

The score is the weighted share of the headline's stemmed content words (and
numbers) that occur in the body (`lint.analysis.headline.evidence` and
`score`): rare words weigh more, so a headline about "Ryabkov" over a body
that never names him scores low even if "talks" and "said" recur; names
weigh more still, and so does what the story's opening repeats. Threshold
and weights are options, learnt on a dev split of FNC-1 train
(`benchmarks/eval_titles.py --split dev --tune`). A body with no paragraph,
blockquote or dek (a photo gallery's captions) is not judged. Nor is a
link-out post's headline over its dek alone when the headline is the linked
page's own title, its address made of the headline's words (`title: "Shared
infrastructure as code"`, `source_url: .../shared-infrastructure-as-code/`): the dek is that
page's summary, a paraphrase that may share no word with it (qa100 #5). A
dek alone under any other headline is judged, so a summary about another
story is still told (qa105 #4).
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.headline import BodyProfile, Weights, body_profile, content_tokens, evidence, score
from ..analysis.wire_story import wire_copy
from ..document import is_link_key
from .base import Finding, Kind, Option, not_negative


def judged(headline: str, body: BodyProfile, opts: dict, wire: bool = False) -> bool:
    """Whether the rule, with options `opts`, judges `headline` over `body`:
    the body has `min_body_words` distinct words and the headline
    `min_words` content words (`measurable`), and the body has prose (not a
    table of figures, unless `tables`: `prose_judged`).
    benchmarks/eval_titles.py applies this same gate."""
    return measurable(headline, body, opts, wire) and prose_judged(body, opts)


def measurable(headline: str, body: BodyProfile, opts: dict, wire: bool = False) -> bool:
    """The cheap half of `judged`: `min_body_words` distinct body words and
    `min_words` content words in the headline (`content_tokens`, `wire` as
    it takes it)."""
    return body.enough_words(opts["min_body_words"]) and len(content_tokens(headline, wire)) >= opts["min_words"]


def prose_judged(body: BodyProfile, opts: dict) -> bool:
    """The costly half of `judged`: the body has prose (`has_prose`, a read
    of the whole body), or `tables` judges a table of figures too."""
    return opts["tables"] or body.has_prose()


# The parts that tell a story; a body of captions (and headings) alone is a
# photo gallery, left unjudged as a table of figures is.
_STORY_KINDS = ("paragraph", "blockquote", "dek")
_SLUG_WORD = regex.compile(r"[\p{L}\p{N}]+")


def source_titled(doc, headline: str) -> bool:
    """Whether `doc` is a link-out post (no paragraph or blockquote, a dek)
    whose link's last path segment is made of the headline's words, each
    a word of it (`.../10x-a-home-for-federal-innovators` for `10X: A Home
    for Federal Innovators`, `.../designing` for `Designing for people with
    disabilities`), not a page of another name (`.../post`, `.../12345`)."""
    if any(p.kind in ("paragraph", "blockquote") for p in doc.parts):
        return False
    fields = doc.fields if isinstance(doc.fields, dict) else {}
    words = [w.lower() for w in _SLUG_WORD.findall(headline)]
    for key, url in fields.items():       # a link-out post's address, its key in any case
        if not isinstance(key, str) or not is_link_key(key) or not isinstance(url, str):
            continue
        segment = url.split("?")[0].split("#")[0].rstrip("/").rsplit("/", 1)[-1]
        slug = [w.lower() for w in _SLUG_WORD.findall(segment.rsplit(".", 1)[0] if "." in segment else segment)]
        if slug and all(w in words for w in slug):
            return True
    return False


def _power(value) -> str | None:
    """An `Option.check` for `rarity_power`: a word's rarity (up to some 12)
    raised to more than this overflows (a traceback on every file, found at run
    time only), and well before it one rare word outweighs every other."""
    return None if 0 <= value <= _MAX_POWER else f"must be from 0 to {_MAX_POWER}"


_MAX_POWER = 10


def _unit(value) -> str | None:
    return None if 0 < value < 1 else "must be between 0 and 1"


class TitleUnrelated(Kind):
    name = "title-unrelated"
    placeholders = frozenset({"missing", "score", "share"})
    description = "Flags a headline that the body barely supports, word for word."
    default_scope = ("headline",)
    options = {
        "threshold": Option(float, 0.48, check=_unit,
                            help="flag when less than this share of the headline is supported"),
        "min_words": Option(int, 2, help="headlines with fewer content words are not judged"),
        "min_body_words": Option(int, 10, help="bodies with fewer distinct words are not judged"),
        "tables": Option(bool, False, help=(
            "also judge a body with no run of six words (a table of figures, an agate box)")),
        "number_weight": Option((int, float), 2.0, check=not_negative,
                                help="weight of a number (not a year) in the headline"),
        "name_weight": Option((int, float), 1.5, check=not_negative,
                              help="a name word's rarity is multiplied by this"),
        "rarity_power": Option((int, float), 1.0, check=_power,
                               help="a word weighs its rarity (idf) to this power"),
        "lead_weight": Option((int, float), 3.0, check=not_negative,
                              help="weight of what the story's opening words repeat, times"),
    }

    def setup(self) -> None:
        o = self.opts
        self.weights = Weights(float(o["number_weight"]), float(o["name_weight"]),
                               float(o["rarity_power"]), float(o["lead_weight"]))

    def check(self, doc, parts):
        if not any(p.kind in _STORY_KINDS for p in doc.parts):
            return      # a photo gallery: captions only, no story to measure by (nu25 #10)
        body, wire = body_profile(doc), wire_copy(doc)
        for part in parts:
            if not measurable(part.text, body, self.opts, wire):
                continue
            pieces = evidence(part.text, body, wire)
            share = score(pieces, self.weights)
            # `judged`'s prose test only for a headline the score would flag:
            # it reads the whole body, and most headlines are supported (pf48)
            if share < self.opts["threshold"] and prose_judged(body, self.opts) \
                    and not source_titled(doc, part.text):
                yield Finding(part, 0, len(part.text.rstrip()), args={
                    "score": f"{share:.0%}", "share": _share(share), "missing": _missing(part.text, pieces, wire)})


def _share(share: float) -> str:
    """The supported share (0 to 1) as the message says it: "only 31%",
    "less than 1%", "none" when no key word appears at all ("only 0%" read
    oddly: nu43 L4), and "almost all" for a share short of 1 that rounds to
    100% (a house threshold near 1: "only 100%" would be false; rr44b #5).
    `score` keeps the bare percentage."""
    if share <= 0:
        return "none"
    shown = f"{share:.0%}"
    if shown == "0%":
        return "less than 1%"
    return "almost all" if shown == "100%" and share < 1 else f"only {shown}"


def _missing(headline: str, pieces: list, wire: bool) -> str:
    """The headline's words the story never uses, quoted for the message
    ("'Bookstore'", "'Ryabkov', 'talks' and 'stall'"): what a writer can
    check, where a score alone says nothing (nu29 #8). `pieces` is
    `evidence(headline, ..., wire)`, whose words come first, in the headline's
    order; numbers the body lacks are named by titles.headline-unsupported."""
    words = list(dict.fromkeys(f"'{t.text}'" for t, e in zip(content_tokens(headline, wire), pieces)
                               if not e.found))     # each word once ("TATE, TATE" in a ticker head)
    if not words:
        return "some of its numbers"
    if len(words) > _NAMED:
        words = words[:_NAMED - 1] + [f"{len(words) - _NAMED + 1} more"]
    return words[0] if len(words) == 1 else f"{', '.join(words[:-1])} and {words[-1]}"


_NAMED = 5   # missing words named at most, the last place taken by "N more"


KIND = TitleUnrelated
