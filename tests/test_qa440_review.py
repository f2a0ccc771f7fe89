"""qa440: review of fx579 (--fix and a block quotation that is the paper's
own note; guillemets that are link arrows; fix_written refactors).  A desk
expects --fix never to alter a speaker's words (AP: never alter quotations):
when in doubt, hold."""
from __future__ import annotations

import pytest
from quote_hold_helpers import held as _held, swap_fix as _fix


HELD = [("alright", "quotation"), ("it is", "quotation")]


def _assert_held(tmp_path, text, path="a.md"):
    outcome = _fix(tmp_path, text, path)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


# --- #1 a note signed in its own paragraph of the block quotation ----------------------

@pytest.mark.parametrize("path, text", [
    ("a.md", "# Fees\n\n> Note: It is alright, we will pay.\n>\n> \u2014 Jane Roe\n\nThe vote.\n"),
    ("a.html", "<html><body><h1>Fees</h1><p>The vote.</p><blockquote><p>Note: It is alright, we will "
               "pay.</p><p>\u2014 Jane Roe</p></blockquote><p>The vote.</p></body></html>\n"),
])
def test_note_signed_in_its_own_paragraph_is_held(tmp_path, path, text):
    _assert_held(tmp_path, text, path)


def test_note_signed_on_the_next_line_is_held(tmp_path):
    _assert_held(tmp_path, "# Fees\n\n> Note: It is alright, we will pay.\n> \u2014 Jane Roe, mayor\n\nThe vote.\n")


# --- #2 an ASCII double-hyphen signature ------------------------------------------------

@pytest.mark.parametrize("text", [
    "# Fees\n\n> Note: It is alright, we will pay. -- Jane Roe\n\nThe vote.\n",
    "# Fees\n\n> Note: It is alright, we will pay.\n> -- Jane Roe\n\nThe vote.\n",
    "# Fees\n\n> Note: It is alright, we will pay. \u2014 J. Roe\n\nThe vote.\n",
    "# Fees\n\n> Note: It is alright, we will pay. \u2013 Dr. Jane Roe\n\nThe vote.\n",
    "# Fees\n\n> Note: It is alright, we will pay. \u2014 jane_roe\n\nThe vote.\n",
])
def test_note_signed_with_ascii_dashes_is_held(tmp_path, text):
    _assert_held(tmp_path, text)


# --- #3 HTML signatures: <footer>, <cite> ------------------------------------------------

@pytest.mark.parametrize("sign", ["<footer>Jane Roe, mayor</footer>", "<footer>\u2014 <cite>Jane Roe</cite></footer>",
                                  "<cite>Jane Roe</cite>"])
def test_html_note_signed_in_footer_or_cite_is_held(tmp_path, sign):
    text = ("<html><body><h1>Fees</h1><p>The vote.</p><blockquote><p>Note: It is alright, we will pay.</p>"
            + sign + "</blockquote><p>The vote.</p></body></html>\n")
    _assert_held(tmp_path, text, "a.html")


NITF_NOTE = ('<?xml version="1.0" encoding="UTF-8"?>\n<nitf>\n<head><title>Fees</title></head>\n<body>\n'
             '<body.head><hedline><hl1>Fees rise</hl1></hedline></body.head>\n<body.content>\n'
             '<p>The vote.</p>\n<bq><block><p>Note: It is alright, we will pay.</p></block>'
             '<credit>Mayor Jane Roe</credit></bq>\n<p>The vote is on Friday.</p>\n</body.content>\n</body>\n</nitf>\n')


@pytest.mark.parametrize("path, text", [
    ("a.nitf", NITF_NOTE),
    ("a.html", "<html><body><h1>Fees</h1><p>The vote.</p><figure><blockquote><p>Note: It is alright, we will "
               "pay.</p></blockquote><figcaption>\u2014 Jane Roe</figcaption></figure></body></html>\n"),
])
def test_note_credited_by_markup_is_held(tmp_path, path, text):
    _assert_held(tmp_path, text, path)


def test_html_note_quoted_after_a_colon_lead_in_is_held(tmp_path):
    _assert_held(tmp_path, "<html><body><h1>Fees</h1><p>The mayor wrote:</p><blockquote><p>Note: It is alright, "
                           "we will pay.</p></blockquote><p>The vote.</p></body></html>\n", "a.html")


# --- #4 a lead-in that does not end in a colon ----------------------------------------------

@pytest.mark.parametrize("lead", ["The mayor said in a statement.", "The mayor wrote \u2014",
                                  "The mayor wrote\u2026"])
def test_note_after_a_lead_in_without_colon_is_held(tmp_path, lead):
    _assert_held(tmp_path, "# Fees\n\n" + lead + "\n\n> Note: It is alright, we will pay.\n\nThe vote.\n")


@pytest.mark.parametrize("text", [
    "# Fees\n\nThe mayor said in a statement:\n\n> [!NOTE]\n> It is alright, we will pay.\n\nThe vote.\n",
    "# Fees\n\nThe mayor wrote on Friday:\n> Note: It is alright, we will pay.\n\nThe vote.\n",
    "---\ntitle: Fees\n---\n\nThe mayor wrote:\n\n> Note: It is alright, we will pay.\n\nThe vote.\n",
    "# Fees\n\nThe mayor said:\n\n> **Note:** It is alright, we will pay.\n\nThe vote.\n",
    "# Fees\n\nThe mayor said (via email):\n\n> Note: It is alright, we will pay.\n\nThe vote.\n",
    "# Fees\n\n> Note: \"It is alright, we will pay,\" the mayor said.\n\nThe vote.\n",
    "# Fees\r\n\r\nShe wrote:\r\n\r\n> Note: It is alright, we will pay.\r\n\r\nThe vote.\r\n",
])
def test_quoted_notes_and_quotes_in_notes_stay_held(tmp_path, text):
    _assert_held(tmp_path, text)


# --- #5 a quoted letter whose later paragraph opens 'Note:' ----------------------------

def test_note_paragraph_inside_a_quoted_letter_is_held(tmp_path):
    text = ("# Fees\n\nThe mayor wrote:\n\n> Dear residents, the fee stays.\n>\n"
            "> Note: It is alright, we will pay.\n\nThe vote.\n")
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert ("it is", "quotation") in _held(outcome)


# --- #6 a link word next to a slash or bar inside real speech ---------------------------

@pytest.mark.parametrize("text", [
    "# Budget\n\n\u00ab Home/office, it is alright \u00bb, said the mayor.\n\nThe vote.\n",
    "# Budget\n\n\u00ab Last/first time, it is alright \u00bb, said the mayor.\n\nThe vote.\n",
    "# Budget\n\nThe mayor said: \u00ab it is alright | Next \u00bb\n\nThe vote.\n",
    "# Budget\n\n\u00ab It is alright to split office/home \u00bb, said the mayor.\n\nThe vote.\n",
])
def test_speech_with_a_link_word_beside_a_slash_is_held(tmp_path, text):
    _assert_held(tmp_path, text)


@pytest.mark.parametrize("text", [
    "# Budget\n\n\u00ab Next year, it is alright \u00bb, said the mayor.\n\nThe vote.\n",
    "# Budget\n\n\u00ab Back \u00bb, he said. \u00ab It is alright \u00bb\n\nThe vote.\n",
    "# Budget\n\n\u00ab Home \u00bb, he said. \u00ab It is alright \u00bb\n\nThe vote.\n",
    "# Budget\n\n\u00ab It is alright. Home \u00bb\n\nThe vote.\n",
    "# Budget\n\nHome \u00bb Politics\n\n\u00ab It is alright \u00bb, said the mayor.\n",
    "# Budget\n\n\u00ab Back to school / it is alright \u00bb, said the mayor.\n",
])
def test_speech_in_guillemets_near_link_words_stays_held(tmp_path, text):
    _assert_held(tmp_path, text)


def test_speaker_one_word_back_leaves_story_swaps_written(tmp_path):
    text = "# Budget\n\nShe said only one word: \u00ab Back \u00bb. It is alright.\n\nThe vote.\n"
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text.replace("It is alright", "It's all right")


# --- #7 CRLF alert -----------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="qa440 #7: a GitHub alert '> [!NOTE]' in a CRLF file is not seen "
                                       "(_ALERT wants '\\n' right after ']'): held, though the LF file is fixed")
def test_crlf_alert_is_fixed_like_lf(tmp_path):
    lf = "# Fees\n\n> [!NOTE]\n> It is alright to republish this story.\n\nThe vote is Friday.\n"
    crlf = lf.replace("\n", "\r\n")
    assert _fix(tmp_path, lf).fixed == lf.replace("It is alright", "It's all right")
    outcome = _fix(tmp_path, crlf)
    assert outcome.fixed == crlf.replace("It is alright", "It's all right")
    assert not outcome.result.held


def test_fixed_note_settles_on_a_second_run(tmp_path):
    text = "# Fees\n\n> [!NOTE]\n> It is alright to republish this story.\n\n\u00ab Previous | Next \u00bb\n"
    first = _fix(tmp_path, text)
    assert "It's all right to republish" in first.fixed
    second = _fix(tmp_path, first.fixed)
    assert second.fixed == first.fixed
    assert not second.result.held


# --- #8 single guillemets (held since fx583) -------------------------------------------

def test_single_guillemet_quotation_is_held(tmp_path):
    _assert_held(tmp_path, "# Budget\n\n\u2039 Next year, it is alright \u203a, said the mayor.\n\nThe vote.\n")


# --- #9 docs list three labels; the code takes every note opener ------------------------

def test_docs_name_every_label_a_note_may_open_with(tmp_path):
    from pathlib import Path
    text = "# Fees\n\n> Update: It is alright, we will pay.\n\nThe vote.\n"
    written = _fix(tmp_path, text).fixed != text
    docs = (Path(__file__).resolve().parent.parent / "docs" / "quotes.md").read_text(encoding="utf-8")
    assert not written or "Update:" in docs


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    'test_fixed_note_settles_on_a_second_run': "qa440: fx579's callout and guillemet-arrow holds were taken back (688867ca)",
}
