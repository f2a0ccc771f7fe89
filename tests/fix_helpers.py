"""The story the `--fix` and `--diff` tests fix (test_fix_writes, test_fix_diff,
test_fix_loop): two hygiene findings with fixes (a doubled word on line 3,
column 1, and a missing space after a full stop), the story as fixed, and the
option that selects only the hygiene pack.

For the --fix engine tests (fx564, qa422, qa429), a house pack written for
the test: `house_rules(tmp_path, rules, *packs)` writes each (name, YAML
text) of `rules` to tmp_path/rules/house/<name>.yaml and gives (Config
selecting "house" and `packs` with that rules folder, its active rules).
`fix_text(text, config=None, rules=None, path="a.txt")`: `fix_bytes` on
`text` (str, UTF-8 encoded, or bytes as given) with `config` (default
Config()) and `rules`."""
from __future__ import annotations

from lint.config import Config
from lint.engine import active_rules
from lint.fixes import fix_bytes

STORY = "Council votes\n\nThe the council met. It said Kowalczyk.After the vote it left.\n"
FIXED = "Council votes\n\nThe council met. It said Kowalczyk. After the vote it left.\n"
HYGIENE = ("--select", "hygiene")


def house_rules(tmp_path, rules, *packs):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in rules:
        (folder / f"{name}.yaml").write_text(text, encoding="utf-8")
    config = Config(select=("house", *packs), rule_dirs=(str(tmp_path / "rules"),))
    return config, active_rules(config)


def fix_text(text, config=None, rules=None, path="a.txt"):
    config = config or Config()
    data = text if isinstance(text, bytes) else text.encode("utf-8")
    return fix_bytes(path, data, config, rules=rules)
