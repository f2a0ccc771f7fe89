"""What the --fix quotation-hold tests (fx574, fx579, fx583, qa440, qa447)
share, written once: a house substitution rule that swaps 'it is' -> "it's"
and 'alright' -> 'all right', so a test sees whether a swap inside a
speaker's words is held (AP: never alter quotations) or written.

`SWAPS`: that rule's YAML text. `swap_fix(tmp_path, text, path="a.md")`:
the FixOutcome of `fix_bytes` on `text` read as file `path`, with only that
rule (written to tmp_path/rules/house/words.yaml). `held(outcome)`: the
sorted (lower-cased snippet, hold key) of each finding the fix held."""
from __future__ import annotations

from fix_helpers import fix_text, house_rules

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")


def swap_fix(tmp_path, text, path="a.md"):
    config, rules = house_rules(tmp_path, [("words", SWAPS)])
    return fix_text(text, config, rules, path)


def held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())
