"""A bad option value is refused when the rule loads, at its line and column,
never found by an internal error on every file (nu28 #3); and `explain`
shows a rule that fails on its own example instead of 'was not flagged'."""
from __future__ import annotations

import pytest
from rule_file_helpers import rule_error, write

from lint.examples import run_example
from lint.kinds import Kind, registry
from lint.ruleset import load_rule


@pytest.mark.parametrize("body, said", [
    # a misspelt keyword: a pattern `$word` matches nothing, so it is never one
    ("extends: capitalization\nmessage: x\nscope: headline\nmatch: $sentance\n",
     "X:4:8: match: '$sentance' is not one of $title, $sentence, $lower, $upper (did you mean $sentence?"),
    ("extends: capitalization\nmessage: x\nmatch: $Title\n", "X:3:8: match: '$Title' is not one of"),
    ("extends: capitalization\nmessage: x\nmatch: $title\nstyle: APA\n",
     "X:4:8: style: 'APA' is not one of AP, Chicago"),
    # qa64 #8: a stray space made a pattern that matches nothing: every headline flagged
    ("extends: capitalization\nmessage: x\nmatch: \"$sentence \"\n",
     "X:3:8: match: '$sentence ' has spaces around $sentence, which make it a pattern"),
    ("extends: capitalization\nmessage: x\nmatch: ' $title'\n", "X:3:8: match: ' $title' has spaces"),
    ("extends: capitalization\nmessage: x\nmatch: $title\nthreshold: 80\n",
     "X:4:12: threshold: must be from 0 to 1"),
    ("extends: occurrence\nmessage: x\ntoken: a\nmax: -1\n", "X:4:6: max: must be 0 or more"),
    # raised to the millionth power a word's rarity overflowed on every file
    ("extends: title-unrelated\nmessage: x\nrarity_power: 1000000\n",
     "X:3:15: rarity_power: must be from 0 to 10"),
    # an option that takes a list or one string checked its list's items only when a plain list
    ("extends: existence\nmessage: x\ntokens: [a]\nnames: [1]\n",
     "X:4:9: names: every item must be a string"),
    ("extends: spelling\nmessage: x\nignore: [1, a.txt]\n", "X:3:10: ignore: every item must be a string"),
    # qa84 #5: a swap's template with a bad escape or a group its key lacks failed on every file
    ("extends: substitution\nmessage: x\nswap:\n  plan: '\\q'\n",
     "X:4:9: swap: replacement '\\q' is not a valid template: bad escape"),
    ("extends: substitution\nmessage: x\nswap:\n  (?P<w>plan): '\\g<word>s'\n",
     "X:4:16: swap: replacement '\\g<word>s' names group 'word', but '(?P<w>plan)' has 1 group (w by name)"),
    ("extends: substitution\nmessage: x\nswap:\n  (a)|(b): '\\\\\\3'\n",
     "X:4:12: swap: replacement '\\\\\\3' names group 3, but '(a)|(b)' has 2 groups"),
])
def test_a_bad_option_value_is_refused_at_its_place(tmp_path, body, said):
    assert rule_error(tmp_path, body).startswith(said)


def test_a_swap_template_naming_its_own_groups_loads(tmp_path):
    rule = write(tmp_path / "house" / "x.yaml", "extends: substitution\nmessage: x\nswap:\n"
                 "  (?P<w>plan)(s?): '\\g<w>\\2 \\\\9 \\g<0>'\n")
    assert load_rule("house.x", rule).checker.swaps      # an escaped backslash is no group


@pytest.mark.parametrize("match", ["$title", "$sentence", "$lower", "$upper", "[A-Z].*", "$^|x"])
def test_keywords_and_patterns_still_load(tmp_path, match):
    rule = write(tmp_path / "house" / "x.yaml", f"extends: capitalization\nmessage: x\nmatch: '{match}'\n")
    assert load_rule("house.x", rule).checker.opts["match"] == match


@pytest.mark.parametrize("style, same", [("ap", "AP"), ("chicago", "Chicago"), ("CHICAGO", "Chicago")])
def test_a_title_style_in_any_case_loads_as_before(tmp_path, style, same):
    """qa64 #8: `style: ap` loaded (as AP) before styles were checked; it still does."""
    rule = write(tmp_path / "house" / "x.yaml", f"extends: capitalization\nmessage: x\nmatch: $title\n"
                                                 f"style: {style}\n")
    assert load_rule("house.x", rule).checker.style == same
    lower = load_rule("house.x", rule).checker
    assert lower.fits("Council Votes on the Budget") and not lower.fits("Council Votes On The Budget")


def test_check_and_explain_refuse_the_misspelt_keyword_before_any_file(run_cli, tmp_path):
    write(tmp_path / "rules" / "house" / "t.yaml",
          "extends: capitalization\nmessage: x\nscope: headline\nmatch: $sentance\n"
          "examples:\n  - fail: Council Approves Budget\n")
    write(tmp_path / "a.md", "# Council Approves Budget\n\nText.\n")
    for args in (("check", "a.md"), ("explain", "house.t")):
        res = run_cli(*args, "--rules", "rules", cwd=tmp_path)
        assert res.exit_code == 2
        assert "rules/house/t.yaml:4:8: match: '$sentance'" in res.stderr
        assert "internal error" not in res.stderr + res.stdout
        assert "not flagged" not in res.stdout


class _Fails(Kind):
    name = "test-fails"
    description = "Raises, as a kind with a bug would."

    def check(self, doc, parts):
        raise ValueError("a value no load check caught")


def test_an_example_the_rule_fails_on_says_so(tmp_path, monkeypatch):
    monkeypatch.setitem(registry(), "test-fails", _Fails)
    rule = load_rule("house.x", write(tmp_path / "house" / "x.yaml", "extends: test-fails\nmessage: x\n"))
    result = run_example(rule, {"fail": "Some text."})
    assert result.problems[0].startswith("the check failed: example: internal error in rule house.x: "
                                         "ValueError: a value no load check caught")


def test_a_rule_a_config_gives_options_is_built_once(run_cli, tmp_path, monkeypatch):
    """fx116 #4: `options: {hygiene.placeholder: ...}` built the rule's checker
    twice, once from its file alone and once with the options; the file is
    still checked on its own, its checker built once, with them."""
    from collections import Counter

    from lint import rule_sets

    built: Counter = Counter()
    real = Kind.__init__

    def counted(self, rule_id, opts, trusted=False):
        built[rule_id] += 1
        real(self, rule_id, opts, trusted)

    monkeypatch.setattr(Kind, "__init__", counted)
    monkeypatch.setattr(rule_sets, "_sets", type(rule_sets._sets)())     # nothing compiled yet
    (tmp_path / ".newslint.yaml").write_text("options:\n  hygiene.placeholder:\n    tokens: [XXX]\n")
    (tmp_path / "a.txt").write_text("Vote\n\nThe XXX council met TK.\n")
    result = run_cli("check", "--no-cache", "--select", "hygiene.placeholder", "a.txt", cwd=tmp_path)
    assert "'XXX'" in result.output and "'TK'" not in result.output     # the options are used
    assert built["hygiene.placeholder"] == 1 and max(built.values()) == 1
