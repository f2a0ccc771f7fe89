"""The reason SARIF gives for a hidden finding (`suppressions[].justification`,
`suppress.Suppressor.why`): that of a switch still hiding the finding where it
stands, none when only switches without a reason hide it (qa111 #3). A Vale
closer that ends a `newslint-disable` takes its reason with it, and a reason
given inside a Vale block is shown from its directive on. Synthetic input only."""
from __future__ import annotations

import json

import pytest

RULE = "hygiene.placeholder"
TK = "The plan is TK."


def _reasons(run_cli, tmp_path, parts: list[str]) -> list[tuple[int, str | None]]:
    """What SARIF gives for each TK of a story of `parts` (one a paragraph), in
    order: the justification, "" for a hidden finding with none, None for one
    shown. Each TK is checked to be found on the line it was written on."""
    text = "# Plan\n\n" + "\n\n".join(parts) + "\n"
    (tmp_path / "story.md").write_text(text, encoding="utf-8")
    result = run_cli("check", "--no-cache", "--select", RULE, "--format", "sarif", "story.md", cwd=tmp_path)
    got = []
    for r in json.loads(result.stdout)["runs"][0]["results"]:
        said = r.get("suppressions")
        got.append((r["locations"][0]["physicalLocation"]["region"]["startLine"],
                    None if said is None else said[0].get("justification", "")))
    written = [n for n, line in enumerate(text.splitlines(), 1) if TK[:-1] in line]
    assert [n for n, _ in got] == written, (got, written)       # every TK found, on its line
    return [why for _, why in got]


def test_qa111_3_a_vale_closer_ends_the_block_and_its_reason(run_cli, tmp_path):
    parts = ["<!-- newslint-disable hygiene.placeholder -- draft only -->", TK, "<!-- vale off -->", TK,
             "<!-- vale hygiene.placeholder = YES -->", TK, "<!-- vale on -->", TK]
    # `vale off` still hides the third TK (as in Vale), and it gives no reason
    assert _reasons(run_cli, tmp_path, parts) == ["draft only", "draft only", "", None]


def test_a_reason_given_inside_a_vale_block_is_shown_from_its_directive_on(run_cli, tmp_path):
    parts = ["<!-- vale hygiene = NO -->", TK, "<!-- newslint-disable hygiene.placeholder -- legal asked -->", TK,
             "<!-- vale hygiene.placeholder = YES -->", TK, "<!-- vale hygiene = YES -->", TK]
    # the rule's own YES ends newslint's block (qa107 #1); the style's switch still hides the third TK
    assert _reasons(run_cli, tmp_path, parts) == ["", "legal asked", "", None]


def test_a_reason_given_inside_a_reasonless_block_is_shown_from_there(run_cli, tmp_path):
    parts = ["<!-- newslint-disable hygiene -->", TK, "<!-- newslint-disable hygiene.placeholder -- wire copy -->",
             TK, "<!-- newslint-enable -->", TK]
    assert _reasons(run_cli, tmp_path, parts) == ["", "wire copy", None]


def test_control_the_first_reason_of_an_open_block_stays_through_vale_switches(run_cli, tmp_path):
    parts = ["<!-- newslint-disable hygiene -- wire copy -->", TK,
             "<!-- newslint-disable hygiene.placeholder -- legal asked -->", TK,
             "<!-- vale off -->", TK, "<!-- vale hygiene.placeholder = NO -->", TK]
    assert _reasons(run_cli, tmp_path, parts) == ["wire copy"] * 4


@pytest.mark.parametrize("order", ["closer first", "opener first"])
def test_a_closer_and_a_new_reason_on_one_line(run_cli, tmp_path, order):
    closer, opener = "<!-- vale hygiene.placeholder = YES -->", "<!-- newslint-disable hygiene -- legal asked -->"
    line = f"{closer} {TK} {opener}" if order == "closer first" else f"{opener} {TK} {closer}"
    got = _reasons(run_cli, tmp_path, ["<!-- vale off -->", "<!-- newslint-disable hygiene -- draft only -->",
                                       TK, line, TK])
    # a closer acts through its line, an opener from its line's start: on the line itself
    # "draft only" still hides the TK either way
    if order == "closer first":     # "legal asked" opens a new block below the closer's line
        assert got == ["draft only", "draft only", "legal asked"]
    else:                           # it adds to the open block, which the closer then ends: `vale off` is left
        assert got == ["draft only", "draft only", ""]
