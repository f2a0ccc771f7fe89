"""What the whole-text scans of the part texts cost, and what one shared scan would.

    python benchmarks/bench_passes.py FOLDER [FOLDER ...]

pf68 asked whether reading each part's text once, into an index the date
anchors, sentence ends, quote marks, name runs and time scans then start
from, would cut the per-article cost. This reads every file under each
folder as a run does (`bench_analyses.warmed_up`: the caches a run installs,
one file of each format first), gathers the texts of their parts, and
times, per article, in CPU time (`process_time`, best of 5 rounds):

- each scan as the analyses run it, uncached (`triggers` and
  `sentence_starts` are cached a text in a run; here each is run once a
  text, which is what a run pays);
- their sum: the most any index could save, were it free;
- what an index would cost: one `re` scan for the marks, the figures and
  the anchor words together, and a bare Python walk of the characters
  (the least any per-character index in Python pays).

Nothing here is asserted: it prints, for the speed history (pf70).
"""
from __future__ import annotations

import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_analyses import warmed_up  # noqa: E402


def part_texts(folder: Path) -> tuple[list[str], int]:
    """(the text of every part of every file under `folder`, how many files)."""
    from lint.readers import read_bytes

    _, files = warmed_up(folder)
    texts = []
    for path in files:
        texts += [p.text for p in read_bytes(str(path), path.read_bytes()).parts]
    return texts, len(files)


def scans() -> dict[str, object]:
    """name -> a function of one text doing that scan as the analyses do."""
    from lint.analysis import date_anchors, name_runs, sentences
    from lint.analysis.clock_times import TIME_HINT
    from lint.analysis.quote_marks import marks
    from lint.analysis.words import ascii_letters
    from lint.regex_cache import SERIAL

    lower = date_anchors.LOWER_TRIGGERS
    return {
        "date anchors (TRIGGER_WORD)": lambda x: [w.start() for w in date_anchors.TRIGGER_WORD.finditer(x)],
        "date anchors (lower words)": lambda x: [x.find(w) for w in lower],
        "sentence ends (SENTENCE_END)": lambda x: [m.end() for m in sentences.SENTENCE_END.finditer(
            x, None, None, False, SERIAL)],
        "time hint (TIME_HINT)": TIME_HINT.search,
        "name runs": lambda x: [m.span() for m in name_runs._run_pattern(ascii_letters(x))[1].finditer(x)],
        "quote marks (marks)": lambda x: [m.start() for m in marks(x)],
    }


def index_scans() -> dict[str, object]:
    """name -> one shared scan an index would need instead."""
    from lint.analysis import date_anchors
    from lint.analysis.word_patterns import word_trie

    words = word_trie(date_anchors.TRIGGERS) + "(?![a-z])"
    anchors = re.compile(words + "|" + "|".join(date_anchors.LOWER_TRIGGERS))
    everything = re.compile("[.!?;\"'`\u201c\u201d\u201e\u2018\u20190-9]|" + words)
    firsts = frozenset(".!?;\"'`\u201c\u201d\u201e\u2018\u20190123456789")

    def walk(x: str) -> list[int]:
        return [i for i, ch in enumerate(x) if ch in firsts]
    return {
        "one re: both anchor scans": lambda x: [m.start() for m in anchors.finditer(x)],
        "one re: marks, figures, anchors": lambda x: [m.start() for m in everything.finditer(x)],
        "Python walk of the characters": walk,
    }


def best_ms(texts: list[str], files: int, scan) -> float:
    """ms an article of `scan` over every text, the best of 5 rounds."""
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for text in texts:
            scan(text)
        best = min(best, time.process_time() - t0)
    return best / files * 1000


def main(folders: list[str]) -> None:
    for folder in folders:
        texts, files = part_texts(Path(folder))
        print(f"{folder}: {files} files, {len(texts)} part texts, "
              f"{sum(map(len, texts)) // max(1, len(texts))} characters on average")
        total = 0.0
        for name, scan in scans().items():
            ms = best_ms(texts, files, scan)
            total += ms
            print(f"  {name:34s} {ms:.4f} ms/article")
        print(f"  {'all of them':34s} {total:.4f} ms/article")
        for name, scan in index_scans().items():
            print(f"  {name:34s} {best_ms(texts, files, scan):.4f} ms/article")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__.split("\n\n")[1])
    main(sys.argv[1:])
