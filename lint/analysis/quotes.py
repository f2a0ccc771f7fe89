"""Quote spans with exact offsets, shared by every `quotes.*` rule.

The body (paragraph and blockquote parts, in document order) is scanned once
for quote marks. Each mark is classed from its neighbours: a mark between
letters is an apostrophe, and so are the other marks `quote_lookalikes`
tells from quotes (`Brazil"s`, `'90s`, an inch mark in `5'10"` or `a 12”
pizza`, a table cell that is only a ditto mark); a `"` next to a curly double
mark, `"“You`, is a slip and not counted; a closing single mark with no
single quote open is a possessive (`Jones’`).
The low mark „ (German, Polish) always opens a double quote, which “ or ”
closes. Real quotes are matched on a stack, so single quotes nest inside double ones.
A double quote left open at the end of a paragraph runs on when the next body
part opens with a quote mark (the news convention for long quotes); the
segments of such a quote are linked (`prev`/`next`); a quote never runs on
from a paragraph into a blockquote or back, nor across a sub-heading. A
British quote (single marks outermost) runs on the same way when the next
part reopens it with a single mark. A quote left open whose next paragraph
does not reopen it, and closes there, is one fault at its open, not a second
stray at the close (`quote_carry`); a quote opened in a lead-in ending with
a colon and closed at the end of the list under it is no fault at all; a
single quote that closes over a double one left open inside it is one fault. Headlines, captions and other
parts are not scanned: their quote conventions differ (AP uses single marks
in headlines) and their quotes are rarely attributed in the same part.
A dek, and each footnote, is scanned on its own, for stray marks
(`quotes.unbalanced`): its quotes never run on into the body or out of it
and are not among the body's; a footnote's are kept apart (`notes`) for the
rules on a quote's own marks, and run on over its own paragraphs only, as
the body's do (qa388 #5): a paragraph's into the next paragraph, a
blockquote's into the next of the same blockquote depth (qa410 #4), never
across a heading of the note (qa415 #15).
"""
from __future__ import annotations

from .. import rx as regex

from ..document import Document, Part
from .quote_lookalikes import SPACED_S, clipped, inch_mark, is_ditto, open_tag, typed_apostrophe
from .quote_carry import leads_in, left_open, list_close, run_on_close
from .quote_marks import LOW_DOUBLE, read
from .quote_misclosed import Watch, ends_quote
from .quote_turned import spaced_s_in_quote, turned_close, turned_double, turned_single, turned_single_close, unnest
from .quote_blocks import layout, set_apart
from .quote_parts import BODY_KINDS, BREAKS, CLOSING_CONTEXT, OPENING_CONTEXT
from .quote_runin import closes_into_double
from .quote_elements import CLOSE, OPEN, Frames, element_spans, merged
from .quote_records import Quote, QuoteAnalysis, Stray
from .quote_stack import Stack

# What a pair of marks stands for (`quote_marks.MARKS`: ``We won,'' she said).
PAIRS = {"''": '"', "``": '"', "\u2018\u2018": "\u201c", "\u2019\u2019": "\u201d"}
DOUBLES = "\"\u201c\u201d\u201e"
CURLY_DOUBLES = ("\u201c", "\u201d")
OPENS_PART = regex.compile("[\"\u201c\u201e]|''|``|\u2018\u2018")
# A part opening with a single mark, as a British-style quote (single marks
# outermost) reopens each paragraph it runs over: ‘ or a straight ' before a letter.
OPENS_PART_SINGLE = regex.compile("\u2018(?!\u2018)|'(?=\\p{L})")
# A double mark that could still close a quote later in the part.
OPEN_DOUBLE, CLOSE_DOUBLE, CLOSE_SINGLE = "\u201c", "\u201d", "\u2019"


def quote_analysis(doc: Document) -> QuoteAnalysis:
    return doc.analysis("quotes.spans", _analyse)


def _analyse(doc: Document) -> QuoteAnalysis:
    parts, broken = [], set()       # body parts; those a heading parts from the one before
    for part in doc.parts:
        if part.kind in BODY_KINDS:
            if not is_ditto(part):
                parts.append(part)
        elif part.kind in BREAKS and parts:
            broken.add(len(parts))
    roles = layout(doc)
    apart = [set_apart(part, roles) for part in parts]
    quotes: list[Quote] = []
    strays: list[Stray] = []
    # per stream (the running text; the parts set apart from it): a quote
    # running on from the stream's previous part, a quote left open into a
    # part that did not reopen it, a quote opened by a lead-in over the list under it
    state = {False: [None, None, None], True: [None, None, None]}
    for i, part in enumerate(parts):
        # a quote runs on only into a part of the same kind (not paragraph -> blockquote)
        # and never across a sub-heading
        nxt = _next_in_stream(parts, apart, broken, i)
        following = nxt.text if nxt is not None and nxt.kind == part.kind else ""
        carry, dangling, listed = state[apart[i]]
        first_stray, first_quote = len(strays), len(quotes)
        carry = _scan(part, carry, following, quotes, strays)
        if listed is not None:
            listed, closed = list_close(listed, part, nxt, strays, first_stray, quotes[first_quote:])
            dangling = None if closed else dangling
        if dangling is not None:
            run_on_close(dangling, strays, first_stray, quotes[first_quote:])
        dangling = left_open(quotes, first_quote, part, carry) if following else None
        if dangling is not None and leads_in(dangling, nxt):
            listed = dangling
        state[apart[i]] = [carry, dangling, listed]
    notes: list[Quote] = []
    carry = None                # a note's quote running on into the note's next paragraph
    for i, part in enumerate(doc.parts):
        if part.kind == "dek":
            _scan(part, None, "", [], strays)       # a dek's strays only
        elif part.kind == "footnote":           # a footnote's quotes are its own, run on only in its note
            nxt = doc.parts[i + 1] if i + 1 < len(doc.parts) else None
            same = nxt is not None and nxt.kind == "footnote" and nxt.name == part.name \
                and nxt.attrs.get("quote_depth") == part.attrs.get("quote_depth") \
                and not _heading(part) and not _heading(nxt)    # never into a blockquote or across a heading
            carry = _scan(part, carry, nxt.text if same else "", notes, strays)
    return QuoteAnalysis(quotes, strays, parts, notes)


def alone(part: Part) -> list[Quote]:
    """The quotes of `part` scanned on its own, as a dek is for its strays:
    for a headline, dek or caption, whose quotes the body scan leaves but
    whose words --fix must not swap either (`quote_fixes`, qa429 #5)."""
    quotes: list[Quote] = []
    _scan(part, None, "", quotes, [])
    return quotes


def _heading(part: Part) -> bool:
    """A note's heading (`## Vote` inside the note: attrs["block"] h1-h6),
    which a quote never runs on into or out of, as in the body (qa415 #15)."""
    block = part.attrs.get("block", "")
    return len(block) == 2 and block[0] == "h" and block[1] in "123456"


def _next_in_stream(parts: list[Part], apart: list[bool], broken: set[int], i: int) -> Part | None:
    """The body part a quote left open at the end of parts[i] may run on
    into: for running text, the next part of running text, over the parts
    set apart from it (`quote_blocks.set_apart`: a pull quote, a post, an ad
    label); for a part set apart, the part right after it when that is set
    apart too. None across a heading (`broken`: indices of the parts a
    heading comes before). A run of parts set apart between two paragraphs
    is short: the walk stops at the first running part."""
    j = i + 1
    if apart[i]:
        return parts[j] if j < len(parts) and j not in broken and apart[j] else None
    while j < len(parts) and j not in broken:
        if not apart[j]:
            return parts[j]
        j += 1
    return None


def _scan(part: Part, carry: Quote | None, following: str, quotes: list[Quote],
          strays: list[Stray]) -> Quote | None:
    """Match the marks of one part; return the quote that runs on, if any."""
    text = part.text
    stack = Stack()
    # where the last closing double mark starts: a single quote closing over
    # an open double with none after it (one look-up per part, not a search
    # to the paragraph's end at every closing single mark: that was quadratic)
    last_double = max(text.rfind('"'), text.rfind("\u201d"), text.rfind("''"))
    typing = open_tag(text)    # marks from a template tag typed at the end are the tag's
    pending = -1    # a right single mark before a word: a left one turned, if a ‘ closes later
    watch = Watch()         # double quotes with a close typed as a single mark (`quote_misclosed`)
    last = not OPENS_PART_SINGLE.match(following)   # no next paragraph a ‘ quote may run on into
    frames = Frames(stack)  # the quotation elements open (`quote_elements`)
    elements = element_spans(part)
    for i, ch in merged(read(text, stack), elements) if elements else read(text, stack):
        if i > typing:
            break
        if ch == OPEN:
            frames.enter(_push(part, i, 0, frames.mark(), True, stack, quotes), len(quotes))
            continue
        if ch == CLOSE:
            q, left = frames.leave(i, quotes)
            strays.extend(Stray(part, o.start, o.open_width, "open", o.mark) for o in left)
            _close(q, i, 0, True)
            continue
        width = len(ch)
        grave = ch == "``"          # only ever an opening mark
        if width == 2:
            ch = PAIRS[ch]
        prev = text[i - 1] if i else ""
        nxt = text[i + width] if i + width < len(text) else ""
        opens = grave or (not prev or prev.isspace() or prev in OPENING_CONTEXT) and bool(nxt) \
            and not nxt.isspace()
        closes = not grave and (not nxt or nxt.isspace() or nxt in CLOSING_CONTEXT or nxt == OPEN_DOUBLE
                                and ch in "\u2019'" and closes_into_double(text, i)) \
            and bool(prev) and not prev.isspace()    # `‘The party’“Mr. Barna`: `quote_runin`
        if ch == '"' and prev == "=":
            opens, closes = True, False     # `src="`: a value's opening mark, even as the text ends (nu30 #5)
        elif ch == OPEN_DOUBLE and nxt == CLOSE_DOUBLE and prev == "=":
            opens, closes = True, False     # `alt=“”`, `pic=“”`: an empty value, markup only (nu58 #1, qa294 #1 #2)
        if ch == '"' and prev.isalpha() and typed_apostrophe(text, i):
            continue  # Brazil"s, don"t: an apostrophe typed as a double mark (wire copy)
        if ch == '"' and width == 1 and (nxt in CURLY_DOUBLES or prev in CURLY_DOUBLES):
            continue  # "“You don’t …: a straight mark doubling a curly one (a paste slip)
        if ch in DOUBLES:
            carry = _double(part, i, width, ch, prev, opens, closes, carry, stack, quotes, strays)
            continue
        # single marks: quotes only where nothing says apostrophe
        if ch == "\u2018" and (SPACED_S.match(text, i) or spaced_s_in_quote(text, i, stack)):
            strays.append(Stray(part, i, 1, "open", "single"))  # Chardin ‘s: opens no quote (qa329 #1, qa336 #3)
            continue
        if ch != CLOSE_SINGLE or not prev.isalnum():
            if opens and clipped(text, i):
                continue  # '90s, '08, 'em, 'n'
            turned, pending = turned_single(text, i, opens, closes, pending)
            watch.opens_inside(stack[-1] if pending == i and stack else None)  # `say, ’Never quit.’`
            if turned:      # `’no‘`: a right mark opened, a left one closed
                strays.extend(Stray(part, k, 1, "turned", "single") for k in turned)
                continue
            # after a dash or slash and before a stop, a mark could open or
            # close ('BBB-'.): with a single quote open, it closes that one
            if ch != CLOSE_SINGLE and opens and not (closes and stack and stack[-1].mark == "single"):
                q = _push(part, i, 1, "single", ch != "'", stack, quotes)
                watch.opens_inside(q.parent)
                if i == 0 and carry is not None and carry.mark == "single":
                    q.prev, carry.next = carry, q       # a British quote reopened
                    carry = None
                continue
        if closes and len(stack) > 1 and stack[-1].mark == "double" and stack[-2].mark == "single" \
                and last_double < i:
            # `‘The sign read “No entry,’ he said.`: the single quote closes
            # over a double one left open inside it, one fault (the double's
            # open), not a second at the single's
            strays.append(Stray(part, stack[-1].start, stack[-1].open_width, "open", "double"))
            stack[-1].end = i
            stack.pop()
        if closes and stack and stack[-1].mark == "single":
            strays.extend(Stray(part, k, 1, "turned", "single") for k in turned_single_close(text, stack[-1], i, last))
            _close(stack.pop(), i, 1, ch != "'")
        elif watch.reads(text, i, closes, stack):   # `“…,’ Ames said.` (nu43 H2, M1)
            if ends_quote(text, i, watch.memo):
                strays.append(Stray(part, stack[-1].start, stack[-1].open_width, "mismatched", "double"))
                _close(stack.pop(), i, 1, ch != "'")
            else:
                watch.lost.add(id(stack[-1]))
        # otherwise an apostrophe: Jones', a stray typographic mark
    while frames.open:      # elements past a template tag typed at the end (`open_tag`)
        q, left = frames.leave(len(text), quotes)
        strays.extend(Stray(part, o.start, o.open_width, "open", o.mark) for o in left)
        _close(q, len(text), 0, True)
    if not OPENS_PART.match(following) and (turned := turned_close(text, stack)) is not None:
        strays.append(Stray(part, turned.start, 1, "turned", "double"))   # `Opportunity “and` (nu53 #6)
        unnest(quotes, turned)
        stack.pop()
        _close(stack.pop(), turned.start, 1, True)
    runs_on = None
    for q in stack:
        if q.depth == 0 and (OPENS_PART if q.mark == "double" else OPENS_PART_SINGLE).match(following):
            q.end, runs_on = len(text), q
        elif _reversed(text, q):
            # a right mark read as an opener that nothing closes: it is the
            # closing mark of a quote never opened (`He called it ”good.`)
            strays.append(Stray(part, q.start, q.open_width, "close", "double"))
            _drop(q, quotes)
        elif runs_on is None or q.mark == "double":
            strays.append(Stray(part, q.start, q.open_width, "open", q.mark, misclosed=id(q) in watch.lost))
            q.end = len(text)
    if carry is not None:  # the part after a quote that runs on did not open with a mark
        strays.append(Stray(carry.part, carry.start, carry.open_width, "open", carry.mark))
    return runs_on


def _double(part: Part, i: int, width: int, ch: str, prev: str, opens: bool, closes: bool,
            carry: Quote | None, stack: Stack, quotes: list[Quote],
            strays: list[Stray]) -> Quote | None:
    """Open or close a double quote at text[i]; return the carry still unmatched."""
    double_open = stack.doubles > 0
    if ch in ('"', CLOSE_DOUBLE) and width == 1 and prev.isdigit() \
            and inch_mark(part.text, i, ch, stack.doubles):
        return carry  # an inch mark: 5'10", a 12" record, a 12” pizza (smart quotes curl it)
    if ch == LOW_DOUBLE:
        is_open = True
    elif ch == CLOSE_DOUBLE and opens and not closes and double_open \
            and part.text[i + width:i + width + 1].isalnum():
        # `“A Most Violent Year, ”out`: a right mark never opens; with a double
        # quote open it closes it, and its one fault is the side of its space
        strays.append(Stray(part, i, width, "misplaced", "double"))
        is_open = False
    elif closes and not double_open and _open_spaced_wrong(part.text, i, width, ch, prev):
        strays.append(Stray(part, i, width, "misplaced-open", "double"))
        is_open = True
    elif opens != closes:
        is_open = opens
    elif ch == '"' or not opens:   # spaces on both sides, or both readings fit
        is_open = not double_open
    else:
        is_open = ch == OPEN_DOUBLE
    curly = ch != '"'
    if is_open:
        q = _push(part, i, width, "double", curly, stack, quotes)
        if i == 0 and carry is not None and carry.mark == "double":
            q.prev, carry.next = carry, q
            carry = None
    elif double_open:
        while stack[-1].mark != "double":
            lost = stack.pop()
            strays.append(Stray(part, lost.start, lost.open_width, "open", "single"))
        q = stack.pop()
        strays.extend(Stray(part, k, 1, "turned", "double") for k in turned_double(part.text, q, i, width))
        _close(q, i, width, curly)
    else:
        strays.append(Stray(part, i, width, "close", "double"))
    return carry


def _open_spaced_wrong(text: str, i: int, width: int, ch: str, prev: str) -> bool:
    """`The chef wrote back:" I sure did!"`: a straight mark after a colon or a
    comma, a space and a word after it, with no quote open, and the next
    straight mark in the part a closing one: an opening mark whose space
    stands on the wrong side (nu18 #7), not the close of a quote never opened."""
    if ch != '"' or width != 1 or prev not in ":," or text[i + 1:i + 2] != " " or not text[i + 2:i + 3].isalnum():
        return False
    later = text.find('"', i + 1)
    return later > 0 and not text[later - 1].isspace() and (later + 1 == len(text) or not text[later + 1].isalnum())


def _reversed(text: str, q: Quote) -> bool:
    """A double quote opened by a right mark (” or ’’) in this part."""
    return q.mark == "double" and q.prev is None and \
        text[q.start:q.start + q.open_width] in (CLOSE_DOUBLE, "\u2019\u2019")


def _drop(q: Quote, quotes: list[Quote]) -> None:
    """Take a quote that never was out of the list; the quotes inside it
    move up a level."""
    at = len(quotes) - 1
    while quotes[at] is not q:
        at -= 1
    del quotes[at]
    for inner in quotes[at:]:
        if inner.part is q.part and inner.depth > q.depth:
            inner.depth -= 1
            if inner.parent is q:
                inner.parent = q.parent


def _push(part: Part, i: int, width: int, mark: str, curly: bool, stack: list[Quote],
          quotes: list[Quote]) -> Quote:
    parent = stack[-1] if stack else None
    q = Quote(part, i, i + width, mark, curly, len(stack), parent, open_width=width)
    stack.append(q)
    quotes.append(q)
    return q


def _close(q: Quote, i: int, width: int, curly: bool) -> None:
    q.end, q.closed, q.close_curly, q.close_width = i + width, True, curly, width
