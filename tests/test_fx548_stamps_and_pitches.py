"""fx548: a byline-classed date stamp is a timestamp field, not a byline
(nu72 #7); a named newsletter pitch is boilerplate (nu72 #10). Guards: a
byline with its name and a stamp stays a byline; prose about signing up
for a newsletter is not boilerplate."""
import json

import pytest


def _parts(run_cli, path):
    return json.loads(run_cli("parse", "--format", "json", path).stdout)[0]["parts"]


def _rules(run_cli, path, *extra):
    return [f["rule"] for f in json.loads(run_cli("check", "--format", "json", path, *extra).stdout)]


PAGE = """<article><h1>Ferry fares rise</h1>
<p class="{cls}">{line}</p>
<p>The harbor board voted 5-2 on Monday to raise ferry fares, the chair said.</p>
</article>
"""


@pytest.mark.parametrize("line", ["December 29, 2014 | 10:32am", "Updated Dec. 29, 2014 at 10:32 a.m."])
def test_stamp_in_a_byline_element_is_a_timestamp(run_cli, tmp_path, line):
    path = tmp_path / "p.html"
    path.write_text(PAGE.format(cls="byline-date", line=line), encoding="utf-8")
    parts = _parts(run_cli, path)
    assert [p["kind"] for p in parts if p["text"] == line] == ["field"]
    assert not [p for p in parts if p["kind"] == "byline"]


@pytest.mark.parametrize("line", ["By Ana Ruiz", "By Ana Ruiz, Dec. 29, 2014 10:32 am"])
def test_a_named_byline_stays_a_byline(run_cli, tmp_path, line):
    path = tmp_path / "p.html"
    path.write_text(PAGE.format(cls="byline", line=line), encoding="utf-8")
    assert [p["text"] for p in _parts(run_cli, path) if p["kind"] == "byline"] == [line]


STORY = ("Ferry fares rise\n\nPORTLAND, Maine (AP) _ The harbor board voted 5-2 on Monday to raise "
         "ferry fares, the chair said.\n\n{line}\n\nFares rise in March.\n")


@pytest.mark.parametrize("line", ["Sign up for the Daily Briefing newsletter",
                                  "The board met. Sign up for our free Morning Edition newsletters."])
def test_named_newsletter_pitch_is_boilerplate(run_cli, tmp_path, line):
    path = tmp_path / "s.txt"
    path.write_text(STORY.format(line=line), encoding="utf-8")
    assert "hygiene.boilerplate" in _rules(run_cli, path, "--published", "2025-03-03")


@pytest.mark.parametrize("line", ["Residents can sign up for the city's Daily Briefing newsletter at the library.",
                                  "Sign up for the Daily Briefing newsletter, the mayor urged residents.",
                                  "\u201cSign up for the Daily Briefing newsletter,\u201d the mayor said.",
                                  "More than 2,000 residents signed up for the newsletter, the chair said."])
def test_newsletter_prose_is_no_boilerplate(run_cli, tmp_path, line):
    path = tmp_path / "s.txt"
    path.write_text(STORY.format(line=line), encoding="utf-8")
    assert "hygiene.boilerplate" not in _rules(run_cli, path, "--published", "2025-03-03")
