"""TimeBank 1.2 (TimeML) as a labelled tense set for the date checks.

TimeML marks every date (`TIMEX3`, with a normalised `value`) and every event
(`EVENT` + `MAKEINSTANCE`, with `tense`, `aspect` and `modality`), and links
them (`TLINK relType`). A date mention is labelled with the tense of the
tensed verb event anchored at it (TimeML 1.2.1 spec, section 2.3: `IS_INCLUDED`,
`DURING`, `SIMULTANEOUS`, `BEGINS`, `ENDS` and their inverses), the closest
one in the text when several are:

- `past`: simple past, or any perfect (`has approved`, `had met`);
- `future`: `will`/`shall` forms;
- `other`: present, infinitive, participles, and every event under a modal
  (`would`, `could`) - the checks must stay quiet there.

A noun event ("the June summit") has no tense of its own; it takes the tense
of a tensed verb event that the annotators linked to it in the same sentence
(the clause's main verb, `SIMULTANEOUS` and the like), or `past` from a past
verb of its sentence linked as `AFTER` it, `future` from a future one linked
as `BEFORE` it; else the mention is left out. A date with no event anchored
at it is labelled the same way from the ordered links of its own sentence
("shares rose after the June 5 announcement": a past event after the date
puts the date in the past; "will be done before June 30": a future event
before it puts the date ahead); these labels are `ordered` (`Labelled.relation`),
the others `anchored`. An event before a past date or after a future one says
nothing of the date and gives no label. A non-finite event
under an aspectual verb (`ALINK`: "began raising its stake in July") takes
that verb's tense. Only dates that name
a month (a day, or a month alone) and resolve to one day or month are kept.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import html
from dataclasses import dataclass
from pathlib import Path

import regex

TAG = regex.compile(r"<(/?)(\w+)([^>]*?)/?>")
ATTR = regex.compile(r'(\w+)="([^"]*)"')
MONTH_WORD = regex.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b\.?")
VALUE = regex.compile(r"(\d{4})-(\d\d)(?:-(\d\d))?(?:T.*)?$")
ANCHORED = {"IS_INCLUDED", "DURING", "SIMULTANEOUS", "BEGINS", "ENDS", "BEGUN_BY", "ENDED_BY",
            "IDENTITY"}
INVERSE = {"INCLUDES": "IS_INCLUDED", "DURING_INV": "DURING", "BEGUN_BY": "BEGINS",
           "ENDED_BY": "ENDS"}
NON_FINITE = {"INFINITIVE", "PRESPART", "PASTPART", "NONE"}
LATER = {"AFTER", "IAFTER"}          # the first after the second
EARLIER = {"BEFORE", "IBEFORE"}
SAME_TIME = {"SIMULTANEOUS", "IDENTITY", "IS_INCLUDED", "INCLUDES", "DURING", "DURING_INV"}
# "last May", "June last year": relative to the publication date, so moving
# that date moves the mention too; the tense-shift measure leaves them out.
RELATIVE = regex.compile(r"(?i)\b(?:last|next|this)\b")
SENTENCE = regex.compile(r"[.!?]['\"`]*\s+(?=[`'\"]*\p{Lu})")


@dataclass
class Labelled:
    """One date mention: text[start:end] of document `doc`, gold first/last day."""

    doc: str
    start: int
    end: int
    first: dt.date
    last: dt.date
    label: str          # past, future, other
    verb: str           # the event word that gave the label
    dated: bool = False  # the year is written in the mention
    relation: str = "anchored"   # the event is at the date, or `ordered`: after (past) or before (future) it


@dataclass
class TimebankDoc:
    name: str
    text: str
    dct: dt.date
    mentions: list[Labelled]


def split_of(name: str, seed: int, held_out: float = 0.4) -> str:
    """`dev` or `held-out` for a document name: a stable hash of seed and name,
    so a document never changes side for one seed."""
    h = hashlib.sha256(f"{seed}:{name}".encode()).digest()
    return "held-out" if int.from_bytes(h[:4], "big") / 2**32 < held_out else "dev"


def _label(inst: dict) -> str | None:
    tense, aspect = inst.get("tense", "NONE"), inst.get("aspect", "NONE")
    if inst.get("modality") and inst["modality"] != "none" and tense != "PAST":
        return "other"
    if tense == "PAST" or (tense in ("PRESENT", "NONE") and aspect.startswith("PERFECTIVE")):
        return "past"
    if tense == "FUTURE":
        return "future"
    if tense in ("PRESENT", "INFINITIVE", "PRESPART"):
        return "other"
    return None                         # a noun or a bare participle: no tense of its own


def _gold_range(value: str) -> tuple[dt.date, dt.date] | None:
    m = VALUE.match(value)
    if m is None:
        return None
    y, mo = int(m[1]), int(m[2])
    if not 1 <= mo <= 12:
        return None
    if m[3]:
        day = dt.date(y, mo, int(m[3]))
        return day, day
    nxt = dt.date(y + mo // 12, mo % 12 + 1, 1)
    return dt.date(y, mo, 1), nxt - dt.timedelta(days=1)


def read(path: Path) -> TimebankDoc:
    """Plain text (tags removed, entities decoded) with its labelled mentions."""
    raw = path.read_text(encoding="utf-8")
    dct = dt.date.fromisoformat(regex.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, regex.S)[1])
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, pos, length = [], 0, 0
    timex, events, opened = {}, {}, None
    for m in TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m[2] in ("TIMEX3", "EVENT"):
            if not m[1]:
                opened = (m[2], length, dict(ATTR.findall(m[3])))
            elif opened:
                kind, start, attrs = opened
                (timex if kind == "TIMEX3" else events)[attrs.get("tid") or attrs.get("eid")] = (
                    start, length, attrs)
                opened = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    tail = raw[raw.index("</TEXT>"):]
    instances = {}
    for m in regex.finditer(r"<MAKEINSTANCE([^>]*)>", tail):
        a = dict(ATTR.findall(m[1]))
        if a.get("eventID") in events:
            instances[a["eiid"]] = {**a, "span": events[a["eventID"]][:2]}
    links = [dict(ATTR.findall(m[1])) for m in regex.finditer(r"<TLINK([^>]*)>", tail)]
    for m in regex.finditer(r"<ALINK([^>]*)>", tail):     # "began raising": raising takes began's tense
        a = dict(ATTR.findall(m[1]))
        head, inst = instances.get(a.get("eventInstanceID")), instances.get(a.get("relatedToEventInstance"))
        if head and inst and _label(head) is not None and inst.get("tense") in NON_FINITE:
            inst.update(tense=head.get("tense"), aspect=head.get("aspect"), modality=head.get("modality", ""))
    return TimebankDoc(path.stem, text, dct, _label_mentions(path.stem, text, timex, instances, links))


def _sentence(text: str, at: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in SENTENCE.finditer(text)]
    k = max(i for i, s in enumerate(starts) if s <= at)
    return starts[k], starts[k + 1] if k + 1 < len(starts) else len(text)


def _links(links):
    """The TLINKs as lookups: tid -> eiids anchored at the date, tid -> eiids
    after it and before it, eiid -> eiids at the same time, after it and
    before it."""
    anchored: dict[str, list[str]] = {}
    after_time: dict[str, list[str]] = {}
    before_time: dict[str, list[str]] = {}
    same: dict[str, set[str]] = {}
    later: dict[str, set[str]] = {}
    for link in links:
        rel = link.get("relType", "")
        ev, t = link.get("eventInstanceID"), link.get("relatedToTime")
        t2, ev2 = link.get("timeID"), link.get("relatedToEventInstance")
        if ev and t:                                 # the event REL the date
            if rel in ANCHORED:
                anchored.setdefault(t, []).append(ev)
            elif rel in LATER:
                after_time.setdefault(t, []).append(ev)
            elif rel in EARLIER:
                before_time.setdefault(t, []).append(ev)
        if t2 and ev2:                               # the date REL the event
            if rel in INVERSE or rel in ("SIMULTANEOUS", "IDENTITY"):
                anchored.setdefault(t2, []).append(ev2)
            elif rel in EARLIER:
                after_time.setdefault(t2, []).append(ev2)
            elif rel in LATER:
                before_time.setdefault(t2, []).append(ev2)
        a, b = ev, ev2
        if a and b:
            if rel in SAME_TIME:
                same.setdefault(a, set()).add(b)
                same.setdefault(b, set()).add(a)
            elif rel in LATER:                       # a after b
                later.setdefault(b, set()).add(a)
            elif rel in EARLIER:                     # a before b
                later.setdefault(a, set()).add(b)
    return anchored, after_time, before_time, same, later


def _label_mentions(name, text, timex, instances, links) -> list[Labelled]:
    anchored, after_time, before_time, same, later = _links(links)
    out = []
    for tid, (start, end, attrs) in timex.items():
        surface = text[start:end]
        if attrs.get("type") != "DATE" or not MONTH_WORD.search(surface) or RELATIVE.search(surface):
            continue
        gold = _gold_range(attrs.get("value", ""))
        if gold is None:
            continue
        s0, s1 = _sentence(text, start)

        def in_sentence(inst):
            return inst is not None and s0 <= inst["span"][0] < s1

        found = []                   # (label, event instance, relation)
        for eiid in anchored.get(tid, ()):
            inst = instances.get(eiid)
            if inst is None:
                continue
            if _label(inst) is not None:
                found.append((_label(inst), inst, "anchored"))
                continue
            # a noun event ("the June summit"): a tensed verb of its sentence
            # at the same time, a past one after it or a future one before it
            for other in same.get(eiid, ()):
                o = instances.get(other)
                if in_sentence(o) and _label(o) is not None:
                    found.append((_label(o), o, "anchored"))
            for other in later.get(eiid, ()):
                o = instances.get(other)
                if in_sentence(o) and _label(o) == "past":
                    found.append(("past", o, "ordered"))
            for other, lst in later.items():
                o = instances.get(other)
                if eiid in lst and in_sentence(o) and _label(o) == "future":
                    found.append(("future", o, "ordered"))
        if not any(rel == "anchored" for _, _, rel in found):
            # no event at the date: a past event of its sentence after it puts
            # the date in the past, a future one before it puts it ahead
            found += [("past", o, "ordered") for e in after_time.get(tid, ())
                      if in_sentence(o := instances.get(e)) and _label(o) == "past"]
            found += [("future", o, "ordered") for e in before_time.get(tid, ())
                      if in_sentence(o := instances.get(e)) and _label(o) == "future"]
        if not found:
            continue
        rank = {"anchored": 0, "ordered": 1}
        label, verb, rel = min(found, key=lambda f: (rank[f[2]], min(abs(f[1]["span"][0] - start),
                                                                    abs(f[1]["span"][0] - end))))
        out.append(Labelled(name, start, end, gold[0], gold[1], label,
                            text[verb["span"][0]:verb["span"][1]],
                            bool(regex.search(r"\d{4}", surface)), rel))
    return sorted(out, key=lambda m: m.start)


def documents(folder: Path, split: str, seed: int):
    """The TimeBank documents of one split (`dev`, `held-out` or `all`)."""
    for path in sorted(folder.glob("*.tml")):
        if split == "all" or split_of(path.stem, seed) == split:
            yield read(path)
