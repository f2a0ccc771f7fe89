"""What the --fix quotation-hold tests (fx574, fx579, fx583, qa440, qa447)
share, written once: a house substitution rule that swaps 'it is' -> "it's"
and 'alright' -> 'all right', so a test sees whether a swap inside a
speaker's words is held (AP: never alter quotations) or written.

`SWAPS`: that rule's YAML text. `swap_fix(tmp_path, text, path="a.md")`:
the FixOutcome of `fix_bytes` on `text` read as file `path`, with only that
rule (written to tmp_path/rules/house/words.yaml). `held(outcome)`: the
sorted (lower-cased snippet, hold key) of each finding the fix held.
`cli_swap_fix(tmp_path, text, name="a.md")`: the file as `python -m lint
check --fix` leaves it, with only that rule (reviews qa450, qa456)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from fix_helpers import fix_text, house_rules

ROOT = Path(__file__).resolve().parent.parent

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")


def swap_fix(tmp_path, text, path="a.md"):
    config, rules = house_rules(tmp_path, [("words", SWAPS)])
    return fix_text(text, config, rules, path)


def held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


def cli_swap_fix(tmp_path, text, name="a.md"):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True, exist_ok=True)
    (rules / "words.yaml").write_text(SWAPS, encoding="utf-8")
    story = tmp_path / name
    story.write_bytes(text.encode("utf-8"))
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), NO_COLOR="1", PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--no-progress", "--fix",
                           "--rules", "rules", "--select", "house", name],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    return story.read_bytes().decode("utf-8")
