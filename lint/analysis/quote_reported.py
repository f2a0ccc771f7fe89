"""Wire reported speech: a speaker given in the paragraph before a quote.

Copy as the agencies send it on the wire paraphrases a speaker and then
quotes them in a paragraph of its own with no tag (`Volcker said he believed
Brazil wants continuity.` then `"It's fundamentally in their best
interest."`); the reader, and the wire desk, take the quote as that
speaker's. Newspaper copy does not write it so: PolNeAR train and dev-tune
(US papers and AP, datelines typeset with a dash, `WASHINGTON —`), of 1,347
attributed quotes opening a paragraph after a quote-free one ending in a
full stop, 1 names its source in the paragraph before; and quotes stripped of
their tag after such a paragraph are what `eval_quotes.py` counts as misses.
So the reading is kept to raw wire copy: a story that opens with a wire
dateline ending in a plain hyphen, dated or naming a wire agency
(`WASHINGTON, March 20 -`, `LONDON (Reuters) -`: `wire_story.wire_copy`,
the readers' `dateline` part with `attrs["wire"]`). Elsewhere
such a quote stays unattributed (the rule example
`a-full-stop-lead-in-does-not-cross-a-paragraph`, and the mayor's). In wire
copy too, a quote whose paragraph goes on with another speaker's words or
says nobody spoke (`“….” Police said nothing.`: `quote_tags.another_speaks`)
is not the paraphrase's speaker's (nu43 H1).

Source: Reuters-21578 LEWISSPLIT=TRAIN; in fx255's design sample, 23 of the
48 quotes.unattributed findings read were a quote after its speaker's
reported speech, 18 of them Reuters (`reporting_verbs` in
`lint/data/attribution.yaml` are the verbs that report speech).
"""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..document import Part
from .quote_sentences import boundaries, frame
from .quote_tags import speaker_spoke
from .speakers import reporting_alternation, reports
from .speech_cues import Lexicon, has_cue_and_speaker

__all__ = ["reported_before", "tag_inside"]


def reported_before(previous: Part, spans: list[tuple[int, int]], lex: Lexicon) -> bool:
    """The last sentence of `previous` (its top-level quote `spans` cut out)
    reports a speaker's words: a verb that reports speech, a cue and a
    speaker who spoke (`She said she was not trying to oppose official
    policy.`; not `Nobody said …`, `It was said that …`, `The minister never
    said …`: `quote_tags.speaker_spoke`)."""
    text = previous.text.rstrip()
    if not text or text[-1] in ":,":
        return False        # a lead-in: `leads_in`'s case
    ends = [b for _, b in spans]
    starts = [0] + boundaries(text, spans, lex)
    last = frame(text, starts[-1], len(text), spans, ends)
    return reports(last) and has_cue_and_speaker(last, lex) and speaker_spoke(last)


@lru_cache(maxsize=None)
def _inner_tag():
    return regex.compile(rf",\s+(?:\p{{Lu}}[\p{{L}}'\u2019-]*|he|she|they|we|it)\s+(?i:{reporting_alternation()})\s*[.,]")


def tag_inside(words: str) -> bool:
    """A quote's own words hold a dialogue tag (`…, he said. Without …`): its
    closing mark was lost before the tag, a slip in the copy the rule keeps
    reporting, so no paraphrase before it stands in for its speaker."""
    return _inner_tag().search(words) is not None
