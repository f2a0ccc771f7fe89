"""A scalar that its explicit tag cannot build (`!!int abc`, `!!float abc`,
`!!bool maybe`, `!!int ""`) is one error naming the value at its place, in a
config, a rule file and front matter alike (qa255 #1): PyYAML's constructors
raise a bare ValueError, KeyError or IndexError for these, which was an
internal error. Synthetic files only, written under tmp_path."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes
from lint.safeload import LoadError, load_yaml
from rule_file_helpers import config_errors, rule_error, write

BAD = [("!!int abc", "'abc' is not a whole number (it is tagged !!int)"),
       ("!!float abc", "'abc' is not a number (it is tagged !!float)"),
       ("!!bool maybe", "'maybe' is not true or false (it is tagged !!bool)"),
       ('!!int ""', "'' is not a whole number (it is tagged !!int)"),
       ('!!float ""', "'' is not a number (it is tagged !!float)")]


@pytest.mark.parametrize("value, words", BAD)
def test_a_config_says_the_bad_scalar_at_its_place(run_cli, tmp_path, value, words):
    code, lines = config_errors(run_cli, tmp_path, f"fail-level: error\nlevels: {value}\n")
    assert code == 2
    assert lines == [f"newslint: c.yaml:2:9: levels: {words}"], lines


def test_a_config_with_sound_tagged_scalars_loads_as_before():
    # the nearest case: each tag given a value it reads
    refused: list = []
    data = load_yaml("a: !!int 12\nb: !!float 1.5\nc: !!bool yes\ne: 7\nf: ~\n<<: {g: 1}\n", refused=refused)
    assert data == {"a": 12, "b": 1.5, "c": True, "e": 7, "f": None, "g": 1} and refused == []


def test_a_plain_number_too_long_to_read_is_said_in_plain_words():
    with pytest.raises(LoadError, match="a whole number of 5,000 digits, too long to read") as info:
        load_yaml("x: " + "9" * 5000 + "\n")
    assert (info.value.line, info.value.column, info.value.key) == (1, 4, "x")


@pytest.mark.parametrize("value, words", BAD)
def test_a_rule_file_says_the_bad_scalar_at_its_place(tmp_path, value, words):
    said = rule_error(tmp_path, f"extends: existence\nmessage: x\ntokens: [slammed, {value}]\n")
    assert said.startswith("X:3:19:") and words in said, said
    assert "internal error" not in said and "invalid literal" not in said, said


def test_a_rule_file_through_the_cli_stops_cleanly(run_cli, tmp_path):
    write(tmp_path / "rules" / "house" / "banned.yaml",
          "extends: existence\nmessage: x\ntokens: [slammed]\nignorecase: !!bool maybe\n")
    code, lines = config_errors(run_cli, tmp_path, "rules: [rules]\n")
    stderr = "\n".join(lines)
    assert code == 2
    assert "banned.yaml:4:13: ignorecase: 'maybe' is not true or false" in stderr, stderr
    assert "internal error" not in stderr, stderr


def _front_matter(value: str) -> list[tuple[str, str, tuple[int, int]]]:
    doc = read_bytes("story.md", f"---\ntitle: A vote\nx: [a, {value}]\n---\n\nThe council met.\n".encode())
    return [(n.level, n.message, doc.lines.position(n.offset)) for n in doc.notices if n.rule == "file.front-matter"]


@pytest.mark.parametrize("value, words", BAD)
def test_front_matter_says_the_bad_scalar_as_a_finding(value, words):
    assert _front_matter(value) == [("error", f"invalid YAML front matter: {words}", (3, 8))]


def test_front_matter_keeps_the_calendar_words_for_a_date_no_calendar_has():
    # the nearest case: a timestamp tag on an impossible date says it as before
    assert _front_matter("!!timestamp 2024-02-30") == [
        ("error", "invalid YAML front matter: day is out of range for month", (3, 8))]
    assert _front_matter("!!int 12") == []
