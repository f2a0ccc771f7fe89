"""How a swap's replacement meets the text: where the text around a match
already stands as it (`around`), whether it reads as it there (`reads_as`,
`vale-substitution`'s), and the case a fix writes it in (`match_case`), for
`substitution` and `vale-substitution`."""
from __future__ import annotations

from functools import lru_cache

from .. import rx as regex

from ..analysis.name_runs import APOSTROPHES

# How far past the replacement's own length a run of whitespace may stretch the
# text that reads as it, for a literal key (its spaces match a line wrap).
_SPACE_REACH = 200
_MARKS = "'" + "".join(chr(c) for c in APOSTROPHES)
_SPACES = regex.compile(r"\s+")


@lru_cache(maxsize=512)
def _reading(new: str, spaced: bool) -> "regex.Pattern":
    """`new` as a pattern that finds it in any case, with any apostrophe mark
    for its `'`, and (`spaced`) any run of whitespace for each of its runs of
    spaces; `reads_as` then checks the case."""
    out = []
    for piece in regex.split(r"( +)", new):
        if spaced and piece.startswith(" "):
            out.append(r"\s+")
            continue
        out.extend(f"[{regex.escape(_MARKS)}]" if ch in _MARKS else regex.escape(ch) for ch in piece)
    return regex.compile("".join(out), regex.IGNORECASE)


def plain(text: str, spaced: bool) -> str:
    """`text` as `reads_as` compares it: each apostrophe mark as `'`, and
    (`spaced`) each run of whitespace as one space."""
    text = text.translate(APOSTROPHES)
    return _SPACES.sub(" ", text) if spaced else text


def reads_as(text: str, start: int, end: int, new: str, *, ignorecase: bool = False,
             spaced: bool = False) -> bool:
    """Whether `text` already reads as the replacement `new` around the
    match [start, end) (offsets into `text`): `new` stands in `text` at a
    place that covers the whole match and more (qa99 #1: a swap whose
    replacement holds its own match, `op` -> `co-op`, `Biden` -> `Joe Biden`,
    flagged its own fix, and each `--fix` pass wrote one more `co-`).

    It is compared as the swap matches (qa104 #1-#3): in any case when the
    swap is `ignorecase` (`CO-OP`, `GOV.`), else as written, with a capital
    first letter allowed where `new` starts before the match (`Co-op`
    opening a sentence, as a fix there carries it: `match_case`); with any
    run of whitespace for a space when the key is a literal phrase (`spaced`:
    `Joe⏎Biden`); and with any apostrophe mark for `'` (`O’Hara`), as
    name-spelling-variant reads `O'Brien` and `O’Brien` as one name. Text
    that is exactly the match is compared exactly: a swap that only mends
    case or a mark there (`senate: Senate`) still fixes it.

    `vale-substitution` offers no fix where this holds; `substitution` reads
    the case itself, from `around` and `match_case` (qa108 #4)."""
    if not new:
        return False
    if text[start:end] == new:
        return True
    want = plain(new, spaced)
    for at, to in around(text, start, end, new, spaced=spaced):
        seen = plain(text[at:to], spaced)
        if ignorecase or seen == want or (at < start and seen == want[:1].upper() + want[1:]):
            return True
    return False


def around(text: str, start: int, end: int, new: str, *, spaced: bool = False) -> list[tuple[int, int]]:
    """Each place [at, to) (offsets into `text`, in order) where the
    replacement `new` stands in `text` in any case, with any apostrophe mark
    for its `'` and (`spaced`) any run of whitespace for a space, covering the
    match [start, end) and more: the key is part of its own replacement there
    (`gov.` around `gov` for `gov: Gov.`). [] when there is none, or `new` is
    empty. Whether one is in the right case is the caller's to say."""
    if not new:
        return []
    reach = len(new) + (_SPACE_REACH if spaced else 0)
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    out = []
    for m in _reading(new, spaced).finditer(text, lo, hi, overlapped=True):
        at, to = m.span()
        if at > start:
            break
        if to >= end and (at, to) != (start, end):
            out.append((at, to))
    return out


def match_case(template: str, matched: str, key: str = "") -> str:
    """The replacement `template` for the text `matched` (by the swap key
    `key`, as written), cased as a substitution's fix writes it. Vale's
    `capitalize: true` is the reference: a capital that opens the matched
    text is carried onto a replacement in lower case (`Utilize` -> `Use`),
    and nothing else is. Two cases go further (qa99 #2, #10):
    - a replacement whose first word has a capital after its first letter
      (`iPhone`, `eBay`, `iPhone 15`) is written as given: its case is its
      point. A phrase with a capital only in a later word (`the Supreme
      Court`) still takes the capital that opens a sentence (qa104 #4);
    - a replacement with only its first letter in capitals, for a key also
      written with one (`Colour: Color`, a style guide's headword), takes
      the first letter's case from the text: `colour` -> `color`. For a key in
      lower case (`senate: Senate`) the capital is the point, and is kept,
      as it is in a phrase with more capitals (`Joe Biden`)."""
    first = template.split(None, 1)[0] if template.strip() else template
    if any(c.isupper() for c in first[1:]):
        return template
    if matched[:1].isupper() and template[:1].islower():
        return template[0].upper() + template[1:]
    if (template[:1].isupper() and key[:1].isupper() and matched[:1].islower()
            and not any(c.isupper() for c in template[1:])):
        return template[0].lower() + template[1:]
    return template
