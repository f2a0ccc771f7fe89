"""fx541: an apostrophe's short year in a headline ('87, AP Stylebook "years")
is borne out by the body's 1987 written as a year (nu72 #4); a count's 1987, a
quoted '12 and a real number the body lacks are still flagged."""
import json

import pytest

from lint.analysis.numbers import abbreviated_years

BODY = ("The paper industry is headed for another year of record volume in 1987, "
        "the institute said on Tuesday.\n")


def unsupported(run_cli, tmp_path, text, *args):
    path = tmp_path / "paper.txt"
    path.write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", "--select", "titles.headline-unsupported",
                     "--published", "1987-03-03", *args, path)
    return [f for f in json.loads(result.stdout) if f["rule"] == "titles.headline-unsupported"]


@pytest.mark.parametrize("year", ["'87", "\u201987", "\u201887"])
def test_short_year_in_headline_is_quiet(run_cli, tmp_path, year):
    assert unsupported(run_cli, tmp_path, f"Paper market seen strong in {year}\n\n" + BODY) == []


def test_short_year_beside_missing_number_still_flags_the_number(run_cli, tmp_path):
    found = unsupported(run_cli, tmp_path, "Paper output to grow 12 percent in '87\n\n" + BODY)
    assert [(f["column"], f["end_column"]) for f in found] == [(22, 24)], found


def test_short_year_in_body_prose_leaves_headline_number_flagged(run_cli, tmp_path):
    body = "The paper industry expects record volume in '87, the institute said on Tuesday.\n"
    found = unsupported(run_cli, tmp_path, "Paper output to grow 12 percent\n\n" + body)
    assert len(found) == 1 and "12" in found[0]["message"], found


@pytest.mark.parametrize("body", [
    "The paper industry is headed for record volume with 1987 employees, the institute said on Tuesday.",
    "The paper industry is headed for record volume in 1987 dollars, the institute said on Tuesday.",
    "The paper industry is headed for another year of record volume, the institute said on Tuesday.",
])
def test_short_year_the_body_never_gives_as_a_year_is_flagged(run_cli, tmp_path, body):
    found = unsupported(run_cli, tmp_path, "Paper market seen strong in '87\n\n" + body + "\n")
    assert [(f["column"], f["end_column"]) for f in found] == [(30, 32)], found


def test_quoted_number_is_no_short_year(run_cli, tmp_path):
    body = "Ten fans were arrested after the derby, police said. The ground was built in 2012.\n"
    found = unsupported(run_cli, tmp_path, "Police: '12 arrested' after derby\n\n" + body)
    assert [(f["column"], f["end_column"]) for f in found] == [(10, 12)], found


@pytest.mark.parametrize("text,years", [
    ("in '87", ("1987", "2087")), ("in \u201987", ("1987", "2087")),
    ("'87s", ()), ("rock'87", ()), ("'87.5", ()), ("in 87", ()), ("''87", ()),
    ("'12 arrested'", ())])
def test_abbreviated_years(text, years):
    start = next(i for i, c in enumerate(text) if c.isdigit())
    assert abbreviated_years(text, start, start + 2) == years
