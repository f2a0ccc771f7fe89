"""--fix and --diff say why a fixable finding was left (nu28 #14): one line per
file, naming where and why the fix was refused."""
from __future__ import annotations

import pytest

from rule_file_helpers import write

RULE = "extends: substitution\nmessage: \"use '{replacement}'\"\nswap:\n  wont: won't\n"
STORY = "---\ntitle: 'Council wont vote'\ndek: \"Mayor wont say\"\n---\n\nThe council wont vote.\n"


def _setup(tmp_path):
    write(tmp_path / "rules" / "house" / "apos.yaml", RULE)
    return write(tmp_path / "a.md", STORY)


def test_fix_says_which_findings_it_left_and_why(run_cli, tmp_path):
    story = _setup(tmp_path)
    got = run_cli("check", "--fix", "a.md", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert story.read_text() == STORY.replace('"Mayor wont', '"Mayor won\'t').replace("council wont",
                                                                                       "council won't")
    assert got.stderr.splitlines() == [
        "newslint: fixed 2 problems in 1 file",
        "newslint: a.md: 1 finding left unfixed on purpose (2:17: its fix would put \"'\" into a "
        "quoted value, breaking its quoting); fix it by hand"]


def test_diff_says_it_too_and_check_does_not(run_cli, tmp_path):
    _setup(tmp_path)
    got = run_cli("check", "--diff", "a.md", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert "a.md: 1 finding left unfixed on purpose (2:17:" in got.stderr
    plain = run_cli("check", "a.md", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert "on purpose" not in plain.stderr + plain.stdout


def test_a_suppressed_finding_is_not_said(run_cli, tmp_path):
    _setup(tmp_path)
    (tmp_path / "a.md").write_text(STORY.replace("vote'", "vote'  # newslint-disable-line house"))
    got = run_cli("check", "--fix", "a.md", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert "on purpose" not in got.stderr


HIDDEN = ("---\ntitle: Budget\ndate: 2026-11-18\n---\n\n"
          "The council met.After the vote, the the mayor left. <!-- newslint-disable-line "
          "hygiene.missing-space, hygiene.doubled-word -- as the minutes have it -->\n\n"
          "<!-- newslint-disable hygiene -->\n\nThe the clerk met.After it.\n\n"
          "<!-- newslint-enable hygiene -->\n\n<!-- vale hygiene.doubled-word = NO -->\n\n"
          "The the end.\n\nIt was held.After it.\n")


def test_fix_never_touches_a_finding_a_directive_hides(run_cli, tmp_path):
    """fx116 #5: a finding hidden by disable-line (with a reason), a block or
    Vale's comment is never fixed by --fix or --diff; the shown one is."""
    story = write(tmp_path / "a.md", HIDDEN)
    diff = run_cli("check", "--diff", "--select", "hygiene", "a.md", cwd=tmp_path)
    assert [line for line in diff.stdout.splitlines() if line[:1] in "+-" and line[:3] not in ("---", "+++")] \
        == ["-It was held.After it.", "+It was held. After it."]
    run_cli("check", "--fix", "--select", "hygiene", "a.md", cwd=tmp_path)
    assert story.read_text() == HIDDEN.replace("held.After", "held. After")


def test_a_fix_that_would_rewrite_a_hidden_findings_words_is_held(run_cli, tmp_path):
    """fx116 #5: 'TK TK' with the placeholder rule switched off on its line:
    doubled-word's fix would drop a TK the writer kept there; it is left, and said
    (was fixed to 'TK')."""
    text = ("---\ntitle: Budget\ndate: 2026-11-18\n---\n\nThe TK TK figure. <!-- newslint-disable-line "
            "hygiene.placeholder -- awaiting the city -->\n\nThe the council met.\n")
    story = write(tmp_path / "a.md", text)
    got = run_cli("check", "--fix", "--select", "hygiene", "a.md", cwd=tmp_path)
    assert story.read_text() == text.replace("The the", "The")
    assert ("newslint: a.md: 1 finding left unfixed on purpose (6:5: its fix would rewrite words an "
            "inline newslint-disable directive keeps for another rule); fix it by hand") in got.stderr
    assert "6:5: warning [hygiene.doubled-word]" in got.stdout


def test_a_finding_the_baseline_hides_is_not_said(run_cli, tmp_path):
    """qa64 #11: --fix --baseline said '1 finding left unfixed on purpose' for a
    finding the baseline hides, then 'No problems found'."""
    _setup(tmp_path)
    write(tmp_path / "a.md", STORY.replace("The council wont vote.", "The council votes."))
    args = ("a.md", "--rules", "rules", "--select", "house")
    assert run_cli("check", *args, "--write-baseline", "b.json", cwd=tmp_path).exit_code == 0
    got = run_cli("check", "--fix", *args, "--baseline", "b.json", cwd=tmp_path)
    assert "on purpose" not in got.stderr and "No problems found" in got.stdout
    write(tmp_path / "a.md", STORY)       # the known two hidden and left as written, the new one fixed
    got = run_cli("check", "--fix", *args, "--baseline", "b.json", cwd=tmp_path)
    assert "on purpose" not in got.stderr and "fixed 1 problem in" in got.stderr
    assert (tmp_path / "a.md").read_text() == STORY.replace("council wont", "council won't")
    write(tmp_path / "a.md", "---\ntitle: Council votes\n---\n\nThe council votes.\n")
    assert run_cli("check", *args, "--write-baseline", "b.json", cwd=tmp_path).exit_code == 0
    write(tmp_path / "a.md", STORY)       # shown, so said
    got = run_cli("check", "--fix", *args, "--baseline", "b.json", cwd=tmp_path)
    assert "1 finding left unfixed on purpose (2:17:" in got.stderr


def test_the_line_words_each_reason():
    from lint.diagnostic import Diagnostic
    from lint.fixes import HELD, held_line

    def at(line):
        return Diagnostic("a.md", line, 2, line, 5, "house.x", "warning", "m")

    held = {at(9): "template", at(3): "quoting'\n", at(4): "template", at(1): "embed"}
    assert held_line("a.md", held) == (
        f"a.md: 4 findings left unfixed on purpose (1:2: {HELD['embed']}; 3:2: its fix would put "
        f"\"'\" '\\n' into a quoted value, breaking its quoting; 4:2, 9:2: {HELD['template']}); "
        "fix them by hand")
    assert held_line("a.md", {}) is None


def test_a_wrapped_phrase_names_what_its_line_break_carries(run_cli, tmp_path):
    # qa64 #6: each was said to hold "escapes or character references"
    write(tmp_path / "rules" / "house" / "pc.yaml",
          "extends: substitution\nmessage: \"use '{replacement}'\"\nswap:\n  per cent: percent\n")
    body = ("> Rose 4 per\n> cent.\n\n- Rose 5 per\n  cent.\n\nRose 6 per  \ncent.\n\n"
            "Rose 7 per<br>cent.\n\nRose 8 per\\\ncent.\n\nRose 9 per&#32;cent.\n")
    write(tmp_path / "a.md", body)
    got = run_cli("check", "--fix", "a.md", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text() == body
    assert got.stderr.splitlines()[-1] == (
        "newslint: a.md: 6 findings left unfixed on purpose (1:10: a block-quote marker ('>') starts "
        "its next line, which a fix would have to drop; 4:10: its next line is indented (a list "
        "item's continuation), which a fix would have to drop; 7:8, 12:8: a hard line break joins "
        "its words there, which a fix would have to drop; 10:8: a <br> joins its words there, "
        "which a fix would have to drop; 15:8: its text is written there with escapes or character "
        "references, which a fix would have to rewrite); fix them by hand")


def test_diff_places_the_note_in_the_file_as_it_stands(run_cli, tmp_path):
    """nu29 #5: --diff writes nothing, yet its note placed a held finding in the
    text after the other fixes ('1st' -> '1' moved it two columns left). Now
    --diff names the file's own positions, as `check` does; --fix names those
    of the file it wrote."""
    write(tmp_path / "a.html", "<h1>March</h1><p>The march on Dec. 1st lasted until 2&#32;PM.</p>\n")
    args = ("a.html", "--published", "2026-12-03", "--select", "style")
    assert "1:53: warning [style.time-of-day]" in run_cli("check", *args, cwd=tmp_path).stdout
    got = run_cli("check", "--diff", *args, cwd=tmp_path)
    assert "1 finding left unfixed on purpose (1:53: its text is written there" in got.stderr
    got = run_cli("check", "--fix", *args, cwd=tmp_path)
    assert "1 finding left unfixed on purpose (1:51: its text is written there" in got.stderr
    assert "1:51: warning [style.time-of-day]" in got.stdout


def test_a_held_fix_names_the_markup_inside_it(run_cli, tmp_path):
    # qa110 #1: a link (Markdown's or HTML's) or emphasis inside a quote whose
    # marks are to be made curly was said to hold "escapes or character references"
    curly = "“We back it,” Ana Lee said. “It is good,” she said. “Yes,” she said. “No,” he said.\n\n"
    body = ("---\ntitle: Council backs the plan\ndate: 2024-05-01\n---\n\n" + curly * 3 +
            '"It uses [the portal](https://example.com) now," Lee said.\n\n'
            '"It uses <a href=\'https://example.com\'>the portal</a> now," Lee said.\n\n'
            '"It is *very* good," Lee said.\n\n"It is `code` now," Lee said.\n\n'
            '"It is R&amp;D now," Lee said.\n')
    write(tmp_path / "a.md", body)
    got = run_cli("check", "--fix", "a.md", "--select", "quotes.mixed-marks", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text() == body
    assert got.stderr.splitlines()[-1] == (
        "newslint: a.md: 5 findings left unfixed on purpose (12:1, 14:1: a link's markup "
        "('[words](url)', '<a href>') is inside it, which a fix would have to rewrite; 16:1, 18:1: "
        "inline markup (emphasis, code, an HTML tag or comment) is inside it, which a fix would have to rewrite; "
        "20:1: its text is written there with escapes or character references, which a fix would "
        "have to rewrite); fix them by hand")


@pytest.mark.parametrize("line, reason", [
    # brackets that are no link (an editor's [sic], escaped brackets) beside emphasis
    ('"It uses *the* [sic] portal now," Lee said.', "inline markup (emphasis, code"),
    ('"It uses *the* \\[1\\] portal now," Lee said.', "its text is written there with markup or escapes"),
    # a URL in a code span or a tag's attribute is the code's or the tag's characters
    ('"It uses `https://x.org` now," Lee said.', "inline markup (emphasis, code"),
    ('"It uses <span title="www.x.org">the</span> portal now," Lee said.', "inline markup (emphasis, code"),
    ('"It uses `[x](y)` now," Lee said.', "inline markup (emphasis, code"),
    # links: parsed in the text, or left out of it (a bare URL, an autolink), or raw HTML's <a href>
    ('"It uses [the](/x) portal," Lee said.', "a link's markup"),
    ('"See https://x.org now," Lee said.', "a link's markup"),
    ('"It uses <https://x.org> now," Lee said.', "a link's markup"),
    ('"It uses <a href="/x">the</a> portal," Lee said.', "a link's markup"),
])
def test_a_held_fix_names_a_link_only_where_one_is(run_cli, tmp_path, line, reason):
    # qa121 #4: the reason is the reader's link marks or a URL outside code spans and tags
    curly = "“We back it,” Ana Lee said. “It is good,” she said. “Yes,” she said. “No,” he said.\n\n"
    write(tmp_path / "a.md", "---\ntitle: Council backs the plan\ndate: 2024-05-01\n---\n\n" + curly * 3 + line + "\n")
    note = run_cli("check", "--diff", "a.md", "--select", "quotes.mixed-marks", cwd=tmp_path).stderr.splitlines()[-1]
    assert f"(12:1: {reason}" in note, note
