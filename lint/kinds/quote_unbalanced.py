"""`quote-unbalanced`: a quote mark with no partner, pointed at the mark itself.

A double quote left open at the end of a paragraph is fine when the next
paragraph opens with a quote mark (a quote running over paragraphs); the
quote span analysis already accounts for that. A dek (with its scope) is
checked on its own: its quotes never run on.

A double quote left open whose paragraph, after a sentence end, opens
another double quote inside it (`he said: “I stayed out of it. “But this
woman …”`) is one multi-paragraph quote whose paragraph breaks were lost
(`analysis/quote_reopen.py`): one finding, at that inner opening mark, says a
break is probably missing there; the outer quote's stray is not a second
one. When the inner quote never closes either (and the outer does not run on
into the next paragraph), that same finding says so, not a second one. A quote opened with a
single mark and closed with a double one in the same sentence (`‘They were
lucky,” Ames said.`, or the reverse) is one slip: one finding at the opening
mark (nu42 M3). So is a double quote closed by a single mark (`“They were
lucky,’ Ames said.`: `analysis/quote_misclosed.py`), which, with a tag after
it, ends there and runs on into no paragraph after it (nu43 M1, H2). The
outer quote may also run on (no stray): the lost break is still reported,
and a quote after the break left open (`quote_reopen.resumed`) is the one
that runs on, no stray either. A quote left open whose next paragraph does
not reopen it but closes it is one finding at its open, saying so: the
close there is that quote's end.

The message names the mark (`{mark}`): a curly one as `quote mark “`, a
straight one by its name and itself (`straight single quote (')`: `NAMED`,
nu43 L3), so the message reads `unbalanced quote mark “: …` or
`unbalanced straight single quote ('): …`.
"""
from __future__ import annotations

from ..analysis.quote_reopen import reopenings, resumed
from ..analysis.quotes import quote_analysis
from .base import Finding, Kind, Option

PROBLEMS = {
    "reopened": "it opens a quote inside one still open, after a sentence end: a paragraph break is "
                "probably missing before it (each paragraph of a long quote opens with a mark, only "
                "the last closes), or the quote before lacks its closing mark",
    "reopened-open": "it opens a quote inside one still open, after a sentence end: a paragraph break "
                     "is probably missing before it, and the quote it opens is never closed either; "
                     "add its closing mark",
    "open": "it opens a quote that is never closed; add the closing mark, or open the next "
            "paragraph with a quote mark if the quote runs on",
    # a quote left open that closes in the next paragraph, which does not reopen it
    "run-on": "it opens a quote that runs on into the next paragraph and closes there, but that "
              "paragraph does not open with a quote mark; open it with one (each paragraph of a "
              "long quote opens with a mark, only the last closes), or close the quote here",
    "close": "it closes a quote that was never opened; add the opening mark or delete it",
    "misplaced": "it closes the quote but stands against the next word; move the space before "
                 "it to after it",
    # a dek's quote never runs on into the body
    "open-in-dek": "it opens a quote that is never closed; add the closing mark",
    "misplaced-open": "it opens the quote but stands against the word before it; move the space after "
                      "it to before it",
    "mismatched": "it opens a quote that a mark of the other kind closes further on (a single mark "
                  "opens and a double one closes, or the reverse); make the two marks match",
    "turned": "it is turned the wrong way: a right mark (\u201d \u2019) never opens a quote and a left "
              "mark (\u201c \u2018) never closes one; turn it round",
}


# Straight marks (and ASCII archive copy's pairs) named in the message, `{mark}`;
# a curly mark is `quote mark “`
NAMED = {"'": "straight single quote (')", '"': 'straight double quote (")',
         "''": "pair of straight single quotes ('')", "``": "pair of grave accents (``)"}


class QuoteUnbalanced(Kind):
    name = "quote-unbalanced"
    placeholders = frozenset({"problem", "mark"})
    description = "Flags quote marks that are opened and never closed, or closed and never opened."
    default_scope = ("paragraph", "blockquote")
    options = {
        "singles": Option(bool, True, help="also report single quote marks (inside double ones "
                                           "and at the top level)"),
    }

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        qa = quote_analysis(doc)
        reopened = reopenings(doc)
        inner = {id(q) for q in reopened.values()}
        unclosed = {(id(s.part), s.offset) for s in qa.strays if s.kind == "open" and s.mark == "double"}
        for q in reopened.values():        # one finding per lost break, at the mark after it
            if id(q.part) in wanted:
                # never closed, and not carried on as its outer quote runs into the next paragraph
                alone = (id(q.part), q.start) in unclosed and id(q) not in reopened \
                    and q.parent.next is None
                yield Finding(q.part, q.start, q.start + q.open_width,
                              args={"problem": PROBLEMS["reopened-open" if alone else "reopened"],
                                    "mark": _named(q.part.text, q.start, q.start + q.open_width)})
        after_break = resumed(doc)
        # the open quote around a lost break, the quote after it, and one
        # after the break left open as the open quote runs on (it is the run-on)
        spoken_for = {(id(q.part), q.start) for q in qa.quotes if id(q) in reopened or id(q) in inner
                      or id(q) in after_break and not q.closed and q.parent.next is not None}
        pairs = _mismatched(qa.strays) if self.opts["singles"] else {}
        closings = set(pairs.values())      # a pair's closing stray: told with its opening one
        for stray in qa.strays:
            if id(stray.part) not in wanted or id(stray) in closings:
                continue
            if stray.mark == "single" and not self.opts["singles"]:
                continue
            if stray.kind in ("open", "mismatched") and stray.mark == "double" \
                    and (id(stray.part), stray.offset) in spoken_for:
                continue
            problem = ("mismatched" if id(stray) in pairs or stray.kind == "mismatched" else
                       "run-on" if stray.run_on else "mismatched" if stray.misclosed else
                       "open-in-dek" if stray.kind == "open" and stray.part.kind == "dek" else stray.kind)
            end = stray.offset + stray.width
            yield Finding(stray.part, stray.offset, end,
                          args={"problem": PROBLEMS[problem], "mark": _named(stray.part.text, stray.offset, end)})


def _named(text: str, start: int, end: int) -> str:
    """The mark text[start:end] as the message names it: a straight mark
    by its name and itself (`NAMED`: a bare ' before the message's colon is
    hard to read, nu43 L3), a curly one as `quote mark “`."""
    mark = text[start:end]
    return NAMED.get(mark, f"quote mark {mark}")


def _mismatched(strays) -> dict[int, int]:
    """id(opening stray) -> id(closing stray) for each pair that is one slip
    (nu42 M3): a quote opened with one kind of mark (single or double) and
    never closed, and the next stray of its paragraph a closing mark of the
    other kind never opened, in the same sentence (no full stop, ? or !
    between them): `‘They were lucky,” Ames said.`."""
    out = {}
    strays = sorted(strays, key=lambda x: (x.part.index, x.offset))
    for a, b in zip(strays, strays[1:]):
        if a.part is b.part and a.kind == "open" and b.kind == "close" \
                and {a.mark, b.mark} == {"single", "double"} \
                and not any(c in ".?!" for c in a.part.text[a.offset + a.width:b.offset - 1]):
            out[id(a)] = id(b)
    return out


KIND = QuoteUnbalanced
