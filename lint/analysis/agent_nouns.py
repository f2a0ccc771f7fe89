"""A headline's agent noun over the verb the story's opening uses.

No Snowball stem joins "teacher" to "teach", so a feature headline
("Teacher honored for 40 years in classroom") over a lede that says "wanted
to teach" found none of its words (nu22 #8). A headline word counts as
repeated in the opening when it is the agent noun of a verb the opening uses
as a verb. Only that: a word that merely starts with an opening word
("Founder" over "police found a car", "trainer" over "a freight train",
"statement" over "state") or a compound of two opening words ("Breakthrough"
over "break" and "through") is not (qa46 #2).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .. import rx as regex

from .words import tables

if TYPE_CHECKING:
    from .headline import BodyProfile

# The fewest letters of the verb ("bake" of "baker").
VERB_LEAST = 4
# What follows a verb to make its agent noun: teach-er, bake-r.
ENDINGS = ("er", "ers", "or", "ors")
AFTER_E = ("r", "rs")
# A verb's bare form after one of these is used as a verb ("wanted to teach").
BEFORE_VERB = r"(?:(?<![\p{L}\p{M}])(?:to|will|would|can|could|may|might|must|should|shall|do|does|did)|n['’]t)"


def used_as_verb(lead: BodyProfile, verb: str) -> bool:
    """The opening uses `verb` (lower case) as a verb: bare after "to" or a
    modal ("wanted to teach", "will bake"). A bare word alone ("a freight
    train", "police found a car") may be a noun or another verb's past; and
    inflected forms were tried and lost recall on FNC-1 dev, where unrelated
    stories share a topic ("killing" under a "killer" headline about another
    attack)."""
    return regex.search(rf"(?i){BEFORE_VERB}\s+{regex.escape(verb)}(?![\p{{L}}\p{{M}}'’])",
                        lead.text) is not None


def verbs_of(low: str):
    """The verbs the word `low` (lower case) would be the agent noun of:
    teach of teacher, bake of baker, plan of planner."""
    for end in ENDINGS:
        if low.endswith(end):
            verb = low[:-len(end)]
            yield verb
            if len(verb) > 2 and verb[-1] == verb[-2] and verb[-1] not in "aeiouls":
                yield verb[:-1]                 # plan-n-er, not call-er
    for end in AFTER_E:
        if low.endswith("e" + end):
            yield low[:-len(end)]


def agent_noun_of(lead: BodyProfile, low: str) -> bool:
    """The headline word `low` (lower case) is the agent noun of a verb of
    `VERB_LEAST` letters or more, no stop word, that the opening `lead` uses
    as a verb (`used_as_verb`): "teacher" over "wanted to teach", "baker"
    over "will bake". A handful of candidate verbs is looked up, so a
    long headline word costs its length and keeps nothing."""
    stop = tables()["stopwords"]
    return any(len(verb) >= VERB_LEAST and verb not in stop and used_as_verb(lead, verb)
               for verb in verbs_of(low))
