"""Measure newslint on editorial repositories kept for a static-site generator.

    python benchmarks/eval_repos.py ../shared/mdrepos/digitalgov ../shared/mdrepos/18f \
        ../shared/mdrepos/the-stack --split dev
    python benchmarks/eval_repos.py ../shared/mdrepos/* --split test --show 10

Each argument is a folder of Markdown articles (Hugo, Jekyll or Eleventy);
absent folders are skipped with one line. Articles are split by a hash of
their path under the folder (`--seed` changes the split): tune on `dev`,
report on `test`. Prints, per repository and in total:

- findings, and the share on lines that hold template syntax (Hugo
  shortcodes, Liquid/Nunjucks tags and outputs, kramdown attribute lists);
- articles that fail the default CI gate (an error), and those that fail
  only through errors on template lines;
- template spans that `--fix` would change (should be 0);
- captions and credits read, against the articles whose shortcode/include
  parameters or front matter carry one;
- articles with no publication date, and the share of posts dated only by
  their file name (`YYYY-MM-DD-slug.md`, no date key) that get one;
- articles per second (read + lint, one core; the machine is shared, so
  timings are noisy).

Template syntax is found here by its own small patterns (not the reader's),
so the measure does not grade the code with itself.
"""
from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import regex
import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import lint_bytes  # noqa: E402
from lint.fixes import fix_bytes  # noqa: E402

SUFFIXES = {".md", ".markdown", ".mdx"}
# Template syntax as the generators define it, independently of lint/readers.
TEMPLATE = regex.compile(
    r"""\{\{<.{0,4000}?>\}\}|\{\{%.{0,4000}?%\}\}       # Hugo shortcodes
      | \{%-?\s*raw\s*-?%\}.{0,20000}?\{%-?\s*endraw\s*-?%\}   # Liquid raw blocks
      | \{%.{0,4000}?%\}|\{\{.{0,4000}?\}\}          # Liquid/Nunjucks tags and outputs
      | ^[ \t]*\{:[^}\n]*\}[ \t]*$                   # kramdown attribute lists
    """, regex.DOTALL | regex.VERBOSE | regex.MULTILINE)
PARAM = regex.compile(r"""\b(caption|credit|attr|alt|title)\s*[=:]\s*(?:"([^"]*)"|'([^']*)')""")
FILE_DATE = regex.compile(r"^\d{4}-\d{1,2}-\d{1,2}-")
DATE_KEYS = ("date", "published", "publishDate", "pubDate")
FRONT = regex.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*$", regex.DOTALL | regex.MULTILINE)


def split_of(rel: str, seed: int) -> str:
    digest = hashlib.sha1(f"{seed}:{rel}".encode()).digest()
    return "dev" if digest[0] % 2 == 0 else "test"


def articles(folder: Path, split: str, seed: int):
    for path in sorted(folder.rglob("*")):
        if path.suffix.lower() in SUFFIXES and path.is_file():
            rel = str(path.relative_to(folder))
            if split == "all" or split_of(rel, seed) == split:
                yield path, path.read_bytes()


def template_spans(source: str) -> list[tuple[int, int]]:
    return [m.span() for m in TEMPLATE.finditer(source, timeout=5)]


def template_lines(source: str, spans) -> set[int]:
    lines = set()
    for s, e in spans:
        first = source.count("\n", 0, s) + 1
        lines.update(range(first, first + source.count("\n", s, e) + 1))
    return lines


def front_keys(source: str) -> tuple[dict, list[tuple[str, object]]]:
    """The YAML front matter and its (dotted key, scalar) leaves; TOML is rare here."""
    m = FRONT.match(source)
    try:
        data = yaml.safe_load(m[1]) if m else None
    except yaml.YAMLError:
        data = None
    leaves: list[tuple[str, object]] = []

    def walk(node, key):
        if isinstance(node, dict):
            for k, v in node.items():
                walk(v, f"{key}.{k}" if key else str(k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, f"{key}.{i}")
        else:
            leaves.append((key, node))
    walk(data, "")
    return (data if isinstance(data, dict) else {}), leaves


class Tally:
    def __init__(self):
        self.n = 0
        self.counts = Counter()
        self.rules = Counter()
        self.seconds = 0.0

    def merge(self, other: "Tally") -> None:
        self.n += other.n
        self.counts.update(other.counts)
        self.rules.update(other.rules)
        self.seconds += other.seconds

    def report(self, name: str) -> None:
        c, n = self.counts, max(self.n, 1)
        pct = lambda a, b: f"{a * 100 / b:.1f}%" if b else "n/a"  # noqa: E731
        print(f"{name}: {self.n} articles, {c['findings']} findings "
              f"({c['errors']} errors), {self.n / max(self.seconds, 1e-9):.0f} articles/s")
        print(f"  findings on template lines: {c['on_template']} "
              f"({pct(c['on_template'], c['findings'])}); outside caption/credit/alt/title "
              f"parameter values: {c['on_markup']} ({pct(c['on_markup'], c['findings'])}); "
              f"errors there {c['errors_on_template']} ({pct(c['errors_on_template'], c['errors'])}); "
              f"inside template syntax itself: {c['in_markup']}")
        print(f"  articles failing CI: {c['fail']} ({pct(c['fail'], n)}); only through errors on "
              f"template lines: {c['fail_markup_only']}; only through errors inside template "
              f"syntax: {c['fail_inside_only']}")
        print(f"  template spans --fix would change: {c['spans_changed']} of {c['spans']} "
              f"(in {c['articles_spans_changed']} articles)")
        print(f"  credits read: {c['credit_read']} of {c['credit_present']} articles carrying one "
              f"({pct(c['credit_read'], c['credit_present'])}); captions read: "
              f"{c['caption_read']} of {c['caption_present']} "
              f"({pct(c['caption_read'], c['caption_present'])}); caption parts {c['captions']}, "
              f"credit parts {c['credits']}")
        print(f"  no publication date: {c['undated']} ({pct(c['undated'], n)}); dated only by "
              f"file name: {c['file_dated_ok']} of {c['file_dated']} get a date "
              f"({pct(c['file_dated_ok'], c['file_dated'])})")
        top = ", ".join(f"{r} {k}" for r, k in self.rules.most_common(12))
        print(f"  by rule: {top or 'none'}")


def evaluate(folder: Path, args, samples: dict) -> Tally:
    config = Config()
    tally = Tally()
    c = tally.counts
    for path, data in articles(folder, args.split, args.seed):
        tally.n += 1
        t = time.perf_counter()
        result = lint_bytes(str(path), data, config)
        tally.seconds += time.perf_counter() - t
        doc = result.document
        source = doc.source if doc is not None else data.decode("utf-8", "replace")
        spans = template_spans(source)
        lines = template_lines(source, spans)
        errors = [d for d in result.diagnostics if d.level == "error"]
        c["findings"] += len(result.diagnostics)
        c["errors"] += len(errors)
        values = [m.span(2) if m.start(2) != -1 else m.span(3)
                  for s, e in spans for m in PARAM.finditer(source, s, e)]

        def markup(d) -> bool:
            """On a template line, and not inside a caption/credit/alt/title value."""
            return d.line in lines and not any(a <= d.offset <= b for a, b in values)
        on_markup = [d for d in result.diagnostics if markup(d)]

        def inside(d) -> bool:
            """Inside template syntax itself (not a caption/credit/alt/title value)."""
            return any(a <= d.offset < b for a, b in spans) and \
                not any(a <= d.offset <= b for a, b in values)
        c["in_markup"] += sum(inside(d) for d in result.diagnostics)
        c["on_template"] += sum(d.line in lines for d in result.diagnostics)
        c["on_markup"] += len(on_markup)
        c["errors_on_template"] += sum(markup(d) for d in errors)
        if errors:
            c["fail"] += 1
            c["fail_markup_only"] += all(markup(d) for d in errors)
            c["fail_inside_only"] += all(inside(d) for d in errors)
        for d in on_markup:
            line = source.splitlines()[d.line - 1] if d.line <= source.count("\n") + 1 else ""
            samples["(on template lines)"].append((str(path), d, line))
        tally.rules.update(d.rule for d in result.diagnostics)
        src_lines = source.splitlines()
        for d in result.diagnostics:
            line = src_lines[d.line - 1] if 0 < d.line <= len(src_lines) else ""
            samples[d.rule].append((str(path), d, line))
        # --fix: every template span must come out byte for byte.
        c["spans"] += len(spans)
        if any(d.fix for d in result.diagnostics):
            fixed = fix_bytes(str(path), data, config).fixed or source
            lost = Counter(source[s:e] for s, e in spans)
            lost.subtract(Counter(fixed[s:e] for s, e in template_spans(fixed)))
            changed = sum(v for v in lost.values() if v > 0)
            c["spans_changed"] += changed
            c["articles_spans_changed"] += bool(changed)
        # Captions and credits carried by template parameters or front matter.
        fm, leaves = front_keys(source)
        params = [(m[1], m[2] if m[2] is not None else m[3])
                  for s, e in spans for m in PARAM.finditer(source, s, e)]
        has_credit = any(k == "credit" for k, _ in params) or any(
            "credit" in key.rsplit(".", 1)[-1].lower() for key, _ in leaves)
        has_caption = any(k in ("caption", "attr") and v.strip() for k, v in params) or any(
            "caption" in key.rsplit(".", 1)[-1].lower() and isinstance(v, str) and v.strip()
            for key, v in leaves)
        parts = doc.parts if doc is not None else []
        n_caption = sum(p.kind == "caption" for p in parts)
        n_credit = sum(p.kind == "credit" for p in parts)
        c["captions"] += n_caption
        c["credits"] += n_credit
        if has_credit:
            c["credit_present"] += 1
            c["credit_read"] += n_credit > 0
        if has_caption:
            c["caption_present"] += 1
            c["caption_read"] += n_caption > 0
        # Publication dates.
        undated = doc is None or doc.published is None
        c["undated"] += undated
        if FILE_DATE.match(path.name) and not any(k in fm for k in DATE_KEYS):
            c["file_dated"] += 1
            c["file_dated_ok"] += not undated
    return tally


def show(samples: dict, per_rule: int, seed: int, min_count: int) -> None:
    rng = random.Random(seed)
    for rule, found in sorted(samples.items(), key=lambda kv: -len(kv[1])):
        if len(found) < min_count:
            continue
        print(f"\n== {rule}: {len(found)} findings, {min(per_rule, len(found))} shown")
        for path, d, line in rng.sample(found, min(per_rule, len(found))):
            print(f"  {path}:{d.line}:{d.column}: {d.message[:160]}")
            lo = max(0, d.column - 80)
            print(f"      {line[lo:d.column + 80]!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("repos", nargs="+", help="repository folders of Markdown articles")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev",
                    help="half of the articles by path hash (default: dev; tune only on dev)")
    ap.add_argument("--seed", type=int, default=0, help="changes the split (default 0)")
    ap.add_argument("--show", type=int, default=0, metavar="N",
                    help="print N random findings of each frequent rule, to read by hand")
    ap.add_argument("--min-count", type=int, default=5,
                    help="a rule is frequent with at least this many findings (default 5)")
    args = ap.parse_args()
    print(f"split: {args.split} (seed {args.seed})")
    total = Tally()
    samples: dict = defaultdict(list)
    for repo in args.repos:
        folder = Path(repo)
        if not folder.is_dir():
            print(f"skipped: {repo} not found")
            continue
        tally = evaluate(folder, args, samples)
        tally.report(folder.name)
        total.merge(tally)
    if total.n:
        total.report("total")
    if args.show:
        show(samples, args.show, args.seed, args.min_count)


if __name__ == "__main__":
    main()
