"""How a swap's replacement meets the text: whether the text already reads
as it (`reads_as`) and the case a fix writes it in (`match_case`), for
`substitution` and `vale-substitution`."""
from __future__ import annotations


def reads_as(text: str, start: int, end: int, new: str) -> bool:
    """Whether `text` already reads as the replacement `new` around the
    match [start, end) (offsets into `text`): `new` stands in `text` at a
    place that covers the whole match, not only at its start. A swap whose
    replacement holds its own match (`op` -> `co-op`, `Biden` -> `Joe
    Biden`) then neither flags nor rewrites its own fix (qa99 #1: each
    `--fix` pass wrote one more `co-`). Where `new` starts before the match
    it may also read with a capital first letter (`Co-op` opening a
    sentence, as a fix there carries it: `match_case`)."""
    n, width = len(new), end - start
    for lead in range(0, n - width + 1):
        at = start - lead
        if at < 0:
            break
        window = text[at:at + n]
        if window == new or (lead and window == new[:1].upper() + new[1:]):
            return True
    return False


def match_case(template: str, matched: str, key: str = "") -> str:
    """The replacement `template` for the text `matched` (by the swap key
    `key`, as written), cased as a substitution's fix writes it. Vale's
    `capitalize: true` is the reference: a capital that opens the matched
    text is carried onto a replacement in lower case (`Utilize` -> `Use`),
    and nothing else is. Two cases go further (qa99 #2, #10):
    - a replacement with a capital after its first letter (`iPhone`, `eBay`,
      `Joe Biden`) is written as given: its case is its point;
    - a replacement with only its first letter in capitals, for a key also
      written with one (`Colour: Color`, a style guide's headword), takes
      the first letter's case from the text: `colour` -> `color`. For a key in
      lower case (`senate: Senate`) the capital is the point, and is kept."""
    if any(c.isupper() for c in template[1:]):
        return template
    if matched[:1].isupper() and template[:1].islower():
        return template[0].upper() + template[1:]
    if template[:1].isupper() and key[:1].isupper() and matched[:1].islower():
        return template[0].lower() + template[1:]
    return template
