"""Faults QA (qa110) found adopting newslint as a newcomer at a newsroom, on
real input nobody on the project wrote (copies of the shared Markdown repos,
dev pages, wire exports, BBC and Reuters text): `init`, a house pack,
`--fix`/`--diff`, a baseline, every `--format`, `explain`, `rules`, `parse`,
pre-commit, the language server, `--jobs 2` and the cache.

A fix held for a link is blamed on escapes (#1). Wire `mln`/`bln` are no
millions (#2), a fiscal year's `/26` tail is a number (#6) and a fraction in
words bears out no figure (#12) for titles.headline-unsupported. The tense
of a date's clause is taken from a past relative clause (#3), an embedded
`will` (#5), a negated present passive (#8) or a participle on the subject
(#9), and a past level to go back to is no baseline (#10). A credit before
a licence note is no credit (#4); WordPress's pull-quote block is a body
quote (#7); two weekdays over `8 and 9` pair wrongly (#11).

Each is a strict xfail that fails today for the fault's reason, with a
passing control beside it. Synthetic input only, under tmp_path."""
from __future__ import annotations

import json

import pytest


def _json(result) -> list[dict]:
    return json.loads(result.stdout)


# 1 (MED) ----------------------------------------------------------------
# A straight-quoted quote that holds a Markdown link, in an article of curly
# quotes: --diff/--fix hold the fix and say the text "is written there with
# escapes or character references", though the span has neither (it has a
# link). Seen on a digitalgov post (mdrepos), a quote in a block quote holding a link.

def test_held_fix_over_a_link_does_not_blame_escapes(run_cli, tmp_path):
    (tmp_path / "s.md").write_text(
        "---\ntitle: Council backs the plan\ndate: 2024-05-01\n---\n\n"
        "“We back it,” Mayor Ann Lee said. “It is good,” she said.\n\n"
        "“It works,” Lee said.\n\n"
        '"It uses [the portal](https://example.com) and the data," Lee said.\n', encoding="utf-8")
    r = run_cli("check", "--no-cache", "--diff", "s.md", cwd=tmp_path)
    assert "left unfixed on purpose (10:1" in r.stderr        # the hold itself is fine
    assert "escapes or character references" not in r.stderr


# 2 (HIGH) ---------------------------------------------------------------
# Wire copy abbreviates million and billion as `mln` and `bln` (every
# Reuters-21578 story does: a headline's `10.572 MLN` over a body's
# `10,572,402`). `10.572 million` is borne out by `10,572,402`; `10.572 mln`
# is not: titles.headline-unsupported says the number is never mentioned.

_BODY = ("The department accepted {} acres of cropland into the reserve program.\n\n"
         "The program pays farmers to take land out of production for ten years and plant "
         "grass or trees on it instead, officials said on Friday.\n")


@pytest.mark.parametrize("hed, figure", [
    ("Farmers enroll 10.572 million acres", "10,572,402"),        # control: passes today
    ("Farmers enroll 10.572 mln acres", "10,572,402"),               # qa110 #2
    ("USDA REPORTS 3.2 BLN DLRS IN LOANS", "3,200,000,000"),
])
def test_wire_mln_and_bln_are_millions_and_billions(run_cli, tmp_path, hed, figure):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n" + _BODY.format(figure), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert _json(r) == []


@pytest.mark.parametrize("hed, said", [
    ("Farmers enroll 14.5 mln acres", "14.5 mln"),      # the body's 10,572,402 is no 14.5 million
    ("USDA REPORTS 3.2 BLN DLRS IN LOANS", "3.2 BLN"),  # nor is 3,200,000 3.2 billion
])
def test_a_wire_figure_the_body_does_not_give_is_still_unsupported(run_cli, tmp_path, hed, said):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n" + _BODY.format("10,572,402" if "mln" in hed
                                                                  else "3,200,000"), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    found = _json(r)
    assert [f["rule"] for f in found] == ["titles.headline-unsupported"]
    assert f"'{said}'" in found[0]["message"]


# 3 (HIGH) ---------------------------------------------------------------
# A past relative clause on the subject ("who lost power", "who have
# invested") lends its tense to the main clause's date when the main verb
# is a plain present ("get", "receive", "repatriate"): a plan dated after
# publication is "told in the past tense ('lost')". Seen on a Reuters-21578
# story (reut2-005) of this shape.

@pytest.mark.parametrize("sentence", [
    "Residents get refunds on March 31.",                                  # control: passes today
    "Residents who lost power get refunds on March 31.",                   # qa110 #3, fixed (fx195)
    "Firms who have invested overseas repatriate profits on March 31.",
])
def test_a_past_relative_clause_does_not_date_the_main_clause(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"Utility sets refund date\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-13", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


# 4 (HIGH) ---------------------------------------------------------------
# A credit followed by the picture's Creative Commons licence, as pictures
# from Wikimedia and Flickr carry it (seen on an 18F post in mdrepos), is not
# found: captions.missing-credit says the caption "has no photo credit". The
# same credit with the licence inside its parentheses passes.

_FIGURE = ("---\ntitle: Oil data\ndate: 2024-05-01\n---\n\nThe story is here.\n\n<figure>\n"
           '<img src="a.png" alt="An oil well">\n<figcaption>{}</figcaption>\n</figure>\n')


@pytest.mark.parametrize("caption", [
    "Shoppers rush in. (Photo by Jane Doe/Flickr, licensed under CC BY 2.0)",   # control
    "Shoppers rush in. Photo by Jane Doe.",                                      # control
    "Shoppers rush in. Photo by Jane Doe. Licensed under CC BY 2.0.",             # qa110 #4, fixed (fx211)
    "Shoppers rush in. Photo by Jane Doe/Flickr (CC BY 2.0)",                    # qa110 #4, fixed (fx211)
])
def test_a_credit_before_a_licence_note_is_a_credit(run_cli, tmp_path, caption):
    (tmp_path / "s.md").write_text(_FIGURE.format(caption), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "captions", "--format", "json", "s.md",
                cwd=tmp_path)
    assert [f["rule"] for f in _json(r)] == []


# 5 (HIGH) ---------------------------------------------------------------
# A participle after a comma takes the tense of a `will` inside an embedded
# whether-clause, not the main clause's: a past date after the participle is
# "told in the future tense ('will ... causing')" (seen on a Reuters-21578
# story, reut2-007).

@pytest.mark.parametrize("sentence", [
    "Buyers were anxious about whether the firm will keep the models, and sales fell on "
    "March 10.",                                                           # control: passes today
    "Buyers were anxious about whether the firm will keep the models, causing a drop "
    "in sales on March 10.",                                               # qa110 #5, fixed (fx195)
])
def test_a_participle_takes_the_main_clause_tense_not_an_embedded_will(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"Car sales slump\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-24", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


# 6 (HIGH) ---------------------------------------------------------------
# A fiscal year written as a span ("1986/87", "2025-26") is a year: its
# first half is left alone as years are, but its two-digit tail is checked
# as a number: titles.headline-unsupported says "number '87' in the headline
# is never mentioned in the body" (a Reuters-21578 headline's `1986/87`).

_FY_BODY = ("Profits will rise in the current financial year ending September 30 although earnings "
            "are still unsatisfactory, chair Ana Ruiz told reporters on Thursday.\n")


@pytest.mark.parametrize("hed", [
    "Acme sees higher 2025 profits",                                    # control: passes today
    "Acme sees higher 2025/26 profits",                                 # qa110 #6
    "Acme sees higher 2025-26 profits",
    "Acme sees higher FY2025-26 profits",
    "Acme sees higher 1999/00 profits",
])
def test_a_fiscal_year_span_is_a_year(run_cli, tmp_path, hed):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n{_FY_BODY}", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert _json(r) == []


@pytest.mark.parametrize("hed, tail", [("Acme sees 2025-27 profits", "27"),   # no next year's tail
                                       ("Acme sees 2025/6 profits", "6")])
def test_a_tail_that_is_no_next_year_is_still_a_number(run_cli, tmp_path, hed, tail):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n{_FY_BODY}", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert [f["message"].split("'")[1] for f in _json(r)] == [tail]


# 7 (HIGH) ---------------------------------------------------------------
# A pull quote is read as one by `<aside class="pullquote">`, a blockquote
# whose own class says pull quote, or a cite; WordPress's pull-quote block
# (`<figure class="wp-block-pullquote"><blockquote><p>…</p></blockquote>`,
# the class on the figure) and a news site's `<blockquote class="stylized
# pull-left" data-shortcode-type="pullquote">` are not: set before the
# paragraph that attributes the words, the pull quote is "a direct quote
# nobody said" (seen on a realhtml dev page).

_PAGE = ("<html><body><article><h1>Library runs short of books</h1><p>The library lends "
         "hundreds of books every day and has run short of new titles, staff said on "
         "Monday.</p>{}<p>Asked about the grant the city gave the branch, Ana Ruiz sighed. “It will "
         "not last the winter at this branch,” she said. Half the money went on heating, she said, and "
         "much of the rest on repairs.</p></article></body></html>\n")
_PULL = "“It will not last the winter at this branch. They just want us to pay the heating bill.”"


@pytest.mark.parametrize("markup", [
    f'<blockquote class="wp-block-pullquote">{_PULL}</blockquote>',       # control: passes today
    f'<figure class="wp-block-pullquote"><blockquote><p>{_PULL}</p></blockquote></figure>',
    f'<blockquote class="stylized pull-left" data-shortcode-type="pullquote">{_PULL}</blockquote>',
])
def test_pull_quote_markup_is_a_pull_quote(run_cli, tmp_path, markup):
    (tmp_path / "p.html").write_text(_PAGE.format(markup), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "quotes.unattributed", "--format", "json", "p.html",
                cwd=tmp_path)
    assert _json(r) == []


# 8 (HIGH) ---------------------------------------------------------------
# A present passive with `not` or `never` between the auxiliary and the
# participle is read as a past: "If the budget is not approved in April, the
# agency will close" (published March 4) is "told in the past tense
# ('approved')". Without the adverb, or with an -ly adverb, it passes.
# Seen on a Reuters-21578 story (reut2-010).

@pytest.mark.parametrize("sentence", [
    "If the budget is approved in April, the agency will reopen.",         # control: passes today
    "If the budget is not approved in April, the agency will close.",      # qa110 #8, fixed (fx195)
    "Dividends are never declared in April.",
])
def test_a_negated_present_passive_is_not_past(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"Dividend plan set\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-04", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


# 9 (HIGH) ---------------------------------------------------------------
# A participle that modifies the subject (a reduced relative: "ballots
# received on June 5") has no tense of its own; the main verb ("will be
# counted") tells the time. It is read as a past: "'June 5' is told in the
# past tense ('received')". Seen on a Reuters-21578 story (reut2-002).

@pytest.mark.parametrize("sentence", [
    "Ballots postmarked by June 5 will be counted.",                       # control: passes today
    "Ballots received on June 5 will be counted.",                         # qa110 #9, fixed (fx195)
    "Tickets bought on June 5 will be valid for a year.",
    "Residents displaced by the fire return home June 5.",
    "Anyone arrested during the protest appears in court June 5.",
])
def test_a_participle_modifying_the_subject_has_no_tense(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"Election rules set\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-05", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


# 10 (HIGH) --------------------------------------------------------------
# A past level a figure will go back to is a baseline, as "down six points
# from February" is: "Rates will fall back to the level of February" (and
# "the lows of late February", seen on a Reuters-21578 story, reut2-002) is
# "told in the future tense ('will')" before publication. "February levels"
# passes.

@pytest.mark.parametrize("sentence", [
    "Rates will fall back to February levels.",                            # control: passes today
    "Rates will fall back to the level of February.",                      # qa110 #10, fixed (fx195)
    "Fuel prices will in time sink to the lows of late February, she said.",
])
def test_a_past_level_to_return_to_is_a_baseline(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"Rates seen easing\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-06", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


# 11 (HIGH) --------------------------------------------------------------
# Two weekdays over two dates, as event listings write them ("Saturday and
# Sunday, March 8 and 9", "Thursday to Saturday, March 6 to 8"), pair the
# second weekday with the first date: an error, "'Sunday, March 8': March 8,
# 2025 is a Saturday, not a Sunday". The hyphenated range (`March 8-9`,
# docs/dates.md) passes.

@pytest.mark.parametrize("sentence", [
    "The office is closed Saturday and Sunday, March 8-9.",                # control: passes today
    "The office is closed Saturday and Sunday, March 8 and 9.",             # qa110 #11
    "The sale runs Thursday to Saturday, March 6 to 8.",
    "The sale runs Thursday through Saturday, March 6 through 8.",
    "The shop opens Friday and Saturday, March 7 and 8.",
    "The office is closed Saturday and Sunday, Nov. 8 and 9.",
    "The office is closed Saturday and Sunday, March 8th and 9th.",
    "The office is closed Sat. and Sun., March 8 and 9.",
])
def test_two_weekdays_over_two_dates_pair_in_order(run_cli, tmp_path, sentence):
    (tmp_path / "s.txt").write_text(f"City news\n\n{sentence}\n", encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-01", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    assert _json(r) == []


@pytest.mark.parametrize("said, span, message", [
    # the last weekday is not the last day's (March 9, 2025 is a Sunday)
    ("Saturday and Monday, March 8 and 9", "Saturday and Monday, March 8 and 9",
     "March 9, 2025 is a Sunday, not a Monday"),
    # the first is not the first day's, the last fits
    ("Thursday and Sunday, March 8 and 9", "Thursday and Sunday, March 8 and 9",
     "March 8, 2025 is a Saturday, not a Thursday"),
    # both a day off: the written weekday fits the first day, not its own
    ("Saturday and Sunday, March 9 and 10", "Saturday and Sunday, March 9 and 10",
     "March 10, 2025 is a Monday, not a Sunday"),
    ("Thursday to Saturday, March 7 to 9", "Thursday to Saturday, March 7 to 9",
     "March 9, 2025 is a Sunday, not a Saturday"),
    ("Saturday and Sunday, March 9-10", "Saturday and Sunday, March 9-10",
     "March 10, 2025 is a Monday, not a Sunday"),
    ("Sat. and Mon., March 8 and 9", "Sat. and Mon., March 8 and 9",
     "March 9, 2025 is a Sunday, not a Monday"),
])
def test_a_wrong_weekday_pair_over_two_dates_is_an_error(run_cli, tmp_path, said, span, message):
    text = f"City news\n\nThe office is closed {said}.\n"
    (tmp_path / "s.txt").write_text(text, encoding="utf-8")
    r = run_cli("check", "--no-cache", "--published", "2025-03-01", "--select", "dates",
                "--format", "json", "s.txt", cwd=tmp_path)
    found = _json(r)
    assert [(f["rule"], f["level"]) for f in found] == [("dates.weekday-mismatch", "error")]
    line = text.splitlines()[found[0]["line"] - 1]
    assert line[found[0]["column"] - 1:found[0]["end_column"] - 1] == span
    assert message in found[0]["message"]


# 12 (MED) ---------------------------------------------------------------
# A fraction written in words ("a quarter point", "half a percentage point",
# "three-quarters of a point") is not read as its figure, so a headline's
# `0.25 point` over the body's "a quarter point" is "never mentioned in the
# body" (the other way round passes: a word headline is never checked).

_FED = ("The Federal Reserve raised its benchmark rate by {} on Wednesday. Officials at the central "
        "bank said the move was meant to cool prices while keeping hiring steady, and markets rose "
        "after the statement was released.\n")


@pytest.mark.parametrize("hed, body", [
    ("Fed raises rates 0.25 point", "0.25 percentage point"),            # control: passes today
    ("Fed raises rates 0.25 point", "a quarter point"),                # qa110 #12
    ("Fed raises rates 0.5 point", "half a percentage point"),
    ("Fed raises rates 0.75 point", "three-quarters of a percentage point"),
    ("Fed raises rates 0.25 point", "a quarter-point"),
])
def test_a_fraction_in_words_bears_out_its_figure(run_cli, tmp_path, hed, body):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n" + _FED.format(body), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert _json(r) == []


@pytest.mark.parametrize("hed, body", [
    ("Fed raises rates 0.75 point", "a quarter point"),                # another fraction
    ("Fed raises rates 0.5 point", "a percentage point"),
])
def test_a_fraction_the_body_does_not_give_is_still_unsupported(run_cli, tmp_path, hed, body):
    (tmp_path / "s.txt").write_text(f"{hed}\n\n" + _FED.format(body), encoding="utf-8")
    r = run_cli("check", "--no-cache", "--select", "titles.headline-unsupported", "--format", "json",
                "s.txt", cwd=tmp_path)
    assert [f["message"].split("'")[1] for f in _json(r)] == [hed.split()[3]]
