"""A surname alone that opens a place's name in the place's own frame
(names.first-reference).

`opens_a_place(m)` answers whether the surname alone `m` (a `names.Mention`)
opens a place's name ("the Harris County commissioners", nu50 #1): a
capitalised noun of names.yaml `place_nouns` after it (`names.names_a_place`)
and, around the two words, a frame only the place has. A surname that a
verb takes as its object may stand before a clause with no "that" whose
subject opens with such a noun ("The agent told Harris State Farm would
pay", "told Harris State Department lawyers had": qa233 #2), so the noun
after it is not enough. The frames, read from the words' own text:

- the surname opens a sentence or a paragraph (`name_runs.opens_sentence`:
  "Harris City Council members said");
- an opening quotation mark stands right before it, so it opens the quoted
  sentence ("The judge said, “Harris County will pay.”": qa240 #4);
- a determiner, a number, a quantifier or a preposition of place stands
  right before it ("the Harris County", "Two Harris County deputies", "all
  Harris County schools", "in Harris County", "off Harris Road": qa240 #2,
  #3). Not "to", "from", "with" or "by": a person after them may be told a
  clause with no "that" ("explained to Harris State Farm would pay"); nor
  "under", which gives a person's era as often ("Under Obama Justice
  Department lawyers argued": qa245 #2, qa248 #1);
- another place's name and "and", "or" or a comma stand before it ("the
  Harris Avenue and Harris Road crews");
- or the place noun ends the name, with a stop, a comma, a dash or another
  mark of punctuation after it ("The state sued Harris County."), where no
  clause can follow. A comma or a dash that opens an aside, closed by the
  same mark and followed by a lower-case word other than "and" or "or",
  ends nothing: the clause goes on after the aside ("told Harris County, not
  the state, would pay": qa240 #5), so the surname there is read as the person.
"""
from __future__ import annotations

from .. import rx as regex

from ..regex_cache import SERIAL
from .name_runs import opens_sentence
from .name_titles import tables
from .names import Mention, names_a_place

# A determiner, a number, a quantifier or a preposition of place right
# before the surname, read backwards. Not "under": it takes a person's era as
# often ("Under Obama State Department lawyers argued": qa245 #2, qa248 #1).
_FRAME_BEFORE = regex.compile(
    r"(?r)(?<![\p{L}\p{M}'’-])(?:\d+|(?i:the|a|an|in|at|of|for|on|near|across|outside|inside|throughout"
    r"|within|into|around|along|through|toward|towards|past|beyond|via|off|between|down|including"
    r"|one|two|three|four|five|six|seven|eight|nine|ten|every|each|all|both|some|many|several|most"
    r"|our|their|its|your|my|his|her))\s+$")
# An opening quotation mark right before the surname: it opens the quoted sentence.
_QUOTE_OPENS = regex.compile(r"(?r)(?:^|[\s(\[])[“‘\"]$")
# A place noun and a list's joiner right before the surname ("Avenue and "), read backwards.
_PLACE_LISTED_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}'’-])(\p{Lu}\p{Ll}+)"
                                     r"(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)$")
# A lower-case word other than a list's "and" or "or": the clause goes on.
_GOES_ON = r"(?!(?:and|or)(?![\p{L}\p{M}]))\p{Ll}"
# The place noun after the surname, then a mark of punctuation that ends the
# name; a comma or a dash only if it opens no aside (200 characters at most,
# so each mention reads a bounded stretch) that the clause goes on after.
_NOUN_ENDS_NAME = regex.compile(
    r"\s++\p{Lu}\p{Ll}++(?:[.;:!?)\]”\"]|’(?![\p{L}\p{M}])"
    rf"|,(?![^,.;:!?—\n]{{0,200}}+,\s*+{_GOES_ON})"
    rf"|[^\S\n]*+—(?![^—.;:!?\n]{{0,200}}+—\s*+{_GOES_ON}))")


def opens_a_place(m: Mention) -> bool:
    """Whether the surname alone `m` opens a place's name in one of the
    module's frames (qa233 #2); `names.names_a_place` reads the noun after it."""
    if not names_a_place(m):
        return False
    text, start = m.part.text, m.start
    if opens_sentence(text, start) or _FRAME_BEFORE.search(text, max(0, start - 14), start, SERIAL) \
            or _QUOTE_OPENS.search(text, max(0, start - 2), start, SERIAL):
        return True
    listed = _PLACE_LISTED_BEFORE.search(text, max(0, start - 24), start, SERIAL)
    return (listed is not None and listed[1].lower() in tables()["place_nouns"]) \
        or _NOUN_ENDS_NAME.match(text, m.end, None, SERIAL) is not None
