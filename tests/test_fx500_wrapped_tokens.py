"""fx500: an `existence` token of plain words matches over a line wrap in
one part (nu68 #3), as a `substitution` key does, while the closing
copyright tagline stays spared when it is wrapped over two or three lines,
last or before a credit line (qa363 #1, #2: what took fx496 back)."""
from __future__ import annotations

import json

import pytest

from lint import lint_text
from lint.config import Config

BOILERPLATE = Config(select=("hygiene.boilerplate",))
STORY = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n\n"
CREDITS = ["(Reporting by Jane Doe; Editing by John Roe)", "\u2014 Reuters", "(AP)",
           "Jane Doe contributed to this report.", "AP-NY-05-01-98 0913EDT"]
TWO = "Copyright 2026 Lakeshore Ledger. All rights\nreserved."
THREE = "Copyright 2026 The Lakeshore\nLedger. All rights\nreserved."


def found(text: str, path: str = "s.txt") -> list[tuple[int, int, int, int, str]]:
    return [(d.line, d.column, d.end_line, d.end_column, d.snippet)
            for d in lint_text(text, path, config=BOILERPLATE)]


# --- the tagline wrapped over two and three lines before a credit line ---------------

@pytest.mark.parametrize("tagline", [TWO, THREE, "Copyright 2026 Lakeshore Ledger. All\nrights reserved.",
                                     "Copyright 2026\nLakeshore Ledger. All\nrights\nreserved."])
@pytest.mark.parametrize("credit", CREDITS)
@pytest.mark.parametrize("gap", ["\n", "\n\n"])         # the credit in the tagline's paragraph, or its own
def test_a_wrapped_tagline_before_a_credit_line_is_spared(tagline, credit, gap):
    assert found(STORY + tagline + gap + credit + "\n") == []


@pytest.mark.parametrize("tagline", [TWO, THREE])
def test_a_wrapped_tagline_ending_the_story_is_spared(tagline):
    assert found(STORY + tagline + "\n") == []
    assert found(STORY[:-1] + tagline + "\n") == []          # its own lines at the last paragraph's end


def test_a_tagline_wrapped_a_word_a_line_over_eight_lines_is_spared():
    # the most lines a wrapped tagline is read over (existence._WRAPPED_LINES)
    tagline = "Copyright\n2026\nThe\nLakeshore\nLedger.\nAll\nrights\nreserved."
    assert found(STORY + tagline + "\n") == []
    assert found(STORY + tagline + "\n(AP)\n") == []


def test_a_tagline_whose_year_is_on_its_second_line_is_spared_when_wrapped_over_the_phrase():
    assert found(STORY + "Copyright The Lakeshore\nLedger 2026. All rights\nreserved.\n(AP)\n") == []


def test_a_three_line_tagline_before_a_credit_in_nitf_is_spared(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene.boilerplate]\n", encoding="utf-8")
    story = tmp_path / "story.nitf"
    story.write_text('<?xml version="1.0"?>\n<nitf><head><title>Council approves budget</title></head><body>'
                     "<body.head><hedline><hl1>Council approves budget</hl1></hedline></body.head>"
                     "<body.content>\n<p>The council met on Monday.</p>\n<p>" + THREE + "</p>\n"
                     "<p>(Reporting by Jane Doe; Editing by John Roe)</p>\n</body.content></body></nitf>\n",
                     encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", story, cwd=tmp_path)
    assert result.exit_code == 0, result.stdout + result.stderr
    assert json.loads(result.stdout) == []


# --- guards: what stays reported ------------------------------------------------------

def test_guard_a_wrapped_phrase_mid_story_is_reported_across_its_break():
    text = STORY + TWO + "\n\nThe appeal is due in March.\n"
    assert [f[:4] for f in found(text)] == [(5, 34, 6, 9)]
    assert found(text)[0][4].split() == ["All", "rights", "reserved"]


@pytest.mark.parametrize("tagline", [TWO, THREE])
def test_guard_a_wrapped_tagline_before_two_lines_is_reported(tagline):
    text = STORY + tagline + "\n\n\u2014 Reuters\n\n(Reporting by Jane Doe)\n"
    assert len(found(text)) == 1


@pytest.mark.parametrize("tagline", [TWO, THREE])
def test_guard_a_wrapped_tagline_under_a_page_footer_is_reported(tagline):
    assert len(found(STORY + tagline + "\n\nPrivacy Policy | Terms of Use\n")) == 1


def test_guard_a_wrapped_notice_with_no_year_is_reported():
    assert len(found(STORY + "Copyright The Lakeshore Ledger. All rights\nreserved.\n(AP)\n")) == 1


def test_guard_a_wrapped_notice_after_other_text_on_its_line_is_reported():
    assert len(found(STORY + "Home | About | Copyright 2026 Ledger. All rights\nreserved.\n")) == 1


def test_guard_a_copyright_line_then_the_phrase_on_its_own_line_before_a_credit_as_before():
    # the phrase does not run over a break: it is judged by its own line, as on main
    assert [f[:2] for f in found(STORY + "Copyright 2026 Lakeshore Ledger.\nAll rights reserved.\n(AP)\n")] == [(6, 1)]


def test_guard_a_house_that_wants_the_line_reported_still_gets_it_wrapped(tmp_path):
    from lint.config import from_mapping
    config = from_mapping({"select": ["hygiene.boilerplate"],
                           "options": {"hygiene.boilerplate": {"closing": ""}}}, str(tmp_path / "c.yaml"))
    assert len(lint_text(STORY + THREE + "\n(AP)\n", "s.txt", config=config)) == 1


# --- a house rule's plain token over a wrap ----------------------------------------------

def _house(tmp_path, rule: str, story: str):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(rule, encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("# Council approves budget plan\n\n" + story, encoding="utf-8")
    return tmp_path / "post.md"


RULE = ("extends: existence\nmessage: \"don't write '%s'\"\nlevel: warning\nignorecase: true\n"
        "tokens:\n  - sources say\n  - sources (?:said|claim)\n")


def _spans(run_cli, tmp_path, post):
    result = run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["message"]) for f in json.loads(result.stdout)]


def test_a_plain_token_over_a_wrap_is_placed_from_its_first_word_over_the_break(run_cli, tmp_path):
    post = _house(tmp_path, RULE, "The plan passed, sources\nsay.\n")
    assert _spans(run_cli, tmp_path, post) == [(3, 18, 4, 4, "don't write 'sources say'")]


def test_a_plain_token_over_a_crlf_wrap(run_cli, tmp_path):
    post = _house(tmp_path, RULE, "")
    post.write_bytes(b"# Council approves budget plan\r\n\r\nThe plan passed, sources\r\nsay.\r\n")
    assert _spans(run_cli, tmp_path, post) == [(3, 18, 4, 4, "don't write 'sources say'")]


def test_guard_a_regex_token_matches_as_written(run_cli, tmp_path):
    post = _house(tmp_path, RULE, "The plan passed, sources\nsaid. Sources claim it.\n")
    assert [s[:2] for s in _spans(run_cli, tmp_path, post)] == [(4, 7)]


def test_guard_no_token_across_paragraphs(run_cli, tmp_path):
    post = _house(tmp_path, RULE, "The plan passed, sources\n\nsay more.\n")
    assert _spans(run_cli, tmp_path, post) == []


def test_an_exception_written_on_one_line_excepts_the_wrapped_phrase(run_cli, tmp_path):
    rule = ("extends: existence\nmessage: \"don't write '%s'\"\nlevel: warning\n"
            "tokens: [sources say, Sources say]\nexceptions: [Sources say]\n")
    post = _house(tmp_path, rule, "Sources\nsay it passed. But sources\nsay no.\n")
    assert [s[:2] for s in _spans(run_cli, tmp_path, post)] == [(4, 20)]


def test_substitution_and_existence_read_a_plain_phrase_with_one_helper():
    from lint.kinds import _alternation, substitution
    assert substitution.key_pattern is _alternation.key_pattern
    assert _alternation.key_pattern("sources say") == (r"sources\s+say", True)
