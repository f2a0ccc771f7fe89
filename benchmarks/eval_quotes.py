"""Evaluate `quotes.unattributed` on one PolNeAR split.

    python benchmarks/eval_quotes.py CORPUS_DIR [--split dev-held|dev-tune|dev|train]
                                     [--seed 1] [--show N]
    python benchmarks/eval_quotes.py --copy ../shared/corpora/bbc ../shared/corpora/fnc1

`--copy DIR...` counts the rule's findings on unlabelled real copy instead
(BBC, Reuters-21578, FNC-1 train bodies: `corpora.articles`); nothing there
is labelled, so read the findings (`--show N` prints N of them, first by
name) to judge them, and say which corpora you read while tuning.

CORPUS_DIR is the PolNeAR folder (with `train/` and `dev/`, each holding
`text/*.txt` and `attributions/*.ann`). The public test split is never read.
Dev is halved by whole text with `--seed` (default 1, fixed before anything
was read): `dev-tune` may be read and tuned on like `train`; `dev-held` (the
default) is only counted. `dev` is both halves. The first line printed names
the split, the seed and the halves' sizes. A direct quote is an annotated `Content` span that opens with a
quote mark and has at least as many words as the rule's `min_words`; it is
attributed when its attribution event has a `Source`. One annotator's file
is used per text (the first by name).

Reports
  false alarms: the share of attributed direct quotes that the rule flags
                (a finding that starts inside the quote's span);
  recall:       each paragraph holding exactly one attributed direct quote is
                replaced by the bare quote (its Content text alone), and the
                share of those stripped quotes the rule flags. Two kinds of
                paragraph are left out, since stripping them leaves a quote
                that is still attributed: one whose previous paragraph
                (embedded posts skipped) holds attributed quoted words (a
                direct or a partial quote), so the bare quote continues that
                speaker's by the news convention; and one whose annotated
                Source lies outside it (`- Sanders.` on the next line), so the
                strip removes no attribution. `--all-strips` keeps both (the
                protocol before the convention was the default), so old and
                new numbers can be compared.
Each rate comes with a 95% interval from a text-level (cluster) bootstrap,
since quotes of one text are not independent, and the number of texts that
hold the false alarms. Rule crashes and timeouts are counted and printed:
the engine reports them as problems, not findings, so they would otherwise
pass for misses.
`--show N` prints N false alarms and N misses to look at (local use only;
look at train or dev-tune, never at dev-held).
"""
from __future__ import annotations

import argparse
import random
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpora import articles  # noqa: E402
from lint.analysis.speech_cues import WORD  # noqa: E402
from lint.config import Config  # noqa: E402
from lint.engine import lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402
from lint.ruleset import builtin_rules_dir, load_rule  # noqa: E402

RULE = "quotes.unattributed"
OPENING = ("\u201c", '"', "\u2018")
QUOTED = ("\u201c", '"')    # a partial quote inside a content span


@dataclass
class DirectQuote:
    spans: list[tuple[int, int]]
    attributed: bool
    direct: bool = True     # the Content opens with a quote mark (else it only holds one)
    source: list[tuple[int, int]] = field(default_factory=list)   # who said it, if annotated

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


def parse_ann(path: Path, text: str) -> list[DirectQuote]:
    """Content spans of the attribution events that hold a double quote mark;
    `direct` when the span opens with a quote mark."""
    spans: dict[str, list[tuple[int, int]]] = {}
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, offsets = cols[1].partition(" ")
            try:
                spans[cols[0]] = [tuple(map(int, s.split())) for s in offsets.split(";")]
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            events.append(dict(arg.split(":", 1) for arg in cols[1].split() if ":" in arg))
    out = []
    for ev in events:
        content = ev.get("Content")
        if content not in spans:
            continue
        sp = sorted(spans[content])
        source = spans.get(ev.get("Source"), [])
        if text[sp[0][0]:sp[0][0] + 1] in OPENING:
            out.append(DirectQuote(sp, "Source" in ev, source=source))
        elif any(m in text[a:b] for a, b in sp for m in QUOTED):
            out.append(DirectQuote(sp, "Source" in ev, direct=False, source=source))
    return out


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each blank-line separated block after the headline."""
    out, pos = [], 0
    for block in text.split("\n\n"):
        start, end = pos, pos + len(block)
        pos = end + 2
        if block.strip():
            out.append((start, end))
    return out[1:]


def is_embed(block: str) -> bool:
    """An embedded post: PolNeAR keeps tweets as `<tweet …>…</tweet>` blocks."""
    return block.lstrip().startswith("<tweet")


def continues(text: str, paras: list[tuple[int, int]], k: int,
              quotes: list[DirectQuote]) -> bool:
    """The paragraph before paras[k] (embedded posts skipped) holds attributed
    quoted words (a direct or partial quote, any length): by the continuation
    convention a bare quote opening paras[k] is that speaker's."""
    for a, b in reversed(paras[:k]):
        if is_embed(text[a:b]):
            continue
        return any(q.attributed and any(s < b and a < e for s, e in q.spans) for q in quotes)
    return False


def flagged(text: str, name: str, rules, config, crashes: list[str]) -> list[int]:
    """Offsets of the rule's findings. A crashing or timed-out rule is added to
    `crashes`: the engine makes it a problem, which would otherwise read as a
    miss or as no false alarm."""
    doc = read_bytes(name, text.encode("utf-8"))
    result = lint_document(doc, rules, config)
    crashes.extend(p.text for p in result.problems
                   if "internal error" in p.text or "timed out" in p.text)
    return [d.offset for d in result.diagnostics if d.rule == RULE]


def corpus(root: Path, splits):
    for split in splits:
        seen = set()
        for ann in sorted((root / split / "attributions").glob("*.ann")):
            stem = ann.stem.rsplit("_", 1)[0]
            txt = root / split / "text" / f"{stem}.txt"
            if stem in seen or not txt.exists():
                continue
            seen.add(stem)
            yield txt, ann


def copy_findings(folders: list[str], show: int, rules, config) -> int:
    """Findings per corpus of unlabelled real copy; prints N of them."""
    for folder in map(Path, folders):
        if not folder.is_dir():
            print(f"skipped: {folder} not found")
            continue
        count = found = 0
        shown, crashes = [], []
        for name, data in articles(folder):
            count += 1
            for offset in flagged(data.decode("utf-8", "replace"), name, rules, config,
                                  crashes):
                found += 1
                if len(shown) < show:
                    shown.append((name, offset))
        print(f"{folder.name} (unlabelled copy, every article): {found} findings in {count} "
              f"articles = {100 * found / max(count, 1):.2f} per 100; rule crashes or timeouts: "
              f"{len(crashes)}")
        for name, offset in shown:
            print(f"finding: {name}@{offset}")
    return 0


@dataclass
class TextScore:
    """One text's counts; the unit the bootstrap resamples."""
    name: str
    attributed: int = 0
    alarms: int = 0
    stripped: int = 0
    caught: int = 0
    by_convention: int = 0
    elsewhere: int = 0
    crashes: list[str] = field(default_factory=list)
    false_alarms: list[tuple[int, str]] = field(default_factory=list)
    misses: list[tuple[int, str]] = field(default_factory=list)


def dev_halves(root: Path, seed: int) -> dict[str, str]:
    """Text stem -> "dev-tune" or "dev-held": a seeded shuffle of dev's sorted
    stems, cut in half (the odd text goes to dev-held), so one seed always
    gives one split and no text is in both halves."""
    stems = sorted({txt.stem for txt, _ in corpus(root, ("dev",))})
    random.Random(seed).shuffle(stems)
    cut = len(stems) // 2
    return {s: ("dev-tune" if k < cut else "dev-held") for k, s in enumerate(stems)}


def score_text(txt: Path, ann: Path, rules, config, least: int, all_strips: bool) -> TextScore:
    """False alarms on the text's attributed direct quotes, and recall on its
    paragraphs stripped down to the bare quote (see the module docstring)."""
    text = txt.read_bytes().decode("utf-8")
    sc = TextScore(txt.name)
    every = parse_ann(ann, text)
    quotes = [q for q in every if q.direct and len(WORD.findall(text[q.start:q.end])) >= least]
    hits = flagged(text, txt.name, rules, config, sc.crashes)
    for q in quotes:
        if q.attributed:
            sc.attributed += 1
            if any(q.start <= h < q.end for h in hits):
                sc.alarms += 1
                sc.false_alarms.append((q.start, text[q.start:q.end]))
    paras = paragraphs(text)
    for k, (p_start, p_end) in enumerate(paras):
        inside = [q for q in quotes if p_start <= q.start and q.end <= p_end]
        if len(inside) != 1 or not inside[0].attributed:
            continue
        if not all_strips and not all(p_start <= a and b <= p_end for a, b in inside[0].source):
            sc.elsewhere += 1    # the speaker is named in another paragraph:
            continue             # a strip would not remove the attribution
        if not all_strips and continues(text, paras, k, every):
            sc.by_convention += 1
            continue
        bare = " ".join(text[a:b] for a, b in inside[0].spans)
        perturbed = text[:p_start] + bare + text[p_end:]
        sc.stripped += 1
        found = flagged(perturbed, txt.name, rules, config, sc.crashes)
        if any(p_start <= h < p_start + len(bare) for h in found):
            sc.caught += 1
        else:
            sc.misses.append((p_start, bare))
    return sc


def cluster_interval(scores: list[TextScore], num: str, den: str, seed: int,
                     rounds: int = 2000) -> tuple[float, float]:
    """95% percentile interval of sum(num)/sum(den) when whole texts are
    resampled with replacement (a cluster bootstrap: quotes of one text are
    not independent). Seeded, so a report can be repeated."""
    rng = random.Random(seed)
    pairs = [(getattr(s, num), getattr(s, den)) for s in scores]
    rates = []
    for _ in range(rounds):
        pick = [pairs[rng.randrange(len(pairs))] for _ in pairs]
        d = sum(b for _, b in pick)
        rates.append(sum(a for a, _ in pick) / d if d else 0.0)
    rates.sort()
    return rates[int(0.025 * rounds)], rates[int(0.975 * rounds) - 1]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--copy", nargs="+", metavar="DIR",
                    help="count findings on unlabelled real copy (BBC, Reuters, FNC-1 bodies)")
    ap.add_argument("--split", choices=("train", "dev", "dev-tune", "dev-held"), default="dev-held")
    ap.add_argument("--seed", type=int, default=1,
                    help="seed of the dev-tune/dev-held halves and of the bootstrap (default 1)")
    ap.add_argument("--all-strips", action="store_true",
                    help="also strip quotes that the continuation convention attributes")
    ap.add_argument("--show", type=int, default=0)
    args = ap.parse_args(argv)
    if args.copy:
        return copy_findings(args.copy, args.show,
                             [load_rule(RULE, builtin_rules_dir() / "quotes" / "unattributed.yaml")],
                             Config())
    if not args.corpus:
        ap.error("give the PolNeAR folder, or --copy DIR...")
    root = Path(args.corpus)
    if not (root / "train").is_dir():
        print(f"skipped: PolNeAR not found at {root}")
        return 0
    rules = [load_rule(RULE, builtin_rules_dir() / "quotes" / "unattributed.yaml")]
    least = rules[0].checker.opts["min_words"]
    config = Config()
    t0 = time.perf_counter()
    folder = "train" if args.split == "train" else "dev"
    halves = dev_halves(root, args.seed) if args.split.startswith("dev-") else {}
    scores = [score_text(txt, ann, rules, config, least, args.all_strips)
              for txt, ann in corpus(root, (folder,))
              if not halves or halves[txt.stem] == args.split]
    took = time.perf_counter() - t0
    report(args, scores, least, took, halves)
    return 0


def report(args, scores: list[TextScore], least: int, took: float, halves: dict) -> None:
    """Print the split, the rates with their text-level intervals, and how
    concentrated the false alarms are."""
    total = {k: sum(getattr(s, k) for s in scores)
             for k in ("attributed", "alarms", "stripped", "caught", "by_convention", "elsewhere")}
    fa = total["alarms"] / total["attributed"] if total["attributed"] else 0.0
    rec = total["caught"] / total["stripped"] if total["stripped"] else 0.0
    fa_lo, fa_hi = cluster_interval(scores, "alarms", "attributed", args.seed)
    rec_lo, rec_hi = cluster_interval(scores, "caught", "stripped", args.seed)
    protocol = "every strip" if args.all_strips else \
        f"left out: {total['by_convention']} attributed by continuation, {total['elsewhere']} " \
        "with the speaker named in another paragraph"
    if halves:
        print(f"split: {args.split} (seed {args.seed}; PolNeAR dev halved by whole text: "
              f"{sum(v == 'dev-tune' for v in halves.values())} dev-tune, "
              f"{sum(v == 'dev-held' for v in halves.values())} dev-held)")
    else:
        print(f"split: {args.split} (seed {args.seed} used for the bootstrap only)")
    print(f"PolNeAR split={args.split}: {len(scores)} texts, {total['attributed']} attributed direct "
          f"quotes (>= {least} words), {total['stripped']} stripped paragraphs ({protocol}), "
          f"{took:.0f}s")
    by_text = sorted(((s.alarms, s.name) for s in scores if s.alarms), reverse=True)
    print(f"false alarms: {total['alarms']}/{total['attributed']} = {fa:.1%} "
          f"(95% text-bootstrap {fa_lo:.1%}-{fa_hi:.1%}; target <= 2%), in {len(by_text)} of "
          f"{len(scores)} texts; per text: {[n for n, _ in by_text]}")
    if not by_text:     # resampling cannot move a zero: bound the share of texts instead
        print(f"  (no false alarm, so the bootstrap gives 0-0 by construction; by the rule of three, "
              f"at 95% up to {3 / max(len(scores), 1):.1%} of texts like these may hold some)")
    print(f"recall on stripped quotes: {total['caught']}/{total['stripped']} = {rec:.1%} "
          f"(95% text-bootstrap {rec_lo:.1%}-{rec_hi:.1%}; target >= 90%)")
    crashes = [c for s in scores for c in s.crashes]
    print(f"rule crashes or timeouts (counted as misses/non-alarms): {len(crashes)}")
    for c in crashes[:5]:
        print(f"  {c}")
    for title, key in (("false alarms", "false_alarms"), ("misses", "misses")):
        rows = [(s.name, off, q) for s in scores for off, q in getattr(s, key)]
        for name, offset, quote in rows[:args.show]:
            print(f"{title}: {name}@{offset}: {quote[:160]!r}")


if __name__ == "__main__":
    sys.exit(main())
