"""The story the `--fix` and `--diff` tests fix (test_fix_writes, test_fix_diff,
test_fix_loop): two hygiene findings with fixes (a doubled word on line 3,
column 1, and a missing space after a full stop), the story as fixed, and the
option that selects only the hygiene pack."""
from __future__ import annotations

STORY = "Council votes\n\nThe the council met. It said Kowalczyk.After the vote it left.\n"
FIXED = "Council votes\n\nThe council met. It said Kowalczyk. After the vote it left.\n"
HYGIENE = ("--select", "hygiene")
