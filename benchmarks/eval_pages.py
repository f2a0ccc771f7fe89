"""Evaluate how newslint reads real web pages: is the story what gets linted?

    python benchmarks/eval_pages.py ../shared/realhtml --split dev
    python benchmarks/eval_pages.py ../shared/realhtml --split test --seed 1 --sample 14
    python benchmarks/eval_pages.py PAGES... --root /tmp/old-checkout   # another version's code
    python benchmarks/eval_pages.py ../shared/realhtml --split dev --outside   # pictures judged outside
    python benchmarks/eval_pages.py ../shared/realhtml --split dev --misses    # why each paragraph is missed
    python benchmarks/eval_pages.py ../shared/realhtml --split dev --seed 1 --sample 1 --sample-seed 4

PAGES are folders laid out as `../shared/realhtml` (see its README): a
`newspaper4k/` folder (html/ plus expected/<name>.txt article bodies) and a
`trafilatura/` folder (html/ plus expected.json with strings the article must
contain, `with`, and must not, `without`). Pages are split by site (so two
pages of one site never straddle the split) with a seeded hash; tune on
`dev`, report `test`. The script prints the split it reports.

Reported, as in issue 10:
- body recall: share of expected body paragraphs found in linted prose
  (the parts of PROSE_KINDS, which the default rules lint)
  (a paragraph counts when 80% of its word trigrams are linted, one of one
  or two words when its words are linted in a row), and the pages under half.
  Paragraph boundaries are judged on neither side (`_pages_match`): the
  linted parts and the reference paragraphs are each one stream of words in
  page order, so a trigram may run from one part into the next (the
  reference prints a credit and its caption as one line; newslint reads two
  parts, and cuts a wire dateline off its paragraph). The count with each
  paragraph inside one part, as before, is printed beside it, and so is the
  body read by the reader: the same count with the text of embedded posts
  (`embed` parts, read but not linted by default) included;
- body precision: share of linted paragraph/blockquote characters that are
  article text (a part counts when half its trigrams are in the body);
- the share of findings in paragraphs and blockquotes that are outside the
  article, and of all findings in the page body's parts: text by its words,
  a picture's alt, caption and credit by where it sits (between the story's
  paragraphs, or its lead or closing picture; see `_pages_outside`), with
  the share of the picture findings alone, and as the position alone judged
  them before the tenth pass;
- body recall in a copy-desk counting, printed beside the first, as the
  third pass of issue 10 defined it: expected paragraphs that are the text
  of an embedded post (a tweet or Instagram post, found by its embed class
  in the page's own markup) are left out, since nobody edits another's post;
  and as the fourth pass defines it: link text is left
  out too (a paragraph at least half of whose words are one link's text in
  the page's markup: "Related article: ...", a share bar's "Facebook"; see
  `_pages_reference`; of other paragraphs only the words outside links of
  two or more words are judged); and as a fifth counting, a second number
  beside the first (whose definition it leaves alone): paragraphs the
  page's markup puts in an element named as furniture (a share bar, related
  links, a byline, pagination, an ad: `PageMarkup.furnished`) are left out
  too, since issue 10 (build 3) has the reader leave them unlinted;
  `--misses` lists every paragraph it leaves out;
- must-contain recall and must-not-contain leaks (trafilatura pages);
- headline agreement: the read headline matches (token F1 >= 0.6) one of the
  page's own title statements (og:title, twitter:title, JSON-LD headline,
  `<title>` without its site suffix);
- date agreement against the date in the page's URL (independent of the
  markup) and against htmldate's reading of the page, when installed;
- pages/s and peak RSS of `newslint check --jobs 1` over the split (a child
  process; timings on a shared 2-core machine are noisy).
"""
from __future__ import annotations

import argparse
import collections
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

from _pages_match import found, in_body, page_order, stream
from _pages_outside import PictureJudge, listing, picture_of
from _pages_reference import PageMarkup, tokens, trigrams
from _pages_truth import f1, htmldate_of, page_titles, pages, site, url_date, url_of

ROOT = Path(__file__).resolve().parent.parent
BODY_KINDS = ("paragraph", "blockquote")
# Parts whose text counts as linted for body recall and must-contain (a credit
# is checked too, and the reference bodies print it beside its caption; a wire
# dateline cut off the first paragraph, "KOBE --", is checked by the date rules).
PROSE_KINDS = ("headline", "dek", "heading", "paragraph", "blockquote", "caption", "credit",
               "dateline")
# Body read by the reader: the linted parts and the text of embedded posts
# (`embed` parts, which no default rule lints: another's words and style).
READ_KINDS = PROSE_KINDS + ("embed",)
# The parts matched before paragraph boundaries were left unjudged, each on its own.
PART_KINDS = PROSE_KINDS[:-1]
# Parts of the page body whose findings are judged inside or outside the story:
# text by its words, images and captions by lying between the story's paragraphs.
STORY_KINDS = ("paragraph", "blockquote", "heading", "caption", "credit", "alt", "byline",
               "dateline")
TEXT_JUDGED = ("paragraph", "blockquote", "heading")
# Expected "paragraphs" under 10 words are often the reference's own furniture
# (share buttons, "Like us on Facebook"): recall is also given without them.
LONG = 10
def part_spans(doc) -> list[tuple[int, int, object]]:
    return [(*p.source_span(0, len(p.text)), p) for p in doc.parts]


def part_at(spans, offset: int):
    """The smallest part whose span holds `offset` (an empty part: that sits there)."""
    best = None
    for s, e, p in spans:
        if (s <= offset < e or s == e == offset) and (best is None or e - s < best[1] - best[0]):
            best = (s, e, p)
    return best[2] if best else None


def measure(page: dict, lint_bytes, config, misses: bool = False) -> dict:
    raw_bytes = Path(page["path"]).read_bytes()
    result = lint_bytes(page["path"], raw_bytes, config)
    doc = result.document
    raw = doc.source if doc is not None else raw_bytes.decode("utf-8", "replace")
    parts = doc.parts if doc is not None else []
    m = {"path": page["path"], "findings": [], "sampled": [], "rules": collections.Counter()}
    # The linted words as one stream in page order (see _pages_match).
    linted = page_order(parts, PROSE_KINDS)
    words = stream(p.text for p in linted)
    lint_tri, lint_norm = trigrams(words), " ".join(words)
    padded = f" {lint_norm} "
    body_tri = None
    if page["body"]:
        paras = [tokens(x) for x in page["body"].split("\n") if x.strip()]
        paras = [t for t in paras if t]
        got = [found([t], lint_tri, padded) for t in paras]
        m["recall"] = sum(got) / len(got) if got else None
        m["missed"] = [" ".join(t) for g, t in zip(got, paras) if not g]
        if misses and m["missed"]:          # why each is missed (`_pages_misses`)
            m["why"] = why_missed(raw, parts, [t for g, t in zip(got, paras) if not g], lint_tri)
        read_words = stream(p.text for p in page_order(parts, READ_KINDS))
        read_tri, read_pad = trigrams(read_words), f" {' '.join(read_words)} "
        read = [found([t], read_tri, read_pad) for t in paras]
        m["recall_read"] = sum(read) / len(read) if read else None
        # As before this pass: each paragraph inside one part, parts of PART_KINDS.
        part_tri = set().union(*(trigrams(tokens(p.text)) for p in parts if p.kind in PART_KINDS))
        old_pad = f" {' '.join(' '.join(tokens(p.text)) for p in parts if p.kind in PART_KINDS)} "
        within = [found([t], part_tri, old_pad) for t in paras]
        m["recall_parts"] = sum(within) / len(within) if within else None
        # Copy-desk counting (pass 3): no embedded posts.
        markup = PageMarkup(raw)
        desk = [g for g, t in zip(got, paras) if not markup.embedded(t)]
        m["recall_desk3"] = sum(desk) / len(desk) if desk else None
        # Pass 4 adds: no link-text paragraphs, and links glued into a paragraph cut out.
        desk = [found(markup.unlinked(t), lint_tri, padded)
                for t in paras if not (markup.embedded(t) or markup.link_text(t))]
        m["recall_desk"] = sum(desk) / len(desk) if desk else None
        # Pass 5 (a second number, labelled; the headline recall is unchanged):
        # also no paragraph in an element the page's markup names as furniture.
        furn = [markup.furnished(t) for t in paras]
        desk = [found(markup.unlinked(t), lint_tri, padded) for t, f in zip(paras, furn)
                if not (f or markup.embedded(t) or markup.link_text(t))]
        m["recall_desk5"] = sum(desk) / len(desk) if desk else None
        m["furnished"] = [(" ".join(t), g) for t, f, g in zip(paras, furn, got) if f]
        long_ = [g for g, t in zip(got, paras) if len(t) >= LONG]
        m["recall_long"] = sum(long_) / len(long_) if long_ else None
        body_words = [w for t in paras for w in t]
        body_tri, body_pad = trigrams(body_words), f" {' '.join(body_words)} "
        body_chars = in_chars = 0
        for p in parts:
            if p.kind in BODY_KINDS:
                body_chars += len(p.text)
                in_chars += len(p.text) if in_body(p.text, body_tri, body_pad) else 0
        m["precision"] = in_chars / body_chars if body_chars else None
    if page["with"]:
        m["with"] = [(" ".join(tokens(s)) in lint_norm) for s in page["with"]]
    if page["without"]:
        m["without"] = [(" ".join(tokens(s)) in lint_norm) for s in page["without"] if tokens(s)]
    spans = part_spans(doc) if doc is not None else []
    region = None
    if body_tri is not None:
        inside = [(s, e) for s, e, p in spans
                  if p.kind in BODY_KINDS and in_body(p.text, body_tri, body_pad)]
        region = (min(s for s, _ in inside), max(e for _, e in inside)) if inside else (0, 0)
        m["judge"] = PictureJudge(raw, region, body_tri, body_pad)
        m["story_starts"] = sorted(s for s, _ in inside)
    m["document"] = doc
    m["by_position"] = []
    for d in result.diagnostics:
        p = part_at(spans, d.offset)
        outside = None
        if region is not None and p is not None and p.kind in STORY_KINDS:
            if p.kind in TEXT_JUDGED:
                outside = not in_body(p.text, body_tri, body_pad)
            else:                       # images, captions, credits: see _pages_outside
                outside = not m["judge"].inside(d.offset, p.text, picture_of(doc, p))
                m["by_position"].append(not region[0] <= d.offset < region[1])
        m["findings"].append((d, p.kind if p else None, outside, p.text if p else ""))
        m["sampled"].append((d, p, outside))
        m["rules"][d.rule] += 1
    headline = next((p.text for p in parts if p.kind == "headline"), None)
    titles = page_titles(raw)
    if titles:
        m["headline_ok"] = bool(headline) and max(f1(headline, t) for t in titles) >= 0.6
        m["headline"], m["titles"] = headline, titles
    published = doc.published.isoformat() if doc is not None and doc.published else None
    m["published"] = published
    udate = url_date(url_of(page, raw))
    if udate:
        m["url_date_ok"] = published == udate
        m["url_date"] = udate
    hdate = htmldate_of(raw)
    if hdate:
        m["htmldate_ok"] = published == hdate
        m["htmldate"] = hdate
    return m


def why_missed(raw: str, parts, missed: list[list[str]], lint_tri: set) -> list[tuple[str, str]]:
    """(what it is, what became of it) of each missed paragraph: see `_pages_misses`."""
    from _pages_misses import fate, kept_by_trafilatura, page_blocks, role
    markup, blocks, kept = PageMarkup(raw), page_blocks(raw), kept_by_trafilatura(raw)
    read: dict[str, set] = collections.defaultdict(set)
    for p in parts:
        if p.kind not in PROSE_KINDS:
            read[p.kind] |= trigrams(tokens(p.text))
    return [(role(t, markup, blocks), fate(t, lint_tri, read, kept)) for t in missed]


def share(values) -> str:
    values = [v for v in values if v is not None]
    if not values:
        return "n/a"
    return f"{sum(values) / len(values):.3f} (n={len(values)})"


def speed(files: list[str], root: Path) -> tuple[float, float, float]:
    """(pages/s by wall time, pages/s by CPU time, peak RSS MB) of
    `newslint check --jobs 1` in a child process. CPU time is the steadier
    figure on a busy machine."""
    env = dict(os.environ, PYTHONPATH=str(root))
    cmd = [sys.executable, "-m", "lint", "check", "--jobs", "1", "--no-progress", "--format", "json",
           *(os.path.abspath(f) for f in files)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, env=env, cwd=root, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   check=False)
    elapsed = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return len(files) / elapsed, len(files) / cpu, after.ru_maxrss / 1024


def report(results: list[dict], args) -> None:
    left_out = f"; sites left out: {', '.join(sorted({s.lower() for s in args.exclude_site}))}" \
        if args.exclude_site else ""
    print(f"split: {args.split} (seed {args.seed}); pages: {len(results)}{left_out}")
    rec = [r["recall"] for r in results if r.get("recall") is not None]
    print(f"body recall: {share(rec)}; pages under half: {sum(x < 0.5 for x in rec)}; "
          f"paragraphs of {LONG}+ words only: {share([r.get('recall_long') for r in results])}")
    read = [r["recall_read"] for r in results if r.get("recall_read") is not None]
    print(f"body read by the reader (embedded posts included; not all of it linted): "
          f"{share(read)}; pages under half: {sum(x < 0.5 for x in read)}")
    within = [r["recall_parts"] for r in results if r.get("recall_parts") is not None]
    print(f"body recall, each paragraph inside one part (as before paragraph boundaries were left "
          f"unjudged): {share(within)}; pages under half: {sum(x < 0.5 for x in within)}")
    for key, what in (("recall_desk3", "pass 3: no embedded posts"),
                      ("recall_desk", "pass 4: also no link text, whole paragraphs or glued runs"),
                      ("recall_desk5", "pass 5: also no paragraph in an element the markup names as "
                                       "furniture: share, related, byline, pagination, ad ...")):
        desk = [r[key] for r in results if r.get(key) is not None]
        print(f"body recall, copy-desk counting ({what}): "
              f"{share(desk)}; pages under half: {sum(x < 0.5 for x in desk)}")
    print(f"body precision: {share([r.get('precision') for r in results])}")
    para = [o for r in results for _, kind, o, _ in r["findings"] if kind in BODY_KINDS]
    story = [o for r in results for _, kind, o, _ in r["findings"] if kind in STORY_KINDS]
    pics = [o for r in results for _, kind, o, _ in r["findings"]
            if kind in STORY_KINDS and kind not in TEXT_JUDGED]
    print(f"findings outside the article: in paragraphs {share(para)}; in any body part "
          f"{share(story)}; of them in pictures {share(pics)} (by position between the story's "
          f"paragraphs only, as before: {share([o for r in results for o in r['by_position']])})")
    withs = [x for r in results for x in r.get("with", [])]
    withouts = [x for r in results for x in r.get("without", [])]
    print(f"must-contain found: {share(withs)}; must-not-contain leaked: {share(withouts)}")
    print(f"headline agrees with the page's titles: {share([r.get('headline_ok') for r in results])}")
    print(f"date agrees with the URL's date: {share([r.get('url_date_ok') for r in results])}; "
          f"with htmldate: {share([r.get('htmldate_ok') for r in results])}; "
          f"pages with no date: {sum(r['published'] is None for r in results)}")
    total = collections.Counter()
    for r in results:
        total.update(r["rules"])
    print("findings by rule:", ", ".join(f"{k} {v}" for k, v in total.most_common(16)))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("pages", nargs="+", help="folders laid out as ../shared/realhtml")
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--root", default=str(ROOT), help="checkout whose `lint` package to measure")
    ap.add_argument("--sample", type=int, default=0, metavar="N",
                    help="write a seeded sample of N findings per rule, each in its part's "
                         "context, to --sample-file for reading by hand")
    ap.add_argument("--sample-file", default="eval_pages_sample.txt")
    ap.add_argument("--sample-seed", type=int, default=None, metavar="S",
                    help="draw the --sample with S (default: --seed). The split moves with --seed, so "
                         "another --seed's dev pages include this seed's test pages: to read a fresh "
                         "sample of the same dev pages, keep --seed and change --sample-seed")
    ap.add_argument("--exclude-site", action="append", default=[], metavar="SITE",
                    help="leave out every page of SITE (as the split names sites: 'usnews.com'); "
                         "for a test split some of whose pages were seen while tuning. Repeatable; "
                         "the report's first line names the sites left out")
    ap.add_argument("--no-speed", action="store_true", help="skip the timed CLI run")
    ap.add_argument("--list", action="store_true", help="print per-page recall/precision/headline/date")
    ap.add_argument("--misses", action="store_true",
                    help="print each expected paragraph that is not linted, page by page, with what it "
                         "is on the page and what became of it, and the totals (see _pages_misses; "
                         "dev only: reading the test split's pages one by one is tuning on it)")
    ap.add_argument("--outside", action="store_true",
                    help="print each picture finding judged outside the story, with its image, "
                         "ancestor elements and place (dev only, as --misses)")
    args = ap.parse_args(argv)
    if (args.misses or args.outside) and args.split != "dev":
        ap.error("--misses and --outside read pages one by one: only with --split dev")
    left_out = {name.lower() for name in args.exclude_site}
    unknown = left_out - {site(p["path"]) for p in pages(args.pages, "all", args.seed)}
    if unknown:
        ap.error(f"--exclude-site: no page of {', '.join(sorted(unknown))} (sites are named as "
                 "'usnews.com', from the file names)")
    found = [p for p in pages(args.pages, args.split, args.seed) if site(p["path"]) not in left_out]
    if not found:
        print(f"no pages under {args.pages}; nothing to evaluate (skipped)")
        return 0
    sys.path.insert(0, str(Path(args.root).resolve()))
    from lint.config import Config
    from lint.engine import lint_bytes
    config = Config()
    results = [measure(p, lint_bytes, config, args.misses) for p in found]
    report(results, args)
    if args.list:
        for r in results:
            print(f"  {Path(r['path']).name}: recall {r.get('recall')}, precision {r.get('precision')}, "
                  f"headline_ok {r.get('headline_ok')} ({r.get('headline')!r}), "
                  f"published {r['published']} url {r.get('url_date')} htmldate {r.get('htmldate')}")
    if args.misses:
        from _pages_misses import totals
        rows = []
        for r in results:
            if r.get("missed"):
                print(f"  {Path(r['path']).name}: {len(r['missed'])} missed")
                for text, (what, became) in zip(r["missed"], r["why"]):
                    print(f"    [{what}; {became}] {text[:150]}")
                    rows.append((what, became, text))
        print("\n".join(totals(rows)))
        furnished = [(Path(r["path"]).name, text, got) for r in results for text, got in r.get("furnished", ())]
        print(f"  left out as furniture by pass 5: {len(furnished)} paragraphs, "
              f"{sum(not g for _, _, g in furnished)} of them missed")
        for name, text, got in furnished:
            print(f"    {name} [{'linted' if got else 'missed'}] {text[:120]}")
    if args.outside:
        print("\n".join(listing(results)))
    if args.sample:
        from _pages_sample import write_sample
        drawn = args.seed if args.sample_seed is None else args.sample_seed
        write_sample(results, args.sample_file, args.sample, drawn,
                     f"split {args.split} (seed {args.seed}), {len(results)} pages")
    if not args.no_speed:
        wall, cpu, rss = speed([p["path"] for p in found], Path(args.root))
        print(f"speed: {wall:.1f} pages/s wall, {cpu:.1f} pages/s of CPU time, with --jobs 1; "
              f"peak RSS {rss:.0f} MB (noisy: shared 2-core machine)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
