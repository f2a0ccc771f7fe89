"""The titles pack: headline presence, agreement, support, length, case, period."""
from __future__ import annotations

import pytest

from lint.analysis.headline import profile_text, support
from lint.config import Config
from lint.engine import active_rules, lint_document
from lint.analysis.numbers import numbers
from lint.analysis.words import stem
from titles_helpers import built, read, run, where

BODY = ("The city council approved a $4 million budget for two schools on Tuesday after a "
        "long debate. Council members voted 5-2 to raise spending on classrooms, buses and "
        "repairs. Mayor Kamala Harris said the plan would not raise property taxes. Opponents "
        "said the plan relied on optimistic revenue forecasts from the Supreme Court ruling.")


def article(headline: str, body: str = BODY) -> str:
    return f"{headline}\n\n{body}\n"


def test_numbers_are_normalised():
    assert [v for _, _, v in numbers("$4M")] == [v for _, _, v in numbers("$4 million")] == ["4000000"]
    assert [v for _, _, v in numbers("two schools, 2 buses")] == ["2", "2"]
    assert [v for _, _, v in numbers("voted 5-2, £1.13bn, 1,200 people")] == \
        ["5-2", "1130000000", "1200"]


def test_stems_meet():
    assert stem("approves") == stem("approved") == stem("approval") == stem("approve")
    assert stem("studies") == stem("study")
    assert stem("Kowalczyk's") == stem("Kowalczyk")


def test_sample_has_no_headline(sample):
    diags = run(read(sample.read_text(encoding="utf-8")), "titles.missing-headline")
    assert [(d.line, d.column, d.level) for d in diags] == [(1, 1, "error")]


def test_headline_present_is_quiet():
    assert run(read(article("Council approves budget")), "titles.missing-headline") == []


def test_fields_disagree_on_number_is_error():
    doc = built(("headline", "", "Council approves $15 million budget"),
                ("title", "html title", "Council approves $12 million budget | Daily Planet"))
    diags = run(doc, "titles.fields-disagree")
    assert [(d.line, d.column, d.snippet, d.level) for d in diags] == \
        [(2, 18, "$12 million", "error")]
    assert "html title and headline disagree (a number)" in diags[0].message


def test_fields_disagree_on_name_is_error_and_wording_silent_unless_asked():
    doc = built(("headline", "", "Kowalczyk backs tram line for Warsaw"),
                ("title", "og:title", "Kowalczik backs tram line for Warsaw"),
                ("title", "twitter:title", "Warsaw tram line gets Kowalczyk's backing"))
    got = [(d.line, d.snippet, d.level) for d in run(doc, "titles.fields-disagree")]
    assert got == [(2, "Kowalczik", "error")]
    got = [(d.line, d.snippet, d.level)
           for d in run(doc, "titles.fields-disagree", wording=True)]
    assert got == [(2, "Kowalczik", "error"),
                   (3, "Warsaw tram line gets Kowalczyk's backing", "suggestion")]


def _with_story(*fields: tuple[str, str, str], story: str):
    return built(*fields, ("paragraph", "", story))


def test_title_case_field_capitals_are_names_only_when_the_story_writes_them_so():
    story = "Simple gowns sold out in Warsaw. Designer Alexander Wang showed Kowalczyk the line."
    head = ("headline", "", "Simple wedding dresses sell out in Warsaw")
    # `Gowns` is a lower-case word in the story: no name
    doc = _with_story(head, ("title", "html title", "Simple Wedding Dresses and Wedding Gowns in Warsaw"),
                      story=story)
    assert run(doc, "titles.fields-disagree") == []
    # a name the story writes with capitals still counts (an addition: a suggestion)
    doc = _with_story(head, ("title", "html title", "Alexander Wang Shows Simple Wedding Dresses in Warsaw"),
                      story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == \
        [("Alexander Wang", "suggestion")]
    # and a misspelt name stays an error in Title Case too
    doc = _with_story(head, ("title", "html title", "Kowalczik Shows Simple Wedding Dresses in Warsaw"),
                      story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == \
        [("Kowalczik", "error")]


@pytest.mark.xfail(strict=True, reason="taken back (fx470, qa334 #1): nu65 #4, a Title Case headline's capitals "
                   "still count as names the title leaves out, so adding 'Celsius' is an error")
def test_a_title_case_headlines_capitals_are_names_it_leaves_out_only_when_the_story_writes_them():
    # nu65 #4: `Hellish` (never in the story) is no name the title leaves out: adding `Celsius`
    # is an addition, a suggestion.
    story = "The warming threshold of 2 degrees Celsius is the level leaders agreed to avoid."
    head = ("headline", "", "This Is What Our Hellish World Will Look Like After the Tipping Point")
    doc = _with_story(head, ("title", "html title", "What 2 Degrees Celsius Looks Like"), story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == [("Celsius", "suggestion")]


@pytest.mark.parametrize("head", ["Mayor Kowalczyk Vows To Rebuild The East Side",     # Title Case
                                  "Anna Kowalczyk Vows To Rebuild Hellish East Side",  # with a non-name
                                  "Mayor Kowalczyk vows to rebuild the east side"])    # sentence case
def test_a_field_that_swaps_the_headlines_name_is_still_an_error(head):
    # `Kowalczyk` is a name the story writes; `Anna`, never written there, shares its run.
    story = "Mayor Kowalczyk toured the east side on Monday. The mayor said Smith would lead it."
    doc = _with_story(("headline", "", head), ("title", "html title", "Smith Vows To Rebuild East Side"),
                      story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == [("Smith", "error")]


@pytest.mark.xfail(strict=True, reason="found by fx470: a headline naming 'Ann Lee' (each word also a "
                   "word of the dictionary) names no one to the scan, so a title that names Smith in her "
                   "place is not compared at all")
def test_a_field_that_swaps_a_dictionary_word_name_is_an_error():
    story = "Mayor Ann Lee toured the east side on Monday. She said Smith would lead it."
    doc = _with_story(("headline", "", "Mayor Ann Lee vows to rebuild the east side"),
                      ("title", "html title", "Smith vows to rebuild the east side"), story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == [("Smith", "error")]


def test_same_fields_agree():
    doc = built(("headline", "", "Council approves $15 million budget"),
                ("title", "og:title", "Council approves $15M budget"))
    assert run(doc, "titles.fields-disagree") == []


def test_headline_unsupported_number_and_name():
    diags = run(read(article("Council approves $6M budget for Hartwell schools")),
                "titles.headline-unsupported")
    assert where(diags) == [(1, 18, "$6M"), (1, 33, "Hartwell")]


@pytest.mark.parametrize("headline,flagged", [
    ("9 ways the council could cut the budget", []),
    ("Budget fight, part 3: Council meets again", []),
    ("Drink up! 12 Good Ideas for the Council Picnic", []),
    ("The 7 Biggest Mistakes in the budget", []),
    ("Nine council members quit over budget", [(1, 1, "Nine")]),
    ("Council adds 9 ways to pay, 7 more buses", [(1, 14, "9"), (1, 29, "7")]),
])
def test_a_lists_count_and_a_series_part_need_no_support(headline, flagged):
    assert where(run(read(article(headline)), "titles.headline-unsupported")) == flagged


@pytest.mark.parametrize("headline,flagged", [
    # "zero" says none, which a body says with "no"
    ("6 Budget Ideas With Zero Fluff From Anna Kowalczyk", ["Anna Kowalczyk"]),
    ("Zero council members back budget", []),
    # a name in quote marks is still a name the body must give: a nickname,
    # a show, a coined "-gate" (FNC-1's 'Banksy', 'Seinfeld', 'Bendgate'),
    # but not one an allusion frames ('Jaws' moment: nu72 #8); Hartwell still is
    ("Surfer survives \u2018Jaws\u2019 moment with Hartwell shark", ["Hartwell"]),
    ('Council passes "Hartwell" budget', ["Hartwell"]),
    ("Fans mob \u2018Kowalczyk\u2019 at budget vote", ["Kowalczyk"]),
    ("Council hears \u2018Anna Kowalczyk\u2019 on budget", ["Anna Kowalczyk"]),
    ("Surfer survives Jaws moment", ["Jaws"]),
])
def test_zero_is_no_count_and_a_quoted_name_still_needs_the_body(headline, flagged):
    assert where(run(read(article(headline)), "titles.headline-unsupported")) == [
        (1, headline.index(w) + 1, w) for w in flagged]


def test_headline_supported_by_surname_and_normalised_numbers():
    text = article("Harris wins 5-2 vote on $4M budget for two schools")
    assert run(read(text), "titles.headline-unsupported") == []


@pytest.mark.parametrize("written,supported", [
    ("by 3 to 5 cents", True), ("by 3 through 5 cents", True), ("by 3\u20135 cents", True),
    ("by 3-5 cents", True), ("by 3 cents, then 5 cents", False), ("by 13 to 5 cents", False),
])
def test_a_headline_range_is_supported_by_the_range_written_out(written, supported):
    body = BODY.replace("after a long debate", f"and will raise the tax levy {written}")
    diags = run(read(article("Council raises levy 3-5 cents", body)), "titles.headline-unsupported")
    assert where(diags) == ([] if supported else [(1, 21, "3-5")])


AGATE = ("Shr loss 24 cts vs loss nine cts\n    Net loss 216,000 vs loss 80,000\n"
         "    Revs 1,200,000 vs 900,000\n    Avg shrs 900,000 vs 880,000\n"
         "    Nine mths\n    Shr loss 50 cts vs profit two cts\n")


def test_a_table_of_figures_is_no_body_to_judge_a_headline_by():
    text = article("Harwell Widget Corp first quarter net", AGATE)
    assert run(read(text), "titles.headline-unrelated") == []
    prose = AGATE.replace("Nine mths", "The company said sales fell in every region.")
    assert where(run(read(article("Harwell Widget Corp first quarter net", prose)),
                     "titles.headline-unrelated")) == [(1, 1, "Harwell Widget Corp first quarter net")]


def test_a_dates_day_is_left_to_the_dates_pack_unless_asked_for():
    text = article("Council votes on school budget Jan. 31, cuts 31 posts")
    assert where(run(read(text), "titles.headline-unsupported")) == [(1, 46, "31")]
    doc = read(text)
    days = Config(select=("titles.headline-unsupported",),
                  options=(("titles.headline-unsupported", "days: true\n"),))
    assert [(d.line, d.column) for d in lint_document(doc, active_rules(days), days).diagnostics] \
        == [(1, 37), (1, 46)]


@pytest.mark.parametrize("headline, flagged", [
    ("Council votes on school budget 31 January, cuts 31 posts", [(1, 49, "31")]),
    ("Council votes on school budget 1st of May, cuts 500 March posts", [(1, 49, "500")]),
])
def test_a_day_first_dates_day_is_left_to_the_dates_pack_too(headline, flagged):
    # style.date-order flags `31 January` itself; `31 posts` and `500 March` are no dates
    assert [f for f in where(run(read(article(headline)), "titles.headline-unsupported"))
            if f[2][0].isdigit()] == flagged


@pytest.mark.parametrize("headline", [
    "Council votes on Hartwell budget 31 January 2025",
    "Council sets Hartwell budget vote for Thursday, Sept 4",
    "Council moves Hartwell budget vote to December",
])
def test_months_and_weekdays_are_no_names_in_a_headline(headline):
    # the body mentions neither Hartwell nor any month or weekday
    assert [f[2] for f in where(run(read(article(headline)), "titles.headline-unsupported"))
            if not f[2][0].isdigit()] == ["Hartwell"]


def test_a_month_in_a_title_field_is_no_name_the_headline_leaves_out():
    headline = ("headline", "", "Kowalczyk weighs year-end tax moves")
    story = "Kowalczyk said clients moved money in December, before Nowak's rules."
    doc = _with_story(headline, ("title", "html title", "FINANCE INSIGHTS: December 29"),
                      story=story)
    assert run(doc, "titles.fields-disagree") == []
    doc = _with_story(headline, ("title", "html title", "Tax tips from Nowak on Wednesday, Dec 29"),
                      story=story)
    assert [(d.snippet, d.level) for d in run(doc, "titles.fields-disagree")] == \
        [("Nowak", "error")]


def test_support_score_orders_related_above_unrelated():
    body = profile_text([BODY])
    assert support("Council approves school budget", body) > 0.9
    assert support("Wildfire forces evacuation of mountain villages", body) < 0.1


TRICKY = ("O’Brien’s aides’ report: Iowans approved rezoning; ’tis l’été, Cafe\u0301s "
          "reopened. NASA’s Marsh-Ortiz plan. Stations, rationalisation and approvals.")


@pytest.mark.parametrize("body_text", [TRICKY, TRICKY + " İstanbul"])
def test_body_questions_answer_as_the_whole_word_set(body_text):
    """The body is asked one word at a time (or, after a dotted capital I,
    from the word set): both must agree with the full set of body words."""
    body = profile_text([body_text])
    assert (body._low is None) == ("İ" in body_text)
    ref = profile_text([body_text])
    words, stems, starts = ref._word_sets()
    probes = set(words) | {w[:k] for w in words for k in range(2, len(w))} | {"s", "tis", "brien"}
    for w in sorted(probes):
        assert body.has_word(w) == (w in words), w
        assert body.has_stem(stem(w)) == (stem(w) in stems), w
        assert body.has_start(w[:5]) == (w[:5] in starts), w
        assert body.has_shorter(w + "xy") == any((w + "xy")[:k] in words for k in range(4, len(w) + 2)), w
    assert body.has_word("o’brien") and not body.has_word("brien") and body.has_word("aides")
    assert body.has_stem(stem("approving")) and body.has_start("stati") and body.has_shorter("iowansx")
    assert body.has_proper("marsh-ortiz") is False and body.has_proper("cafe\u0301s") is True
    assert body.enough_words(10) and not profile_text(["one one two"]).enough_words(3)


def test_headline_unrelated_flags_and_threshold_is_an_option():
    text = article("Wildfire forces evacuation of mountain villages near the council")
    diags = run(read(text), "titles.headline-unrelated")
    assert where(diags) == [(1, 1, "Wildfire forces evacuation of mountain villages near the council")]
    assert run(read(text), "titles.headline-unrelated", threshold=0.05) == []
    assert run(read(article("Council approves school budget")), "titles.headline-unrelated") == []


def test_length_limits_per_field():
    doc = built(("headline", "", "Council approves budget"),
                ("title", "html title", "Council approves record school budget after a nine-hour meeting"))
    diags = run(doc, "titles.length")
    assert [(d.line, d.column) for d in diags] == [(2, 61)]
    assert "html title is 63 characters; keep it to 60" in diags[0].message
    assert run(doc, "titles.length", limits={"html title": 70}) == []
    assert len(run(doc, "titles.length", limits={"headline": 10})) == 1


@pytest.mark.parametrize("headline,style,flagged", [
    ("Council Approves Record School Budget", "sentence", True),
    ("Council approves record school budget", "sentence", False),
    ("Harris backs Supreme Court ruling on taxes", "sentence", False),   # learnt from the body
    ("Council approves record school budget", "title", True),
    ("Council Approves Record Budget for the Schools", "title", False),
])
def test_case_against_house_style(headline, style, flagged):
    diags = run(read(article(headline)), "titles.case", style=style)
    assert bool(diags) is flagged


def test_case_message_names_the_words():
    diags = run(read(article("Council Approves Record School Budget")), "titles.case")
    assert "'Approves', 'Record', 'School', 'Budget'" in diags[0].message
    assert (diags[0].line, diags[0].column) == (1, 9)


def test_case_message_counts_the_words_it_does_not_quote():
    diags = run(read(article("Council Approves Record School Budget After Long Night Of Talks")),
                "titles.case")
    assert diags[0].message.endswith("'Approves', 'Record', 'School', 'Budget' and 5 more")
    assert where(diags) == [(1, 9, "Approves Record School Budget After Long Night Of Talks")]
    four = run(read(article("Council Approves Record School Budget")), "titles.case")
    assert "more" not in four[0].message


@pytest.mark.parametrize("headline,words", [
    ("Budget vote as Governor Anna Ostrowski Intervenes Late", "'Intervenes', 'Late'"),
    ("Budget vote as Deputy Mayor Irena Kowalczyk Backs Bus Plan", "'Backs', 'Bus', 'Plan'"),
    ("Budget vote as Governor Backs The Bus Plan", "'Governor', 'Backs', 'The', 'Bus' and 1 more"),
])
def test_case_leaves_a_title_before_a_name_capitalised(headline, words):
    diags = run(read(article(headline)), "titles.case")
    assert diags[0].message.endswith(f": {words}")


@pytest.mark.parametrize("headline,words", [
    # fx69 (b): AP writes these abbreviations with their capital in any headline style:
    # St. of Saint and of Street, No. of number before its figure, a title before a name
    ("Fire Guts Hall at St. Mary's Church", "'Guts', 'Hall', 'Church'"),
    ("Crews Rebuild Hall on Hollister St. After Fire", "'Rebuild', 'Hall', 'After', 'Fire'"),
    ("Tigers Climb to No. 1 After Win", "'Climb', 'After', 'Win'"),
    ("Voters Say No. Again", "'Say', 'No'"),                 # no figure after: the word
    ("Aides Sue Gov. Whitfield Over Firing", "'Sue', 'Over', 'Firing'"),
])
def test_case_leaves_an_abbreviations_capital(headline, words):
    diags = run(read(article(headline)), "titles.case")
    assert diags[0].message.endswith(f": {words}")


def test_case_style_is_validated():
    from lint.ruleset import RuleError
    with pytest.raises(RuleError, match="style"):
        run(read(article("x")), "titles.case", style="upper")


def test_trailing_period_and_fix():
    diags = run(read(article("Council approves budget.")), "titles.trailing-period")
    assert where(diags) == [(1, 24, ".")]
    assert diags[0].fix is not None and diags[0].fix.replacement == ""
    assert run(read(article("Council approves budget for U.S.")), "titles.trailing-period") == []


@pytest.mark.parametrize("headline,flagged", [
    ("Ferry strike called for Tues.", []),
    ("Council votes on fares Thurs.", []),
    ("Cold snap ends Fri.", []),
    ("Couple finally wed.", [(1, 19, ".")]),
    ("Council meets in Thurso.", [(1, 24, ".")]),
    ("Ferry runs extra trips until Sept.", []),
    ("Harbor Lights parade set for Sat. & Sun.", []),
    ("Boat show opens this Wed.", []),
    ("Sales run Fri. through Sun.", []),
    ("PARADE SET FOR SAT.", []),
    ("Fair opens Saturday and Sun.", []),      # fx77 #1: every weekday written out pairs
    ("Fair runs Wednesday-Sat.", []),
])
def test_a_weekdays_abbreviation_keeps_its_stop(headline, flagged):
    assert where(run(read(article(headline)), "titles.trailing-period")) == flagged


@pytest.mark.parametrize("headline,fixed", [
    ("Couple Finally Wed.", False),       # the verb, or a weekday after a noun: not stripped
    ("Cold wave alert Sat.", False),
    ("Fun in the Sun.", True),            # after an article, the word
    ("Voters say No.", True),
    ("Team ranked No.", True),            # no figure follows: the word, not AP's No. of number
])
def test_a_wed_sat_or_sun_stop_is_fixed_only_when_it_is_the_word(headline, fixed):
    diags = run(read(article(headline)), "titles.trailing-period")
    assert where(diags) == [(1, len(headline), ".")]
    assert (diags[0].fix is not None) is fixed
    assert ("weekday's abbreviation" in diags[0].message) is not fixed    # what the writer must judge


def test_the_html_headline_fix_keeps_an_abbreviations_stop(tmp_path):
    from lint.session import Session
    page = tmp_path / "parade.html"
    page.write_text("<article>\n<h1>Harbor parade set for Sat. &amp; Sun.</h1>\n"
                    "<p>The parade will run on Saturday and Sunday, organizers said.</p>\n</article>\n",
                    encoding="utf-8")
    found = Session.from_options().lint_path(str(page))
    assert [d.rule for d in found.diagnostics if d.rule.startswith("titles.")] == []


def test_title_case_headline_checks_only_name_runs():
    diags = run(read(article("Harris Slams Ambivalent Council Over Paul Ostrowski Deal")),
                "titles.headline-unsupported")
    assert where(diags) == [(1, 38, "Paul Ostrowski")]


def test_derived_names_and_a_headline_one_are_supported():
    text = article("Hartwell voters back Harris for one more term", BODY.replace("city", "Hartwell"))
    assert run(read(text), "titles.headline-unsupported") == []
    text = article("Councillors back Harrisville plan", BODY.replace("Harris", "Harrisville"))
    assert run(read(text), "titles.headline-unsupported") == []


def test_rarity_weights_rare_words_above_common_ones():
    from lint.analysis.words import idf
    assert idf(stem("Ryabkov")) > idf(stem("council")) > idf(stem("said"))


def test_eval_script_skips_without_corpora(tmp_path):
    import subprocess
    import sys
    from conftest import ROOT
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "eval_titles.py"),
                           str(tmp_path)], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0 and proc.stdout.startswith("skipped:")


# nu53 #1: a figure the body gives with two spaces before its unit ('743.7  mln', as wire copy
# often has) was not found, so the headline's was called unsupported. One space is the control;
# another figure, with any gap, is still unsupported (the rule is live on this story).
def _swiss_titles(figure: str, gap: str) -> list[str]:
    from lint import lint_text
    text = ("SWISS SIGHT DEPOSITS RISE 743.7 MLN FRANCS\n\nZURICH, March 23 - Sight deposits of "
            f"commercial banks at\nthe Swiss National Bank rose {figure}{gap}mln Swiss francs in the\n"
            "second 10 days of March, the National Bank said.\n")
    return [d.rule for d in lint_text(text, "story.txt") if d.rule.startswith("titles.")]


@pytest.mark.parametrize("gap", [" ", "  ", "   ", "\t ", "\u00a0 "])
def test_nu53_a_figure_with_a_wide_gap_before_its_unit_supports_the_headline(gap):
    assert _swiss_titles("743.7", gap) == []
    assert _swiss_titles("512.1", gap) == ["titles.headline-unsupported"]
