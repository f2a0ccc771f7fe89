"""A double quote closed with a single mark: `“They were lucky to get out,’ Ames said.`

`quotes._scan` asks `misclosed` at each single mark no single quote takes:
a right mark (’ or a straight ') after a comma, a stop, ? or ! and before a
space or the part's end, with only double quotes open, is the innermost
double quote's closing mark typed as a single one (an apostrophe stands
after a letter or a digit: `Jones’`, `rockin’`, `the ’90s`; a single quote
opened inside takes its own close: `“a ‘fair deal,’ and …`). When a dialogue
tag follows it (`tagged`: a verb of speech, of one word or more, starting
among the first CUE_REACH words before the sentence ends, `Ames said.`,
`said Ames, a steward.`, `Union president Carla Mendes said.`, `according
to Ames.`, `Sen. Ames said.`; `cue_verbs` in `lint/data/attribution.yaml`)
the quote ends at that mark (`ends_quote`), unless the next double mark in
its part closes one (`…, he goes, ‘Nancy!’ I said, I’m Nancy now.' She
said, ‘well, I’ll be Gert.”`, PolNeAR train: a single quote inside it lost
its opening mark, and the double quote closes later): it does not run on into the next paragraph,
even one that opens with a quote mark, nor hold the quotes after it in its
paragraph (nu43 H2). Either way the slip is one finding at the quote's
opening mark, with `quotes.unbalanced`'s "mismatched" message (nu43 M1), as
the reverse slip is (`‘They were lucky,” Ames said.`, nu42 M3). With no tag
after it a quote left open at a paragraph's end whose next paragraph opens
with a mark still runs on: its words may go on there.

A double quote inside which a single quote opened (a ‘, a straight ' before
a word, or a right mark before a word: `“My mother used to say, ’Never
quit.’ She said …`) never gets this reading: its ’ after a stop is more
likely that quote's close (or, after an apostrophe took its close early,
`‘The players’ union is done.’`, its real one) than the double quote's,
which may run on (qa170 #1, #6). `Watch` keeps that per part.
"""
from __future__ import annotations

from .. import rx as regex

from .abbreviations import STOP_ABBREVIATIONS
from .speech_cues import TAG_WORDS, WORD, cue_width, lexicon

__all__ = ["Watch", "ends_quote", "misclosed", "tagged"]
# Where a tag's verb may start: after a speaker of TAG_WORDS words at most (`Union president Carla
# Mendes said`), one word past `quote_tags`' whole tag, as a comma, not a stop, sets this tag off
CUE_REACH = TAG_WORDS + 1
# What a closing mark typed for a double one stands after: the quote's last word's punctuation
BEFORE = frozenset(",.?!\u2026")
RIGHT_SINGLES = frozenset("'\u2019")
TAG_REACH = 120    # characters read for a tag: far past CUE_REACH words
# A double mark (`''` stands for one in archive copy)
_DOUBLE = regex.compile("[\u201c\u201d\u201e\"]|''")
# Where a tag's sentence ends, or a quote it leads in to starts (a right single mark is an apostrophe:
# `Ames’s`); an abbreviation's stop ends none (`Sen. Ames said.`, `Ames Jr. said.`, `U.S. Rep.`)
_TAG_END = regex.compile(rf"(?<!\b(?:{STOP_ABBREVIATIONS}))\.|[?!;:\u2026\"\u201c\u201d\u2018]")


def misclosed(text: str, i: int, closes: bool, doubles: int, open_quotes: int) -> bool:
    """The single mark text[i], which `closes` by its context, stands where
    the innermost double quote's closing mark belongs: a right mark after
    BEFORE's punctuation, with quotes open (`open_quotes`) and all of them
    double (`doubles`)."""
    return closes and open_quotes > 0 and doubles == open_quotes and text[i] in RIGHT_SINGLES \
        and i > 0 and text[i - 1] in BEFORE


def tagged(text: str, at: int, trailing: bool = False) -> bool:
    """A dialogue tag follows text[at]: its words up to the end of the
    sentence (or a quote mark; an abbreviation's stop goes on, `Sen. Ames
    said.`) hold a verb of speech (`speech_cues.cue_width`), of one word or
    more, that starts among the first CUE_REACH (`Ames said.`, `said Ames,
    a steward.`, `according to Ames.`), or, with `trailing`, that starts
    later, after a longer subject, in a sentence that ends within reach
    (`the mayor of Lima, Carla Mendes, said.`, `… said on Tuesday.`, `…
    told reporters at City Hall.`, `… said, adding that …`; qa364 #3,
    qa365 #1). Reads TAG_REACH characters at most, so a paragraph of many
    such marks stays linear."""
    reach = min(len(text), at + TAG_REACH)
    end = _TAG_END.search(text, at, reach)
    lex = lexicon()
    words = [w.lower() for w in WORD.findall(text, at, end.start() if end else reach)]
    if any(cue_width(words, k, lex) for k in range(min(CUE_REACH, len(words)))):
        return True
    return trailing and end is not None and any(cue_width(words, k, lex) for k in range(CUE_REACH, len(words)))


def ends_quote(text: str, i: int, memo: list) -> bool:
    """The single mark text[i] (`misclosed`) ends the double quote open
    innermost: a tag follows (`tagged`) and the next double mark in the
    text, if any, opens a quote (`“…,’ Ames said. “We all were.”`) rather
    than closing one (`… now.' She said, ‘well.”`: a closing ”, or a
    straight mark against the word before it). `memo`, empty for each new
    text, keeps [where the last search began, its match] so that the marks
    of one text, asked in order, search each stretch once."""
    if not tagged(text, i + 1):
        return False
    if memo and memo[0] <= i + 1 and (memo[1] is None or i < memo[1].start()):
        m = memo[1]         # no double mark between the last search's start and its match
    else:
        m = _DOUBLE.search(text, i + 1)
        memo[:] = [i + 1, m]
    return m is None or m[0] in "\u201c\u201e" or text[m.start() - 1].isspace()


class Watch:
    """One part's misclosed reading for `quotes._scan`: `nested`, the ids of
    the double quotes a single quote opened inside; `lost`, those a
    misclosed mark with no tag after it left open; `memo`, `ends_quote`'s."""

    def __init__(self) -> None:
        self.nested: set[int] = set()
        self.lost: set[int] = set()
        self.memo: list = []

    def opens_inside(self, q) -> None:
        """A single quote opens inside the quote `q` (None: none open)."""
        if q is not None and q.mark == "double":
            self.nested.add(id(q))

    def reads(self, text: str, i: int, closes: bool, stack) -> bool:
        """`misclosed` for the single mark text[i], with `stack` the open
        quotes (innermost last, `.doubles` of them double), and no single
        quote opened inside the innermost."""
        return misclosed(text, i, closes, stack.doubles, len(stack)) and id(stack[-1]) not in self.nested
