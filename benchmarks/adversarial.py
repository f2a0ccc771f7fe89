"""Pathological inputs: does any rule's time grow faster than the input?

    python benchmarks/adversarial.py                 # 100 KB and 200 KB, per pack
    python benchmarks/adversarial.py --kb 400
    python benchmarks/adversarial.py --per-rule      # every rule on its own (slower)
    python benchmarks/adversarial.py --shape nested  # only shapes whose name has "nested"

For every input shape and rule pack (or rule) it lints the input at one size
and at twice that size, in-process, and prints the CPU seconds and the
ratio. Linear work doubles; a ratio well above 2 (flagged `SUPERLINEAR`
above 3) means a hang waiting for a big enough file. Speed is measured
here, never in tests. The shapes are the ones that once made a rule
quadratic (issue 13): 24,000 nested curly quotes (`quotes.nested-same-mark`),
a 500 KB heading of repeated words (`titles.case`), and their relatives.
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from lint.config import Config  # noqa: E402
from lint.engine import active_rules, lint_document  # noqa: E402
from lint.readers import read_bytes  # noqa: E402

PACKS = ("hygiene", "style", "dates", "quotes", "captions", "titles", "names")


def soup(n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    chars = "aA .,;:\"'“”‘’()[]-—\n0123456789$%&<>#*_`!?/"
    return "".join(rng.choice(chars) for _ in range(n))


def front_matter(n: int) -> str:
    return "---\n" + "".join(f"key{i}: value {i}\n" for i in range(n // 16)) + "---\n\nBody.\n"


def json_ld(n: int) -> str:
    items = ",".join('{"@type": "Thing", "name": "x"}' for _ in range(n // 32))
    return ('<html><head><script type="application/ld+json">{"headline": "Vote", "about": ['
            + items + ']}</script></head><body><p>Vote today.</p></body></html>')


def _surname(i: int) -> str:
    """A made-up surname of its own for every i (Bazuka, Cezobe, ...)."""
    out, i = "", i + 17 ** 3
    while i:
        out += "bcdfghjklmnprstvz"[i % 17] + "aeiou"[i % 5]
        i //= 17
    return out.capitalize()


SHAPES = {
    "quote marks.txt": lambda n: '"' * n,
    "nested curly quotes.txt": lambda n: "\u201c" * (n // 2) + "\u201d" * (n // 2),
    "nested single quotes.txt": lambda n: "\u201c" + "\u2018" * (n // 2) + "\u2019" * (n // 2),
    "nested straight quotes.txt": lambda n: ' "a' * (n // 6) + 'b" ' * (n // 6),
    "single quotes over open doubles.txt": lambda n: "\u2018\u201ca\u2019 " * (n // 5),
    "Related line of words.txt": lambda n: "Head\n\nRelated: " + "a " * (n // 2) + ".\n",
    "one long grouped number.txt": lambda n: "Head\n\nThe figure " + "1,000" * (n // 5) + " 1 said.\n",
    "heading of repeated words.md": lambda n: "# " + "Word " * (n // 5) + "\n\nBody.\n",
    "headline of lower words.md": lambda n: "# " + "word " * (n // 5) + "\n\nBody.\n",
    "one long word.txt": lambda n: "Head\n\n" + "a" * n,
    "lone CR lines.md": lambda n: 'x\r"y the the\r' * (n // 14),
    "blank lines.txt": lambda n: "a\n\n" * (n // 3),
    "contact lead over a long word.txt": lambda n: "Head\n\nBody.\n\nContact: " + "a" * n,
    "directives on one line.txt": lambda n: "Head\n\n" + "<!-- newslint-disable-next-line hygiene --> x " * (n // 46),
    "front matter.md": front_matter,
    "JSON-LD.html": json_ld,
    "unclosed link tags under a section label.html": lambda n: (
        '<html><head><title>Sports</title><meta property="og:title" content="Harbor board raises '
        'ferry fares for the first time"></head><body><h1>Sports</h1><p>' + "<a " * (n // 3) + "</p></body></html>"),
    "ad labels between paragraphs.html": lambda n: (
        "<html><head><title>Vote</title></head><body><article><h1>Vote</h1>"
        + "".join(f"<p>Item {i} passed when the council voted on it today.</p><p>Advertisement</p>"
                  for i in range(n // 80)) + "</article></body></html>"),
    "entities.html": lambda n: "<p>" + "&amp;&#8220;" * (n // 12) + "</p>",
    "end tags in an open script.html": lambda n: "<html><body><script>" + "</body>x" * (n // 8),
    "end tags in an open comment.html": lambda n: "<html><body><!--" + "</body>x" * (n // 8),
    "long attribute.html": lambda n: '<p title="' + "a" * n + '">x</p>',
    "captions.txt": lambda n: "(AP Photo/" * (n // 10),
    "directives.md": lambda n: "<!-- newslint-disable hygiene -->\nThe the.\n\n" * (n // 46),
    "directives for other rules.md": lambda n: ("<!-- newslint-disable-next-line dates -->\nThe the.\n\n"
                                                "<!-- newslint-disable dates -->\n<!-- newslint-enable "
                                                "dates -->\nThe the.\n\n") * (n // 150),
    "capitals.txt": lambda n: "Mayor Anna Lee Said The Council Met. " * (n // 37),
    # TK in title case with no sentence end: each TK's look-arounds stay bounded
    "title-case TKs.txt": lambda n: "Head\n\n" + "Board Delays TK Vote on to TK " * (n // 30),
    "quotes in one sentence.txt": lambda n: ' "a b c d," he said and ' * (n // 24),
    "signed quote lines.txt": lambda n: "Head\n\n" + "\u201ca b c d.\u201d \u2015\u00a0Jane Roe\n" * (n // 24),
    "words on one line.txt": lambda n: "word " * (n // 5),
    "dates.txt": lambda n: "It was Monday, May 5, 2024, and Feb. 30 said. " * (n // 46),
    "a run of dates in one paragraph.txt": lambda n: "Head\n\nThe park opened " + "March 3, 2026 " * (n // 14),
    "dated clauses in one paragraph.txt": lambda n: "Head\n\nIt met " + "on March 3, 2026, and on March 4, 2026, "
                                                    * (n // 40),
    "weekdays in one paragraph.txt": lambda n: "Head\n\n" + "The vote was held on Monday. " * (n // 29),
    "update tails on a stamp line.txt": lambda n: "Parks closed\n\nPosted on March 3, 2026 by Jane Doe"
                                                  + " | Updated March 4, 2026" * (n // 24) + "\n\nBody.\n",
    "many short paragraphs.md": lambda n: "# Parks closed\n\n" + "The park was closed, the city said.\n\n" * (n // 37),
    "stamp lines.txt": lambda n: "Parks closed\n\n" + "Posted on March 3, 2026 by Jane Doe\n" * (n // 36),
    "stamp lines.md": lambda n: "# Parks closed\n\n" + "Posted on March 3, 2026 by Jane Doe\n" * (n // 36),
    "names.txt": lambda n: "Mayor Irena Kowalczyk met Deputy Mayor Kowalczik. " * (n // 50),
    "hyphened names.txt": lambda n: "Bashar al-Assad met Al-Assad al-al-El- " * (n // 38),
    # one sentence with no end: a masculine form's pronoun search, double surnames both ways
    "feminine surnames.txt": lambda n: "Head\n\n" + "Olga Kuznetsova, 38, and Kuznetsov said " * (n // 40),
    "double surnames.txt": lambda n: "Head\n\n" + "Police Chief Ana Vasquez-Lind and Fire Chief Vasquez Lind said "
                                     * (n // 66),
    # qa42 #10: thousands of people, each with a surname cut short and used as a person
    # (a speech cue, a possessive owning a person): the cut pairs were looked up in lists
    "surnames cut short.md": lambda n: "# Budget vote\n\n" + "".join(
        f"Council member Priya {_surname(i)}aman said it was fair. According to {_surname(i)}am, "
        f"{_surname(i)}am's aide said no.\n\n" for i in range(n // 130)),
    "nested posts.md": lambda n: "> <blockquote class=\"twitter-tweet\"><p>a\n>\n" * (n // 44),
    "brackets.md": lambda n: "[" * (n // 2) + "(" * (n // 2),
    # a fuzzer's Markdown (markdown-it and cmark trackers' reports among them)
    "unclosed images.md": lambda n: "![" * (n // 2),
    "unclosed brackets.md": lambda n: "[" * n,
    "nested brackets.md": lambda n: "[" * (n // 2) + "]" * (n // 2),
    # a footnote's markers with no end after a definition (fx520: the plugin's scan per `[^`)
    "unended footnote markers.md": lambda n: "[^1]: A note.\n\nx" + "[^" * (n // 2),
    "nested emphasis.md": lambda n: "*" * (n // 2) + "a" + "*" * (n // 2),
    "emphasis soup.md": lambda n: "**_* " * (n // 5),
    "open links.md": lambda n: "[x](" * (n // 4),
    "kramdown openers.md": lambda n: '{: "a" ' * (n // 7),
    "kramdown extensions.md": lambda n: "{::a " * (n // 5),
    # each quote of the second sentence framed the long first one again
    "a long sentence before a sentence of quotes.txt": lambda n: "Head\n\n" + "a " * (n // 4) + "end. Then "
                                                                 + '"b c d e" and ' * (n // 28) + "x.\n",
    # one sentence of statements and passives: each verb searched the whole sentence before it
    "statements read in one sentence.txt": lambda n: "Head\n\nThe statement read: "
                                                     + '"a b c d e" and the statement read: ' * (n // 40),
    "passives in one sentence.txt": lambda n: "Head\n\nIt " + "was quietly released and the district "
                                              "statement was posted " * (n // 62)
                                              + 'today. "We are done here," the statement read.\n',
    # qa71 #2: plain wire copy, a closed quote a paragraph, and a quote running on over every
    # paragraph: at each paragraph the search for a quote left open read the whole story back
    "a colon quote a paragraph.txt": lambda n: "Head\n\n" + "".join(
        f'Mayor Jane {_surname(i)} said: "We will win."\n\n' for i in range(n // 40)),
    "a quote run on over every paragraph.txt": lambda n: "Head\n\n" + '"We will win and we will keep going\n\n'
                                                         * (n // 38) + 'the end," she said.\n',
    # qa71 #3: one endless sentence of titled names, no full stop: every pair of full names
    # spelled alike searched the words between them for a sentence end, and each surname's
    # "Biden for President" test scanned the rest of the text for a "for"
    "titled names in one endless sentence.txt": lambda n: "Head\n\n" + "".join(
        f"Mayor Alma {_surname(i)}, Senator Ben {_surname(i + 1)}, Police Chief Dana {_surname(i + 2)}, "
        for i in range(n // 75)),
    # qa75 #8: one endless sentence of one person's changing ages: each pair compared read
    # both ages' sentence again for its time (names.age-changed)
    "changing ages in one endless sentence.txt": lambda n: "Head\n\n" + "".join(
        f"Ana Lopez, {20 + i % 60}, and " for i in range(n // 20)) + "end.\n",
    # qa75 #9: one long paragraph of one person's changing titles: each titled mention searched
    # every paragraph naming the person again for a move between jobs (names.title-changed)
    "changing titles in one paragraph.txt": lambda n: "Head\n\n" + (
        "Mayor Ana Lopez spoke. Deputy Mayor Lopez spoke. Senator Lopez, 45, spoke. Ana Lopez, 46, spoke. "
        * (n // 97)) + "end.\n",
    # fx143 (qa75 #5): a past copula's date closing each paragraph: the next paragraph is read
    "past copulas in one-sentence paragraphs.txt": lambda n: "Head\n\n" + "The hearing was May 20.\n\n"
                                                             "It was later postponed.\n\n" * (n // 50),
    "shortcode openers.md": lambda n: "{{< a " * (n // 6),
    "liquid openers.md": lambda n: "{% a " * (n // 5),
    "quote and list nesting.md": lambda n: "> - " * (n // 4) + "a",
    "unterminated tags.md": lambda n: "<div>\n" + "<a x" * (n // 4),
    "HTML blocks and shortcodes.md": lambda n: "<div>\n\n{{< x >}}\n\n" * (n // 19),
    "unterminated tags.html": lambda n: '<a b="' * (n // 6),
    "unterminated comments.html": lambda n: "<!--" * (n // 4),
    "nested.html": lambda n: "<div><p>" * (n // 8),
    "soup.txt": soup,
    "soup.md": soup,
    "soup.html": soup,
    "yearless dates in one paragraph.txt": lambda n: "Head\n\n" + "on May 6 and " * (n // 13) + "\n",
    # linted with no publication date (UNDATED): each date rule asks whether blocks hide it everywhere
    "a block around each paragraph.md": lambda n: ("<!-- newslint-disable dates -->\n\nThe board met on "
                                                  "Monday.\n\n<!-- newslint-enable dates -->\n\n") * (n // 90),
}
# Shapes linted with no publication date: the paths only an undated article takes.
UNDATED = {"a block around each paragraph.md"}


def seconds(name: str, text: str, pack: str) -> float:
    config = Config(select=(pack,), published=None if name in UNDATED else dt.date(2024, 5, 18))
    rules = active_rules(config)
    t0 = time.process_time()
    doc = read_bytes(name, text.encode("utf-8"), max_bytes=1 << 30)
    lint_document(doc, rules, config)
    return time.process_time() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kb", type=int, default=100, help="base size in KB (default 100)")
    ap.add_argument("--per-rule", action="store_true", help="time every rule on its own")
    ap.add_argument("--shape", default="", help="only shapes whose name contains this")
    args = ap.parse_args()
    n = args.kb * 1024
    worst = 0.0
    targets = [r.id for r in active_rules(Config())] if args.per_rule else PACKS
    for name, make in SHAPES.items():
        if args.shape not in name:
            continue
        small, large = make(n), make(2 * n)
        for pack in targets:
            a, b = seconds(name, small, pack), seconds(name, large, pack)
            ratio = b / a if a > 0.002 else 0.0
            worst = max(worst, ratio)
            flag = "  SUPERLINEAR" if ratio > 3 else ""
            print(f"{name:30s} {pack:9s} {a:7.3f} s -> {b:7.3f} s  x{ratio:4.1f}{flag}", flush=True)
    print(f"worst growth for twice the input: x{worst:.1f}")


if __name__ == "__main__":
    main()
