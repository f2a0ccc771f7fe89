"""Apply the safe fixes rules declare, never touching text outside a fix span."""
from __future__ import annotations

from typing import Iterable

from .diagnostic import Diagnostic


def apply_fixes(source: str, diagnostics: Iterable[Diagnostic]) -> tuple[str, int]:
    """(new source, fixes applied). Overlapping fixes: the first by position wins;
    the rest wait for the next pass, after a re-lint."""
    fixes = sorted({d.fix for d in diagnostics if d.fix is not None},
                   key=lambda f: (f.start, f.end))
    out, pos, applied = [], 0, 0
    for fix in fixes:
        if fix.start < pos:
            continue
        if source[fix.start:fix.end] == fix.replacement:
            continue
        out.append(source[pos:fix.start])
        out.append(fix.replacement)
        pos = fix.end
        applied += 1
    out.append(source[pos:])
    return "".join(out), applied
