"""A front-matter headline key that is there with no text (`title: ""`,
`title: "   "`, TOML `title = ""`, `hed: ""`) is no headline (qa69 #1): the
missing headline says the title is empty or blank, at its value, and a body
`#` heading is not taken in its place (the site heads the page with the
empty front-matter title, as Hugo's `.Title` does)."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

STORY = "The mayor spoke on Monday, aides said.\n"
MISSING = "error [titles.missing-headline] no headline: the article's front-matter "


@pytest.mark.parametrize("front, at, said", [
    ('---\ntitle: ""\ndate: 2026-03-02\n---\n', "2:9", "'title' is empty"),
    ('---\ntitle: "   "\ndate: 2026-03-02\n---\n', "2:9", "'title' is blank"),
    ('+++\ntitle = ""\ndate = 2026-03-02\n+++\n', "2:10", "'title' is empty"),
    ('{\n"title": "",\n"date": "2026-03-02"\n}\n', "2:11", "'title' is empty"),
    ('---\nhed: ""\ndate: 2026-03-02\n---\n', "2:7", "'hed' is empty"),
    ("---\nheadline: ' '\ntitle: ''\n---\n", "2:12", "'headline' is blank and 'title' is empty"),
])
def test_an_empty_title_is_said_at_its_value(run_cli, tmp_path, front, at, said):
    story = tmp_path / "story.md"
    story.write_text(front + "\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.stdout.splitlines()[0] == f"{story}:{at}: {MISSING}{said}"


@pytest.mark.parametrize("name", ["story.md", "story.txt"])
def test_a_body_heading_is_not_taken_for_an_empty_title(run_cli, tmp_path, name):
    body = "# Mayor speaks\n\n" if name.endswith(".md") else "Mayor speaks\n\n"
    text = '---\ntitle: ""\n---\n\n' + body + STORY
    doc = read_bytes(name, text.encode())
    assert doc.first("headline") is None
    story = tmp_path / name
    story.write_text(text, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.stdout.splitlines()[0] == f"{story}:2:9: {MISSING}'title' is empty"


def test_an_empty_headline_beside_a_title_reads_the_title():
    doc = read_bytes("story.md", ('---\nheadline: ""\ntitle: "Mayor speaks"\n---\n\n' + STORY).encode())
    assert doc.first("headline").text == "Mayor speaks"


def test_an_empty_title_over_no_body_is_not_flagged(run_cli, tmp_path):
    # front matter alone has no story to head, as with no title key at all
    story = tmp_path / "_index.md"
    story.write_text('---\ntitle: ""\n---\n', encoding="utf-8")
    assert "[titles.missing-headline]" not in run_cli("check", story, "--select", "titles").stdout


# qa70 #8: a title there with no text in another form (YAML null, an empty
# collection) is read as `title: ""` is; a title holding something other than
# text is said to, not called missing ("no headline or title field"); a
# number, date or boolean is the text it is written as (fx140 #1:
# test_front_matter_scalar_title)
@pytest.mark.parametrize("front, at, said", [
    ("---\ntitle: ~\ndate: 2026-03-02\n---\n", "2:8", "'title' is null"),
    ("---\ntitle: null\ndate: 2026-03-02\n---\n", "2:8", "'title' is null"),
    ("---\ntitle:\ndate: 2026-03-02\n---\n", "2:1", "'title' is null"),          # nothing to stand on: the key
    ("---\ntitle: !!null\ndate: 2026-03-02\n---\n", "2:8", "'title' is null"),
    ("---\ntitle: []\ndate: 2026-03-02\n---\n", "2:8", "'title' is an empty list"),
    ("---\ntitle: {}\ndate: 2026-03-02\n---\n", "2:8", "'title' is an empty mapping"),
    ("---\nx: &n ~\ntitle: *n\n---\n", "3:8", "'title' is null"),
    ("---\nhed:\n---\n", "2:1", "'hed' is null"),
    ('{\n"title": null,\n"date": "2026-03-02"\n}\n', "2:10", "'title' is null"),
    ("+++\ntitle = []\ndate = 2026-03-02\n+++\n", "2:9", "'title' is an empty list"),
    ("---\ntitle: [a, b]\ndate: 2026-03-02\n---\n", "2:8", "'title' is a list, not text"),
    ('---\ntitle: [""]\ndate: 2026-03-02\n---\n', "2:8", "'title' is a list, not text"),
    ("---\ntitle:\n  - Mayor speaks\n---\n", "3:3", "'title' is a list, not text"),
    ("+++\n[title]\nx = 1\n+++\n", "2:1", "'title' is a mapping, not text"),
    ('{\n"title": ["Mayor speaks"]\n}\n', "2:10", "'title' is a list, not text"),
    ("---\ntitle: !!binary aGk=\n---\n", "2:17", "'title' is binary data, not text"),
    ("---\ntitle: {name: 1984}\n---\n", "2:8", "'title' is a mapping, not text"),
    ("+++\ntitle = [1984]\n+++\n", "2:9", "'title' is a list, not text"),
    ('---\ntitle: ~\nheadline: ""\n---\n', "2:8", "'title' is null and 'headline' is empty"),   # file order
])
def test_a_title_with_no_text_in_any_form_is_said_and_no_heading_stands_in(run_cli, tmp_path, front, at, said):
    text = front + "\n# Mayor speaks\n\n" + STORY
    assert read_bytes("story.md", text.encode()).first("headline") is None
    story = tmp_path / "story.md"
    story.write_text(text, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.stdout.splitlines()[0] == f"{story}:{at}: {MISSING}{said}"


def test_a_null_title_beside_a_title_with_text_reads_the_title():
    doc = read_bytes("story.md", ("---\nhed: ~\ntitle: Mayor speaks\n---\n\n" + STORY).encode())
    assert doc.first("headline").text == "Mayor speaks"


def test_a_null_title_over_no_body_is_not_flagged(run_cli, tmp_path):
    story = tmp_path / "_index.md"
    story.write_text("---\ntitle: ~\n---\n", encoding="utf-8")
    assert "[titles.missing-headline]" not in run_cli("check", story, "--select", "titles").stdout


@pytest.mark.parametrize("value", ['"\\u200b"', '"\u00ad"', '"\u200b \u2060"', "'\ufeff'"])
def test_a_title_of_only_format_characters_is_blank(run_cli, tmp_path, value):
    # qa72 #6: zero-width spaces and soft hyphens show nothing, as spaces do
    story = tmp_path / "story.md"
    story.write_text(f"---\ntitle: {value}\ndate: 2026-03-02\n---\n\n# Mayor speaks\n\n" + STORY, encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.stdout.splitlines()[0] == f"{story}:2:9: {MISSING}'title' is blank"
