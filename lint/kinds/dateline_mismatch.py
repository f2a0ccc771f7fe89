"""`dateline-mismatch`: the dateline, or a press release's release or embargo
line, states a different day from the publication date the front matter, the
page meta, the configuration or the other line gives.

A stale date written in two datelines (an NITF `<dateline>` in `body.head`
and the same line opening the body, qa63 #12b) is one mistake: it is
reported once, at the first of them in the file (in NITF the `<dateline>`
element, the dateline the feed declares and importers file as such; the
body's line repeats it). The repeat is reported too when the first is
suppressed inline (`Finding.repeat_of`, qa64 #10). A release line is a line of its own and is
reported beside a dateline of the same date."""
from __future__ import annotations

from ..analysis.calendar import long_date
from ..analysis.dates import DATE, date_mentions
from .base import Finding, Kind, Option, not_negative
from ._read_dates import quoted_as_read


class DatelineMismatch(Kind):
    name = "dateline-mismatch"
    placeholders = frozenset({"published", "source", "what"})
    needs_published = True
    description = "Flags a dateline whose date differs from the publication date."
    default_scope = ("dateline", "field")
    options = {
        "tolerance-days": Option(int, 1, check=not_negative,
                                 help="days the dateline may differ from the publication date: "
                                      "a dateline is the local date, a timestamp often UTC"),
    }

    @quoted_as_read      # a footnote mark the date readers dropped is not quoted (qa452 #2)
    def check(self, doc, parts):
        published = doc.published
        if published is None:
            return
        slack = self.opts["tolerance-days"]
        found = date_mentions(doc)
        said = {}                             # date -> its first finding in a dateline
        for part in parts:
            if part is doc.published_part or part.kind == "field" and part.name != "release":
                continue                      # the line is where the date came from, or no dateline
            what = "dateline date" if part.kind != "field" else "release line's date"
            for m in found.get(part.index, ()):
                if m.kind != DATE or m.date is None:
                    continue
                if abs(m.date.toordinal() - published.toordinal()) > slack:
                    first = said.get(m.date) if part.kind != "field" else None
                    finding = Finding(part, m.start, m.end, args={
                        "what": what, "published": long_date(published),
                        "source": doc.published_from or "the document"}, repeat_of=first)
                    if part.kind != "field":
                        said.setdefault(m.date, finding)
                    yield finding
                break


KIND = DatelineMismatch
