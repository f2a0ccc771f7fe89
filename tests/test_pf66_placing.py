"""pf66: `placing.fill_names` reads each message once (`_template`) and
`_shorten` skips `WRAPPED` where a span holds no tab or line break. Both
are checked against the long ways they replace, `PLACEHOLDER.sub` with its
callback and `WRAPPED.sub` on every span, on the shapes a message or a
quoted span takes, and through a whole check."""
from __future__ import annotations

import random

import pytest

from lint.document import Part
from lint.kinds.base import PLACEHOLDER
from lint.placing import _shorten, _template, fill_names
from lint.vale.messages import WRAPPED


def _long_way(message: str, args: dict) -> str:
    return PLACEHOLDER.sub(lambda m: m[0][0] if m[1] is None else str(args[m[1]]) if m[1] in args
                           else m[0], message)


MESSAGES = [
    "AP style: write '{replacement}', not '{written}'",
    "{{literal}} and {name}",            # an escaped brace pair, then a name
    "}} {{ {",                            # braces alone
    "{0} {x y} {_private} {name2} {2name}",   # not names: kept as written
    "{a}{a}{b}",                          # one name twice, side by side
    "no placeholder at all",
    "",
    "{name}",
    "trailing {",
    "{{{name}}}",                         # an escape, a name, an escape
]
ARGS = [{}, {"name": "Ortiz", "a": 1, "b": None}, {"replacement": "noon", "written": "12 p.m."},
        {"name2": "x", "_private": "p", "x y": "never"}]


@pytest.mark.parametrize("message", MESSAGES)
@pytest.mark.parametrize("args", ARGS)
def test_fill_names_is_the_callback_sub(message, args):
    assert fill_names(message, args) == _long_way(message, args)


def test_fill_names_random_messages():
    rng = random.Random(66)
    alphabet = ["{", "}", "{{", "}}", "name", "a", "0", " ", "x y", "é", "_", "{name}", "{a}", "{0}"]
    args = {"name": "Jane Ortiz", "a": 7, "é": "accent"}
    for _ in range(3000):
        message = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert fill_names(message, args) == _long_way(message, args), message


def test_template_pieces_join_back_to_the_message():
    # unfilled (no args), the pieces give back the message less its escapes
    for message in MESSAGES:
        assert "".join(text for text, _ in _template(message)) == _long_way(message, {})


def test_a_value_is_formatted_at_each_fill():
    # the template is cached; the values are not: each finding's own are used
    message = "'{written}' here"
    assert fill_names(message, {"written": "7pm"}) == "'7pm' here"
    assert fill_names(message, {"written": "7 PM"}) == "'7 PM' here"


SPANS = ["plain words", "per\t\tcent", "line\nbreak", "cr\rend", "crlf\r\nend", "two  spaces",
         "no\u00a0break", "\u2028separator", "form\ffeed", "tab at end\t", "\n", ""]


@pytest.mark.parametrize("text", SPANS)
def test_shorten_is_wrapped_sub(text):
    part = Part.from_slice("paragraph", text, 0, len(text))
    assert _shorten(part, 0, len(text), text) == WRAPPED.sub(" ", text)


def test_shorten_keeps_a_run_of_spaces_and_folds_a_wrap():
    text = "per  cent and per\n  cent"
    part = Part.from_slice("paragraph", text, 0, len(text))
    assert _shorten(part, 0, 9, text) == "per  cent"            # a run of spaces may be the fault
    assert _shorten(part, 14, len(text), text) == "per cent"    # a wrapped line is one space
    assert _shorten(part, 14, len(text), text, spaced=True) == "per cent"


def test_a_check_fills_and_quotes_as_before(run_cli, tmp_path):
    # a time rule's message fills {replacement} and {written}; a doubled word
    # quotes a span that wraps a line: both placed as they were
    story = tmp_path / "story.txt"
    story.write_text("Council meets\n\nThe meeting starts at 12 p.m. on the the\nfloor of the hall.\n",
                     encoding="utf-8")
    result = run_cli("check", "--format", "text", "--no-cache", str(story))
    assert "write 'noon', not '12 p.m.'" in result.output
    assert "doubled word: 'the the'" in result.output
