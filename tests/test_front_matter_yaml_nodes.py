"""YAML front-matter values given through a tag, an anchor or an alias
(qa70 #1): each is read as YAML reads it, never an internal error, and placed
from the parse: a tagged or anchored value's text past its properties
(`!!str`, `&a`), an empty value through an alias at the alias itself (its
text, if any, stands at the anchor), a tag alone (`title: !!str`) on the tag."""
from __future__ import annotations

import pytest

from lint.readers import read_bytes

BODY = "\n# City passes budget\n\nThe fee is TK, the mayor said on Monday.\n"
MISSING = "error [titles.missing-headline] no headline: the article's front-matter "


def _front(lines: str) -> str:
    return f"---\n{lines}date: 2026-03-02\n---\n" + BODY


@pytest.mark.parametrize("lines, at, said", [
    ("title: !!str\n", "2:8", "'title' is empty"),                    # the tag alone
    ('title: !!str ""\n', "2:15", "'title' is empty"),                 # inside the quotes, as `title: ""`
    ('title: &a !!str ""\n', "2:18", "'title' is empty"),
    ('title: !<tag:yaml.org,2002:str> ""\n', "2:34", "'title' is empty"),
    ('title: !!str # the title\n  ""\n', "3:4", "'title' is empty"),
    ('x: &e ""\ntitle: *e\n', "3:8", "'title' is empty"),               # the alias, not the anchor
    ('x: &e " "\nhed: *e\n', "3:6", "'hed' is blank"),
    ('x: &e "&nbsp;"\ntitle: *e\n', "3:8", "'title' is blank"),
])
def test_an_empty_title_through_a_tag_or_alias_is_said_where_it_is_given(run_cli, tmp_path, lines, at, said):
    story = tmp_path / "story.md"
    story.write_text(_front(lines), encoding="utf-8")
    result = run_cli("check", story, "--select", "titles")
    assert result.exit_code == 1
    assert result.stdout.splitlines()[0] == f"{story}:{at}: {MISSING}{said}"
    assert read_bytes("story.md", _front(lines).encode()).first("headline") is None   # the `#` is a heading


@pytest.mark.parametrize("lines, at", [
    ('title: !!str "Council TK budget"\n', "2:23"),
    ("title: &t Council TK budget\n", "2:19"),
    ('title: !!str\n  "Council TK budget"\n', "3:12"),
    ('title: !<tag:yaml.org,2002:str> Council TK budget\n', "2:41"),
    ('description: &d "Council TK budget"\n', "2:26"),
])
def test_text_after_a_tag_or_anchor_is_placed_past_it(run_cli, tmp_path, lines, at):
    story = tmp_path / "story.md"
    story.write_text(_front(lines), encoding="utf-8")
    result = run_cli("check", story, "--select", "hygiene.placeholder")
    assert result.stdout.splitlines()[0].startswith(f"{story}:{at}: error [hygiene.placeholder]")


@pytest.mark.parametrize("lines, at", [
    ('x: &c ""\ncredit: *c\n', "3:9"),
    ('x: &c ""\nimage: {src: a.jpg, alt: A dog, credit: *c}\n', "3:41"),
    ('x: &c ""\nimages:\n  - src: a.jpg\n    alt: A dog\n    credit: *c\n', "6:13"),
    ('credit: !!str ""\n', "2:16"),
])
def test_an_empty_value_through_an_alias_stands_at_the_alias(run_cli, tmp_path, lines, at):
    story = tmp_path / "story.md"
    story.write_text(_front("title: City passes budget\n" + lines), encoding="utf-8")
    result = run_cli("check", story, "--select", "captions.empty-credit")
    line, col = at.split(":")
    assert result.stdout.splitlines()[0].startswith(f"{story}:{int(line) + 1}:{col}: error [captions.empty-credit]")


KEYS = ["title", "hed", "author", "byline", "credit", "alt", "tags", "date", "publishDate", "description",
        "seo_title", "image", "images", "section"]
VALUES = ["!!str", '!!str ""', "*e", "*n", "!!null", "!!binary aGk=", "!foo bar", "!!set {a}", "[*e]",
          "{credit: *e}", "[{src: a.jpg, credit: *e}]", "&z !!str", "!!timestamp 2026-03-02",
          "!!str 2026-03-02", "!!omap [a: 1]", "!!bool yes", '&z ""']


def test_tags_aliases_and_merges_on_any_known_key_are_read(run_cli, tmp_path):
    # qa70 #1: these were `internal error: IndexError` (exit 2), the file unlinted
    for i, key in enumerate(KEYS):
        for j, value in enumerate(VALUES):
            (tmp_path / f"v{i}-{j}.md").write_text(
                f'---\nx: &e ""\nn: &n ~\n{key}: {value}\n---\n' + BODY, encoding="utf-8")
        (tmp_path / f"m{i}.md").write_text(f"---\nbase: &b {{{key}: !!str }}\n<<: *b\n---\n" + BODY,
                                           encoding="utf-8")
    result = run_cli("check", tmp_path, "--no-cache", "-j", "1")
    assert "internal error" not in result.stderr and result.exit_code == 1
    assert result.stdout.count("[hygiene.placeholder]") == len(KEYS) * (len(VALUES) + 1)
