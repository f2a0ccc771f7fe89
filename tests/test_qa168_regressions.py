"""qa168: quick QA of fx273 (titles.case's wire tag and sport slug, explain's
did-you-mean). Each test asserts the right behaviour; #3's strict xfail
was removed when fx306 fixed it, and its neighbour added."""
from __future__ import annotations

import pytest

_BODY = "The city council set new rules for cars on Tuesday, the mayor said.\n"
_ARSENAL = "LONDON, March 3 (Reuters) - Arsenal beat Chelsea 2-1 on Tuesday to go top of the Premier League.\n"


def _check(run_cli, tmp_path, text: str, *args: str):
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    return run_cli("check", "--no-cache", "--no-color", "--published", "2026-03-03", *args, "s.txt",
                   cwd=tmp_path)


@pytest.mark.parametrize("headline,at,words", [
    ("Golf-Course Owners sue city over taxes", "1:6", "'Course', 'Owners'"),
    ("Soccer-Mom Voters sway the election", "1:8", "'Mom', 'Voters'"),
])
def test_a_sport_compound_in_a_non_wire_headline_keeps_its_case_fault(run_cli, tmp_path, headline, at, words):
    result = _check(run_cli, tmp_path, f"{headline}\n\n{_BODY}", "--select", "titles.case")
    assert f"s.txt:{at}: suggestion [titles.case] headline is not in sentence case: {words}" \
        in result.stdout, result.stdout


@pytest.mark.parametrize("headline", [
    "REFILE-Soccer-Arsenal beat Chelsea 2-1 to go top",
    "RPT-Soccer-Arsenal beat Chelsea 2-1 to go top",
    "CORRECTED-Soccer-Arsenal beat Chelsea 2-1 to go top",
])
def test_a_refile_or_correction_mark_alone_before_a_slug_is_no_case_fault(run_cli, tmp_path, headline):
    result = _check(run_cli, tmp_path, f"{headline}\n\n{_ARSENAL}", "--select", "titles.case")
    assert "titles.case" not in result.stdout, result.stdout


# fixed (fx306): headline_wire._ANY_CASE_TAG reads a numbered tag in any case before a slug
def test_a_mixed_case_wire_tag_before_a_slug_is_no_case_fault(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, f"Update 1-Soccer-Arsenal beat Chelsea 2-1 to go top\n\n{_ARSENAL}",
                    "--select", "titles.case")
    assert "titles.case" not in result.stdout, result.stdout


def test_a_mixed_case_tag_with_no_slug_after_it_stays_words(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, f"Update 1-Fans Sue Arsenal Over Ticket Prices\n\n{_ARSENAL}",
                    "--select", "titles.case")
    assert "s.txt:1:10: suggestion [titles.case] headline is not in sentence case: 'Fans', 'Sue', 'Arsenal', 'Over' and 2 more" \
        in result.stdout, result.stdout


@pytest.mark.parametrize("typo", ["titles.cse", "TITLES.CASE"])
def test_explain_suggests_the_rule_a_typo_is_closest_to(run_cli, tmp_path, typo):
    result = run_cli("explain", typo, cwd=tmp_path)
    assert result.exit_code == 2
    assert "(did you mean titles.case?)" in result.stderr, result.stderr


def test_a_mistyped_option_says_did_you_mean_in_the_clis_one_form(run_cli, tmp_path):
    (tmp_path / "s.txt").write_text("Clean story\n\nThe story is clean, the mayor said.\n", encoding="utf-8")
    result = run_cli("check", "--rule-dir", ".", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "did you mean one of:" not in result.stderr.lower(), result.stderr
    assert "(did you mean " in result.stderr, result.stderr
