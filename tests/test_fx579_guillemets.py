"""fx579: a guillemet that is a link's arrow (`« Previous | ... | Next »`, a
breadcrumb's `Home »` and a `« Back` link in one paragraph) quotes nothing
for --fix's hold (qa436 #3); guillemets around a speaker's words, French,
Swiss, German, spaced or cut by a line break, and navigation words that go
on as a sentence, stay held (AP: never alter quotations)."""
from __future__ import annotations

import pytest

from lint.analysis.quote_others import other_spans
from lint.config import Config
from lint.engine import active_rules
from lint.fixes import fix_bytes

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")
HELD = [("alright", "quotation"), ("it is", "quotation")]


def _fix(tmp_path, text, path="a.txt"):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yaml").write_text(SWAPS, encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return fix_bytes(path, text.encode("utf-8"), config, rules=active_rules(config))


def _held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


@pytest.mark.parametrize("text", [
    "Fees\n\n\u00ab Previous story | It is alright to park here | Next story \u00bb\n",
    "Fees\n\n\u00ab Back to Sports | It is alright to park here, the city says.\n",
    "Fees\n\nIt is alright to park here, the city says. Continue reading \u00bb\n",
])
def test_navigation_arrows_quote_nothing(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert "It's all right to park" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    "Fees\n\nHe said \u00ab\u00a0It is alright\u00a0\u00bb, then left.\n",
    "Fees\n\nHe said \u00abIt is alright\u00bb, then left.\n",
    "Fees\n\nEr sagte \u00bbIt is alright\u00ab und ging.\n",
    # navigation words that go on as the speaker's sentence
    "Fees\n\nHe said \u00ab Back then it is alright \u00bb, then left.\n",
    "Fees\n\n\u00ab Next year it is alright \u00bb, he said.\n",
    "Fees\n\nHe said \u00ab Previous owners said it is alright \u00bb, then left.\n",
    # a quotation a hard-wrapped line cuts right after a navigation word
    "Fees\n\nHe said \u00ab Back\nthen it is alright \u00bb, then left.\n",
    "Fees\n\nHe said \u00ab it is alright,\nmore \u00bb, then left.\n",
])
def test_guard_guillemets_around_speech_are_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


def test_guard_a_quotation_between_navigation_arrows_is_held(tmp_path):
    # the arrows are set aside, so the speaker's guillemets pair with each other
    text = "Fees\n\nHome \u00bb Sports. He said \u00abit is alright\u00bb today. \u00ab Back\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


def test_other_spans_keeps_offsets_and_pairs_past_arrows():
    text = "Home \u00bb Sports. He said \u00abit is alright\u00bb today. \u00ab Back"
    start = text.index("\u00abit")
    assert other_spans(text) == [(start, text.index("\u00bb today") + 1)]
    assert other_spans("\u00ab Previous | x | Next \u00bb") == []


def test_guard_spans_in_other_marks_out_of_order_are_all_held(tmp_path):
    # other_spans lists guillemets before a glued ‘…’ quotation that comes first: the caller sorts
    text = ("Fees\n\nShe left early.\u2018It is alright,\u2019 he said, and later "
            "\u00abit is alright\u00bb too.\n")
    spans = other_spans(text)
    assert spans != sorted(spans) and len(spans) == 2
    outcome = _fix(tmp_path, text)
    assert "It is alright,\u2019" in outcome.fixed and "\u00abit is alright\u00bb" in outcome.fixed
    assert {k for _, k in _held(outcome)} == {"quotation"} and len(_held(outcome)) == 4
