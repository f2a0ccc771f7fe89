"""`quote-nested`: a quote inside another quote with the same marks.

Readers tell where an inner quote ends only when it uses the other mark:
single inside double in US style, double inside single in British style.
A double quote opened at a sentence start inside one still open (`… it.
“But`) is a lost paragraph break, which `quote-unbalanced` reports there
(`analysis/quote_reopen.py`), not a nested quote; nor is any quote after
that break in the same paragraph (`quote_reopen.resumed`).
A quotation element (`<q>`, NITF's `q`) is a quote whose marks the page
shows (double, single inside another element: `quote_elements`); one that
holds exactly a typed quote, or is held so by one, is one quote marked
twice, told as such.
"""
from __future__ import annotations

from ..analysis.quote_elements import doubled
from ..analysis.quote_reopen import resumed
from ..analysis.quotes import quote_analysis
from .base import Finding, Kind

OTHER = {"double": "single marks (‘…’)", "single": "double marks (“…”)"}
# A <q> inside a typed quote: the page shows it in the typed quote's own marks
IN_TYPED = ("<q> quotation inside a typed quote in %s marks, which a browser shows it in too: "
            "type the inner quote in %s instead of the <q>")
# A quotation element (`<q>`) and typed marks round the same words: the page shows both pairs
DOUBLED = ("quote is marked twice, by a <q> element (which a browser shows between quote marks) "
           "and by typed marks round the same words: keep one of the two")


class QuoteNested(Kind):
    name = "quote-nested"
    placeholders = frozenset({"mark", "other"})
    description = "Flags a quote nested in a quote that uses the same kind of mark."
    default_scope = ("paragraph", "blockquote")

    def check(self, doc, parts):
        wanted = {id(p) for p in parts}
        after_break = resumed(doc)
        qa = quote_analysis(doc)
        for q in qa.quotes + qa.notes:       # a footnote's quotes too, each scanned on its own
            outer = q.parent
            if outer is None or id(q.part) not in wanted or id(q) in after_break:
                continue
            if doubled(q):      # (whatever the marks: “‘Go’” shows two pairs too)
                yield Finding(q.part, q.start, q.end, message=DOUBLED, final=True)
            elif outer.mark == q.mark and (outer.closed or outer.next is not None) \
                    and (q.closed or not outer.element):    # (one left open in a <q>: unbalanced's alone)
                if q.element and not outer.element:
                    yield Finding(q.part, q.start, q.end, message=IN_TYPED % (q.mark, OTHER[q.mark]), final=True)
                else:
                    yield Finding(q.part, q.start, q.end, args={"mark": q.mark, "other": OTHER[q.mark]})


KIND = QuoteNested
