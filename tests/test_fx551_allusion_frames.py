"""fx551: an allusion's frame spares only an allusion (qa409 #1): a quoted
name before a time phrase ("moments before crash") or after a bare "out
of" is a name the body must give; guards keep fx548's frames and the
singular "moment after" an allusion."""
import pytest

from lint.analysis.headline_allusions import quoted_allusion


def _at(headline, word):
    start = headline.index(word)
    return quoted_allusion(headline, start, start + len(word))


@pytest.mark.parametrize("headline,word", [
    ("CCTV shows \u2018Kowalczyk\u2019 moments before crash", "Kowalczyk"),
    ("CCTV shows \u2018Kowalczyk\u2019 moments\u00a0after crash", "Kowalczyk"),
    ("CCTV shows \u2018Kowalczyk\u2019 Moments Later", "Kowalczyk"),
    ("\u2018Kowalczyk\u2019 moments from death, doctors say", "Kowalczyk"),
    ("Police pull cash out of \u2018Kowalczyk\u2019 car", "Kowalczyk"),
    ("Police pull cash out of 'Kowalczyk' car", "Kowalczyk"),
    ("Team walks out of \u201cKowalczyk\u201d talks", "Kowalczyk"),
])
def test_time_phrases_and_a_bare_out_of_frame_nothing(headline, word):
    assert not _at(headline, word)


@pytest.mark.parametrize("headline", [
    "Surfer survives \u2018Jaws\u2019 moment with great white shark",
    "Surfer survives \u2018Jaws\u2019 moment after attack",        # singular: the name's moment
    "Surfer relives \u2018Jaws\u2019 moments",
    "Surfer relives \u2018Jaws\u2019 moments beforehand",          # no time phrase, a longer word
    "Shark attack straight out of \u2018Jaws\u2019",
    "Shark attack right out of \u2018Jaws\u2019",
    "Shark attack like something out of \u2018Jaws\u2019",
    "Surfer lives real-life \u2018Jaws\u2019",
    "Surfer survives \u2018Jaws\u2019 homage",
])
def test_allusions_still_spared(headline):
    assert _at(headline, "Jaws")


BODY = ("\n\nA man was seen on a doorbell camera on Elm Street minutes before a car struck a utility "
        "pole on Monday night, police said. The driver was taken to a hospital with minor injuries.\n")


@pytest.mark.parametrize("hed,flagged", [
    ("Camera shows \u2018Kowalczyk\u2019 moments before crash", [(1, 15)]),
    ("Police pull cash out of \u2018Kowalczyk\u2019 car", [(1, 26)]),
    ("Crash straight out of \u2018Jaws\u2019 on Elm Street", []),
])
def test_the_rule_at_the_name(run_cli, tmp_path, hed, flagged):
    import json
    path = tmp_path / "s.txt"
    path.write_text(hed + BODY, encoding="utf-8")
    out = json.loads(run_cli("check", "--no-cache", "--format", "json", "--select",
                             "titles.headline-unsupported", "--published", "2025-03-03", path).stdout)
    assert [(f["line"], f["column"]) for f in out] == flagged
