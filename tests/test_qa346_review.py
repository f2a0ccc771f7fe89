"""qa346: review of 639f0920 (existence's `shown-after` matched in place at
the token's end, `\\G` + `base.matches(..., pos)`) and 9c614e7f (a role'd
NewsML-G2 headline is the hed only when its role is on an allow-list of hed
names). Strict xfails are open faults; plain tests guard the nearest shapes
that work now."""
from __future__ import annotations

import pytest

from test_qa324_review import g2_missing_headline
from test_qa334_review import NO_HED
from test_qa340_review import HOUSE, house_message
from test_qa344_review import _g2_parts

STORY = "He slammed the door today.\n"


# --- 9c614e7f: which G2 headline is the hed ----------------------------------

# qa346 #1 (HIGH, new in 9c614e7f): the allow-list asks whether *any* role names
# a hed, where 0caeb58b asked whether *no* role names a dek. A lone headline
# whose role list says it is a sub (a web subheadline) is read as the hed, and
# the item's missing headline is lost (28763c37 and 0caeb58b both reported it).
@pytest.mark.parametrize("role", ["hld:sub acme:webHed", "acme:webHed hld:subHeadline",
                                  "acme:subtitle acme:title"])
def test_a_lone_g2_headline_with_a_sub_role_in_its_list_is_no_headline(role):
    assert g2_missing_headline(f'<headline role="{role}">Vote was 7-2</headline>') == NO_HED


# qa346 #2 (MED, new in 9c614e7f vs 0caeb58b; 28763c37 also flagged these): hed
# names the allow-list does not spell -- the hed word first and the channel
# after it, or a channel prefix not on the list -- give a false "no headline"
# on an item whose single headline is plainly its hed.
@pytest.mark.parametrize("role", ["acme:headline-web", "acme:hedWeb", "acme:headlineShort",
                                  "acme:digitalHeadline", "acme:homepageHed", "acme:pageTitle"])
def test_a_lone_g2_headline_with_a_hed_naming_role_is_the_headline(role):
    assert g2_missing_headline(f'<headline role="{role}">Council passes budget</headline>') == []


# The nearest G2 shapes that work now.
@pytest.mark.parametrize("attr", ['role="hld:mainHeadline"', 'role="acme:hed1"', 'role="acme:HEADLINE"',
                                  'role="hld:title"', 'role="acme:seo_title"', 'role="acme:SEOHeadline"',
                                  'roleuri="urn:x:hldrole:webHed"',
                                  'roleuri="http://cv.example.com/hldrole/mainHeadline/"'])
def test_a_lone_g2_headline_with_a_listed_hed_role_is_the_headline(attr):
    assert g2_missing_headline(f'<headline {attr}>Council passes budget</headline>') == []


@pytest.mark.parametrize("attr", ['role="hld:subtitle"', 'role="acme:web hld:sub"', 'role="hld:sub acme:web"',
                                  'role="acme:subhed"', 'role="acme:subHed"', 'role="acme:eyebrow"',
                                  'role="acme:kickerHeadline"', 'role="acme:tease"',
                                  'roleuri="http://cv.example.com/hldrole/sub#"',
                                  'roleuri="http://cv.iptc.org/newscodes/hldrole/subHeadline?x=1"'])
def test_a_lone_g2_dek_or_kicker_role_is_no_headline(attr):
    assert g2_missing_headline(f'<headline {attr}>Vote was 7-2</headline>') == NO_HED


def test_g2_a_subtitle_before_a_title_is_the_dek():
    meta = ('<headline role="hld:subtitle">Vote was 7-2</headline>'
            '<headline role="hld:title">Council passes budget</headline>')
    assert _g2_parts(meta) == [("dek", "Vote was 7-2"), ("headline", "Council passes budget")]


# --- 639f0920: shown-after matched in place ------------------------------------

# qa346 #3 (LOW, new in 639f0920): a reverse-search shown-after, `(?r)`, is now
# run from the part's end back to the token, where `\G` holds at the search's
# start (the end), so it never quotes the run-on it quoted on the slice.
# Decided (lead): a reverse search cannot say what comes right after a match,
# so `(?r)` in shown-after is refused in one line rather than quoted.
@pytest.mark.parametrize("after", ["(?r) the door", "\\\\A the door", " \\\\A the door"])
def test_a_reverse_or_part_start_shown_after_is_refused_in_one_line(run_cli, tmp_path, after):
    from test_qa340_review import HOUSE
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text(HOUSE.format(after=after), encoding="utf-8")
    (tmp_path / "s.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", "--select", "house.x",
                     tmp_path / "s.txt")
    line, = result.stderr.strip().splitlines()
    assert result.exit_code == 2 and "x.yaml" in line and "shown-after" in line and "can never hold" in line


# qa346 #4 (LOW, new in 639f0920): `\A`, which read "right after the token" on
# the slice, now means the part's start and can never hold: a house rule that
# used it silently stops quoting its run-on; neither refused nor documented.
def test_a_shown_after_opening_with_A_is_quoted_or_refused(run_cli, tmp_path):
    try:
        found = house_message(run_cli, tmp_path, "\\\\A the door", STORY)
    except AssertionError:          # exit 2, the rule refused: fine
        return
    assert found == ["seen: slammed the door"]


# qa346 #5 (LOW, new in 639f0920's README): the README says `^` "holds only at a
# line's start", but without (?m) it holds only at the part's start: a run-on
# over a line break written with ^ is not quoted.
# README now says `^` holds after a line break only under (?m), as it does.
def test_shown_after_caret_holds_at_a_line_start_as_documented(run_cli, tmp_path):
    assert house_message(run_cli, tmp_path, "(?m)\\\\n^the door", "He slammed\nthe door today.\n") == [
        "seen: slammed the door"]
    assert house_message(run_cli, tmp_path, "\\\\n^the door", "He slammed\nthe door today.\n") == [
        "seen: slammed"]


# qa346 #6 (LOW, before this change): a shown-after with the regex module's own
# (?V1) flag is refused (exit 2, "VERSION0 and VERSION1 flags are mutually
# incompatible"): the rule is compiled with V0 around a pattern the docs let be V1.
@pytest.mark.xfail(strict=True, reason="qa346 #6: a (?V1) shown-after is refused as V0/V1 incompatible")
def test_a_version1_shown_after_is_read(run_cli, tmp_path):
    assert house_message(run_cli, tmp_path, "(?V1) the door", STORY) == ["seen: slammed the door"]


# The nearest shown-after shapes that work now.
@pytest.mark.parametrize("after, text, expected", [
    ("(?i) THE DOOR", STORY, ["seen: slammed the door"]),
    ("(?x) \\\\s the \\\\s door  # run-on", STORY, ["seen: slammed the door"]),
    ("\\\\G the door", STORY, ["seen: slammed the door"]),
    (" the door.*$", STORY, ["seen: slammed the door today."]),
    (" the door.*\\\\Z", STORY, ["seen: slammed the door today."]),
    ("(?<!\\\\w) the", STORY, ["seen: slammed"]),                  # the lookbehind sees 'd'
    ("(?<=^He slammed) the door", STORY, ["seen: slammed the door"]),
    ("(?m)(?<=^He slammed) the door", "x\nHe slammed the door today.\n", ["seen: slammed the door"]),
    ("(?m)\\\\n^the door", "He slammed\nthe door today.\n", ["seen: slammed the door"]),
    ("(?:\\\\s+the)+", "He slammed the the the door.\n", ["seen: slammed the the the"]),
    (" the door", "He slammed the door; she slammed the door.\n", ["seen: slammed the door"] * 2),
    (" thé door", "Él slammed thé door today.\n", ["seen: slammed thé door"]),
])
def test_shown_after_in_place_shapes(run_cli, tmp_path, after, text, expected):
    assert house_message(run_cli, tmp_path, after, text) == expected


@pytest.mark.parametrize("name, text, expected", [
    ("s.md", "---\ntitle: x\n---\nHe slammed the door today.\n", [(4, 4, "seen: slammed the door")]),
    ("s.md", "# He slammed the door\n\nShe slammed the door.\n",
     [(1, 6, "seen: slammed the door"), (3, 5, "seen: slammed the door")]),
    ("s.txt", "He slammed the door today.\r\nShe slammed the door.\r\n",
     [(1, 4, "seen: slammed the door"), (2, 5, "seen: slammed the door")]),
    ("s.html", "<p>He slammed&nbsp;the door</p><p>She slammed the door.</p>\n",
     [(1, 7, "seen: slammed"), (1, 39, "seen: slammed the door")]),
])
def test_shown_after_positions_stay_on_the_token(run_cli, tmp_path, name, text, expected):
    import json
    from test_qa340_review import HOUSE
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text(HOUSE.format(after=" the door"), encoding="utf-8")
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-cache", "--format", "json", "--rules", tmp_path / "rules",
                     "--select", "house.x", tmp_path / name)
    assert result.exit_code == 1, result.stderr
    found = [(f["line"], f["column"], f["message"]) for f in json.loads(result.stdout)]
    assert found == expected


# fx489 (nu68 #7): a shown-after that may match empty text is tried once, at the token's
# end, never between characters, so it loads (it was refused here) and quotes what it matches
# there: an optional run-on only where it stands. fx495: an empty first branch (`|x`), which
# quoted nothing more, is refused at load (below).
@pytest.mark.parametrize("after, expected", [
    ("(?:the)?", "seen: slammed"), ("(?: the)?", "seen: slammed the"),
])
def test_a_shown_after_that_may_match_empty_quotes_what_it_matches(run_cli, tmp_path, after, expected):
    assert house_message(run_cli, tmp_path, after, STORY) == [expected]


def test_a_shown_after_whose_first_branch_is_empty_is_refused(run_cli, tmp_path):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "x.yaml").write_text(HOUSE.format(after="|x"), encoding="utf-8")
    (tmp_path / "s.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--rules", tmp_path / "rules", "--select", "house.x", tmp_path / "s.txt")
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stderr
    assert "its first branch matches empty text, so it never quotes more" in result.stderr


# base.matches with a start position: in place, trusted or not, and an untrusted
# pattern still answers to the rule's deadline.
@pytest.mark.parametrize("trusted", [True, False])
def test_base_matches_from_pos_matches_in_place(trusted):
    import regex
    from lint.kinds import base
    pattern = regex.compile(r"\G(?:(?<=d) the)")
    text = "He slammed the door; the end"
    assert [m.span() for m in base.matches(pattern, text, trusted, 10)] == [(10, 14)]
    assert next(base.matches(pattern, text, trusted, 11), None) is None


def test_base_matches_from_pos_keeps_the_deadline():
    import regex
    from lint.kinds import base
    token = base._DEADLINE.set(0.0)         # already spent
    try:
        with pytest.raises(base.BudgetSpent):
            next(base.matches(regex.compile(r"\Gthe"), "He slammed the door", False, 11))
    finally:
        base._DEADLINE.reset(token)
