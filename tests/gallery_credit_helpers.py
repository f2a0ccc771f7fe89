"""What the HTML gallery credit line tests (the reviews qa423 and qa430 of
captions.missing-credit) share, written once, so both read one page.

`GALLERY`: an HTML story with two uncredited figures and a `{line}` slot
after them for a candidate credit line. `UNCREDITED`: the (line, column) of
captions.missing-credit on each figure's caption when the slot credits
neither. `missing_credit(line)`: [(line, column)] of captions.missing-credit
on `GALLERY` with `line` in the slot. `MD_GALLERY`: a Markdown story with
two uncredited images, each captioned by the line under it, and a `{line}`
slot after them; `MD_UNCREDITED`: where missing-credit falls on each
(reviews qa454 and qa457 of fx591/fx595). Synthetic copy only."""
from __future__ import annotations

from lint.config import Config
from lint.engine import lint_bytes

GALLERY = """<html><head><title>Storm floods downtown</title></head><body><article>
<h1>Storm floods downtown</h1>
<p>Floodwater filled streets downtown on Monday after a storm dropped five inches of rain, officials said.</p>
<figure><img src="a.jpg" alt="Flooded street"><figcaption>Water covers Main Street on Monday morning.</figcaption></figure>
<figure><img src="b.jpg" alt="Rescue boat"><figcaption>A rescue boat carries residents to dry ground.</figcaption></figure>
{line}
<p>Crews began pumping water from basements on Tuesday, the city said.</p>
</article></body></html>"""
UNCREDITED = [(4, 59), (5, 56)]

MD_GALLERY = ("# Drink up\n\nHere are our favorite ideas for beer and wine, the editors said.\n\n"
              "![A chilled beer glass](a.jpg)\nA chilled beer glass on the counter\n\n"
              "![Red wine in a pitcher](b.jpg)\nRed wine sangria in a pitcher\n\n{line}\n")
MD_UNCREDITED = [(6, 1), (9, 1)]


def missing_credit(line: str) -> list[tuple[int, int]]:
    res = lint_bytes("a.html", GALLERY.format(line=line).encode(), Config(select=("captions.missing-credit",)))
    return [(d.line, d.column) for d in res.diagnostics]
