"""`file.no-body`: front matter and no story under it (nu29 #2: the template a
student handed in got no finding at all), and the pages meant to be empty."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes

TEMPLATE = "---\ntitle: Story coming soon\ndate: 2026-12-03\nauthor: Dev Patel\n---\n"


def _rules(name: str, text: str, config: Config = Config()) -> list[tuple]:
    return [(d.rule, d.line, d.column, d.level)
            for d in lint_bytes(name, text.encode("utf-8"), config).diagnostics]


@pytest.mark.parametrize("text", [
    TEMPLATE, TEMPLATE + "\n  \n", TEMPLATE.replace("\n", "\r\n"),
    "+++\ntitle = \"Vote\"\ndate = 2026-12-03\n+++\n",
    '{"title": "Vote", "date": "2026-12-03"}\n',
])
def test_front_matter_and_no_story_is_said(text):
    assert _rules("s08.md", text) == [("file.no-body", 1, 1, "warning")]


@pytest.mark.parametrize("name, text", [
    ("s08.md", TEMPLATE + "\nThe council met Tuesday.\n"),                        # a story
    ("link.md", TEMPLATE.replace("---\n", "---\nsource_url: https://18f.gsa.gov/x/\n", 1)),
    ("old.md", TEMPLATE.replace("---\n", "---\nredirect_to: /news/vote/\n", 1)),
    ("search.md", TEMPLATE.replace("---\n", "---\nlayout: search\n", 1)),
    ("_index.md", "---\ntitle: News\n---\n"),                                    # a Hugo list page
    ("story.txt", TEMPLATE),                  # plain text has no front matter: its lines are the story
])
def test_a_page_meant_to_be_empty_or_with_a_story_is_not(name, text):
    assert "file.no-body" not in [r[0] for r in _rules(name, text)]


def test_a_class_fails_the_run_on_it_by_its_level(run_cli, tmp_path):
    (tmp_path / "s08.md").write_text(TEMPLATE, encoding="utf-8")
    assert run_cli("check", "--no-cache", "s08.md", cwd=tmp_path).exit_code == 0
    assert run_cli("check", "--no-cache", "--fail-level", "warning", "s08.md", cwd=tmp_path).exit_code == 1
    (tmp_path / ".newslint.yaml").write_text("levels: {file: error}\n", encoding="utf-8")
    assert run_cli("check", "--no-cache", "s08.md", cwd=tmp_path).exit_code == 1
