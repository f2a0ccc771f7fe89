"""How Vale's comments and newslint's own directives hide a rule together
(`suppress.Suppressor.ranges`, qa107 #1-#4). Vale's comments are Vale's
separate switches (Vale's `UpdateComments` and `QueryComments`,
internal/core/file.go): `vale off` is one, each `vale X = NO` another,
`vale on` clears only `vale off` and `vale X = YES` only X, and a rule is
hidden while any switch naming it (its id, its style, `newslint`) is set.
Where the two kinds meet they stay one sequence, as on main: a Vale closer
ends a `newslint-disable` block, `newslint-enable` ends every block and
switch, and a block left open hides to the end. Synthetic input only."""
from __future__ import annotations

import itertools
import re

import pytest

from lint import lint_text

RULE = "hygiene.placeholder"
TK = "The plan is TK.\n\n"
VALES = ["vale off", "vale on", f"vale {RULE} = NO", f"vale {RULE} = YES", "vale hygiene = NO",
         "vale hygiene = YES", "vale newslint = NO", "vale newslint = YES"]


def shown(comments: list[str]) -> list[int]:
    """The lines of the TKs shown in a story of a TK, then each comment with a TK after it."""
    text = "# Plan\n\n" + TK + "".join(f"<!-- {c} -->\n\n{TK}" for c in comments)
    return [d.line for d in lint_text(text, "story.md", select=[RULE]) if d.rule == RULE]


def vales_model(comments: list[str]) -> list[int]:
    """The lines Vale shows the TKs of `shown`'s story on: one map of switches, as
    Vale's UpdateComments sets it, and a TK hidden while `off`, the rule's style
    or the rule is set (QueryComments); `newslint` is the style of the rule."""
    switches, lines = {}, [3]
    for k, comment in enumerate(comments):
        if comment in ("vale off", "vale on"):
            switches["off"] = comment == "vale off"
        else:
            name, value = re.fullmatch(r"vale (\S+) = (YES|NO)", comment).groups()
            switches[name] = value == "NO"
        if not any(switches.get(key) for key in ("off", "hygiene", RULE, "newslint")):
            lines.append(7 + 4 * k)
    return lines


def test_every_sequence_of_up_to_three_vale_comments_hides_what_vale_hides():
    sequences = [list(s) for n in (1, 2, 3) for s in itertools.product(VALES, repeat=n)]
    wrong = [(s, shown(s), vales_model(s)) for s in sequences if shown(s) != vales_model(s)]
    assert not wrong, wrong[:5]
    # the model is not trivial: it shows and hides, and a later switch changes what an earlier set
    assert vales_model(["vale off", f"vale {RULE} = YES"]) == [3]
    assert vales_model([f"vale {RULE} = NO", f"vale {RULE} = YES"]) == [3, 11]


# a block opened by one kind and closed by the other: ended where the closer stands, as on main
@pytest.mark.parametrize("opener, closer", [
    ("vale off", "newslint-enable"),
    (f"vale {RULE} = NO", "newslint-enable"),
    ("vale hygiene = NO", f"newslint-enable {RULE}"),
    ("newslint-disable", "vale on"),
    ("newslint-disable hygiene", f"vale {RULE} = YES"),
    ("newslint-disable", "vale newslint = YES"),
])
def test_a_closer_of_the_other_kind_ends_the_block_as_on_main(opener, closer):
    assert shown([opener, closer]) == [3, 11]


@pytest.mark.parametrize("opener", ["vale off", f"vale {RULE} = NO", "vale hygiene = NO",
                                    "vale newslint = NO", "newslint-disable", "newslint-disable hygiene"])
def test_a_block_left_open_hides_to_the_end(opener):
    # (what follows closes nothing of the rule's: another rule's line and another style's switch)
    assert shown([opener, "newslint-disable-line dates", "vale Acme.Rule = YES"]) == [3]


def test_newslint_enable_ends_every_vale_switch_at_once():
    comments = ["vale off", "vale hygiene = NO", f"vale {RULE} = NO", "vale newslint = NO", "newslint-enable"]
    assert shown(comments) == [3, 23]


def test_a_vale_closer_ends_newslints_block_but_not_another_vale_switch():
    # `vale on` ends the newslint-disable above it (as on main) and clears `off`,
    # but the rule's own switch stays set until its YES
    assert shown(["newslint-disable", f"vale {RULE} = NO", "vale on", f"vale {RULE} = YES"]) == [3, 19]
    assert shown(["newslint-disable", "vale off", "vale on"]) == [3, 15]

