"""benchmarks/eval_quotes.py on a tiny PolNeAR-shaped corpus of our own: the
seeded dev-tune/dev-held halves, the text-level bootstrap, and rule crashes
that must be counted rather than read as misses."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
QUOTE = "“We owe the riders an answer before the summer timetable starts,”"


def polnear(root: Path, texts: int) -> Path:
    """`texts` dev texts (and one train text), each one paragraph holding a
    quote that `she said` attributes, annotated brat-style as PolNeAR is."""
    for split, count in (("train", 1), ("dev", texts)):
        (root / split / "text").mkdir(parents=True)
        (root / split / "attributions").mkdir(parents=True)
        for k in range(count):
            text = f"Ferry inquiry {k}\n\n{QUOTE} she said.\n"
            start = text.index("“")
            end = start + len(QUOTE)
            (root / split / "text" / f"story-{k:02d}.txt").write_text(text, encoding="utf-8")
            ann = (f"T1\tContent {start} {end}\t{QUOTE}\nT2\tSource {end + 1} {end + 4}\tshe\n"
                   "E1\tAttribution:T3 Content:T1 Source:T2\n")
            (root / split / "attributions" / f"story-{k:02d}_anno.ann").write_text(
                ann, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def module():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import eval_quotes
    finally:
        sys.path.pop(0)
    return eval_quotes


def test_dev_halves_split_whole_texts_by_seed(module, tmp_path):
    root = polnear(tmp_path, 9)
    halves = module.dev_halves(root, 1)
    assert sorted(halves) == [f"story-{k:02d}" for k in range(9)]
    assert sorted(halves.values()).count("dev-tune") == 4      # the odd text goes to dev-held
    assert module.dev_halves(root, 1) == halves
    assert module.dev_halves(root, 2) != halves


def test_the_script_names_its_split_and_finds_the_stripped_quotes(tmp_path):
    root = polnear(tmp_path, 4)
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_quotes.py"), str(root),
                          "--split", "dev-tune"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("split: dev-tune (seed 1;") and "2 dev-tune, 2 dev-held" in lines[0]
    assert "false alarms: 0/2 = 0.0%" in out.stdout and "in 0 of 2 texts" in out.stdout
    assert "recall on stripped quotes: 2/2 = 100.0%" in out.stdout
    assert "rule crashes or timeouts (counted as misses/non-alarms): 0" in out.stdout


def test_cluster_interval_resamples_texts(module):
    same = [module.TextScore(f"t{k}", attributed=10, alarms=1) for k in range(5)]
    assert module.cluster_interval(same, "alarms", "attributed", 1) == (0.1, 0.1)
    mixed = [module.TextScore("a", attributed=10, alarms=10)] + \
        [module.TextScore(f"t{k}", attributed=10) for k in range(9)]
    low, high = module.cluster_interval(mixed, "alarms", "attributed", 1)
    assert low == 0.0 and 0.2 < high < 0.5       # one bad text in ten: a wide interval


def test_a_crashing_rule_is_counted_not_read_as_a_miss(module, monkeypatch):
    from lint.config import Config
    from lint.ruleset import builtin_rules_dir, load_rule
    rule = load_rule(module.RULE, builtin_rules_dir() / "quotes" / "unattributed.yaml")

    def boom(doc, parts):
        raise ValueError("bad offset")
    monkeypatch.setattr(rule.checker, "check", boom)
    crashes: list[str] = []
    assert module.flagged(f"Ferry\n\n{QUOTE}\n", "t.txt", [rule], Config(), crashes) == []
    assert len(crashes) == 1 and "internal error" in crashes[0] and "bad offset" in crashes[0]
