"""`caption-malformed-credit`: a credit whose form is broken.

Credit forms join their slots with a slash, `via` or `for` ("AP Photo/Jane
Doe", "Jane Doe/Getty Images", "Handout via Reuters", "Jane Doe for The
Times"). Spaces around the slash, or a slot left empty ("/Getty Images",
"Jane Doe/"), print a credit that reads as a typo or credits half a party;
"(Courtesy)" alone credits nobody, since AP's form is "Courtesy of" and
the source, and nor do "(Photo courtesy)" and "(Courtesy photo)". A credit
that opens with "via" ("Via Facebook") is no empty slot: it is the web form
"Photo via Facebook" with its lead dropped and names where the picture came
from, as the credit grammar's "photo via" lead does; AP's fuller "Jane
Doe/Facebook via AP" is a matter of house style, not a broken form.
A spaced slash before a label ("L: Random House / R: Simon & Schuster") parts
two labelled credits and is left alone, and so is one at either edge of a
licence note ("(Photo: Jane Doe / CC BY 2.0)", "Jane Doe (CC BY 2.0) /
Flickr"): the note's gap, not the credit's own slash, as is a separator
left after a note ("(Photo: Kim Park, CC BY 2.0 /)"). A slot left empty
right before a note the credit keeps ("(Photo: Jane Doe /, CC BY 2.0)") is
reported as one at the body's end is. A credit that is a web address
("Image credit: www.apple.com/in/") is left alone: its slashes are its
path's.
"""
from __future__ import annotations

from .. import rx as regex

from ..analysis.credits import credits, read_found
from .base import Finding, Kind

# A spaced slash before a label ("L: Random House / R: Simon & Schuster",
# "Mashable / Photo sources: ...") parts two labelled credits: a separator,
# not a credit's own slash.
SPACED_SLASH = regex.compile(r"(?<=[\p{L}\p{N}.)])(?:\s+/\s*|/\s+)(?=[\p{L}\p{N}(])"
                             r"(?!\p{L}[\p{L} ]{0,24}:\s)")
# "(Courtesy)" alone: AP's credit is "Courtesy of" and the source.
COURTESY = ("'Courtesy' alone is incomplete and names no source: write 'Courtesy of' and the source, "
            "as in '(Courtesy of the Brennan family)'")
# A credit that is a web address: a scheme or www., or a domain then a path.
WEB_ADDRESS = regex.compile(r"(?i)(?:https?://|www\.)\S+|[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/\S*")
# (pattern over the body, problem); group 1 is the span reported.
_OPEN = regex.compile(r"\S\s*(/)$")
SLOTS = (
    (regex.compile(r"^(/)\s*\S"), "nothing before the slash: name the photographer"),
    (_OPEN, "nothing after the slash: name the agency"),
    (regex.compile(r"(?i)\b(via)$"), "nothing after 'via': name the agency"),
    (regex.compile(r"(?i)^(for)\b"), "nothing before 'for': name the photographer"),
    (regex.compile(r"(?i)\s(for)$"), "nothing after 'for': name the publication"),
)


class CaptionMalformedCredit(Kind):
    name = "caption-malformed-credit"
    placeholders = frozenset({"problem"})
    description = "Flags spaced slashes and empty slots in a photo credit."
    default_scope = ("credit",)

    def check(self, doc, parts):
        parsed = credits(doc)
        for part in parts:
            credit = parsed.get(part.index)
            if credit is None or credit.part is not part:
                continue
            courtesy = credit.courtesy_alone
            if courtesy:
                yield Finding(part, *courtesy, args={"problem": COURTESY})
                continue
            if credit.is_empty:
                continue
            b0, b1 = credit.body
            region = credit.lead[0] if credit.lead else b0
            # the licence notes beside it, read once: every use is about a slash
            notes = _notes(doc, part) if "/" in part.text[region:b1] else []
            reported = set()
            for m in SPACED_SLASH.finditer(part.text, region, b1):
                if any(start <= m.start() <= stop for start, stop in notes):
                    continue    # "Jane Doe (CC BY 2.0) / Flickr", "(Photo: Jane Doe / CC BY 2.0)": a note's gap
                reported.add(m.start())
                yield Finding(part, m.start(), m.end(),
                              args={"problem": "spaces around the slash; write 'Name/Agency'"})
            body = part.text[b0:b1]
            if WEB_ADDRESS.fullmatch(body):
                continue
            for pattern, problem in SLOTS:
                m = pattern.search(body)
                if m and not (pattern is _OPEN and _in_note(b0 + m.start(1), notes)):
                    reported.add(b0 + m.start(1))
                    yield Finding(part, b0 + m.start(1), b0 + m.end(1), args={"problem": problem})
            if "/" in body:
                yield from _slots_before_notes(part, b0, b1, notes, reported)


def _in_note(at: int, notes: list[tuple[int, int]]) -> bool:
    """Offset `at` in `part.text` lies in one of `notes` (a licence note's
    cut, `_notes`), the separator left after it included ("(Photo: Kim Park,
    CC BY 2.0 /)", a credit element "Jane Doe / CC BY 2.0 /"): no slot of
    the credit's own."""
    return any(start <= at < stop for start, stop in notes)


def _slots_before_notes(part, b0: int, b1: int, notes, reported: set[int]):
    """A slot left empty right before a licence note kept in the credit's
    body ("(Photo: Jane Doe /, CC BY 2.0)", a credit element "Jane Doe /, CC
    BY 2.0 / via Flickr"), as `SLOTS` finds one at the body's end; a slash
    inside a note, or one reported already, is passed over."""
    for start, _ in notes:
        if b0 < start < b1:
            m = _OPEN.search(part.text, b0, start)
            if m and m.start(1) not in reported and not any(a <= m.start(1) < b for a, b in notes):
                reported.add(m.start(1))
                yield Finding(part, m.start(1), m.end(1), args={"problem": "nothing after the slash: name the agency"})


def _notes(doc, part) -> list[tuple[int, int]]:
    """Each licence note beside the credit `part`, its [start, end) as
    offsets in `part.text`: a note's start is the
    separator before it ("Jane Doe / CC BY 2.0"), its end the place of a gap
    after it ("Jane Doe (CC BY 2.0) / Flickr"). A credit carved from its
    caption's text takes the notes its caption's credit reading set aside
    (`credits.read_found`, worked out once per caption); a credit the markup
    gives is read on its own."""
    caption, notes, shift = part.attrs.get("caption"), None, 0
    if part.attrs.get("split") and isinstance(caption, int) and 0 <= caption < len(doc.parts):
        cap = doc.parts[caption]
        span, found = read_found(doc, cap)
        if span is not None and cap.text[span[0]:span[1]] == part.text:
            notes, shift = found, span[0]
    if notes is None:
        notes = read_found(doc, part)[1]
    return [(start - shift, stop - shift) for start, stop in notes]


KIND = CaptionMalformedCredit
