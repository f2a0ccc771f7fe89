"""A Title Case headline with a slash (`Relief For Corn/Oats Growers Seen
Likely`, `Tokyo Exchange Seeks Nasdaq/London Link`) has the shape of a bare
`Name/Publication` photo credit (`Mark Stone/Seattle Times`), and the
caption pattern reads it so (nu70 #1, Reuters-21578). The plain-text reader
asks this module only of such a line in the headline's place over a wire
lede. The reading is by shape, and when in doubt the line stays a credit:
a credit read as a hed loses captions.* and titles.missing-headline on real
copy, where a missed hed only keeps a false titles.missing-headline (qa370 #1)."""
from __future__ import annotations

import regex

from ..analysis.word_patterns import WORD
from ..analysis.words import is_common

__all__ = ["slash_hed"]

# Marks of a credit a headline does not carry: a bracket, the copyright sign,
# a colon, a bar, `via`.
_CREDIT_MARK = regex.compile(r"[()\[\]©:|]|\bvia\b", regex.IGNORECASE)
# One slash, glued to a letter on each side (`Corn/Oats`); `Mark Stone /Seattle
# Times` (a spaced slash) and `Name/Paper/Agency` are credits' shapes.
_ONE_SLASH = regex.compile(r"^[^/]*\p{L}/\p{L}[^/]*$")
# Words that tie a headline's phrase and that no person's name holds: `Relief
# For Corn` is no photographer's name.
_LINKS = frozenset("for of in on at to and or the a an with as from over into after before amid "
                   "against vs than under".split())
# A verb's form in a headline's run-on after the slash (`Oats Growers Seen
# Likely`, `Chip Industry Seeks Custom Designs`, `February Sales Rise`).
_VERB = regex.compile(r"(?:\p{L}{2,}(?<![su])s|\p{L}{2,}ed|\p{L}{2,}ing)", regex.IGNORECASE)
_HED_VERBS = frozenset("seen rise fall set cut up down likely due".split())


def slash_hed(line: str) -> bool:
    """Whether `line` (Title Case, in the headline's place over a wire lede,
    read as a bare `Name/Publication` credit) has a headline's shape: one
    glued slash and no mark of a credit (a bracket, a colon, `via`, a picture
    or job word, an agency or platform: credits.yaml), nothing after the
    slash that names a source (credits.yaml `mastheads`, `slash_sources`, or
    `The ...`), and either a left side that is no person's name (four words
    or more, or a linking word: `Analyst Sees Stable Yen`, `Relief For
    Corn`) over a right side with an ordinary word (`Dollar Rates`, not
    `John Smith`), or a right side of three words or more that runs on into
    a verb (`Oats Growers Seen Likely`; a verb's -s, -ed or -ing form
    only in four words or more; no `And`, `Of`)."""
    if not _ONE_SLASH.match(line.strip()) or _CREDIT_MARK.search(line):
        return False
    from ..analysis.credit_grammar import grammar, vocabulary      # compiled on first use
    g = grammar()
    if g.picture.search(line):
        return False
    words = WORD.findall(line)
    low = " " + " ".join(w.lower() for w in WORD.findall(line.replace("/", " "))) + " "
    if any(f" {name} " in low for name in g.agency_names) or any(w.lower() in g.role_words for w in words):
        return False
    left, right = (WORD.findall(side) for side in line.split("/"))
    if not left or not right:
        return False
    v = vocabulary()
    sources = {str(w).lower() for w in list(v.get("mastheads") or []) + list(v.get("slash_sources") or [])}
    if right[0].lower() == "the" or any(w.lower() in sources for w in right):
        return False
    not_a_name = len(left) >= 4 or any(w.lower() in _LINKS for w in left)
    if not_a_name and any(is_common(w) for w in right):
        return True
    # A plural ends a body's name (`Harbor Fire Rescue Crews`), `And`, `Of` join one
    # (`Boys And Girls Club`): only a verb's form before the last word runs on.
    if len(right) < 3 or any(w.lower() in ("and", "of") for w in right):
        return False
    # (`Harbor Parks Conservancy`: a plural inside a body's name of three words)
    return any(w.lower() in _HED_VERBS for w in right[1:]) or len(right) >= 4 and any(
        _VERB.fullmatch(w) for w in right[1:-1])
