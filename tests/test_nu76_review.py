"""nu76 new-user review (lead62 @ 12fe90ba): a newcomer's faults, each a
strict xfail that fails today, beside passing guards. Synthetic copy only."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules, lint_bytes
from lint.fixes import fix_bytes

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  utilize: use\n")
HDR = "---\ntitle: Mayor plans drones\ndate: 2025-03-04\n---\n\n"


def _fix(tmp_path, body):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yaml").write_text(SWAPS, encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    text = HDR + body
    return text, fix_bytes("a.md", text.encode("utf-8"), config, rules=active_rules(config)).fixed


def _rules(body, select, date="2025-03-04", title="The vote"):
    text = f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"
    return [d.rule for d in lint_bytes("a.md", text.encode(), Config(select=select)).diagnostics]


# --- #1 --fix rewrites a speaker's words in a guillemet quotation running over paragraphs
def test_multi_paragraph_guillemets_opened_each_paragraph_are_held(tmp_path):
    text, fixed = _fix(tmp_path, "Le maire a dit : «Nous allons utilize des drones.\n\n«Et nous allons utilize des robots.»\n")
    assert fixed == text


def test_multi_paragraph_french_continuation_is_held(tmp_path):
    text, fixed = _fix(tmp_path, "Le maire a dit : «\u00a0Nous allons utilize des drones.\n\n» Et nous allons utilize des robots.\u00a0»\n")
    assert fixed == text


def test_three_paragraph_guillemets_are_held(tmp_path):
    text, fixed = _fix(tmp_path, "The mayor said: «We will utilize drones.\n\n«We will utilize robots.\n\n«And utilize more.»\n")
    assert fixed == text


def test_guard_multi_paragraph_curly_quotation_is_held(tmp_path):
    text, fixed = _fix(tmp_path, "The mayor said: \u201cWe will utilize drones.\n\n\u201cAnd we will utilize robots.\u201d\n")
    assert fixed == text


def test_guard_one_paragraph_guillemets_held_narration_fixed(tmp_path):
    text, fixed = _fix(tmp_path, "Switzerland: \u00abWe utilize drones\u00bb, she said, and the council will utilize them too.\n")
    assert fixed == text.replace("will utilize", "will use")


def test_guard_breadcrumb_narration_is_fixed(tmp_path):
    text, fixed = _fix(tmp_path, "Home \u00bb Politics \u00bb Mayor plans to utilize drones\n")
    assert fixed == text.replace("utilize", "use")


# --- #2 a dated correction note ('was corrected/amended on DATE') is an error
@pytest.mark.parametrize("note", [
    "This story was corrected on March 20, 2025.",
    "This article was corrected on March 20, 2025, to fix the date of the vote.",
    "This article was amended on 20 March 2025 to correct the date of the vote.",
])
def test_a_dated_correction_note_is_no_after_publication(note):
    assert "dates.after-publication" not in _rules("The council vote was delayed.\n\n" + note, ("dates",))


@pytest.mark.parametrize("note", [
    "This story was updated on March 20, 2025.",
    "An earlier version of this story was corrected March 20, 2025.",
    "Clarification, March 20, 2025: The vote was held March 18.",
])
def test_guard_update_notes_are_skipped(note):
    assert "dates.after-publication" not in _rules("The council vote was delayed.\n\n" + note, ("dates",))


def test_guard_a_past_event_after_publication_is_still_found():
    assert "dates.after-publication" in _rules("The council voted on March 20, 2025, officials said.", ("dates",))


# --- #3 a <sup> footnote figure after a day is glued to the day: false errors quoting a date nobody wrote
def test_a_day_footnote_is_no_second_day_figure_weekday():
    assert _rules("The vote came Monday, Jan. 1<sup>2</sup>, 2024, officials said.", ("dates",)) == []


def test_a_bracketed_day_footnote_keeps_the_year():
    assert _rules("The vote came Monday, Jan. 1<sup>[2]</sup>, 2024, officials said.", ("dates",)) == []


def test_a_day_footnote_is_no_later_day():
    assert _rules("The vote was held Feb. 1<sup>2</sup>, 2025, officials said.", ("dates",), date="2025-02-05") == []


def test_a_day_footnote_is_no_impossible_date():
    assert _rules("The vote was held Feb. 3<sup>1</sup>, officials said.", ("dates",), date="2025-02-05") == []


def test_guard_a_wrong_weekday_before_a_year_footnote_is_found():
    assert _rules("The vote came Tuesday, Sept. 10, 2023<sup>[1]</sup>, officials said.", ("dates",)) == ["dates.weekday-mismatch"]


def test_guard_a_right_weekday_before_a_year_footnote_is_clean():
    assert _rules("The vote came Sunday, Sept. 10, 2023<sup>1</sup>, officials said.", ("dates",)) == []


# --- #4 the day's own form is not checked before a footnote
def test_an_ordinal_day_before_a_footnote_is_found():
    assert "style.date-ordinal" in _rules("It opened on Jan. 5th<sup>6</sup> and closed later, officials said.", ("style",))


def test_a_leading_zero_day_before_a_footnote_is_found():
    assert "style.date-leading-zero" in _rules("It opened Jan. 05<sup>6</sup> and closed, officials said.", ("style",))


def test_guard_ordinal_without_footnote():
    assert "style.date-ordinal" in _rules("It opened on Jan. 5th and closed later, officials said.", ("style",))


@pytest.mark.parametrize("para, rule", [
    ("The deadline was 5 PM<sup>10</sup>, officials said.", "style.time-of-day"),
    ("The program began in the 1980's<sup>4</sup>, officials said.", "style.decades"),
    ("It was built in September, 2023<sup>8</sup>, officials said.", "style.month-year"),
    ("It finished at 12 noon<sup>9</sup>, officials said.", "style.noon-midnight"),
])
def test_guard_sup_after_time_decade_year_is_read(para, rule):
    assert rule in _rules(para, ("style",))


# --- #5 a Markdown paragraph 'Update, May 9, 2024: ...' is not read as the note HTML and text read
NOTE = "The council vote was delayed.\n\nUpdate, May 9, 2024: The council will vote next Tuesday.\n"


def _weekday_messages(name, text):
    res = lint_bytes(name, text.encode(), Config(select=("dates.relative-weekday",)))
    return [d.message for d in res.diagnostics]


def test_markdown_update_paragraph_counts_from_the_notes_date():
    (msg,) = _weekday_messages("a.md", "---\ntitle: Council vote\ndate: 2024-05-01\n---\n\n" + NOTE)
    assert "May 14" in msg and "note's date" in msg


@pytest.mark.parametrize("name, text", [
    ("a.html", '<html><head><meta name="date" content="2024-05-01"></head><body><h1>Council vote</h1>'
               '<p>The council vote was delayed.</p><p>Update, May 9, 2024: The council will vote next Tuesday.</p></body></html>\n'),
    ("a.txt", "Council vote\n\nMay 1, 2024\n\n" + NOTE),
])
def test_guard_html_and_text_update_paragraph_count_from_the_notes_date(name, text):
    (msg,) = _weekday_messages(name, text)
    assert "May 14" in msg and "note's date (May 9)" in msg
