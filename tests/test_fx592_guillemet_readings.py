"""fx592: the two readings of double guillemets (French « … », German » … «)
settled stretch by stretch, German run-ons only with German evidence, the
floor span only in a reopened paragraph, elided openers neutral, and "read
also" link lines as page furniture (`lint/analysis/quote_guillemets.py`;
follow-up to qa450). --fix holds a speaker's words (AP: never alter
quotations) and writes the narration; the house swap rule turns 'it is' into
"it's" and 'alright' into 'all right'."""
from __future__ import annotations

import pytest

from lint.analysis.quote_guillemets import is_read_also, part_spans, run_spans
from lint.readers import read_bytes
from quote_hold_helpers import held as _held, swap_fix as _fix


def _narration_fixed(text):
    return text.replace("It is alright", "It's all right").replace("it is alright", "it's all right")


def _segments(source, name="a.md"):
    doc = read_bytes(name, source.encode())
    return sorted((part.text, part.text[s:e]) for part, s, e in run_spans(doc))


# --- stretches: a quotation only one reading pairs is held ---------------------------------------

def test_part_spans_hold_each_languages_quotation_in_a_mixed_paragraph():
    text = "Il a dit (\u00ab oui \u00bb). \u00bbJa\u00ab, sagte sie."
    assert sorted(text[s:e] for s, e in part_spans(text)) == ["\u00ab oui \u00bb", "\u00bbJa\u00ab"]


def test_part_spans_still_settle_a_stretch_both_readings_pair():
    # both pair '» News … «' / '« Oui »' (one shared mark): French reads none against its shape
    text = "Home \u00bb News. Fine. \u00ab Oui \u00bb, dit-elle. \u00bbJa\u00ab, sagte er."
    assert sorted(text[s:e] for s, e in part_spans(text)) == ["\u00ab Oui \u00bb", "\u00bbJa\u00ab"]


def test_a_mixed_paragraph_over_a_quotation_in_the_next_keeps_both(tmp_path):
    text = ("# B\n\nLe maire : \u00ab It is alright.\n\n\u00ab It is alright. \u00bb \u00bbIt is alright\u00ab, "
            "sagte sie. It is alright.\n")
    outcome = _fix(tmp_path, text)
    last = text.rindex("It is alright")
    assert outcome.fixed == text[:last] + _narration_fixed(text[last:])
    assert _held(outcome).count(("alright", "quotation")) == 3


# --- German run-ons need a German closer -----------------------------------------------------------

def test_a_german_quotation_over_paragraphs_still_runs_on():
    source = "# B\n\nEr sagte: \u00bbWir gehen.\n\n\u00bbUnd zwar jetzt.\u00ab Dann ging er.\n"
    assert _segments(source) == [("Er sagte: \u00bbWir gehen.", "\u00bbWir gehen."),
                                 ("\u00bbUnd zwar jetzt.\u00ab Dann ging er.", "\u00bbUnd zwar jetzt.\u00ab")]


def test_a_german_close_run_on_needs_a_closer_glued_to_its_word():
    glued = _segments("# B\n\n- \u00bbEins,\n\n  zwei\u00ab, sagte sie.\n")
    assert ("zwei\u00ab, sagte sie.", "zwei\u00ab") in glued
    # the same shape in French spacing: '« zwei' opens, it closes nothing
    assert _segments("# B\n\nSelon \u00bb eins,\n\nzwei \u00ab drei \u00bb.\n") == \
        [("zwei \u00ab drei \u00bb.", "\u00ab drei \u00bb")]


def test_spaced_french_titles_in_two_paragraphs_run_nothing_on(tmp_path):
    text = ("# B\n\nD'apr\u00e8s \u00ab Les \u00c9chos \u00bb jeudi, it is alright.\n\n"
            "Il cite \u00ab Le Parisien \u00bb vendredi. It is alright.\n")
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == _narration_fixed(text) and not outcome.result.held


def test_a_breadcrumb_carried_into_words_holds_nothing_without_a_reopening_mark():
    source = "# B\n\nAccueil \u00bb Politique \u00bb Municipales\n\nIl a dit : \u00ab Oui \u00bb, hier.\n"
    assert _segments(source) == [("Il a dit : \u00ab Oui \u00bb, hier.", "\u00ab Oui \u00bb")]


def test_a_reopened_quotation_never_closed_still_holds_its_paragraph(tmp_path):
    text = "# B\n\nLe maire : \u00ab It is alright.\n\n\u00ab It is alright.\n"
    assert _fix(tmp_path, text).fixed == text


# --- elided openers --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "# B\n\nSuite \u00bb Il parle d\u2019\u00ab it is alright \u00bb hier.\n",          # typographic apostrophe
    "# B\n\nHome \u00bb Il parle dell'\u00ab it is alright \u00bb ieri.\n",               # Italian elision
])
def test_an_elided_opener_is_no_mark_against_its_shape(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text and ("alright", "quotation") in _held(outcome)


# --- "read also" lines -----------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("\u00bb LIRE AUSSI - Le budget vot\u00e9", True),
    ("\u00bb \u00c0 lire : Le maire d\u00e9missionne", True), ("\u00bb \u00c0 lire la presse, it is alright.", False),
    ("Lire aussi : Le budget", True),
    ("\u00c0 lire aussi\u00a0: Le budget", True),
    ("Lesen Sie auch: Der Haushalt", True),
    ("Lire aussi le rapport du conseil, publi\u00e9 hier.", False),      # prose: no colon, no bullet
    ("Lire aussi : un.\nDeux.", False),                                     # two lines
    ("Lire aussi : " + "mot " * 30, False),                                 # too long for a link line
    ("", False),
    ("\u00bb", False),
])
def test_is_read_also(text, expected):
    assert is_read_also(text) is expected


def test_a_read_also_lines_bullet_is_no_mark():
    text = "\u00bb LIRE AUSSI - \u00ab Le budget \u00bb vot\u00e9"
    assert [text[s:e] for s, e in part_spans(text)] == ["\u00ab Le budget \u00bb"]


def test_a_german_read_also_line_inside_a_running_quotation_is_passed_over_in_markdown(tmp_path):
    text = ("# B\n\nDer B\u00fcrgermeister: \u00bbIt is alright.\n\nLesen Sie auch: [Der Haushalt](/x)\n\n"
            "\u00bbIt is alright.\u00ab It is alright.\n")
    outcome = _fix(tmp_path, text)
    last = text.rindex("It is alright")
    assert outcome.fixed == text[:last] + _narration_fixed(text[last:])


@pytest.mark.parametrize("text", ["# B\n\n\u00bb Lire aussi\n", "# B\n\n\u00bb Lire aussi\n\n\u00bb\n",
                                  "# B\n\nLire aussi : \u00ab\n\n\u00bb \u00bb\n"])
def test_bare_labels_and_lone_marks_neither_crash_nor_change(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text


# --- a German quotation reopened as Duden sets it, never closed ---------------------------------------

def test_a_german_quotation_reopened_with_glued_marks_and_never_closed_is_held(tmp_path):
    text = "# B\n\nDer B\u00fcrgermeister: \u00bbIt is alright.\n\n\u00bbIt is alright.\n\n\u00bbIt is over.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text and _held(outcome).count(("alright", "quotation")) == 2


def test_spaced_marks_reopening_never_closed_hold_nothing(tmp_path):
    # spaced » lines with no closing « anywhere: bullets or French closers, no German quotation
    text = "# B\n\nLe maire \u00bb It is alright.\n\n\u00bb It is alright.\n"
    assert _fix(tmp_path, text).fixed == _narration_fixed(text)


# --- found, not fixed: the same read-also line inside a curly quotation ---------------------------------

@pytest.mark.xfail(strict=True, reason="fx592 #1: a curly quotation over paragraphs with a read-also line "
                   "between them (Markdown 'Read more: [\u2026](/x)', a page's 'Lire aussi :') ends the run: the "
                   "quote scan (quotes._next_in_stream over quote_blocks.set_apart) knows only the furniture the "
                   "HTML reader marks, so the quotation's first paragraph is rewritten; is_read_also serves "
                   "guillemets only (the check path's findings would change too)")
@pytest.mark.parametrize("name,text", [
    ("a.md", "# B\n\nThe mayor said: \u201cIt is alright.\n\nRead more: [The budget](/x)\n\n"
             "\u201cIt is alright.\u201d It is alright.\n"),
    ("a.html", "<html><body><h1>X</h1><p>The mayor said: \u201cIt is alright.</p><p><strong>Lire aussi :</strong> "
               "<a href=\"/x\">Le budget</a></p><p>\u201cIt is alright.\u201d It is alright.</p></body></html>\n"),
])
def test_a_read_also_line_inside_a_curly_running_quotation_is_passed_over(tmp_path, name, text):
    outcome = _fix(tmp_path, text, name)
    last = text.rindex("It is alright")
    assert outcome.fixed == text[:last] + _narration_fixed(text[last:])
