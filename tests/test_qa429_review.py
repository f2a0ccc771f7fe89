"""qa429: review of fx564's --fix changes (ee29488a..746b6e7b): the AP
decision that a word swap's fix is never written inside a direct quotation
(`quote_fixes.refused_in_quote`), the run record moving through a fix that
writes characters back as they were (`fix_written._Kept`), and held
findings shown with no fix. Each fault is a strict xfail saying what a desk
expects; the plain tests guard the nearest shapes that work today."""
from __future__ import annotations

import json

import pytest

from fix_helpers import house_rules
from lint.diagnostic import Fix
from lint.engine import lint_bytes
from lint.fixes import fix_bytes
from written_helpers import remarked

SWAPS = ("words", "extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
                  "swap:\n  '\\bi\\.e\\.(?=[\\s,;])': that is\n  '\\bit is\\b': it's\n"
                  "  '\\balright\\b': all right\n")
PACKS = ("quotes", "style", "hygiene")


def _house(tmp_path, rules=(SWAPS,), *packs):
    return house_rules(tmp_path, rules, *packs)


def _fix(tmp_path, text, path="a.txt", packs=(), rules=(SWAPS,)):
    config, active = _house(tmp_path, rules, *packs)
    return fix_bytes(path, text.encode("utf-8"), config, rules=active)


def _check(tmp_path, text, path="a.txt", packs=(), rules=(SWAPS,)):
    config, active = _house(tmp_path, rules, *packs)
    return lint_bytes(path, text.encode("utf-8"), config, active).diagnostics


def _held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


# --- #1 HIGH: a block quotation set without marks is a direct quotation -------------------

NITF = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n<head><title>Fees</title></head>\n<body>\n'
        '<body.head><hedline><hl1>Fees rise</hl1></hedline></body.head>\n<body.content>\n'
        '<p>The mayor said:</p>\n<bq><block><p>{quote}</p></block><credit>Mayor Jane Roe</credit></bq>\n'
        '<p>The vote is on Friday.</p>\n</body.content>\n</body>\n</nitf>\n')
BLOCKS = [
    ("a.md", "# Fees\n\nThe mayor said:\n\n> {quote}\n\nThe vote is on Friday.\n"),
    ("a.html", "<html><body><h1>Fees</h1><p>The mayor said:</p><blockquote><p>{quote}</p>"
               "<cite>Mayor Jane Roe</cite></blockquote><p>The vote is on Friday.</p></body></html>\n"),
    ("a.nitf", NITF),
]
QUOTE = "It is over, i.e. not yet, alright."


@pytest.mark.parametrize("path, shape", BLOCKS)
def test_a_block_quotation_keeps_the_speakers_words(tmp_path, path, shape):
    text = shape.format(quote=QUOTE)
    outcome = _fix(tmp_path, text, path)
    assert QUOTE in outcome.fixed
    assert _held(outcome) == [("alright", "quotation"), ("i.e.", "quotation"), ("it is", "quotation")]


@pytest.mark.parametrize("path, shape", BLOCKS[:2])
def test_guard_a_block_quotation_with_marks_is_left_to_the_writer(tmp_path, path, shape):
    quote = f"\u201c{QUOTE}\u201d"
    outcome = _fix(tmp_path, shape.format(quote=quote), path)
    assert quote in outcome.fixed
    assert _held(outcome) == [("alright", "quotation"), ("i.e.", "quotation"), ("it is", "quotation")]


# --- #2 HIGH: a quotation read only after another fix of the same run ---------------------

def test_a_quotation_read_after_a_space_fix_keeps_all_its_words(tmp_path):
    text = "Crew\n\nHe left early.\u2018It is over, i.e. gone,\u2019 she said.\n"
    outcome = _fix(tmp_path, text, packs=PACKS)
    assert outcome.fixed == "Crew\n\nHe left early. \u2018It is over, i.e. gone,\u2019 she said.\n"


@pytest.mark.parametrize("text", ["Crew\n\nHe left early. \u2018It is over, i.e. gone,\u2019 she said.\n",
                                  "Crew\n\nHe left early.\u201cIt is over, i.e. gone,\u201d she said.\n",
                                  'Crew\n\nHe left early."It is over, i.e. gone," she said.\n'])
def test_guard_a_quotation_read_on_the_first_pass_is_held_whole(tmp_path, text):
    outcome = _fix(tmp_path, text, packs=PACKS)
    assert "It is over, i.e. gone," in outcome.fixed and "early. " in outcome.fixed
    assert _held(outcome) == [("i.e.", "quotation"), ("it is", "quotation")]


# --- #3 HIGH: quotations in other marks still get their words swapped ---------------------

@pytest.mark.parametrize("opening, closing", [("\u00ab ", " \u00bb"), ("\u00ab", "\u00bb"),
                                              ("\u201a", "\u2018"), ("\u2019", "\u2019")])
def test_a_quotation_in_other_marks_keeps_its_words(tmp_path, opening, closing):
    text = f"Crew\n\nHe said, {opening}It is over, i.e. gone, alright,{closing} and left.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text


@pytest.mark.parametrize("opening, closing", [("\u201e", "\u201c"), ("\u201e ", "\u201c"),
                                              ("\u201c\u2009", "\u2009\u201d"), ("\u2018", "\u2019"),
                                              ("'", "'"), ("\u201d", "\u201d")])
def test_guard_quotations_the_scan_reads_are_held(tmp_path, opening, closing):
    text = f"Crew\n\nHe said, {opening}It is over, i.e. gone, alright,{closing} and left.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert [key for _, key in _held(outcome)] == ["quotation"] * 3


# --- #4 MED: an elision's apostrophe and a later possessive hold narrative fixes -----------

@pytest.mark.parametrize("word", ["'Canes", "'Bama", "'burbs", "'Ndrangheta"])
def test_an_elision_is_no_quotation_for_fixes(tmp_path, word):
    text = f"Crew\n\nFans of the {word} said it is alright, i.e. fine, the players' union said.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == (f"Crew\n\nFans of the {word} said it's all right, that is fine, "
                             "the players' union said.\n")
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    "Crew\n\nFans of the 'Canes said it is alright, i.e. fine, the union said.\n",      # no possessive after
    "Crew\n\nFans of 'til dawn said it is alright, i.e. fine, the players' union said.\n",
    "Crew\n\nFans of the '90s said it is alright, i.e. fine, the players' union said.\n",
    "Crew\n\nHe is 6'2\" tall. It is alright, i.e. fine.\n\n\"Go,\" she said.\n",          # inch marks
    "Crew\n\nThe 6-foot-2\" guard left. It is alright, i.e. fine.\n\n\"Go,\" she said.\n",
    "Crew\n\nThe so-called \"reform\" is alright, i.e. fine.\n",                          # a scare quote
])
def test_guard_narrative_fixes_beside_lookalike_marks_are_written(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert "alright" not in outcome.fixed and "i.e." not in outcome.fixed
    assert not outcome.result.held


# --- #5 MED: a quotation in a caption or a headline is swapped ----------------------------

@pytest.mark.parametrize("path, text, quote", [
    ("a.txt", "'It is alright,' mayor says\n\nThe mayor spoke on Monday.\n", "'It is alright,'"),
    ("a.html", "<html><body><h1>Fees</h1><figure><img src=\"m.jpg\" alt=\"Mayor\"><figcaption>\"It is "
               "over, i.e. gone,\" the mayor said.</figcaption></figure><p>The vote is on Friday.</p>"
               "</body></html>\n", '"It is over, i.e. gone,"'),
])
def test_a_quotation_in_a_headline_or_caption_keeps_its_words(tmp_path, path, text, quote):
    outcome = _fix(tmp_path, text, path)
    assert quote in outcome.fixed


# --- #6 MED: 'fixed N' short of 'N fixable' through a re-marked quotation -----------------

SPACED = "Crew\n\n\u201cYes,\u201d she said. \u201cNo,\u201d he said. He left early{gap}\"The vote is set {tail}\" she said.\n"


@pytest.mark.parametrize("tail", ["on Sep 05, 2020,", "in the 1990's,", "and the the deal,"])
def test_fixed_counts_every_fixable_finding_through_a_re_marked_quotation(tmp_path, tail):
    text = SPACED.format(gap=".", tail=tail)
    fixable = sum(d.fix is not None for d in _check(tmp_path, text, packs=PACKS))
    outcome = _fix(tmp_path, text, packs=PACKS)
    assert "early. \u201cThe vote" in outcome.fixed and "Sep 05" not in outcome.fixed
    assert "1990's" not in outcome.fixed and "the the" not in outcome.fixed
    assert outcome.findings_fixed == fixable


@pytest.mark.parametrize("gap, tail", [(". ", "in the 1990's,"), (". ", "and the the deal,"), (". ", "on Sep 05, 2020,")])
def test_guard_counts_agree_through_a_re_marked_quotation(tmp_path, gap, tail):
    text = SPACED.format(gap=gap, tail=tail)
    fixable = sum(d.fix is not None for d in _check(tmp_path, text, packs=PACKS))
    outcome = _fix(tmp_path, text, packs=PACKS)
    assert outcome.findings_fixed == fixable and not outcome.result.diagnostics


def test_guard_check_counts_four_fixable_in_the_shape_of_6(tmp_path, run_cli):
    """The CLI face of #6, as it is today (a guard that the shape still reproduces
    the way #6 says: when #6 is fixed this test's numbers move with it)."""
    (tmp_path / "a.txt").write_text(SPACED.format(gap=".", tail="on Sep 05, 2020,"), encoding="utf-8")
    args = ("--select", ",".join(PACKS), "--no-color", "a.txt")
    assert "4 fixable with --fix" in run_cli("check", *args, cwd=tmp_path).stdout


# --- #7 LOW: the run record grows over characters a fix inserts at its end ----------------

@pytest.mark.xfail(strict=True, reason="qa429 #7: Written.moved (_Kept._place) moves the end of a kept "
                   "span past characters a fix inserts right at it, so the Latin swap's record takes in "
                   "a comma it never wrote, and another rule's fix of only that comma is held as 'chain'")
def test_a_kept_span_does_not_take_in_what_a_fix_inserts_at_its_end():
    record = remarked("\u201cNow, that is, it,\u201d")
    assert ("house.latin", 6, 13, "i.e.") in record.changed
    assert record.judge("\u201cNow, that is, it,\u201d she said.").why("house.other", Fix(13, 14, "")) is None


def test_guard_a_kept_span_starts_after_what_a_fix_inserts_at_its_start():
    record = remarked("\u201cNow, -that is it,\u201d")
    assert ("house.latin", 7, 14, "i.e.") in record.changed


# --- #8 LOW: a swap of vowel signs or accents typed as combining marks -------------------

HINDI = ("hindi", "extends: substitution\nmessage: \"use '{replacement}'\"\nswap:\n  \u0915\u093f: \u0915\u0940\n")


def test_a_vowel_sign_swap_is_a_word_change_inside_a_quotation(tmp_path):
    text = 'Crew\n\nThe minister said, "\u0915\u093f is a word," and left.\n'
    outcome = _fix(tmp_path, text, rules=(HINDI,))
    assert outcome.fixed == text


def test_guard_the_same_vowel_sign_swap_is_written_outside_a_quotation(tmp_path):
    outcome = _fix(tmp_path, "Crew\n\nThe minister said \u0915\u093f is a word.\n", rules=(HINDI,))
    assert outcome.fixed == "Crew\n\nThe minister said \u0915\u0940 is a word.\n"


# --- guards: counts, reports, idempotence, positions -------------------------------------

STORY = ("Council vote\n\nWASHINGTON (AP) \u2014 The council met on Sep 05, 2020 at 7:00 PM. It is alright, "
         "i.e. fine, the mayor said.\n\n\"It is over, i.e. gone. The the deal is done, it is alright,\" she "
         "said. \"We met on 5 January 2020 at 7:00 PM in the 1990's, and i.e. it is fine.\"\n")


def test_guard_counts_agree_between_check_diff_fix_and_json(tmp_path, run_cli):
    _house(tmp_path)
    story = tmp_path / "a.txt"
    story.write_text(STORY, encoding="utf-8")
    args = ("--rules", "rules", "--no-color", "a.txt")
    check = run_cli("check", *args, cwd=tmp_path)
    assert "11 fixable with --fix" in check.stdout
    found = json.loads(run_cli("check", "--format", "json", *args, cwd=tmp_path).stdout)
    assert sum(d["fix"] is not None for d in found) == 11
    held = [d for d in found if d["rule"] == "house.words" and d["fix"] is None]
    assert len(held) == 6
    sarif = json.loads(run_cli("check", "--format", "sarif", *args, cwd=tmp_path).stdout)
    assert sum("fixes" in r for r in sarif["runs"][0]["results"]) == 11
    diff = run_cli("check", "--diff", *args, cwd=tmp_path)
    assert "11 fixes would be applied" in diff.stderr
    assert "6 findings left unfixed on purpose" in diff.stderr and "left to the writer" in diff.stderr
    fixed = run_cli("check", "--fix", *args, cwd=tmp_path)
    assert "fixed 11 problems in 1 file" in fixed.stderr
    once = story.read_text(encoding="utf-8")
    assert '"It is over, i.e. gone. The deal is done, it is alright," she said.' in once
    assert "Sept. 5, 2020, at 7 p.m. It's all right, that is fine" in once
    assert '"We met on Jan. 5, 2020 at 7 p.m. in the 1990s, and i.e. it is fine."' in once
    again = run_cli("check", "--fix", *args, cwd=tmp_path)
    assert story.read_text(encoding="utf-8") == once and "newslint: fixed" not in again.stderr
    after = json.loads(run_cli("check", "--format", "json", *args, cwd=tmp_path).stdout)
    assert all(d["fix"] is None for d in after) and len(after) == 6


@pytest.mark.parametrize("path, text", [
    ("a.txt", 'Crew\r\n\r\nIt is late. "It is over, i.e. gone," she said.\r\n'),
    ("a.md", '---\ntitle: Crew\n---\n\n# Crew\n\nIt is late. "It is *over*, i.e. gone," she said.\n'),
    ("a.html", "<html><body><h1>Crew</h1><p>It is late. &ldquo;It is over, i.e.&nbsp;gone,&rdquo; "
               "she said.</p></body></html>\n"),
    ("a.html", "<html><body><h1>Crew</h1><p>It is late. <q>It is over, i.e. gone,</q> she said.</p>"
               "</body></html>\n"),
    ("a.nitf", NITF.replace("<p>The mayor said:</p>", "<p>It is late. &#8220;It is over, i.e. gone,"
                            "&#8221; she said.</p>").format(quote="Done.")),
])
def test_guard_held_findings_sit_exactly_on_their_words(tmp_path, path, text):
    outcome = _fix(tmp_path, text, path)
    assert "It's late." in outcome.fixed and "i.e.&nbsp;gone" in outcome.fixed or "i.e. gone" in outcome.fixed
    held = outcome.result.held
    assert sorted(d.snippet for d in held) == ["It is", "i.e."] and set(held.values()) == {"quotation"}
    for d in held:
        assert outcome.fixed[d.offset:d.end_offset] == d.snippet and d.fix is None
    again = _fix(tmp_path, outcome.fixed, path)
    assert again.fixed == outcome.fixed and again.findings_fixed == 0


# --- #9 LOW: README's skip-quotes text still says a swap rewrites a quote without it ------

def _readme():
    from pathlib import Path
    return Path(__file__).resolve().parent.parent.joinpath("README.md").read_text(encoding="utf-8")


def test_readme_skip_quotes_says_what_it_adds_to_the_quotation_hold():
    text = " ".join(_readme().split())
    assert "no longer rewrites a coach's quote" not in text
    assert "b to a) is refused when the rules load: each would drop the fault silently. Without it" not in text


def test_guard_readme_says_a_word_swap_is_left_to_the_writer_in_a_quotation():
    text = " ".join(_readme().split())
    assert "it is inside a direct quotation, whose words are the speaker's" in text


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    "test_an_elision_is_no_quotation_for_fixes['Bama]": "taken back in lead61 (qa436 #1): a single quote closed by a plural possessive is read as a quotation again, so an elision's swap is held (qa429 #4 open)",
    "test_an_elision_is_no_quotation_for_fixes['Canes]": "taken back in lead61 (qa436 #1): a single quote closed by a plural possessive is read as a quotation again, so an elision's swap is held (qa429 #4 open)",
    "test_an_elision_is_no_quotation_for_fixes['Ndrangheta]": "taken back in lead61 (qa436 #1): a single quote closed by a plural possessive is read as a quotation again, so an elision's swap is held (qa429 #4 open)",
    "test_an_elision_is_no_quotation_for_fixes['burbs]": "taken back in lead61 (qa436 #1): a single quote closed by a plural possessive is read as a quotation again, so an elision's swap is held (qa429 #4 open)",
}
