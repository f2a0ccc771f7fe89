"""The line an audit that found nothing to read says of the files its walks
passed over (nu73 #5: a folder of Reuters-21578 .sgm stopped with "no
article or export files found", never naming them nor the way to audit
them, which a named .sgm's `file.format` line gives)."""
from __future__ import annotations

from ..files import most_first
from ..plural import counted
from ..readers import CORPORA, NOT_ARTICLES, SPLIT_AS

KINDS = 5       # extensions the line names; the rest are counted together


def passed_over(passed: dict[str, int]) -> list[str]:
    """[] for no file passed over; else one line counting `passed` ({extension
    (".sgm", "" for none): files}, as `plan.sources` counts them) most first,
    and for a corpus's SGML (`readers.CORPORA`) what it is and how to audit
    it (`readers.SPLIT_AS`), e.g. "passed over 11 files (11 .sgm): .sgm is
    SGML, a corpus file of many stories; write its stories out as JSON
    Lines, ..."."""
    if not passed:
        return []
    kinds = most_first(passed)
    shown = [f"{n} {ext or 'with no extension'}" for ext, n in kinds[:KINDS]]
    if len(kinds) > KINDS:
        shown.append(f"{sum(n for _, n in kinds[KINDS:])} of {len(kinds) - KINDS} other kinds")
    line = f"passed over {counted(sum(passed.values()), 'file')} ({', '.join(shown)})"
    corpora = [ext for ext, _ in kinds if ext in CORPORA]
    if corpora:
        line += f": {'/'.join(corpora)} {NOT_ARTICLES[corpora[0]]}; {SPLIT_AS}"
    return [line]
