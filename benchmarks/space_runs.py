"""Guard: lints each corpus file again with the single spaces in and next to
its clock times and ranges doubled (or, with --wrap, each followed by a line
break) and prints every finding that differs: a time's findings must not
depend on how many spaces stand between its words (fx411).

    python benchmarks/space_runs.py                 # every corpus present
    python benchmarks/space_runs.py reuters mdrepos # some of them
    python benchmarks/space_runs.py --wrap bbc      # a space then a wrap (qa277)

Lints each UTF-8 file of a corpus in-process twice: as it is, and with each
single space inside a clock time or a range, or right before or after one,
doubled (`at 7 p.m. on` -> `at  7  p.m.  on`, `1 to 3 p.m.` -> `1  to  3
p.m.`, `7pm` -> `7pm`; `TIME_SPAN`), and prints each finding
(rule, place in the original text, message and fix with space runs read as
one space) that the doubled copy gains or loses. A finding the doubled copy
gains only for its run (`7  p.m.` -> `7 p.m.`: "they differ only in how many
spaces they hold") is the run's own and is counted apart, not as a
difference; so is a fix of a time or noon rule that still writes two spaces
(none should) or drops a line break (qa277). With --wrap the copy has a line break after each such
space (`at \n7 \np.m. \non`), findings and fixes are compared with each
space beside a wrap read as one space (a fix writes the wrap back: qa277),
and a time with a bare upper-case AM or PM is left alone (across such a
wrap it reads as a prime minister or a band, not a time: qa277 #7). In
Markdown a wrap also ends the front matter's value or a held fix (the
reader drops a line's last spaces, so the span is not verbatim, as on
main): read --wrap's differences; they need not each be a fault. Exits 1
if any file differs. Corpora as `line_endings.py` reads them (never a test
split).
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import regex

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from line_endings import arguments, files, parser  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import lint_bytes  # noqa: E402

# A clock time, or a range of two, with its a.m., p.m. or noon word, its
# words parted by single plain spaces: the spaces the copy doubles.
TIME_SPAN = regex.compile(r"(?<![\w.:])\d{1,2}(?:[:.]\d\d)?"
                          r"(?: (?:-|\u2013|to|until|till|through|and) \d{1,2}(?:[:.]\d\d)?)?"
                          r" ?(?:[aApP]\.?[mM]\b\.?|(?i:noon|midnight))")
RUN_ONLY = " (they differ only in how many spaces they hold)"
_RUNS = regex.compile(r" *\n *| {2,}")      # a run, or a space beside a wrap: one space
_BARE_CAPS = regex.compile(r"(?<![.\p{L}])[AP]M\.?$")
_TIME_RULES = ("style.time-of-day", "style.noon-midnight")


def _single(text: str, i: int) -> bool:
    """Is text[i] a space with no white space on either side?"""
    return 0 <= i < len(text) and text[i] == " " and not text[i - 1:i].isspace() and not text[i + 1:i + 2].isspace()


def doubled(text: str, second: str = " ") -> tuple[str, list[int]]:
    """`text` with each single space inside a `TIME_SPAN` or next to one
    followed by `second` (a space: doubled; a line break: a wrap, then
    spans that end in a bare `AM` or `PM` are left alone), and for each
    offset of it (and its end) the offset in `text` it stands for."""
    out, where, at = [], [], 0
    for m in TIME_SPAN.finditer(text):
        if second == "\n" and _BARE_CAPS.search(m[0]):
            continue
        last = m.end() + _single(text, m.end())
        for i in range(at, last):
            c = text[i]
            out.append(c)
            where.append(i)
            if c == " " and (i >= m.start() or i == m.start() - 1 and _single(text, i)):
                out.append(second)
                where.append(i)
        at = max(at, last)
    out.append(text[at:])
    where.extend(range(at, len(text) + 1))
    return "".join(out), where


def _breaks(text: str) -> int:
    """How many line breaks `text` holds (a CRLF is one)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def findings(path: str, text: str, where: list[int] | None, config: Config) -> tuple[set, int, int]:
    """(rule, offset in the original, message, fix) of each finding with its
    space runs read as one; how many findings are only about a run; how
    many time fixes write a run or drop a line break of the text they
    replace (qa277: a fix never joins two lines)."""
    got, run_only, run_fix = set(), 0, 0
    for d in lint_bytes(path, text.encode("utf-8"), config).diagnostics:
        if where is not None and d.message.endswith(RUN_ONLY):
            run_only += 1
            continue
        fix = d.fix.replacement if d.fix else None
        run_fix += bool(fix and d.rule in _TIME_RULES and ("  " in fix or _breaks(text[d.fix.start:d.fix.end]) > _breaks(fix)))
        at = d.offset if where is None else where[d.offset]
        got.add((d.rule, at, _RUNS.sub(" ", d.message), fix and _RUNS.sub(" ", fix)))
    return got, run_only, run_fix


def compare(name: str, shared: Path, config: Config, second: str = " ") -> Counter:
    """Print the differences of the corpus `name`; counts of files read,
    changed by the doubling, differing, and of run-only findings."""
    c: Counter = Counter()
    for path, data in files(name, shared):
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            c["not utf-8"] += 1
            continue
        c["files"] += 1
        twice, where = doubled(text, second)
        if twice == text:
            continue
        c["doubled"] += 1
        base, _, _ = findings(path, text, None, config)
        other, run_only, run_fix = findings(path, twice, where, config)
        c["run-only"] += run_only
        c["two-space fix"] += run_fix
        if other != base or run_fix:
            c["differ"] += 1
            for f in sorted(base - other, key=repr):
                print(f"{name} {path} LOST {f}")
            for f in sorted(other - base, key=repr):
                print(f"{name} {path} NEW  {f}")
            if run_fix:
                print(f"{name} {path} {run_fix} time fix(es) writing two spaces or dropping a line break")
    return c


def main() -> int:
    ap = parser(__doc__)
    ap.add_argument("--wrap", action="store_true", help="put a line break after each space, not a second space")
    args = arguments(ap=ap)
    config, bad = Config(), 0
    for name in args.names:
        c = compare(name, args.shared, config, "\n" if args.wrap else " ")
        print(f"== {name}: {c['files']} files ({c['not utf-8']} not UTF-8), {c['doubled']} with a time doubled; "
              f"differing {c['differ']}; run-only findings {c['run-only']}; time fixes writing two spaces or dropping a wrap {c['two-space fix']}",
              flush=True)
        bad += c["differ"]
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
