"""A front-matter title that YAML, TOML or JSON reads as a number, a date or
a boolean (`title: 1984`, `title: 2024-05-01`, `title: yes`, `title: 3.14`)
is the page's title as Hugo, Jekyll and Eleventy print it (fx140 #1): it is
read as the headline, its text as written and placed exactly from the
parse, and linted as any headline; not `titles.missing-headline` ("'title'
is a number, not text"). A list or a mapping is still no text."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "\nThe council voted on Tuesday to approve the budget for next year.\n"


@pytest.mark.parametrize("front, text, at", [
    ("---\ntitle: 1984\n---\n", "1984", (2, 8)),
    ("---\ntitle: 2024-05-01\n---\n", "2024-05-01", (2, 8)),
    ("---\ntitle: yes\n---\n", "yes", (2, 8)),
    ("---\ntitle: 3.14\n---\n", "3.14", (2, 8)),
    ("---\ntitle: 0\n---\n", "0", (2, 8)),
    ("---\nhed: true\n---\n", "true", (2, 6)),
    ("---\ntitle: !!int \"1984\"\n---\n", "1984", (2, 15)),        # past the tag, inside the quotes
    ("---\ntitle: &t 1984 # the novel\n---\n", "1984", (2, 11)),
    ("---\nx: &n 1984\ntitle: *n\n---\n", "1984", (2, 7)),          # an alias's text stands at the anchor
    ("+++\ntitle = 1984 # the novel\n+++\n", "1984", (2, 9)),
    ("+++\ntitle = 2024-05-01\n+++\n", "2024-05-01", (2, 9)),
    ("+++\ntitle = true\n+++\n", "true", (2, 9)),
    ('{\n"title": 1984\n}\n', "1984", (2, 10)),
    ('{"title": 3.5e2}\n', "3.5e2", (1, 11)),
])
def test_a_title_read_as_a_number_date_or_boolean_is_the_headline_as_written(front, text, at):
    doc = read_bytes("story.md", (front + STORY).encode())
    head = doc.first("headline")
    assert head is not None and head.text == text
    assert doc.lines.position(head.source_offset(0)) == at


def test_a_number_title_is_no_missing_headline(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: 1984\ndate: 2026-03-02\n---\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles.missing-headline")
    assert "[titles.missing-headline]" not in result.stdout and result.exit_code == 0


def test_a_number_title_is_linted_as_a_headline(run_cli, tmp_path):
    # the text is the headline's: a headline rule reads it, placed at the value
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: 3.14\ndate: 2026-03-02\n---\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.stdout.splitlines()[0] == (f"{story}:2:8: warning [titles.headline-unsupported] number "
                                             "'3.14' in the headline is never mentioned in the body; "
                                             "check the headline, or give it in the body")


def test_a_list_title_is_still_no_text(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text("---\ntitle: [1984]\ndate: 2026-03-02\n---\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles.missing-headline")
    assert "'title' is a list, not text" in result.stdout


@pytest.mark.parametrize("front", ["title: &t 2024-02-30\nupdated: *t\n", "title: &t 2024-02-30\nupdated: [*t]\n",
                                   "updated: &t 2024-02-30\ntitle: *t\n"])
def test_a_title_read_as_text_leaves_its_aliases_under_other_keys_as_yaml_reads_them(front):
    # fx146 #5: the title's date no calendar has was retagged as text in place, so an
    # alias of it under another key read as text too, in one order of the keys only
    doc = read_bytes("story.md", f"---\n{front}---\n{STORY}".encode())
    assert doc.first("headline").text == "2024-02-30"
    assert not [p for p in doc.parts if p.name.startswith("updated")]
    notes = [(n.level, n.message, doc.lines.position(n.offset)) for n in doc.notices]
    anchor = (2, 8) if front.startswith("title") else (2, 10)
    assert notes == [("error", "invalid YAML front matter: day is out of range for month", anchor)]
