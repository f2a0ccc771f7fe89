"""qa181: late QA of fx301 (names.title-changed Jr./Sr.) and fx302 (comma pair,
published as a string) on lead45. Synthetic input only."""
import datetime

import pytest

from lint import lint_text
from lint.config import ConfigError

PUB = datetime.date(2025, 2, 24)


def _found(body, rule, **kw):
    kw.setdefault("published", PUB)
    return [(d.line, d.column, d.message) for d in lint_text("Story\n\n" + body + "\n", **kw)
            if d.rule == rule]


def test_comma_pair_does_not_take_a_count_of_others():
    body = "The attack Tuesday or Wednesday, March 4, and 5 others was reported."
    found = _found(body, "dates.weekday-mismatch")
    assert [(f[0], f[1]) for f in found] == [(3, body.index("Wednesday, March 4") + 1)]
    assert "'Wednesday, March 4'" in found[0][2]


def test_after_publication_quote_leaves_out_a_count():
    body = "It happened Tuesday and Wednesday, March 4, and 5 more came."
    found = _found(body, "dates.after-publication")
    assert found and all("March 4, and 5" not in f[2] for f in found)


def test_suffix_case_does_not_make_a_third_generation():
    # all-caps 'JR.' is the Jr.'s suffix (names.GENERATION_SUFFIX in any case): his Sen. -> Rep. is a change
    body = ("Sen. John Smith Jr. spoke on Monday. Rep. John Smith Sr. came. "
            "Rep. John Smith JR. spoke.")
    found = _found(body, "names.title-changed")
    assert [(f[0], f[1]) for f in found] == [(3, body.index("Rep. John Smith JR.") + 1)]


def test_empty_published_string_is_refused_as_the_cli_refuses_it():
    # "" names no date: refused as --published '' and a config's published: '' are
    with pytest.raises(ConfigError, match="published: '' is not a date"):
        lint_text("Story\n\nHe met Monday, March 3.\n", published="")


def test_published_none_still_means_none_given():
    # the neighbour: None is no date given, so the article's own (none here) is used
    assert _found("He met Tuesday, March 3.", "dates.weekday-mismatch", published=None) == []
    assert _found("He met Tuesday, March 3.", "dates.weekday-mismatch", published="2025-02-24")


@pytest.mark.parametrize("published", [False, 0, []])
def test_only_none_means_no_publication_date(published):
    # qa182 #6: False, 0 and [] are no dates: refused, as `published: false` in a config file is
    with pytest.raises(ConfigError, match="is not a date"):
        lint_text("Story\n\nHe met Monday, March 3.\n", published=published)
