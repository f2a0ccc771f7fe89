"""nu43's leftovers on wire headlines and the CLI's words (H7, M4, L4-L7).

H7: a wire tag and a sport slug before a headline (`UPDATE 1-Soccer-Arsenal
beat ...`) are the wire's furniture, and the word after the slug opens the
headline (`Golf-Leading scores ...`): titles.case flags neither. L4: the
unrelated headline's share of key words reads "none of" at 0%. L5: one
did-you-mean style across the CLI. L6: `--statistics` on a clean file says
so once. L7: a weekday abbreviation with no date after it is left alone in a
headline as in the body (the rule's design, now in its docs). M4: a wire
dateline with no year leaves the file undated, and -v says why."""
from __future__ import annotations

import pytest


def _check(run_cli, tmp_path, text: str, *args: str):
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    return run_cli("check", "--no-cache", "--no-color", "--published", "2026-03-03", *args, "s.txt",
                   cwd=tmp_path)


_ARSENAL = "LONDON, March 3 (Reuters) - Arsenal beat Chelsea 2-1 on Tuesday to go top of the Premier League.\n"


@pytest.mark.parametrize("headline", [
    "UPDATE 1-Soccer-Arsenal beat Chelsea 2-1 to go top",
    "REFILE-UPDATE 2-Soccer-Arsenal beat Chelsea 2-1 to go top",
    "Soccer-Arsenal beat Chelsea 2-1 to go top",
    "Motor racing-Arsenal beat Chelsea 2-1 to go top",
])
def test_a_wire_tag_and_a_sport_slug_are_no_case_fault(run_cli, tmp_path, headline):
    result = _check(run_cli, tmp_path, f"{headline}\n\n{_ARSENAL}", "--select", "titles.case")
    assert result.exit_code == 0, result.stderr
    assert "titles.case" not in result.stdout, result.stdout


def test_the_word_after_a_slug_opens_the_headline(run_cli, tmp_path):
    # (a slug with no tag needs a wire dateline over the story: qa168 #1)
    text = ("Golf-Leading scores at the Honda Classic\n\n"
            "MIAMI, March 3 (Reuters) - The leaders went out in the rain on Tuesday after a long delay.\n")
    result = _check(run_cli, tmp_path, text, "--select", "titles.case")
    assert result.exit_code == 0, result.stderr
    assert "titles.case" not in result.stdout, result.stdout


@pytest.mark.parametrize("headline,words", [
    # the words after the slug's opener are still judged
    ("UPDATE 1-Soccer-Arsenal Beat Chelsea To Go Top", "'Beat', 'To', 'Go', 'Top'"),
    # a hyphenated word that is no sport's slug keeps its case faults
    ("Self-Driving Cars Face New Rules", "'Driving', 'Cars', 'Face', 'New'"),
])
def test_case_faults_after_the_furniture_are_still_found(run_cli, tmp_path, headline, words):
    body = "The city council set new rules for cars on Tuesday, the mayor said.\n"
    result = _check(run_cli, tmp_path, f"{headline}\n\n{body}", "--select", "titles.case")
    assert f"headline is not in sentence case: {words}" in result.stdout, result.stdout


def test_no_key_word_in_the_story_says_none_of(run_cli, tmp_path):
    text = ("Golf-Leading scores at the Honda Classic\n\n"
            "The council approved a new stadium lease on Tuesday after a long debate about the cost.\n")
    result = _check(run_cli, tmp_path, text, "--select", "titles.headline-unrelated")
    assert "titles.headline-unrelated" in result.stdout, result.stdout
    assert "none of the headline's key words appear in it" in result.stdout
    assert "0%" not in result.stdout


@pytest.mark.parametrize("args", [("explain", "names.firstreference"), ("explain", "weekday"),
                                  ("check", "--select", "quote", "s.txt")])
def test_every_did_you_mean_reads_alike(run_cli, tmp_path, args):
    (tmp_path / "s.txt").write_text("Clean story\n\nThe story is clean, the mayor said.\n", encoding="utf-8")
    result = run_cli(*args, cwd=tmp_path)
    assert result.exit_code == 2
    assert "(did you mean " in result.stderr and "did you mean:" not in result.stderr, result.stderr


def test_statistics_on_a_clean_file_say_it_once(run_cli, tmp_path):
    result = _check(run_cli, tmp_path, "Clean story\n\nThe story is clean, the mayor said on Monday.\n",
                    "--statistics")
    assert result.exit_code == 0
    said = (result.stdout + result.stderr).splitlines()
    assert said == ["No problems found."], said


def test_a_weekday_abbreviation_with_no_date_is_left_alone_in_headline_and_body(run_cli, tmp_path):
    text = "Council meets Tue. to vote on the budget\n\nThe council meets Tue. to vote, the mayor said.\n"
    result = _check(run_cli, tmp_path, text, "--select", "style.weekday-abbreviation")
    assert result.stdout == "No problems found.\n", result.stdout
    dated = "Council meets Tue., March 10, to vote on the budget\n\nThe council meets Tue., March 10.\n"
    result = _check(run_cli, tmp_path, dated, "--select", "style.weekday-abbreviation")
    assert "s.txt:1:15: warning [style.weekday-abbreviation]" in result.stdout, result.stdout
    assert "s.txt:3:19: warning [style.weekday-abbreviation]" in result.stdout, result.stdout


def test_a_wire_dateline_with_no_year_is_named_as_why_the_file_is_undated(run_cli, tmp_path):
    """nu43 M4: `BOSTON, April 20 (Reuters) - ` gives no year, and a date
    check with no year could be wrong (a Dec. 30 story's `Jan. 2`), so the
    file stays undated; -v says the dateline was read and gave no year."""
    (tmp_path / "w4.txt").write_text(
        "Union meets over plant closure\n\nBOSTON, April 20 (Reuters) - The union said on Monday it would "
        "fight the plant closure.\n\nThe union met on June 2 to plan the strike, a spokesman said.\n",
        encoding="utf-8")
    result = run_cli("check", "--no-cache", "-v", "w4.txt", cwd=tmp_path)
    assert ("w4.txt: no publication date found (the wire dateline's date, 'April 20', gives no year); "
            "checks that need one are quiet") in result.stderr, result.stderr
    assert "dates.after-publication" not in result.stdout
    dated = run_cli("check", "--no-cache", "--published", "2026-04-20", "w4.txt", cwd=tmp_path)
    assert "w4.txt:5:18: warning [dates.after-publication]" in dated.stdout, dated.stdout
