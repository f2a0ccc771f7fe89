"""QA qa157: late quick QA of fx242's titles-pack changes (numbers in words
and AP scales, a site name opening a <title>, plain-text heds shaped like
credits). Each test asserts the right behaviour. fx247 fixed all seven
faults (fbda8f86, d454eca5, b1803f44, 2970a730, 3d959022) and removed their
strict xfail marks (e3725168, 3d959022); none is an xfail now."""
from __future__ import annotations

import pytest

from lint import lint_text
from lint.readers import read_bytes
from story_helpers import fire_page as _page

BODY = ("The state will spend {} on roads over the decade, Gov. Maria Ellis said Tuesday. "
        "Lawmakers from both parties backed the plan, and work starts in the spring.")


def _unsupported(headline: str, said: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(f"{headline}\n\n{BODY.format(said)}\n", "s.txt")
            if d.rule == "titles.headline-unsupported"]


def test_twenty_five_hundred_is_2500_not_25():
    assert _unsupported("State to spend $25 on roads", "twenty-five hundred dollars") == [(1, 16)]


def test_twenty_five_without_hyphen_bears_out_twenty_five():
    assert _unsupported("Twenty-five roads to close", "$5 million on twenty five") == []


def test_spelled_scale_before_a_hyphen_is_still_the_scale():
    assert _unsupported("State to spend $2 million on roads", "a two million-dollar grant") == []


def test_a_version_in_the_body_bears_out_its_release_in_the_headline():
    assert _unsupported("Road app 3.12 rolls out statewide", "$5 million on app 3.12.1") == []


TEXT_BODY = ("The council approved the budget on Tuesday after a long debate, officials said. Mayor Ann Lee "
             "said the plan would fund road repairs and two new parks.\n\nWork starts in the spring.")


@pytest.mark.parametrize("line", ["Staff Photographer for AP", "Freelance Photographer for Reuters",
                                  "Staff Writer for AP"])
def test_a_role_credit_in_the_first_line_is_no_headline(line):
    doc = read_bytes("s.txt", f"{line}\n\n{TEXT_BODY}\n".encode("utf-8"))
    assert (doc.parts[0].kind, doc.parts[0].text) == ("caption", line)


def _disagree(src: str) -> list[tuple[int, int]]:
    return [(d.line, d.column) for d in lint_text(src, "page.html") if d.rule == "titles.fields-disagree"]


def test_a_kicker_before_a_pipe_is_no_site_name():
    og = '<meta property="og:title" content="4 dead in Port Averill fire">\n'
    assert _disagree(_page("5 dead | Port Averill apartment fire", og)) == [(2, 20)]


def test_a_section_after_the_site_name_is_cut_too():
    site = '<meta property="og:site_name" content="Daily Planet">\n'
    assert _disagree(_page("Daily Planet | News | 5 dead in Port Averill fire", site)) == [(2, 42)]
