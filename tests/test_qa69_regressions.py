"""Faults QA (qa69) found on lead33, pinned as strict xfails: each test states
what a newsroom user should see and fails today; when a fix lands the xfail
turns into an unexpected pass and the marker goes."""
from __future__ import annotations

import pytest

STORY = "The mayor spoke on Monday, aides said.\n"


@pytest.mark.parametrize("front", ['---\ntitle: ""\ndate: 2026-03-02\n---\n',
                                   '---\ntitle: "   "\ndate: 2026-03-02\n---\n',
                                   '+++\ntitle = ""\ndate = 2026-03-02\n+++\n'])
def test_an_empty_front_matter_title_is_a_missing_headline(run_cli, tmp_path, front):
    # as a web page's empty <title> and a JSON Lines record's empty 'headline' are
    # (`title:` with no value already is); a Hugo draft made from a `title: ""`
    # archetype must not pass with no headline
    (tmp_path / "story.md").write_text(front + "\n" + STORY, encoding="utf-8")
    result = run_cli("check", tmp_path / "story.md", "--select", "titles")
    assert "[titles.missing-headline]" in result.stdout


def test_diff_names_the_line_of_an_unknown_directive_id(run_cli, tmp_path):
    # `check` says story.md:6:51; on main --diff said it too (as an exit-2 problem)
    (tmp_path / "story.md").write_text(
        '---\ntitle: "Council meets"\ndate: 2026-03-02\n---\n\n'
        "The meeting is at 7pm. <!-- newslint-disable-line approved -->\n", encoding="utf-8")
    checked = run_cli("check", "story.md", "--select", "style", cwd=tmp_path)
    assert "story.md:6:51: warning [file.directive]" in checked.stdout       # the guard
    diffed = run_cli("check", "story.md", "--select", "style", "--diff", cwd=tmp_path)
    assert "[file.directive]" in diffed.stderr and "story.md:6:51" in diffed.stderr


def test_explain_counts_one_finding_in_the_singular(run_cli, tmp_path):
    pack = tmp_path / "rules" / "house"
    pack.mkdir(parents=True)
    (pack / "word.yaml").write_text(
        'extends: existence\nmessage: "avoid \'%s\'"\nlevel: warning\n'
        "description: A banned word.\ntokens: [slammed]\nexamples:\n"
        '  - fail: "Council slammed over barn."\n    count: 2\n'
        '  - pass: "Council criticized."\n', encoding="utf-8")
    result = run_cli("explain", "house.word", "--rules", tmp_path / "rules")
    assert "1 finding where the example says 2" in result.stdout


@pytest.mark.parametrize("masthead", ['<h1 class="site-logo">Springfield Shopper</h1>',
                                      '<h1><a href="/">Springfield Shopper</a></h1>'])
def test_a_logo_h1_above_the_article_is_never_the_headline(run_cli, tmp_path, masthead):
    # docs/reading.md: a masthead <h1> (a logo or brand class, or a link to the
    # site's root) is never the headline; main said titles.missing-headline here
    (tmp_path / "story.html").write_text(
        '<!doctype html><html><head><meta charset="utf-8">\n'
        '<meta property="article:published_time" content="2026-03-02T10:00:00Z"></head><body>\n'
        f"{masthead}\n<article><p>The city council approved a budget on Monday, officials said.</p>"
        "<p>The vote was 5-2, with two members absent from the meeting.</p></article>\n"
        "</body></html>\n", encoding="utf-8")
    parsed = run_cli("parse", tmp_path / "story.html")
    assert "headline: 'Springfield Shopper'" not in parsed.stdout
    checked = run_cli("check", tmp_path / "story.html", "--select", "titles")
    assert "[titles.missing-headline]" in checked.stdout
