"""Inline suppressions, end to end: which findings a directive hides, and which it does not."""
from __future__ import annotations

import pytest

from lint import lint_text

SELECT = ["hygiene.placeholder", "hygiene.doubled-word"]
LINE = "Council is set to vote on TK and the the budget."   # both rules fire on every such line


def found(body: list[str], name: str = "story.md") -> list[tuple[int, str]]:
    """(line, rule) of every finding in a Markdown story whose lines are `body`."""
    text = "# Budget vote\n\n" + "\n\n".join(body) + "\n"
    return [(d.line, d.rule.split(".")[1]) for d in lint_text(text, name, select=SELECT)]


def both(line: int) -> list[tuple[int, str]]:
    return [(line, "placeholder"), (line, "doubled-word")]


def test_no_directive_hides_nothing():
    assert found([LINE, LINE]) == both(3) + both(5)


def test_a_block_hides_only_the_lines_between_disable_and_enable():
    body = [LINE, "<!-- newslint-disable -->", LINE, "<!-- newslint-enable -->", LINE]
    assert found(body) == both(3) + both(11)


def test_a_block_left_open_runs_to_the_end():
    assert found([LINE, "<!-- newslint-disable hygiene -->", LINE, LINE]) == both(3)


def test_the_directive_line_itself_is_inside_the_block():
    body = [f"{LINE} <!-- newslint-disable -->", LINE, f"<!-- newslint-enable --> {LINE}", LINE]
    assert found(body) == both(9)


def test_a_block_for_one_rule_leaves_the_others():
    body = ["<!-- newslint-disable hygiene.placeholder -->", LINE,
            "<!-- newslint-enable hygiene.placeholder -->", LINE]
    assert found(body) == [(5, "doubled-word")] + both(9)


def test_enabling_one_rule_after_a_blanket_disable_keeps_the_others_hidden():
    body = ["<!-- newslint-disable -->", LINE, "<!-- newslint-enable hygiene.placeholder -->", LINE,
            "<!-- newslint-enable -->", LINE]
    assert found(body) == [(9, "placeholder"), (13, "placeholder")] + both(13)[1:]


def test_enabling_a_pack_ends_a_rule_of_that_pack():
    body = ["<!-- newslint-disable hygiene.placeholder -->", LINE, "<!-- newslint-enable hygiene -->",
            LINE]
    assert found(body) == [(5, "doubled-word")] + both(9)


def test_enabling_another_pack_ends_nothing():
    body = ["<!-- newslint-disable hygiene -->", LINE, "<!-- newslint-enable dates -->", LINE]
    assert found(body) == []


def test_a_second_disable_does_not_move_the_start_of_an_open_block():
    body = ["<!-- newslint-disable hygiene -->", LINE, "<!-- newslint-disable -->", LINE,
            "<!-- newslint-enable -->", LINE]
    assert found(body) == both(13)


def test_disable_next_line_hides_the_next_line_only_and_only_its_rules():
    body = [f"{LINE}\n<!-- newslint-disable-next-line hygiene.doubled-word -->\n{LINE}\n{LINE}"]
    assert found(body) == both(3) + [(5, "placeholder")] + both(6)


def test_disable_line_hides_its_own_line_only_and_only_its_rules():
    # it was read as `disable` with an unknown id '-line': exit 2 and a block to the end
    body = [f"{LINE}\n{LINE} <!-- newslint-disable-line hygiene.doubled-word -->\n{LINE}"]
    assert found(body) == both(3) + [(4, "placeholder")] + both(5)


def test_ids_may_be_separated_by_commas_or_spaces():
    body = ["<!-- newslint-disable hygiene.placeholder,hygiene.doubled-word -->", LINE,
            "<!-- newslint-enable hygiene.placeholder hygiene.doubled-word -->", LINE]
    assert found(body) == both(9)


def test_a_prefix_must_end_at_a_dot():
    body = ["<!-- newslint-disable hyg -->", LINE, "<!-- newslint-disable hygiene.place -->", LINE]
    assert found(body) == [(3, "directive")] + both(5) + [(7, "directive")] + both(9)


@pytest.mark.parametrize("name", ["story.html", "story.htm"])
def test_html_comments_are_directives_too(name):
    text = ("<h1>Budget vote</h1>\n<p>" + LINE + "</p>\n<!-- newslint-disable hygiene -->\n<p>" + LINE
            + "</p>\n<!-- newslint-enable -->\n<p>" + LINE + "</p>\n")
    got = [(d.line, d.rule) for d in lint_text(text, name, select=SELECT)]
    assert got == [(2, "hygiene.placeholder"), (2, "hygiene.doubled-word"),
                   (6, "hygiene.placeholder"), (6, "hygiene.doubled-word")]


def test_file_notices_are_not_hidden_by_a_directive_on_another_line():
    text = "---\ntitle: [broken\n---\n\n<!-- newslint-disable -->\n\nBody.\n"
    assert [d.rule for d in lint_text(text, "story.md")] == ["file.front-matter"]


def test_directives_are_found_in_order_within_the_range_given():
    from lint.suppress import find_directives

    src = ("<!-- vale off --> a <!-- newslint-disable hygiene -->"
           " b <!-- vale Style.Rule = YES --> <!-- newslint-enable --> <!-- vale on -->")
    found = [(d.action, d.rules, d.offset) for d in find_directives(src)]
    assert found == [("disable", (), 0), ("disable", ("hygiene",), 20),
                     ("enable", ("Style.Rule",), 56), ("enable", (), 87), ("enable", (), 112)]
    assert found[1:3] == [(d.action, d.rules, d.offset) for d in find_directives(src, 18, 86)]
    assert find_directives(src, 1) == find_directives(src)[1:]


def test_a_block_left_open_covers_a_finding_far_down():
    body = ["<!-- newslint-disable hygiene.doubled-word -->"] + ["Filler line."] * 80 + [LINE]
    assert found(body) == [(165, "placeholder")]


def test_directive_ids_that_name_no_rule_or_pack_are_reported_with_the_nearest():
    from lint.document import Suppression
    from lint.suppress_ids import read_ids

    known = {"hygiene.placeholder", "dates.weekday-mismatch"}
    directives = [
        Suppression("disable", ("hygiene", "dates.weekday-mismatch", "all", "ALL"), 0),
        Suppression("disable", ("Style.Rule",), 5, vale=True),          # Vale's: never checked
        Suppression("disable-next-line", ("hygeine.placeholder",), 10),
        Suppression("enable", ("dates", "zzzz", "weekday-mismatch"), 20),
    ]
    read, said = read_ids(directives, known)
    assert read == directives       # ids that name nothing are no reason: the directives as written
    reason = "a reason goes after ' -- ', a space on each side"
    assert said == [
        (10, 10, "disable-next-line", "no rule or pack 'hygeine.placeholder' (did you mean hygiene.placeholder? "
         f"{reason}); as written it hides nothing"),
        (20, 20, "enable", f"no rule or pack 'zzzz' ({reason}); read as hiding dates"),
        (20, 20, "enable", "no rule or pack 'weekday-mismatch' (did you mean dates.weekday-mismatch? "
         f"{reason}); read as hiding dates")]
