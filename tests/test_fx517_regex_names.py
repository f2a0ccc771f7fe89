"""Two character sets that look alike answer two questions (renamed, no
behaviour changed): `existence._MATCHES_MORE_THAN_ITSELF` (can a token match
text other than its own? a `.` can: any character) and
`_alternation._WRITTEN_AS_REGEX` (is a key or token written as a regex? a
`.` is allowed in a literal phrase: `St. Louis`). So `St. Louis` is a
literal phrase whose spaces match any white space, yet no literal token
that could refuse a name it would match whole."""
from __future__ import annotations

import json

import pytest

from lint.kinds._alternation import key_pattern, literal_text
from lint.ruleset import RuleError, load_rule
from rule_file_helpers import write

OFF = "is itself a match of the rule's tokens"


def _load(folder, tokens: list[str], names: list[str]):
    rule = write(folder / "house" / "x.yaml", "extends: existence\nmessage: x\n"
                 f"tokens: {json.dumps(tokens)}\nnames: {json.dumps(names)}\n")
    return load_rule("house.x", rule)


@pytest.mark.parametrize("key, pattern, literal", [
    ("St. Louis", r"St.\s+Louis", True),             # a `.` keeps a phrase literal
    ("per cent", r"per\s+cent", True),
    (r"St\. Louis", r"St\. Louis", False),           # an escape is regex syntax
    ("(St) Louis", "(St) Louis", False),
    ("a|b c", "a|b c", False),
    ("U.S.", "U.S.", True),
])
def test_a_key_written_as_a_regex_or_a_literal_phrase(key, pattern, literal):
    assert key_pattern(key) == (pattern, literal)
    assert literal_text(key.replace(" ", "  ")) == (key if literal else key.replace(" ", "  "))


@pytest.mark.parametrize("token", ["slammed", "per cent", "INSERT"])
def test_a_name_a_token_that_matches_only_itself_matches_whole_is_refused(tmp_path, token):
    with pytest.raises(RuleError, match=OFF):
        _load(tmp_path, [token], [token])


@pytest.mark.parametrize("token, name", [("U.S.", "U.S."), ("St. Louis", "St. Louis"),
                                         (r"St\. Louis", "St. Louis"), (r"\bslam\w*", "slammed")])
def test_guard_a_token_that_matches_more_than_itself_refuses_no_name(tmp_path, token, name):
    # a `.` matches any character: a literal phrase to `key_pattern`, yet no literal token here
    assert _load(tmp_path, [token], [name]).id == "house.x"
