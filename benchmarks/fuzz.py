"""Long-running fuzzing: mutate real articles and check what must always hold.

    python benchmarks/fuzz.py ../shared/corpora/reuters21578 ../shared/corpora/bbc \\
        ../shared/mdrepos --minutes 30 --seed 1 --out /tmp/newslint-fuzz

Each round takes an article from the corpora given (FNC-1 train bodies,
Reuters stories, PolNeAR train/dev texts, BBC, Markdown repos: anything
`corpora.articles` reads; folders that are absent are skipped), renders it
as plain text, Markdown or HTML, mutates it a few times (fragments that
once broke newslint inserted, spans deleted, repeated or nested, line ends
turned into lone CRs, bytes flipped, other encodings) and checks the
properties of tests/fuzzcheck.py: no exception, no rule crash, every
position inside the source, every fix over verbatim prose. Every 25th round
fuzzes a config file instead. An input that breaks a property, or takes
longer than --timeout seconds, is saved under --out with what broke.
Not run in CI: the bounded version is tests/test_fuzz.py.
"""
from __future__ import annotations

import argparse
import codecs
import datetime as dt
import random
import signal
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from corpora import articles  # noqa: E402
from fuzzcheck import PIECES, check_config_text, check_source  # noqa: E402

FORMATS = ("story.txt", "story.md", "story.html")
CONFIG_PIECES = ["select: [hygiene]\n", "ignore: ", "levels: {dates: error}\n", "options:\n",
                 "  quotes.unattributed: {min_words: ", "exclude: ['", "published: ", "9999-12-31",
                 "2024-13-45", "max-file-size: ", ".inf", "&a [x, *a]", "[", "]", "{", "}", "\n",
                 "  ", "- ", "'", '"', "hygeine", "rules: [", "~", "!!str ", "? ", ": "]


class Timeout(Exception):
    pass


def _alarm(signum, frame):
    raise Timeout()


def load(folders: list[str], limit: int, rng: random.Random) -> list[str]:
    """Up to `limit` article texts from the folders that exist (PolNeAR test never read)."""
    texts = []
    for folder in folders:
        path = Path(folder)
        if not path.is_dir():
            print(f"skipped (absent): {folder}", file=sys.stderr)
            continue
        for name, data in articles(path):
            if "/test/" in name.replace("\\", "/"):
                continue
            texts.append(data.decode("utf-8", "replace"))
    rng.shuffle(texts)
    return texts[:limit]


def render(text: str, name: str, rng: random.Random) -> str:
    """The article as the format `name` says: Markdown gets front matter and a
    heading, HTML a page with meta, JSON-LD and one <p> per paragraph."""
    head, _, body = text.strip().partition("\n")
    day = rng.choice(["2024-05-18", "0001-01-01", "9999-12-31", "1987-03-02", "2024-02-30"])
    if name.endswith(".md"):
        return f"---\ntitle: \"{head[:80]}\"\ndate: {day}\n---\n\n# {head}\n\n{body}\n"
    if name.endswith(".html"):
        paras = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n") if p.strip())
        return (f"<html><head><title>{head}</title><meta property=\"article:published_time\" "
                f"content=\"{day}\"><script type=\"application/ld+json\">{{\"headline\": "
                f"\"{head[:60]}\", \"datePublished\": \"{day}\"}}</script></head><body><article>"
                f"<h1>{head}</h1>\n{paras}</article></body></html>\n")
    return text


def mutate(text: str, rng: random.Random) -> str:
    """One random edit of the kinds that broke newslint before (issue 13)."""
    n = len(text)
    i, j = sorted(rng.randrange(n + 1) for _ in range(2))
    op = rng.randrange(10)
    if op == 9:                       # at the very start, where front matter is looked for
        return rng.choice(PIECES) + text
    if op <= 2:
        return text[:i] + rng.choice(PIECES) + text[i:]
    if op == 3:
        return text[:i] + text[j:]
    if op == 4:                       # a span repeated: growth, long runs
        return text[:j] + text[i:j][:200] * rng.randint(2, 60) + text[j:]
    if op == 5:                       # nesting: marks or brackets around a span, many deep
        mark = rng.choice(["\u201c\u201d", '""', "()", "[]", "\u2018\u2019", "**", "<>"])
        k = rng.randint(1, 300)
        return text[:i] + mark[0] * k + text[i:j] + mark[1] * k + text[j:]
    if op == 6:
        return text.replace("\n", rng.choice(["\r", "\r\n", "\u2028", "\n\n"]))
    if op == 7:
        return text[:i]
    return text[:i] + "".join(rng.choice(PIECES) for _ in range(rng.randint(2, 12))) + text[j:]


def encode(text: str, rng: random.Random) -> bytes:
    choice = rng.randrange(12)
    if choice == 0:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "surrogatepass")
    if choice == 1:
        return codecs.BOM_UTF8 + text.encode("utf-8", "surrogatepass")
    if choice == 2:
        return text.encode("cp1252", "replace")
    data = bytearray(text.encode("utf-8", "surrogatepass"))
    if choice == 3 and data:
        data[rng.randrange(len(data))] = rng.randrange(256)    # maybe no longer UTF-8
    return bytes(data)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpora", nargs="+", help="corpus folders (absent ones are skipped)")
    ap.add_argument("--minutes", type=float, default=5.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--articles", type=int, default=5000, help="articles to draw from (default 5000)")
    ap.add_argument("--timeout", type=int, default=30, help="seconds one input may take")
    ap.add_argument("--out", default=str(Path(tempfile.gettempdir()) / "newslint-fuzz"))
    args = ap.parse_args()
    rng = random.Random(args.seed)
    texts = load(args.corpora, args.articles, rng)
    if not texts:
        print("no corpus found; nothing to fuzz")
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    signal.signal(signal.SIGALRM, _alarm)
    counts, broken, slowest = Counter(), Counter(), (0.0, "")
    stop = time.monotonic() + args.minutes * 60
    print(f"seed {args.seed}: {len(texts)} articles from {', '.join(args.corpora)}; "
          f"{args.minutes:g} minutes", flush=True)
    config_dir = Path(tempfile.mkdtemp(prefix="newslint-fuzz-config-"))
    while time.monotonic() < stop:
        n = counts["rounds"]
        counts["rounds"] += 1
        if n % 25 == 24:
            text = "".join(rng.choice(CONFIG_PIECES) for _ in range(rng.randint(1, 20)))
            problem = check_config_text(config_dir, text)
            counts["configs"] += 1
            if problem:
                broken["config"] += 1
                (out / f"config-{n}.yaml").write_text(text + "\n# " + problem.replace("\n", "\n# "))
            continue
        name = rng.choice(FORMATS)
        text = render(rng.choice(texts), name, rng)
        for _ in range(rng.randint(1, 6)):
            text = mutate(text, rng)
        data = encode(text, rng)
        published = rng.choice([None, None, dt.date(2024, 5, 18), dt.date(1, 1, 1), dt.date(9999, 12, 31)])
        counts[name.rsplit(".", 1)[1]] += 1
        counts["bytes"] += len(data)
        start = time.monotonic()
        signal.alarm(args.timeout)
        try:
            problems = check_source(name, "", published, data=data)
        except Timeout:
            problems = [f"timeout: over {args.timeout} s"]
        finally:
            signal.alarm(0)
        took = time.monotonic() - start
        if took > slowest[0]:
            slowest = (took, f"round {n}, {name}, {len(data)} bytes")
        if problems:
            kind = problems[0].split(":", 1)[0]
            broken[kind] += 1
            stem = out / f"{n}-{name}"
            stem.with_name(stem.name + ".input").write_bytes(data)
            stem.with_name(stem.name + ".why").write_text("\n".join(problems), encoding="utf-8")
        if n % 2000 == 0:
            print(f"  {n} rounds, {sum(broken.values())} broken", flush=True)
    print(f"rounds {counts['rounds']}: txt {counts['txt']}, md {counts['md']}, html {counts['html']}, "
          f"configs {counts['configs']}; {counts['bytes'] / 1e6:.1f} MB linted")
    print(f"slowest input: {slowest[0]:.2f} s ({slowest[1]})")
    print(f"broken: {dict(broken) or 'none'}" + (f" (inputs saved in {out})" if broken else ""))


if __name__ == "__main__":
    main()
