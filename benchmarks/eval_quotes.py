"""Evaluate `quotes.unattributed` on one PolNeAR split.

    python benchmarks/eval_quotes.py CORPUS_DIR [--split dev|train] [--show N]
    python benchmarks/eval_quotes.py --copy ../shared/corpora/bbc ../shared/corpora/fnc1

`--copy DIR...` counts the rule's findings on unlabelled real copy instead
(BBC, Reuters-21578, FNC-1 train bodies: `corpora.articles`); nothing there
is labelled, so read the findings (`--show N` prints N of them, first by
name) to judge them, and say which corpora you read while tuning.

CORPUS_DIR is the PolNeAR folder (with `train/` and `dev/`, each holding
`text/*.txt` and `attributions/*.ann`). The public test split is never read.
Tune on `train`; report on `dev` (the default). The first line printed names
the split. A direct quote is an annotated `Content` span that opens with a
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
`--show N` prints N false alarms and N misses to look at (local use only;
look at train, never tune on dev).
"""
from __future__ import annotations

import argparse
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


def flagged(text: str, name: str, rules, config) -> list[int]:
    doc = read_bytes(name, text.encode("utf-8"))
    return [d.offset for d in lint_document(doc, rules, config).diagnostics if d.rule == RULE]


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
        shown = []
        for name, data in articles(folder):
            count += 1
            for offset in flagged(data.decode("utf-8", "replace"), name, rules, config):
                found += 1
                if len(shown) < show:
                    shown.append((name, offset))
        print(f"{folder.name} (unlabelled copy, every article): {found} findings in {count} "
              f"articles = {100 * found / max(count, 1):.2f} per 100")
        for name, offset in shown:
            print(f"finding: {name}@{offset}")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--copy", nargs="+", metavar="DIR",
                    help="count findings on unlabelled real copy (BBC, Reuters, FNC-1 bodies)")
    ap.add_argument("--split", choices=("train", "dev"), default="dev")
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
    attributed = alarms = stripped = caught = texts = by_convention = elsewhere = 0
    false_alarms, misses = [], []
    for txt, ann in corpus(root, (args.split,)):
        text = txt.read_bytes().decode("utf-8")
        texts += 1
        every = parse_ann(ann, text)
        quotes = [q for q in every
                  if q.direct and len(WORD.findall(text[q.start:q.end])) >= least]
        hits = flagged(text, txt.name, rules, config)
        for q in quotes:
            if not q.attributed:
                continue
            attributed += 1
            if any(q.start <= h < q.end for h in hits):
                alarms += 1
                false_alarms.append((txt.name, q.start, text[q.start:q.end]))
        paras = paragraphs(text)
        for k, (p_start, p_end) in enumerate(paras):
            inside = [q for q in quotes if p_start <= q.start and q.end <= p_end]
            if len(inside) != 1 or not inside[0].attributed:
                continue
            if not args.all_strips and not all(p_start <= a and b <= p_end
                                               for a, b in inside[0].source):
                elsewhere += 1    # the speaker is named in another paragraph:
                continue          # a strip would not remove the attribution
            if not args.all_strips and continues(text, paras, k, every):
                by_convention += 1
                continue
            q = inside[0]
            bare = " ".join(text[a:b] for a, b in q.spans)
            perturbed = text[:p_start] + bare + text[p_end:]
            stripped += 1
            if any(p_start <= h < p_start + len(bare) for h in flagged(perturbed, txt.name,
                                                                        rules, config)):
                caught += 1
            else:
                misses.append((txt.name, p_start, bare))
    took = time.perf_counter() - t0
    fa = alarms / attributed if attributed else 0.0
    rec = caught / stripped if stripped else 0.0
    protocol = "every strip" if args.all_strips else \
        f"left out: {by_convention} attributed by continuation, {elsewhere} " \
        "with the speaker named in another paragraph"
    print(f"PolNeAR split={args.split}: {texts} texts, {attributed} attributed direct quotes "
          f"(>= {least} words), {stripped} stripped paragraphs ({protocol}), {took:.0f}s")
    texts_hit = len({name for name, _, _ in false_alarms})
    print(f"false alarms: {alarms}/{attributed} = {fa:.1%} in {texts_hit} texts (target <= 2%)")
    print(f"recall on stripped quotes: {caught}/{stripped} = {rec:.1%} (target >= 90%)")
    for title, rows in (("false alarms", false_alarms), ("misses", misses)):
        for name, offset, quote in rows[:args.show]:
            print(f"{title}: {name}@{offset}: {quote[:160]!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
