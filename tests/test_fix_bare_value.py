"""--fix never rewrites a front-matter or JSON Lines value written bare (a
TOML `title = 1984`, JSON `"title": 1984`, `"headline": 1984`): the fixed
text (`title = Nineteen Eighty-Four`) would be no TOML or JSON, so the fix
is held and said on the held line (`fixes.HELD["bare"]`); the body's fix
is still written."""
from __future__ import annotations

import pytest

from rule_file_helpers import write

RULE = "extends: substitution\nmessage: \"use '{replacement}'\"\nswap:\n  '1984': Nineteen Eighty-Four\n"
HELD = ("it is a number, date or true/false written without quotes (TOML, JSON), which a fix "
        "would turn into something no reader can parse: quote it first")


@pytest.mark.parametrize("name, text, at", [
    ("a.md", "+++\ntitle = 1984\ndate = 2024-05-01\n+++\n\nThe book 1984 sold.\n", "2:9"),
    ("a.md", '{"title": 1984, "date": "2024-05-01"}\n\nThe book 1984 sold.\n', "1:11"),
    ("a.jsonl", '{"id": 1, "headline": 1984, "body": "The book 1984 sold."}\n', "1:23"),
])
def test_a_bare_title_is_held_and_the_body_fixed(run_cli, tmp_path, name, text, at):
    write(tmp_path / "rules" / "house" / "n.yaml", RULE)
    story = write(tmp_path / name, text)
    got = run_cli("check", "--no-cache", "--fix", name, "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert story.read_text() == text.replace("book 1984", "book Nineteen Eighty-Four")
    assert got.stderr.splitlines() == [
        "newslint: fixed 1 problem in 1 file",
        f"newslint: {name}: 1 finding left unfixed on purpose ({at}: {HELD}); fix it by hand"]
