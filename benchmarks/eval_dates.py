"""Evaluate the `dates` pack on real news corpora.

    python benchmarks/eval_dates.py ../shared/corpora/reuters21578 ../shared/corpora/polnear
    python benchmarks/eval_dates.py ../shared/corpora/reuters21578 --sample 30
    python benchmarks/eval_dates.py ../shared/corpora/timebank --split held-out --seed 1

Every corpus is split by document with `--seed` (`timebank.split_of`: 60%
`dev` for tuning, 40% `held-out` for reporting); `--split` picks the part
reported, and the first line printed names it.

Tense shift (`tense_shift.py`): TimeBank's own tense labels
(`timebank.py`) and the hand labels of `benchmarks/labels/dates-tense.tsv`
(PolNeAR train and Reuters mentions, offsets only): with the publication date
moved to the day before a past mention, does `after-publication` fire, and
to the day after a future one, `future-tense-past-date`?

One label mapping makes the two sources agree (`period_end_label`): a
period's end ("the quarter ended Sept. 30", "fiscal 1986 ended March 26,
1986") is labelled as TimeBank labels it, from the tense of its verb: `ended`
is past (the EVENT `ended` is a tensed past, and the hand labels' own
definition of past is "told as done"), `ending`/`ends` is other (a
participle or a present). The hand labels had read every period's end as a
name (`other`); the count of labels so mapped is printed.

Reuters-21578 (`<DATE>` is the publication date, the article is built in
memory from TITLE, DATELINE and BODY) and PolNeAR (`metadata.tsv`
`publication_date`): `dates.*` findings per 100 articles by rule and level;
`--sample N` prints N findings with their context to judge by eye.
TimeBank: how often the resolution of weekday, month and relative mentions
agrees with the gold TIMEX3 `value`, given the DCT.
Folders that are absent are skipped with one line.
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import sys
import time
from collections import Counter
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.analysis.dates import DATE, MONTH, RELATIVE, WEEKDAY, find_mentions  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import lint_document, rules_for  # noqa: E402
from lint.readers import read_bytes  # noqa: E402
from corpora import polnear, reuters  # noqa: E402
from tense_shift import Case, measure, report  # noqa: E402
from timebank import documents as timebank_documents, split_of  # noqa: E402

LABELS = Path(__file__).resolve().parent / "labels" / "dates-tense.tsv"
MONTH_DAY = regex.compile(r"(?P<mo>[A-Z][a-z]+)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d))?"
                          r"(?:,?\s+(?:of\s+)?(?P<year>\d{4}))?")

# A period named by its end: "the year ended", "fourth-quarter ended", "six
# months ended", "fiscal 1986 ended", "Qtr ended", "this fiscal year, which ends".
PERIOD_END = regex.compile(
    r"(?i)\b(?:years?|yr|quarters?|qtr|halfs?|halves|months|weeks|periods?|seasons?|terms?"
    r"|fiscal\s+\d{4}(?:/\d{2,4})?)[\s,]+(?:which\s+)?(?P<verb>ended|ending|ends)\s+(?:on\s+)?$")

TAG = regex.compile(r"<(/?)(\w+)([^>]*)>")
ATTR = regex.compile(r'(\w+)="([^"]*)"')


def lint_corpus(name: str, articles, rules, sample: int, rng: random.Random) -> None:
    counts: Counter = Counter()
    found = []
    n = 0
    t0 = time.perf_counter()
    for path, text, published in articles:
        n += 1
        doc = read_bytes(path + ".txt", text.encode("utf-8"))
        result = lint_document(doc, rules, Config(published=published))
        for d in result.diagnostics:
            if d.rule.startswith("dates."):
                counts[(d.rule, d.level)] += 1
                found.append((path, published, doc.source, d))
    took = time.perf_counter() - t0
    print(f"\n== {name}: {n} articles, {took:.1f}s ({n / took:.0f}/s)")
    by_level = Counter()
    for (rule, level), c in sorted(counts.items()):
        by_level[level] += c
        print(f"  {rule:32} {level:10} {c:6}  {100 * c / n:6.2f} per 100")
    for level in ("error", "warning", "suggestion"):
        print(f"  {'all dates.*':32} {level:10} {by_level[level]:6}  "
              f"{100 * by_level[level] / max(n, 1):6.2f} per 100")
    for path, published, source, d in rng.sample(found, min(sample, len(found))):
        a, b = max(0, d.offset - 160), min(len(source), d.end_offset + 120)
        context = " ".join(source[a:b].split())
        print(f"\n  [{d.level}] {d.rule} {path} (published {published}) {d.line}:{d.column}\n"
              f"    {d.message}\n    ... {context} ...")


def timebank_doc(path: Path):
    """(text, dct, gold) with gold = [(start, end, value, surface)] into the plain text."""
    raw = path.read_text(encoding="utf-8")
    dct = dt.date.fromisoformat(regex.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', raw, regex.S)[1])
    body = raw[raw.index("<TEXT>") + 6: raw.index("</TEXT>")]
    out, gold, pos, open_timex = [], [], 0, None
    length = 0
    for m in TAG.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        out.append(piece)
        length += len(piece)
        pos = m.end()
        if m[2] == "TIMEX3":
            if not m[1]:
                open_timex = (length, dict(ATTR.findall(m[3])))
            elif open_timex:
                start, attrs = open_timex
                gold.append((start, length, attrs.get("value", "")))
                open_timex = None
    out.append(html.unescape(body[pos:]))
    text = "".join(out)
    return text, dct, [(s, e, v, text[s:e]) for s, e, v in gold]


GOLD_WORDS = regex.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                           r"February|March|April|May|June|July|August|September|October|"
                           r"November|December|yesterday|today|tomorrow)\b", regex.I)


def mention_value(m) -> str | None:
    if m.first is None:
        return None
    if m.kind == MONTH:
        return f"{m.first:%Y-%m}"
    if m.kind == RELATIVE and m.first != m.last:
        span = (m.last - m.first).days
        if span == 6:
            return f"{m.first.isocalendar()[0]}-W{m.first.isocalendar()[1]:02d}"
        return f"{m.first:%Y-%m}" if span < 31 else f"{m.first:%Y}"
    return m.first.isoformat()


def timebank(folder: Path, split: str, seed: int) -> None:
    agree, total, missed = Counter(), Counter(), Counter()
    wrong, generic = [], 0
    shifted_agree = shifted_total = 0
    paths = [p for p in sorted(folder.glob("*.tml")) if split == "all" or split_of(p.stem, seed) == split]
    for path in paths:
        text, dct, gold = timebank_doc(path)
        mine = find_mentions(text, dct)
        for s, e, value, surface in gold:
            hit = next((m for m in mine if m.start < e and s < m.end), None)
            if hit is None:
                if GOLD_WORDS.search(surface):
                    missed[surface.lower()] += 1
                continue
            if hit.kind not in (WEEKDAY, MONTH, RELATIVE) and not (hit.kind == DATE and not hit.year_written):
                continue
            if "X" in value or not value[:1].isdigit():
                generic += 1              # "Monday nights", "each Thursday": no one day
                continue
            kind = hit.kind if hit.kind != DATE else "date without year"
            total[kind] += 1
            got = mention_value(hit)
            if got is not None and (value == got or value.startswith(got + "T")):
                agree[kind] += 1
                shifted_agree += hit.kind in (DATE, MONTH)
            else:
                wrong.append((path.name, surface, value, got, hit.tense.tense))
                if hit.kind in (DATE, MONTH) and got is not None and hit.first > dct:
                    # what the after-publication warning asks: the year before
                    earlier = f"{hit.first.year - 1}{got[4:]}"
                    shifted_agree += value == earlier or value.startswith(earlier + "T")
            shifted_total += hit.kind in (DATE, MONTH)
    print(f"\n== TimeBank date resolution: {len(paths)} documents")
    for kind in sorted(total):
        print(f"  {kind:18} {agree[kind]:4}/{total[kind]:4} agree "
              f"({100 * agree[kind] / total[kind]:.1f}%)")
    t, a = sum(total.values()), sum(agree.values())
    print(f"  {'all':18} {a:4}/{t:4} agree ({100 * a / max(t, 1):.1f}%)")
    print(f"  months and dates without a year, reading one after the DCT as the year before: "
          f"{shifted_agree}/{shifted_total} ({100 * shifted_agree / max(shifted_total, 1):.1f}%)")
    print(f"  gold values with no single date (generic, 'XXXX'), not scored: {generic}")
    print(f"  gold TIMEX3 naming a weekday, month or relative day that no mention covers: {sum(missed.values())} {dict(missed.most_common(6))}")
    for name, surface, value, got, tense in wrong[:25]:
        print(f"    {name}: {surface!r} gold {value} mine {got} (tense {tense})")


def period_end_label(text: str, start: int, label: str) -> str:
    """The label of the mention at text[start:] when it ends a named period,
    as TimeBank labels it from its verb's tense: `ended` past, `ending` and
    `ends` other; any other mention keeps `label`."""
    m = PERIOD_END.search(text, max(0, start - 60), start)
    if m is None or label == "future":
        return label
    return "past" if m["verb"].lower() == "ended" else "other"


def _case(text: str, start: int, end: int, year: int, label: str) -> Case | None:
    """The labelled mention text[start:end] as a Case: month, day and a
    written year read from the text, else the publication year."""
    from lint.analysis.calendar import MONTHS
    m = MONTH_DAY.match(text, start)
    month = MONTHS.get(m["mo"].lower()) if m else None
    if month is None:
        return None
    year = int(m["year"]) if m["year"] and m.end("year") <= end + 14 else year
    first = dt.date(year, month, int(m["day"]) if m["day"] and m.end("day") <= end + 3 else 1)
    last = first if m["day"] and m.end("day") <= end + 3 else (
        dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1))
    return Case(start, end, first, last, label, bool(m["year"]) and m.end("year") <= end + 14)


def tense_shift(timebank_dir: Path | None, corpora: dict[str, Path], split: str, seed: int, rules,
                show: int) -> None:
    """The tense-shift measure on TimeBank's labels and on the hand labels."""
    print("\n== tense shift (publication date moved next to each labelled mention)")
    seen, total = [], Counter()
    if timebank_dir is not None:
        tb = list(timebank_documents(timebank_dir, split, seed))
        for relation, how in (("anchored", "an event at the date"),
                              ("ordered", "a past event after the date, a future one before it")):
            docs = [(f"{d.name}.txt", f"{d.name}\n\n" + d.text, None,
                     [Case(m.start + len(d.name) + 2, m.end + len(d.name) + 2, m.first, m.last, m.label,
                           m.dated)
                      for m in d.mentions if m.relation == relation])
                    for d in tb]
            counts, found = measure(docs, rules)
            report(f"TimeBank ({len(tb)} documents; EVENT tense via TLINK: {how})", counts)
            seen, total = seen + found, total + counts
    wanted: dict[tuple[str, str], list[tuple[int, int, str]]] = {}
    if LABELS.exists():
        for line in LABELS.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith("#"):
                corpus, name, start, end, label = line.split("\t")
                if split == "all" or split_of(name, seed) == split:
                    wanted.setdefault((corpus, name), []).append((int(start), int(end), label))
    for corpus, folder in corpora.items():
        texts = reuters(folder) if corpus == "reuters" else polnear(folder)
        docs, mapped = [], Counter()
        for name, text, published in texts:
            marks = wanted.get((corpus, name))
            if marks:
                cases = []
                for s, e, lab in marks:
                    read = period_end_label(text, s, lab)
                    mapped[lab, read] += read != lab
                    if c := _case(text, s, e, published.year, read):
                        cases.append(c)
                docs.append((name + ".txt", text, published, cases))
        counts, found = measure(docs, rules)
        report(f"{corpus}, hand-labelled ({len(docs)} documents)", counts)
        print(f"    hand labels of a period's end read as TimeBank reads them: "
              f"{', '.join(f'{a} -> {b}: {n}' for (a, b), n in sorted(mapped.items()) if n) or 'none'}")
        seen, total = seen + found, total + counts
    report("all labelled mentions", total)
    for path, source, case, key, published in seen[:show]:
        a, b = max(0, case.start - 140), min(len(source), case.end + 80)
        context = " ".join((source[a:case.start] + "[[" + source[case.start:case.end] + "]]"
                            + source[case.end:b]).split())
        print(f"  {'missed' if key in ('past', 'future mirror') else 'false alarm'} ({key}, "
              f"published {published}) {path}: ... {context} ...\n    read as: {_read_as(source, case, published)}")


def _read_as(source: str, case: Case, published: dt.date) -> str:
    """How the analysis reads the labelled mention: its kind, tense and cue,
    and the flags the checks skip on (no mention there: `no mention`)."""
    for m in find_mentions(source, published):
        if m.start < case.end and case.start < m.end:
            t = m.tense
            flags = [f for f, on in (("attributive", m.attributive), ("label", m.label),
                                     ("range end", m.lead is not None), ("year", m.year_written)) if on]
            return (f"{m.kind} {m.first}..{m.last}, tense {t.tense}"
                    f"{' (planned)' if t.planned else ''}, cue {t.marker!r}"
                    f"{' after' if t.ahead else f' {t.distance} words before'}"
                    + (f", {', '.join(flags)}" if flags else ""))
    return "no mention"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", help="corpus folders (reuters21578, polnear, timebank)")
    ap.add_argument("--sample", type=int, default=0, help="print N findings with context")
    ap.add_argument("--seed", type=int, default=1, help="seed of the split by document (default 1)")
    ap.add_argument("--split", choices=("dev", "held-out", "all"), default="dev",
                    help="which part to report: dev (tune here), held-out (report here) or all")
    ap.add_argument("--show", type=int, default=0, help="print N tense-shift misses and false alarms")
    args = ap.parse_args(argv)
    print(f"split: {args.split} (seed {args.seed}; documents split 60% dev / 40% held-out)")
    rules = [r for r in rules_for(Config()) if r.pack == "dates"]
    rng = random.Random(args.seed)
    timebank_dir, labelled = None, {}

    def mine(name):
        return split_of(name, args.seed) == args.split or args.split == "all"
    for corpus in map(Path, args.corpora):
        if not corpus.is_dir():
            print(f"skipped: {corpus} not found")
        elif list(corpus.glob("reut2-*.sgm")):
            labelled["reuters"] = corpus
            lint_corpus("Reuters-21578", (a for a in reuters(corpus) if mine(a[0])), rules, args.sample, rng)
        elif (corpus / "metadata.tsv").exists():
            labelled["polnear"] = corpus
            train = (a for a in polnear(corpus) if (corpus / "train" / "text" / a[0]).exists())
            lint_corpus("PolNeAR train", (a for a in train if mine(a[0])), rules, args.sample, rng)
        elif list(corpus.glob("*.tml")):
            timebank_dir = corpus
            timebank(corpus, args.split, args.seed)
        else:
            print(f"skipped: {corpus} is not a Reuters, PolNeAR or TimeBank folder")
    if timebank_dir is not None or labelled:
        tense_shift(timebank_dir, labelled, args.split, args.seed, rules, args.show)
    return 0


if __name__ == "__main__":
    sys.exit(main())
