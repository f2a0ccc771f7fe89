"""A directive's reason in the forms writers type (fx121 #3): an em or en dash
parts it from the ids as ` -- ` does; one written with no dashes, or with
dashes glued to a word, is a `file.directive` warning at it (never a problem
of the run, exit 2) and the ids before it still act; a did-you-mean offers
only a near id, in a directive and in a config alike."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.suppress import directive_ids, find_directives

FM = '---\ntitle: "Budget vote"\ndate: 2026-11-18\n---\n\n'
LINE = "The meeting starts at 10:00 AM. <!-- newslint-disable-line style.time-of-day{} -->\n"
RULES = ("style.time-of-day", "file.directive")


def run(directive_tail: str, name: str = "story.md"):
    text = FM + LINE.format(directive_tail)
    result = lint_bytes(name, text.encode("utf-8"), Config(select=RULES))
    return ([(d.rule, d.line, d.column, d.message) for d in result.diagnostics],
            [p.text for p in result.problems], text.split("\n")[5])


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "--"])
def test_an_em_or_en_dash_parts_the_reason_from_the_ids(dash):
    assert directive_ids(f" style.time-of-day {dash} the agenda says so") == (
        ("style.time-of-day",), (1,), "the agenda says so")
    assert run(f" {dash} the agenda says so")[:2] == ([], [])
    (d,) = find_directives(f"x <!-- newslint-disable-line hygiene {dash} why --> y")
    assert (d.rules, d.reason) == (("hygiene",), "why")


@pytest.mark.parametrize("tail, first", [(" the agenda says so", "the"), (" pending", "pending")])
def test_a_reason_without_dashes_is_a_warning_and_the_rule_stays_off(tail, first):
    found, problems, line = run(tail)
    assert problems == []
    assert found == [("file.directive", 6, line.index(first) + 1,
                      f"newslint-disable-line: is '{tail.strip()}' a reason? write it after ' -- ': "
                      "newslint-disable-line style.time-of-day -- reason; read as hiding style.time-of-day")]


def test_words_with_no_id_before_them_hide_nothing_and_say_so():
    text = FM + "The meeting starts at 10:00 AM. <!-- newslint-disable-line the agenda says so -->\n"
    result = lint_bytes("story.md", text.encode("utf-8"), Config(select=RULES))
    assert result.problems == []
    assert [(d.rule, d.column) for d in result.diagnostics] == [("style.time-of-day", 23), ("file.directive", 60)]
    assert result.diagnostics[1].message.endswith(
        "newslint-disable-line RULE -- reason; as written it hides nothing")


@pytest.mark.parametrize("glued", ["--", "\u2014"])
def test_dashes_glued_to_the_id_get_a_hint_and_the_rule_stays_off(glued):
    found, problems, line = run(f"{glued}the agenda")
    assert problems == []
    assert found == [("file.directive", 6, line.index("day" + glued) + 4, (
        f"newslint-disable-line: '{glued}' glued to a word ('style.time-of-day{glued}the') reads as part of an id: "
        f"put a space on each side (newslint-disable-line style.time-of-day {glued} the agenda); "
        "read as hiding style.time-of-day"))]


def test_glued_dashes_keep_the_reason_for_sarif():
    from lint.suppress_ids import read_ids
    (d,) = find_directives("x <!-- newslint-disable-line hygiene.placeholder-- city waits -->")
    (read,), said = read_ids([d], {"hygiene.placeholder"})
    assert (read.rules, read.reason) == (("hygiene.placeholder",), "city waits")
    # no id before the dashes: every rule, as ` -- why` alone reads
    (d,) = find_directives("x <!-- newslint-disable-line --why -->")
    (read,), said = read_ids([d], {"hygiene.placeholder"})
    assert (read.rules, read.reason) == ((), "why") and said[0].words.endswith("read as hiding every rule")


def test_glued_dashes_after_an_unknown_id_are_a_warning_with_the_hint():
    found, problems, _ = run("x--why")
    assert problems == []
    assert [f[:3] for f in found] == [("style.time-of-day", 6, 23), ("file.directive", 6, 60)]
    assert found[1][3] == ("newslint-disable-line: no rule or pack 'style.time-of-dayx--why' (did you mean "
                           "style.time-of-day? a reason goes after ' -- ', a space on each side); "
                           "as written it hides nothing")


def test_a_reason_without_dashes_never_ends_the_run_with_exit_2(run_cli, tmp_path):
    story = tmp_path / "story.md"
    story.write_text(FM + LINE.format(" the agenda says so"), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", ",".join(RULES), story)
    assert result.exit_code != 2 and "incomplete" not in result.stdout
    assert f"{story}:6:" in result.stdout and "[file.directive]" in result.stdout


@pytest.mark.parametrize("name, text", [
    ("story.txt", "Budget vote\n\n<!-- newslint-disable-next-line style.time-of-day \u2014 agenda -->\n"
                  "The meeting starts at 10:00 AM.\n"),
    ("story.md", '---\ntitle: "At 10:00 AM."  # newslint-disable-line style.time-of-day \u2014 agenda\n---\n\nBody.\n'),
])
def test_an_em_dash_reason_in_plain_text_and_front_matter(name, text):
    result = lint_bytes(name, text.encode("utf-8"), Config(select=RULES))
    assert (result.diagnostics, result.problems) == ([], [])


def said(text: str) -> list[str]:
    """The `file.directive` warnings of a Markdown story (line:column: message); there is no problem."""
    result = lint_bytes("story.md", text.encode("utf-8"), Config())
    assert result.problems == []
    return [f"{d.line}:{d.column}: {d.message}" for d in result.diagnostics if d.rule == "file.directive"]


@pytest.mark.parametrize("rid, hint", [
    ("style.oxford", ""),                                    # was 'did you mean style.date-order?' at 0.6
    ("titles.period", ""),
    ("time-of-day", "did you mean style.time-of-day? "),     # the one rule of that name in a pack
    ("style.time-of-dya", "did you mean style.time-of-day? "),
])
def test_did_you_mean_offers_only_a_near_id_in_a_directive(rid, hint):
    text = FM + f"The plan. <!-- newslint-disable-line {rid} -->\n"
    assert said(text) == [f"6:38: newslint-disable-line: no rule or pack '{rid}' ({hint}a reason goes "
                          "after ' -- ', a space on each side); as written it hides nothing"]


@pytest.mark.parametrize("rid, hint", [
    ("style.oxford", " (`newslint rules` lists them)"),
    ("time-of-day", " (did you mean style.time-of-day?)"),
])
def test_did_you_mean_offers_only_a_near_id_in_a_config(run_cli, tmp_path, rid, hint):
    (tmp_path / ".newslint.yaml").write_text(f"select: [{rid}]\n", encoding="utf-8")
    (tmp_path / "story.txt").write_text("Council votes\n\nThe council voted.\n", encoding="utf-8")
    result = run_cli("check", tmp_path / "story.txt")
    assert result.exit_code == 2 and f"no rule or pack '{rid}'{hint}" in result.stderr


@pytest.mark.parametrize("rid", ["Style.Time-Of-Day", "TIME-OF-DAY"])
def test_did_you_mean_in_a_directive_is_blind_to_case(rid):
    # a case slip is as near as a config's (qa67 #7.3); difflib alone put it at 0.70
    text = FM + f"The plan. <!-- newslint-disable-line {rid} -->\n"
    assert said(text)[0].startswith(f"6:38: newslint-disable-line: no rule or pack '{rid}' "
                                    "(did you mean style.time-of-day? ")
