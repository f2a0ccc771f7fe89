"""fx548: a quoted allusion in a headline ('Jaws' moment) needs no support
from the body (nu72 #8); guards: a quoted name outside an allusion's frame,
an unquoted one and a name beside the allusion are still flagged."""
import pytest

from lint.analysis.headline_allusions import quoted_allusion


def _at(headline, word):
    start = headline.index(word)
    return quoted_allusion(headline, start, start + len(word))


@pytest.mark.parametrize("headline", [
    "Surfer survives \u2018Jaws\u2019 moment with great white shark",
    "Surfer survives \u2018Jaws\u2019-style attack",
    "Surfer survives 'Jaws'-like attack",
    "Surfer survives \u201cJaws\u201d moment",
    "Shark attack straight out of \u2018Jaws\u2019",
    "Surfer lives real-life \u2018Jaws\u2019",
    "Beach closed after \u2018Jaws\u2019 Moment",
])
def test_allusions(headline):
    assert _at(headline, "Jaws")


@pytest.mark.parametrize("headline,word", [
    ("Surfer survives Jaws moment", "Jaws"),                      # no quote marks
    ('Council passes "Hartwell" budget', "Hartwell"),             # a quoted name, no allusion
    ("Fans mob \u2018Kowalczyk\u2019 at budget vote", "Kowalczyk"),
    ("Council hears \u2018Anna Kowalczyk\u2019 on budget", "Kowalczyk"),
    ("Surfer\u2019s \u2018Jaws\u2019 moment off Hartwell beach", "Hartwell"),  # beside it, unquoted
    ("\u2018Jaws\u2019 fan Hartwell says moment came", "Jaws"),  # the frame word is not right after
    ("Hartwell\u2019s moment", "Hartwell"),                       # an apostrophe, no quote
    ("Fans of \u2018Kowalczyk\u2019 like budget plan", "Kowalczyk"),  # a verb, not a hyphened suffix
    ("Voters back \u2018Hartwell\u2019 style of budget", "Hartwell"),
])
def test_no_allusion(headline, word):
    assert not _at(headline, word)


BODY = ("A surfer survived being attacked and dragged underwater by a juvenile great white shark off "
        "the central coast of California on Monday. The surfer was bitten on the leg and taken to a "
        "hospital, a sheriff's spokesman said. Rangers closed the beach for three days.\n")


@pytest.mark.parametrize("headline,flagged", [
    ("Surfer survives \u2018Jaws\u2019 moment off California", []),
    ("Surfer survives \u2018Jaws\u2019 moment off Hartwell beach", ["Hartwell"]),
    ("Surfer meets \u2018Jaws\u2019 off the California coast", ["Jaws"]),
    ("Surfer survives Jaws moment off the California coast", ["Jaws"]),
])
def test_the_rule_spares_only_the_allusion(run_cli, tmp_path, headline, flagged):
    import json
    path = tmp_path / "s.txt"
    path.write_text(f"{headline}\n\n{BODY}", encoding="utf-8")
    found = json.loads(run_cli("check", "--format", "json", path).stdout)
    assert [f["message"].split("'")[1] for f in found if f["rule"] == "titles.headline-unsupported"] == flagged
