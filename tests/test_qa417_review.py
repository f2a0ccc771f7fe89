"""qa417: review of fx553 (a0186124..ea070108): glued a.m./p.m. read by the
clause readers (`clock_times.glued_halves`), Markdown's typed update and
posting stamps (`_date_form_scan.LINE_STAMP`), and two-sentence headlines in
titles.trailing-period. Each strict xfail states what a desk expects and
fails today; the plain tests guard the nearest shapes that work now."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from lint.analysis.clause_words import tokens
from lint.analysis.clock_times import glued_halves
from lint.kinds.date_form import deviations, typed_deviations

FRONT = "---\ntitle: Council vote\ndate: 2025-09-01\n---\n\n"
BODY = "The council voted on the plan on Tuesday, officials said, and the mayor signed it.\n"


def _check(tmp_path, name, text, *args):
    path = tmp_path / name
    path.write_bytes(text.encode())
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json", *args, name],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert done.returncode in (0, 1), done.stderr
    found = json.loads(done.stdout) if done.stdout.strip() else []
    return found, path.read_bytes()


def _date_rules(tmp_path, sentence):
    found, _ = _check(tmp_path, "a.md", FRONT + "The council met, officials said. " + sentence + "\n",
                      "--select", "dates")
    return sorted(f["rule"] for f in found)


# --- (1) a.m./p.m. written as one word -------------------------------------

@pytest.mark.parametrize("time", ["9a.m.", "9p.m."])
@pytest.mark.parametrize("sentence", ["The vote was at {} ET on Sept. 9.", "The vote was at {} Sept. 9."])
# qa417 #2 (fixed in fx561): a glued dotted time ends no sentence before its zone or day
def test_a_date_after_a_glued_dotted_time_is_read_in_its_sentence(tmp_path, sentence, time):
    assert _date_rules(tmp_path, sentence.format(time)) == ["dates.after-publication"]


@pytest.mark.parametrize("time", ["9am", "9 a.m."])
@pytest.mark.parametrize("sentence", ["The vote was at {} ET on Sept. 9.", "The vote was at {} Sept. 9.",
                                      "The vote was at {} on Sept. 9."])
def test_guard_a_date_after_a_time_is_read_however_the_time_is_written(tmp_path, sentence, time):
    assert _date_rules(tmp_path, sentence.format(time)) == ["dates.after-publication"]


# qa417 #3 (fixed in fx561): nor before a bracketed zone
def test_a_date_after_a_spaced_time_and_a_bracketed_zone_is_found(tmp_path):
    assert _date_rules(tmp_path, "The vote was at 9 a.m. (ET) on Sept. 9.") == ["dates.after-publication"]


def test_guard_a_glued_time_and_a_bracketed_zone_is_found(tmp_path):
    assert _date_rules(tmp_path, "The vote was at 9am (ET) on Sept. 9.") == ["dates.after-publication"]


@pytest.mark.parametrize("sentence", ["PM May spoke on Sept. 9.", "On Sept. 9 PM May said she would go.",
                                      "I am told the vote was on Sept. 9.", "AM radio stations merged on Sept. 9."])
def test_guard_prime_minister_am_radio_and_the_verb_am_keep_their_reading(tmp_path, sentence):
    assert _date_rules(tmp_path, sentence) == ["dates.after-publication"]


@pytest.mark.parametrize("text", ["PM May said on Sept. 9", "AM radio said on Sept. 9", "In 2016 PM May said",
                                  "WINS 1010 AM said on Sept. 9", "I am 9 years old on Sept. 9"])
def test_guard_no_time_no_split(text):
    assert glued_halves(text, 0, len(text)) == frozenset()
    words = tokens(text, 0, len(text))[0]
    assert "a" not in words and "m" not in words and "P" not in words


# qa417 #6 (fixed in fx561): a file name's or an address's 'am' is no a.m. (clock_times.a_name_label)
def test_glued_halves_skip_what_time_of_day_skips():
    text = "See photo-6am.jpg and www.x.com/6am.html for the pictures."
    assert glued_halves(text, 0, len(text)) == frozenset()


# --- (2) typed update and posting stamps in Markdown -----------------------

@pytest.mark.parametrize("line", ["Last Updated: August 5th, 2025.", "UPDATED: August 5th, 2025.",
                                  "LAST UPDATED August 5th, 2025."])
def test_an_update_line_in_any_case_is_copy_in_markdown(line):
    found = typed_deviations(line)
    assert found.get("ordinal") == [(line.index("5th"), line.index("5th") + 3, "5")]
    assert found.get("abbreviate") == [(line.index("August"), line.index("August") + 6, "Aug.")]


def test_a_title_case_update_line_in_markdown_is_checked(tmp_path):
    found, _ = _check(tmp_path, "a.md", FRONT + BODY + "\nLast Updated: August 5th, 2025.\n")
    assert {"style.date-ordinal", "style.month-abbreviation"} <= {f["rule"] for f in found}


@pytest.mark.parametrize("line", ["*Updated on August 5th at 10am.*", "> Updated on August 5th at 10am.",
                                  "- Updated on August 5th at 10am.", "**Updated:** August 5th, 2025.",
                                  "Posted by Jane Doe on August 5th."])
def test_guard_a_marked_up_update_line_in_markdown_is_checked_at_the_text(tmp_path, line):
    text = FRONT + BODY + "\n" + line + "\r\n"
    found, _ = _check(tmp_path, "a.md", text.replace("\r\n", "\n").replace("\n", "\r\n"))
    at = {f["rule"]: (f["line"], f["column"], f["end_column"]) for f in found}
    col = line.index("5th") + 1
    assert at["style.date-ordinal"] == (8, col, col + 3)
    col = line.index("August") + 1
    assert at["style.month-abbreviation"] == (8, col, col + 6)


@pytest.mark.parametrize("line", ["Last updated: August 5th, 2025.", "Last Updated: August 5th, 2025."])
def test_guard_an_update_line_a_cms_wrote_stays_exempt(line):
    assert deviations(line) == {}


# --- (3) two-sentence headlines --------------------------------------------

@pytest.mark.parametrize("hed", ['"Enough." Mayor quits.', "“Enough.” Mayor quits."])
def test_a_quoted_first_sentence_makes_a_two_sentence_headline(tmp_path, hed):
    found, after = _check(tmp_path, "a.md", f"# {hed}\n\n{BODY}", "--select", "titles.trailing-period", "--fix")
    assert after.decode().startswith(f"# {hed}\n")
    found, _ = _check(tmp_path, "a.md", f"# {hed}\n\n{BODY}", "--select", "titles.trailing-period")
    assert "two sentences" in found[0]["message"]


# qa417 #5 (fixed in fx561): an abbreviation that may end a sentence holds the fix
def test_an_abbreviation_ending_the_first_sentence_is_left_to_the_writer(tmp_path):
    hed = "Pope visits U.S. Crowds cheer."
    _, after = _check(tmp_path, "a.md", f"# {hed}\n\n{BODY}", "--select", "titles.trailing-period", "--fix")
    assert after.decode().startswith(f"# {hed}\n")


@pytest.mark.parametrize("hed", ["Alabama is No. 1. Georgia falls.", "Stocks rise 3.5%. Bonds fall.",
                                 "Yes. No. Maybe.", "Mayor quits. “Enough,” she says."])
def test_guard_two_sentences_around_numbers_and_quotes_are_seen(tmp_path, hed):
    text = f"# {hed}\n\n{BODY}"
    found, after = _check(tmp_path, "a.md", text, "--select", "titles.trailing-period", "--fix")
    assert after == text.encode()
    found, _ = _check(tmp_path, "a.md", text, "--select", "titles.trailing-period")
    assert [(f["line"], f["column"], "two sentences" in f["message"], bool(f.get("fix"))) for f in found] == \
        [(1, 2 + len(hed), True, False)]


@pytest.mark.parametrize("name, frame", [
    ("a.md", "# {}\r\n\r\nThe council voted on the plan, officials said.\r\n"),
    ("a.txt", "{}\n\nThe council voted on the plan, officials said.\n"),
    ("a.html", "<html><head><title>{0}</title></head><body><h1>{0}</h1>"
               "<p>The council voted on the plan, officials said.</p></body></html>\n"),
])
@pytest.mark.parametrize("hed", ["U.S. Senate passes bill.", "St. Louis wins pennant.", "Mo. voters approve tax.",
                                 "Acme Inc. buys rival.", "No. 1 Alabama wins.", "Stocks rise 3.5 pct.",
                                 "J.K. Rowling signs deal."])
def test_guard_fix_of_a_one_sentence_headline_strips_only_its_closing_stop(tmp_path, name, frame, hed):
    text = frame.format(hed)
    _, after = _check(tmp_path, name, text, "--select", "titles.trailing-period", "--fix")
    assert after == frame.format(hed[:-1]).encode()
