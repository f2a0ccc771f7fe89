"""qa455: review of fx590 (one grammar for a wire's advisory lines over and
under the hed, lint/readers/_wire_advisory.py; text and Markdown readers mark
release/eds lines `attrs["copy_line"]`; scope `advisory`, so
hygiene.placeholder reads `HOLD FOR RELEASE UNTIL 6 A.M. EST, TK`; a
caveated notice's date dates the story). Synthetic stories only (shapes
taken from real AP/Reuters/press-office top lines), through the CLI.

Each strict xfail states what a copy desk expects and fails today; the
plain tests guard the nearest shapes that work now.

#1 HIGH (regression): embargo lines the old `.*` read as notices and the
   grammar now refuses (a numeric date `ON 6/4/2026`, `12 NOON EDT`, `12:00
   NOON ET`, a dotted European date `04.06.2026`, `14h00 CET`, a year alone)
   become the story's headline in plain text: the real hed is demoted to a
   dek and titles.headline-unsupported / headline-unrelated fire on the
   notice (base: a field, no finding).
#2 MED (regression): a caveat after a full stop (`EMBARGOED UNTIL 0001 GMT.
   NO EARLY POSTING.`, `Embargoed until 00:01 GMT. Not for publication
   before.`) is no caveat: the line is the headline.
#3 MED (regression): a caveat that ends with `U.S.` (`..., in the U.S.`,
   `..., FOR PUBLICATION IN THE U.S.`) is refused: `release_line` strips the
   line's closing '.' before reading the caveat, so `U.S` is no caveat word
   (`..., in the U.S. and Canada` passes, the module's own example).
#4 MED: Reuters' own form in parentheses, `(EMBARGOED FOR RELEASE AT 1130 GMT
   THURS MARCH 19)` (Reuters-21578), is the headline: the lead-word gate
   reads `(embargoed`.
#5 LOW: a notice naming two media or a market with no comma (`NOT FOR
   PUBLICATION OR BROADCAST BEFORE 0001 GMT`, `Not for publication in the
   U.S.`) is the headline.
#6 LOW: a placeholder after a caveat or in brackets (`EMBARGOED UNTIL 0001
   GMT (NO EARLY POSTING), TK`, `Embargoed until 6 a.m. ET, [TK]`) makes the
   line the headline (the TK is still flagged, but the hed is lost).
#7 HIGH (regression): a head-less story whose first block is a lede wrapped
   over two lines, the second opening with a notice's words in lower case
   (`The company announced the layoffs in a` / `news release on Friday.`,
   `press release Monday.`, `embargoed until Friday.`), is split: the first
   line becomes the headline (titles.headline-unrelated fires on it), the
   second a release field, and `news release on June 5, 2026.` dates the
   story 2026-06-05 "from the release line". The new `_looks_like_hed` clause
   (`len(line_spans) == 2 and field_line(nxt) == "release"`) reads the
   grammar in any case; a notice under a hed opens with a capital, a wrapped
   line with a small letter (base: one paragraph, no date).
#8 LOW: in Markdown an AP top block over the `#` hed (`URGENT` or a slug,
   then `HOLD FOR RELEASE UNTIL 6 A.M. EST`) is all paragraphs: the release
   line is prose, style.time-of-day flags its `6 A.M.`, though the same
   line alone over the heading is a release field now (docs/reading.md:
   advisory lines over the hed are "fields, never prose").
Speed: callgrind /tmp/sp/c60 in the report.
"""
from __future__ import annotations

import json

import pytest

HED = "Ferry fleet review ordered in Portland"
LEDE = ("WASHINGTON (AP) — Harbor officials opened a review of the ferry fleet on Wednesday, "
        "port director Alma Reyes said.")


def _write(tmp_path, text, name="story.txt"):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def _parsed(run_cli, tmp_path, text, name="story.txt"):
    got = run_cli("parse", "--format", "json", _write(tmp_path, text, name))
    assert got.exit_code == 0, got.output
    return json.loads(got.stdout)[0]


def _findings(run_cli, tmp_path, text, name="story.txt", *args):
    got = run_cli("check", "--no-cache", "--format", "json", *args, _write(tmp_path, text, name))
    assert got.exit_code in (0, 1), got.output
    return [(f["rule"], f["line"], f["column"]) for f in json.loads(got.stdout)]


def _over_hed(line, eol="\n"):
    return f"{line}{eol}{eol}{HED}{eol}{eol}{LEDE}{eol}"


def _assert_notice_over_hed(run_cli, tmp_path, line):
    doc = _parsed(run_cli, tmp_path, _over_hed(line))
    assert doc["headline"] == HED
    assert doc["parts"][0]["kind"] == "field"
    assert doc["parts"][0]["text"] == line
    assert [f for f in _findings(run_cli, tmp_path, _over_hed(line)) if f[0].startswith("titles.")] == []


# --- #1-#6: notices read as the headline -------------------------------------

@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 5 AM ET ON 6/4/2026",
    "EMBARGOED UNTIL 12 NOON EDT JUNE 4",
    "EMBARGOED UNTIL 12:00 NOON ET",
    "Embargoed until 04.06.2026, 09:00 CET",
    "Embargoed until 14h00 CET",
    "Embargoed until 2027",
])
def test_embargo_lines_base_read_stay_fields(run_cli, tmp_path, line):
    _assert_notice_over_hed(run_cli, tmp_path, line)


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 0001 GMT. NO EARLY POSTING.",
    "Embargoed until 00:01 GMT. Not for publication before.",
])
def test_caveat_after_a_full_stop(run_cli, tmp_path, line):
    _assert_notice_over_hed(run_cli, tmp_path, line)


@pytest.mark.parametrize("line", [
    "Embargoed until Monday, in the U.S.",
    "EMBARGOED UNTIL 0001 GMT, FOR PUBLICATION IN THE U.S.",
])
def test_caveat_ending_with_us(run_cli, tmp_path, line):
    _assert_notice_over_hed(run_cli, tmp_path, line)


def test_reuters_parenthesised_embargo_line(run_cli, tmp_path):
    _assert_notice_over_hed(run_cli, tmp_path, "(EMBARGOED FOR RELEASE AT 1130 GMT THURS MARCH 19)")


@pytest.mark.xfail(strict=True, reason="qa455 #5: 'NOT FOR PUBLICATION OR BROADCAST BEFORE 0001 GMT' / 'Not for "
                   "publication in the U.S.' over the hed is the headline; should be a release field")
@pytest.mark.parametrize("line", [
    "NOT FOR PUBLICATION OR BROADCAST BEFORE 0001 GMT",
    "Not for publication in the U.S.",
])
def test_notice_with_two_media_or_a_market(run_cli, tmp_path, line):
    _assert_notice_over_hed(run_cli, tmp_path, line)


@pytest.mark.parametrize("line", [
    "EMBARGOED UNTIL 0001 GMT (NO EARLY POSTING), TK",
    "Embargoed until 6 a.m. ET, [TK]",
])
def test_placeholder_after_caveat_or_bracketed(run_cli, tmp_path, line):
    doc = _parsed(run_cli, tmp_path, _over_hed(line))
    assert doc["headline"] == HED
    assert ("hygiene.placeholder", 1, line.index("TK") + 1 - ("[TK]" in line)) in _findings(
        run_cli, tmp_path, _over_hed(line))


# --- guards: real top lines that are read right ------------------------------

@pytest.mark.parametrize("line", [
    "EMBARGOED FOR RELEASE AT 1130 GMT THURS MARCH 19",
    "EMBARGOED UNTIL 00.01 HOURS BST, THURSDAY 4 JUNE 2026",
    "EMBARGOED TO 00:01 HRS WEDNESDAY 3RD JUNE 2026",
    "Under embargo until 5 p.m. ET on June 4",
    "NOT FOR PUBLICATION BEFORE 0001 GMT",
    "FOR IMMEDIATE RELEASE (June 4, 2026)",
    "EMBARGOED UNTIL 11AM AEDT SUNDAY",
    "EMBARGOED UNTIL 0001 GMT - DO NOT PUBLISH BEFORE THIS TIME",
    "EMBARGOED UNTIL 0001 GMT, NO EARLY POSTING ON WEBSITES OR SOCIAL MEDIA",
    "Embargoed until 9 a.m. ET, for publication in the U.S. and Canada",
])
def test_real_top_lines_are_release_fields(run_cli, tmp_path, line):
    _assert_notice_over_hed(run_cli, tmp_path, line)


@pytest.mark.parametrize("hed", [
    "Hold on",
    "Embargo lifted on Iran oil",
    "Release of hostages delayed until Friday, officials say",
    "Bulletin board goes digital",
    "Embargo, then war",
    "Embargo on the U.S.",
    "Urgent care clinic opens",
])
def test_heds_that_open_with_notice_words_stay_heds(run_cli, tmp_path, hed):
    doc = _parsed(run_cli, tmp_path, f"{hed}\n\n{LEDE}\n")
    assert doc["headline"] == hed
    assert [p["kind"] for p in doc["parts"]][:2] == ["headline", "paragraph"]


def test_ap_top_block_with_alert_and_writethru(run_cli, tmp_path):
    text = ("BC-US--Ferry-Review, 2nd Ld-Writethru\nEds: APNewsAlert\n"
            "HOLD FOR RELEASE UNTIL 6 P.M. EST, TK\n\n" f"{HED}\n\n{LEDE}\n")
    doc = _parsed(run_cli, tmp_path, text)
    assert doc["headline"] == HED
    assert [p["kind"] for p in doc["parts"][:3]] == ["field"] * 3
    assert [f for f in _findings(run_cli, tmp_path, text) if f[0] == "hygiene.placeholder"] == [
        ("hygiene.placeholder", 3, len("HOLD FOR RELEASE UNTIL 6 P.M. EST, ") + 1)]


# --- guards: the notice's date ----------------------------------------------

def test_a_caveated_embargo_dates_the_story(run_cli, tmp_path):
    doc = _parsed(run_cli, tmp_path, _over_hed("Embargoed until 6 a.m. ET, June 4, 2026, for broadcast and online"))
    assert (doc["published"], doc["published_from"]) == ("2026-06-04", "the embargo line")


def test_a_caveated_embargo_under_a_markdown_hed_dates_the_story(run_cli, tmp_path):
    text = f"# {HED}\n\nEMBARGOED UNTIL 0001 GMT THURSDAY 4 JUNE 2026, PLEASE NOTE EMBARGO\n\n{LEDE}\n"
    doc = _parsed(run_cli, tmp_path, text, "story.md")
    assert (doc["published"], doc["published_from"]) == ("2026-06-04", "the embargo line")
    assert doc["parts"][1]["kind"] == "field"


def test_a_date_line_under_the_hed_wins_over_the_embargo(run_cli, tmp_path):
    text = (f"{HED}\n\nJune 3, 2026\n\nEMBARGOED UNTIL 0001 GMT THURSDAY 4 JUNE 2026, PLEASE NOTE EMBARGO\n\n"
            f"{LEDE}\n")
    assert _parsed(run_cli, tmp_path, text)["published"] == "2026-06-03"


def test_a_far_future_hold_date_is_refused_not_used(run_cli, tmp_path):
    line = "HOLD FOR RELEASE UNTIL 6 A.M. EST, JAN. 1, 2031, WITH PHOTOS"
    assert _parsed(run_cli, tmp_path, _over_hed(line))["published"] is None
    assert ("file.implausible-date", 1, line.index("JAN") + 1) in _findings(run_cli, tmp_path, _over_hed(line))


# --- guards: placeholder positions (CRLF, BOM, tab, Markdown) ------------------

def test_placeholder_position_crlf_bom_priority(run_cli, tmp_path):
    text = "\ufeffURGENT\r\n" + _over_hed("EMBARGOED UNTIL 0001 GMT, TK", "\r\n")
    assert [f for f in _findings(run_cli, tmp_path, text) if f[0] == "hygiene.placeholder"] == [
        ("hygiene.placeholder", 2, len("EMBARGOED UNTIL 0001 GMT, ") + 1)]


def test_placeholder_position_after_a_tab(run_cli, tmp_path):
    text = _over_hed("\tHOLD FOR RELEASE UNTIL 6 A.M. EST, TK")
    assert [f for f in _findings(run_cli, tmp_path, text) if f[0] == "hygiene.placeholder"] == [
        ("hygiene.placeholder", 1, 37)]


@pytest.mark.parametrize("eol", ["\n", "\r\n"])
def test_placeholder_position_under_a_markdown_hed(run_cli, tmp_path, eol):
    text = eol.join([f"# {HED}", "", "HOLD FOR RELEASE UNTIL 6 A.M. EST, TK", "", LEDE, ""])
    assert [f for f in _findings(run_cli, tmp_path, text, "story.md") if f[0] == "hygiene.placeholder"] == [
        ("hygiene.placeholder", 3, 36)]


def test_placeholder_in_masked_time_and_lower_case_tk(run_cli, tmp_path):
    assert [f for f in _findings(run_cli, tmp_path, _over_hed("Embargoed until XX a.m. ET"))
            if f[0] == "hygiene.placeholder"] == [("hygiene.placeholder", 1, 17)]
    assert [f for f in _findings(run_cli, tmp_path, _over_hed("EMBARGOED UNTIL 0001 GMT, tk"))
            if f[0] == "hygiene.placeholder"] == [("hygiene.placeholder", 1, 27)]


# --- guards: the advisory scope in a newsroom's rules -------------------------

def _house(tmp_path, name, body):
    house = tmp_path / "rules" / "house"
    house.mkdir(parents=True, exist_ok=True)
    (house / name).write_text(body, encoding="utf-8")
    return tmp_path / "rules"


def test_house_substitution_scoped_advisory_fixes_only_the_notice_with_crlf(run_cli, tmp_path):
    rules = _house(tmp_path, "zone.yaml", "extends: substitution\nmessage: \"use '%s' for '%s'\"\n"
                   "level: warning\nscope: advisory\nswap:\n  EST: ET\n")
    text = "HOLD FOR RELEASE UNTIL 6 A.M. EST\r\n\r\n" + HED + "\r\n\r\nEST in the lede stays.\r\n"
    path = _write(tmp_path, text)
    got = run_cli("check", "--no-cache", "--rules", rules, "--select", "house", "--fix", path)
    assert got.exit_code == 0, got.output
    assert path.read_bytes().decode("utf-8") == text.replace("A.M. EST", "A.M. ET")


def test_house_rule_scoped_advisory_and_paragraph(run_cli, tmp_path):
    rules = _house(tmp_path, "tbd.yaml", "extends: existence\nmessage: \"'%s' left in\"\nlevel: error\n"
                   "scope: [paragraph, advisory]\ntokens: [EST]\n")
    text = f"HOLD FOR RELEASE UNTIL 6 A.M. EST\n\n{HED}\n\nEST in the lede is read.\n"
    assert _findings(run_cli, tmp_path, text, "story.txt", "--rules", rules, "--select", "house") == [
        ("house.tbd", 1, 31), ("house.tbd", 5, 1)]


def test_house_rule_scoped_advisory_runs_its_examples(run_cli, tmp_path):
    rules = _house(tmp_path, "tbd.yaml", "extends: existence\nmessage: \"'%s' left in\"\nlevel: error\n"
                   "scope: advisory\ntokens: [EST]\nexamples:\n  - fail: \"HOLD FOR RELEASE UNTIL 6 A.M. EST\"\n"
                   "  - pass: \"HOLD FOR RELEASE UNTIL 6 A.M. GMT\"\n")
    got = run_cli("explain", "house.tbd", "--rules", rules)
    assert got.exit_code == 0, got.output
    assert "Scope:   advisory" in got.stdout


# --- #7: a wrapped lede's second line is no notice ------------------------------

@pytest.mark.parametrize("second", ["news release on Friday.", "press release Monday.", "embargoed until Friday."])
def test_wrapped_lede_second_line_is_no_release_field(run_cli, tmp_path, second):
    text = f"The company announced the layoffs in a\n{second}\n\nThe union said it would fight the cuts.\n"
    doc = _parsed(run_cli, tmp_path, text)
    assert doc["headline"] is None
    assert doc["parts"][0]["kind"] == "paragraph"
    # the story has no hed: titles.missing-headline is right (as before fx590), no headline-unrelated
    assert [f for f in _findings(run_cli, tmp_path, text) if f[0].startswith("titles.")] == [
        ("titles.missing-headline", 1, 1)]


def test_wrapped_lede_date_does_not_date_the_story(run_cli, tmp_path):
    text = ("The company announced the layoffs in a\nnews release on June 5, 2026.\n\n"
            "The union said it would fight the cuts.\n")
    assert _parsed(run_cli, tmp_path, text)["published"] is None


def test_guard_wrapped_lede_under_a_hed_stays_one_paragraph(run_cli, tmp_path):
    text = f"{HED}\n\nThe company announced the layoffs in a\nnews release on Friday.\n\nThe union objected.\n"
    doc = _parsed(run_cli, tmp_path, text)
    assert doc["headline"] == HED
    assert doc["parts"][1]["kind"] == "paragraph"
    assert " ".join(doc["parts"][1]["text"].split()) == "The company announced the layoffs in a news release on Friday."


# --- #8: Markdown top block over the heading ----------------------------------

@pytest.mark.xfail(strict=True, reason="qa455 #8: Markdown 'URGENT' / slug over 'HOLD FOR RELEASE UNTIL 6 A.M. EST' "
                   "over '# Hed': both are paragraphs and style.time-of-day flags 6 A.M. in the advisory line; "
                   "should be fields as the lone release line over the heading is")
@pytest.mark.parametrize("top", ["URGENT", "BC-US--Ferry-Review"])
def test_markdown_top_block_over_the_heading(run_cli, tmp_path, top):
    text = f"{top}\n\nHOLD FOR RELEASE UNTIL 6 A.M. EST\n\n# {HED}\n\n{LEDE}\n"
    doc = _parsed(run_cli, tmp_path, text, "story.md")
    assert [p["kind"] for p in doc["parts"][:2]] == ["field", "field"]
    assert [f for f in _findings(run_cli, tmp_path, text, "story.md") if f[0] == "style.time-of-day"] == []


def test_guard_markdown_lone_release_line_over_the_heading_is_a_field(run_cli, tmp_path):
    text = f"HOLD FOR RELEASE UNTIL 6 A.M. EST, TK\n\n# {HED}\n\n{LEDE}\n"
    doc = _parsed(run_cli, tmp_path, text, "story.md")
    assert doc["parts"][0]["kind"] == "field"
    assert [f for f in _findings(run_cli, tmp_path, text, "story.md") if f[0].startswith(("style.", "hygiene."))] == [
        ("hygiene.placeholder", 1, 36)]
