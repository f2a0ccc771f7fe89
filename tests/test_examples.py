"""Rule examples check what they claim: where, how many, what the message says,
and that a fix leaves nothing behind. `newslint explain` shows the same verdicts."""
from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from lint.examples import run_example
from lint.explain import explain_rule
from lint.ruleset import RuleError, load_rule

RULE = """\
    extends: substitution
    message: "use '{replacement}' rather than '%s'"
    swap:
      utilize: use
      leverage: fully leverage
      fully: wholly
    examples:
      - pass: We use it.
"""


def rule(tmp_path, body: str = RULE):
    path = tmp_path / "house" / "plain.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(body), encoding="utf-8")
    return load_rule("house.plain", path)


@pytest.mark.parametrize("example,problems", [
    ({"fail": "We utilize it."}, []),
    ({"fail": "We utilize it.", "at": "utilize"}, []),
    ({"fail": "We utilize it.", "at": 4}, []),
    ({"fail": "We utilize it.", "at": 5}, ["flagged at column 4, not column 5"]),
    ({"fail": "We utilize it.", "at": "utilize it"}, ["flagged 'utilize', not 'utilize it'"]),
    ({"fail": "We utilize it, utilize it.", "at": "utilize"},
     ["2 findings where the example says 1: 1:4 'utilize', 1:16 'utilize'"]),
    ({"fail": "We utilize it, utilize it.", "at": [4, 16]}, []),
    ({"fail": "We utilize it, utilize it.", "count": 2}, []),
    ({"fail": "We utilize it, utilize it.", "count": 3},
     ["2 findings where the example says 3: 1:4 'utilize', 1:16 'utilize'"]),
    ({"fail": "We utilize it.", "message": "use 'use'"}, []),
    ({"fail": "We utilize it.", "message": "say 'use'"},
     ["message \"use 'use' rather than 'utilize'\" does not say \"say 'use'\""]),
    ({"fail": "We utilize, leverage.", "message": ["'utilize'", "'leverage'"]}, []),
    ({"fail": "We utilize, leverage.", "message": ["'leverage'", "'utilize'"]}, [
        "message \"use 'use' rather than 'utilize'\" does not say \"'leverage'\"",
        "message \"use 'fully leverage' rather than 'leverage'\" does not say \"'utilize'\""]),
    ({"fail": "We utilize it.", "fix": "We use it."}, []),
    ({"fail": "We utilize it.", "fix": "We used it."}, ["the fix gives 'We use it.', not 'We used it.'"]),
    ({"fail": "We leverage it.", "fix": "We fully leverage it."},
     ["the fixed text is still flagged: 1:4 'fully'"]),     # (its own swap flags the fix)
    ({"pass": "We utilize it."}, ["a pass example was flagged: 1:4 'utilize'"]),
    ({"fail": "We use it."}, ["a fail example was not flagged"]),
])
def test_claims_are_checked(tmp_path, example, problems):
    assert run_example(rule(tmp_path), example).problems == problems


def test_options_apply_to_one_example_only(tmp_path):
    plain = rule(tmp_path)
    example = {"fail": "We Utilize it.", "options": {"ignorecase": True}, "at": "Utilize"}
    assert run_example(plain, example).problems == []
    assert run_example(plain, {"pass": "We Utilize it."}).problems == []


def test_a_published_date_and_a_format_reach_the_rule(tmp_path):
    from lint.config import Config
    from lint.engine import rules_for

    after = next(r for r in rules_for(Config()) if r.id == "dates.after-publication")
    text = "# Vote\n\nThe council approved the plan on June 16, 2026.\n"
    assert run_example(after, {"fail": text, "format": "markdown", "published": "2026-05-18",
                               "at": "June 16, 2026"}).problems == []
    assert run_example(after, {"pass": text, "format": "markdown"}).problems == []


@pytest.mark.parametrize("example,message", [
    ({"pass": "x", "at": "x"}, "at goes with a fail example"),
    ({"pass": "x", "count": 1}, "count goes with a fail example"),
    ({"fail": "x", "at": 0}, "at must be the flagged text, a column (1 or more), or a list of them"),
    ({"fail": "x", "at": []}, "at must be the flagged text"),
    ({"fail": "x", "at": True}, "at must be the flagged text"),
    ({"fail": "x", "message": ""}, "message must be a piece of the message"),
    ({"fail": "x", "count": 0}, "count must be a whole number, 1 or more"),
    ({"fail": "x", "at": ["a", "b"], "count": 3}, "disagree on the number of findings"),
    ({"fail": "x", "options": ["ignorecase"]}, "options must map option names to values"),
    ({"fail": "x", "where": 3}, "unknown example key 'where'"),
])
def test_bad_claims_are_rule_errors(tmp_path, example, message):
    import yaml

    body = RULE.replace("      - pass: We use it.\n",
                        textwrap.indent(yaml.safe_dump([example]), "      "))
    with pytest.raises(RuleError, match=re.escape(message)):
        rule(tmp_path, body)


@pytest.mark.parametrize("example,message", [
    ({"fial": "oops"}, "each example needs exactly one of pass or fail (did you mean fail?)"),
    ({"fail": "x", "att": "foo"}, "unknown example key 'att' (did you mean at?)"),
    ({"fail": "x", "mesage": "foo"}, "unknown example key 'mesage' (did you mean message?)"),
    # the nearest cases: no key near one the example lacks, so no guess
    ({"fail": "x", "pass": "y"}, "each example needs exactly one of pass or fail"),
    ({"blurb": "oops"}, "each example needs exactly one of pass or fail"),
    ({"fail": "x", "where": 3}, "unknown example key 'where'"),
])
def test_a_misspelt_example_key_gets_the_key_it_likely_meant(example, message):
    # nu59 #9: as a rule's own `mesage:` gets `did you mean message?`
    from lint.example_shape import problem

    assert problem([{"pass": "a"}, example])[:2] == (message, "examples[1]")


def test_a_misspelt_example_key_is_said_where_it_was_with_its_hint(tmp_path):
    body = RULE + "      - fial: oops\n"
    with pytest.raises(RuleError) as err:
        rule(tmp_path, body)
    assert str(err.value).endswith("plain.yaml:9:5: examples[1]: each example needs exactly one of pass or fail "
                                   "(did you mean fail?)")


def test_explain_shows_claims_and_what_went_wrong(tmp_path):
    body = RULE + '      - {fail: "We utilize it, utilize it.", at: [4, 17], message: rather}\n'
    shown = explain_rule(rule(tmp_path, body))
    assert ("  fail: We utilize it, utilize it.   <-- NOT AS EXPECTED\n"
            "        expects: 2 findings; at column 4, column 17; saying 'rather'\n"
            "        -> 1:4: use 'use' rather than 'utilize'\n"
            "        -> 1:16: use 'use' rather than 'utilize'\n"
            "        !! flagged at column 16, not column 17") in shown


@pytest.mark.parametrize("examples, code", [
    ('  - fail: The mayor slammed the council.\n  - pass: The mayor blasted the council.\n', 1),
    ('  - fail: The mayor blasted the council.\n  - pass: The mayor slammed the council.\n', 0),
])
def test_explain_exits_1_when_a_house_rule_example_is_not_as_expected(run_cli, tmp_path, examples, code):
    # nu22 #7: a newsroom's CI had no command that failed on its own rules' broken examples
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "wrong.yaml").write_text(
        'extends: existence\nmessage: "avoid %s"\ntokens: [blasted]\nexamples:\n' + examples)
    result = run_cli("explain", "house.wrong", "--rules", tmp_path, cwd=tmp_path)
    assert result.exit_code == code
    said = "newslint: 2 examples of house.wrong are not as expected"
    assert (said in result.stderr) is (code == 1)


def test_explain_shows_a_rules_other_messages():
    # nu22 #10: the tie message a user saw was nowhere in explain
    root = Path(__file__).resolve().parent.parent / "rules" / "names"
    shown = explain_rule(load_rule("names.given-name-variant", root / "given-name-variant.yaml"))
    assert "\n         tie: '%s' and '{other}' are both written with '{surname}'" in shown


@pytest.mark.parametrize("scope, skip_quotes, kind", [
    ("", "", "headline"),                              # the default, prose, opens with headline
    ("scope: caption\n", "", "caption"),
    ("scope: [body, headline]\n", "", "paragraph"),    # in the scope's order, an alias opened in place
    ("", "skip-quotes: true\n", "paragraph"),          # so that its quotes count
    ("scope: headline\n", "skip-quotes: true\n", "headline"),   # no paragraph in the scope
])
def test_an_example_without_a_format_is_one_part_of_the_kind_readme_names(tmp_path, scope, skip_quotes, kind):
    from lint.examples import example_document
    loaded = rule(tmp_path, 'extends: existence\nmessage: "avoid %s"\ntokens: [mulls]\n' + scope + skip_quotes)
    doc = example_document(loaded, {"pass": "The council mulls the budget."})
    assert [p.kind for p in doc.parts] == [kind]
    doc = example_document(loaded, {"pass": "Hed\n\nThe council met.\n", "format": "text"})
    assert [p.kind for p in doc.parts if p.text] == ["headline", "paragraph"], doc.parts
