"""qa282's findings of fx411/fx413's space-run reading, taken back with it
(c2369205): each case is main's reading again and is pinned here so a second
try at space runs keeps it. qa282's own xfails (on its branch) never landed;
these are the same cases, passing. Synthetic input in the test."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import lint_bytes
from lint.fixes import fix_bytes

HED = "Council votes\n\n"
TIMES = Config(select=("style.time-of-day", "style.noon-midnight"))


# --- #1: a lone-CR range wrapped before an indent is fixed as with LF (main fixed its noon) ---------
@pytest.mark.parametrize("body", ["The fair runs 11 until\n 12 noon on Friday.",
                                  "The fair runs 11 to\n\t12 noon on Friday."])
def test_qa282_a_lone_cr_range_to_noon_wrapped_before_an_indent_is_still_fixed(body):
    data = (HED + body + "\n").replace("\n", "\r")
    got = fix_bytes("story.txt", data.encode("utf-8"), Config(select=("style.noon-midnight",))).fixed
    assert "12 noon" not in got and got.count("\r") == data.count("\r") and "\n" not in got, repr(got)


# (the same gate, a range to a time): with LF the whole range is fixed (`1 until\n 5 p.m.`), in a lone-CR
# file its end alone (main's miss, 7802dd8a too): the range's fix across the CR was refused, its LF not
# the file's CR; now written with the CR (`lint.line_end_fix`)
def test_qa282_a_lone_cr_range_wrapped_before_an_indent_is_fixed_as_with_lf():
    body = "The call runs 1:00 until\n 5:00 PM on Friday."
    lf = fix_bytes("story.txt", (HED + body + "\n").encode("utf-8"), Config(select=("style.time-of-day",))).fixed
    cr = fix_bytes("story.txt", (HED + body + "\n").replace("\n", "\r").encode("utf-8"),
                   Config(select=("style.time-of-day",))).fixed
    assert lf != HED + body + "\n"                     # the nearest case: the LF story is fixed
    assert cr == lf.replace("\n", "\r"), (repr(cr), repr(lf))


# --- #2: a range to noon with markup inside still fixes its `12 noon` -------------------------------
@pytest.mark.parametrize("name, text", [
    ("s.html", "<html><body><h1>Council votes</h1>\n<p>The fair runs <b>11</b> until \n12 noon on Friday.</p>\n"),
    ("s.html", "<html><body><h1>Council votes</h1>\n<p>The fair runs 11 <i>until</i> \n12 noon on Friday.</p>\n"),
    ("s.html", "<html><body><h1>Council votes</h1>\n<p>The fair runs <b>11</b>  until 12 noon on Friday.</p>\n"),
    ("s.md", "# Council votes\n\nThe fair runs 11 *until*  12 noon on Friday.\n"),
])
def test_qa282_a_held_range_to_noon_still_fixes_its_noon(name, text):
    fixed = fix_bytes(name, text.encode("utf-8"), TIMES).fixed
    assert "12 noon" not in fixed and "noon on Friday" in fixed, repr(fixed)


# --- #3: a bare PM/AM after a wrap with a space beside it leaves a headline's figure supported -------
@pytest.mark.parametrize("headline, body", [
    ("Council gives 7 seats to Labour", "The council gave 7 \nPM Sunak's rivals seats on Friday, officials said."),
    ("Council gives 7 seats to Labour", "The council gave 7\n PM Sunak's rivals seats on Friday, officials said."),
    ("Council gives 7 seats to Labour", "The council gave 7\u00a0\nPM Sunak's rivals seats on Friday, officials said."),
    ("Channel 7 wins ratings war", "Viewers chose Channel 7 \nAM shows over rivals on Friday, officials said."),
])
def test_qa282_a_bare_pm_after_a_spaced_wrap_leaves_the_figure_a_figure(headline, body):
    got = lint_bytes("story.txt", f"{headline}\n\n{body}\n".encode("utf-8"),
                     Config(select=("titles.headline-unsupported",)))
    assert got.diagnostics == [], [d.message for d in got.diagnostics]


def test_qa282_nearest_a_headline_figure_the_body_lacks_is_still_unsupported():
    body = "The council gave 7 \nPM Sunak's rivals seats on Friday, officials said."
    got = lint_bytes("story.txt", f"Council gives 9 seats to Labour\n\n{body}\n".encode("utf-8"),
                     Config(select=("titles.headline-unsupported",)))
    assert [d.rule for d in got.diagnostics] == ["titles.headline-unsupported"], got.diagnostics
