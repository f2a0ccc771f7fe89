"""qa388: review of fx520, Markdown footnotes (e7c82efa..1b988613).

A definition (`[^1]: ...`) is now a `footnote` part and a defined marker is
no text. Strict xfails state what a copy desk expects and does not get;
the plain tests guard the nearest shapes that work now (positions after a
marker with CRLF, lone CR, tabs, non-ASCII and emoji before it; markers in
emphasis, headings, tables, list items and block quotes; `--fix` around a
marker and inside a definition; suppression comments around a definition;
the language server on a document whose definition is added by an edit).

On the rules fx520 leaves out of footnotes: `quotes.unattributed` is
defensible (a footnote cites: a quoted report title is no speech, and
flagging it would be noise), and so is `dates.after-publication` (a
footnote is where an update note goes: 18F's "Since this post was first
published, we have eliminated ..."). `dates.relative-weekday`,
`dates.future-tense-past-date` and the `names.*` consistency rules are not:
the footnote is printed on the same page, read on the same day, about the
same people (#1, #2). Synthetic copy only."""
from __future__ import annotations

import re

import pytest
import pytest_lsp
from lsprotocol import types

from footnote_helpers import MD_HEAD as HEAD, findings as _findings, line_col as _at
from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes
from lsp_helpers import capabilities, config, offset_of, open_doc, published, replace_all

BODY = ("Mayor Jane Kowalczyk, 54, said the council approved the budget on Tuesday. "
        "Kowalczyk said it was fair.[^1]\n\n")


def _rules(text: str, select: tuple[str, ...]) -> list[str]:
    return [f[0] for f in _findings(text, select)]


def _paragraphs(text: str, **read) -> list[str]:
    return [p.text for p in read_bytes("a.md", text.encode("utf-8"), **read).parts if p.kind == "paragraph"]


# --- #1 names: a footnote is on the same page, about the same people ----------------------------

def test_a_name_misspelled_in_a_footnote_is_flagged():
    text = HEAD + BODY + "[^1]: Kowalczik said the vote was 5-2, according to the minutes.\n"
    assert _findings(text, ("names",)) == [("names.spelling-variant", *_at(text, "Kowalczik"), "Kowalczik")]


def test_an_age_and_a_title_that_disagree_in_a_footnote_are_flagged():
    text = HEAD + BODY + "[^1]: Governor Jane Kowalczyk, 56, voted for it.\n"
    assert sorted(_rules(text, ("names",))) == ["names.age-changed", "names.title-changed"]


def test_a_full_name_given_only_in_a_footnote_leaves_the_first_reference_flagged():
    text = HEAD + ("Kowalczyk said the council approved the budget on Tuesday.[^1]\n\n"
                   "[^1]: Mayor Jane Kowalczyk voted for it.\n")
    assert _findings(text, ("names.first-reference",)) == [
        ("names.first-reference", *_at(text, "Kowalczyk said"), "Kowalczyk")]


def test_guard_names_still_read_the_story_and_a_note_that_agrees_is_quiet():
    agrees = HEAD + BODY + "[^1]: Kowalczyk, 54, said so in the minutes.\n"
    assert _findings(agrees, ("names",)) == []
    in_body = HEAD + BODY.replace("[^1]", "") + "Kowalczik said the vote was 5-2.\n"
    assert _rules(in_body, ("names",)) == ["names.spelling-variant"]


# --- #2 dates read against publication: a footnote is published that day too -------------------

def test_next_friday_in_a_footnote_is_flagged():
    text = HEAD + BODY + "[^1]: The clerk will publish the minutes next Friday.\n"
    assert _findings(text, ("dates.relative-weekday",)) == [
        ("dates.relative-weekday", *_at(text, "next Friday"), "next Friday")]


def test_a_stale_future_tense_in_a_footnote_is_flagged():
    text = HEAD + BODY + "[^1]: The minutes will be released on April 3, 2024.\n"
    assert _findings(text, ("dates.future-tense-past-date",)) == [
        ("dates.future-tense-past-date", *_at(text, "April 3, 2024"), "April 3, 2024")]


def test_guard_an_update_note_dated_after_publication_is_no_error():
    # a footnote is where an update note goes; in the story the same words are an error
    note = "Since this story was first published, the city removed the budget file on May 20, 2024."
    assert _rules(HEAD + BODY + "[^1]: " + note + "\n", ("dates.after-publication",)) == []
    assert _rules(HEAD + BODY.replace("[^1]", "") + note + "\n", ("dates.after-publication",)) == [
        "dates.after-publication"]


def test_guard_a_cited_title_in_a_footnote_needs_no_attribution_but_a_story_quote_does():
    cite = '"Annual Budget Report of the City of Springfield," 2024, p. 14.'
    assert _rules(HEAD + BODY + "[^1]: " + cite + "\n", ("quotes.unattributed",)) == []
    # a footnote's attributed quote lends no speaker to the story paragraph after it
    text = (HEAD + "The council met.[^1]\n\n[^1]: \"We will win the vote,\" Lee said.\n\n"
            "\"The budget is done and the taxes will stay low.\"\n")
    assert _findings(text, ("quotes.unattributed",)) == [
        ("quotes.unattributed", *_at(text, '"The budget'), '"The budget is done and the taxes will stay low."')]


def test_guard_impossible_and_mismatched_dates_in_a_footnote_and_around_a_marker():
    text = HEAD + BODY + "[^1]: The vote was on Thursday, April 30, 2024, not Feb. 30[^1], 2024.\n"
    got = {(rule, snippet) for rule, _, _, snippet in _findings(text, ("dates",))}
    assert got == {("dates.weekday-mismatch", "Thursday, April 30, 2024"),
                   ("dates.impossible-date", "Feb. 30[^1], 2024")}


# --- #3 a marker inside a link's text -----------------------------------------------------------

def test_a_link_whose_text_ends_in_a_marker_is_still_a_link():
    text = (HEAD + "Now you will know with the [U.S. Office of Personnel Management[^1]]"
            "(http://www.opm.gov) newest app.\n\n[^1]: A note.\n")
    assert _paragraphs(text) == ["Now you will know with the U.S. Office of Personnel Management newest app."]


def test_guard_a_marker_after_a_link_keeps_the_link_and_the_apostrophe_finding():
    text = (HEAD + "Now you will know with the [U.S. Office of Personnel Management](http://www.opm.gov)"
            "[^1]&#8216;s newest app.\n\n[^1]: A note.\n")
    assert _paragraphs(text) == ["Now you will know with the U.S. Office of Personnel Management\u2018s newest app."]
    assert _findings(text, ("quotes.apostrophe-mark",)) == [
        ("quotes.apostrophe-mark", *_at(text, "&#8216;"), "&#8216;")]


# --- #4 a marker between a time and the sentence's stop -----------------------------------------

def test_a_time_before_a_marker_at_the_sentence_end_is_fixed(run_cli, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(HEAD + "The council voted at 7pm[^2].\n\n[^2]: From the minutes.\n", encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "--select", "style.time-of-day", path)
    fixed = path.read_text(encoding="utf-8")
    assert "7pm" not in fixed and "7 p.m." in fixed and "[^2]" in fixed


def test_guard_a_time_before_a_marker_mid_sentence_is_fixed_and_the_marker_kept(run_cli, tmp_path):
    path = tmp_path / "a.md"
    path.write_text(HEAD + "It met at 7:00 PM[^1] on Tuesday.\n\n[^1]: Held at 7pm was was.\n", encoding="utf-8")
    run_cli("check", "--no-cache", "--fix", "--select", "style.time-of-day,hygiene.doubled-word", path)
    assert path.read_text(encoding="utf-8") == (
        HEAD + "It met at 7 p.m.[^1] on Tuesday.\n\n[^1]: Held at 7 p.m. was.\n")


# --- #5 a quote over two paragraphs of one footnote ---------------------------------------------

def test_a_quote_carried_on_over_a_footnotes_paragraphs_is_balanced():
    text = (HEAD + "The council met.[^1]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\n"
            "    \"We will win next time,\" the clerk wrote.\n")
    assert _findings(text, ("quotes.unbalanced",)) == []


def test_guard_a_quote_left_open_in_a_one_paragraph_note_is_unbalanced():
    text = HEAD + "The council met.[^1]\n\n[^1]: The clerk wrote: \"We lost the vote.\n\nThe story goes on.\n"
    assert [f[:3] for f in _findings(text, ("quotes.unbalanced",))] == [
        ("quotes.unbalanced", *_at(text, '"We lost'))]


# --- #6 positions: a list item's line indented with a tab (not footnotes; met on the way) --------

def test_a_finding_on_a_tab_indented_list_line_is_placed_at_its_text():
    text = "# Council\n\n- The council voted\n\tthe the budget.\n"
    assert _findings(text, ("hygiene.doubled-word",)) == [("hygiene.doubled-word", *_at(text, "the the"), "the the")]


def test_guard_a_tab_indented_lazy_line_of_a_footnote_is_placed_at_its_text():
    text = "# Council\n\nBody[^1].\n\n[^1]: A note that\n\truns on the the line.\n"
    assert _findings(text, ("hygiene.doubled-word",)) == [("hygiene.doubled-word", *_at(text, "the the"), "the the")]


# --- guards: positions after a marker and inside a definition -----------------------------------

STORY = (HEAD + "The caf\u00e9 \U0001F600 council[^1] voted was was here.\n\n- An item[^n] the the.\n\n"
         "  [^n]: In item was was.\n\n> Quote[^1] was was.\n>\n> [^q]: In quote the the.\n\n"
         "| Vote[^1] | the the |\n|---|---|\n| *yes[^1]* was was | no |\n\n"
         "[^1]: Note \U0001F600 was was.\n    Lazy the the.\n\n    Second para was was.\n")


@pytest.mark.parametrize("breaks", ["\n", "\r\n", "\r"])
def test_guard_every_finding_sits_on_its_words_after_markers_and_in_definitions(breaks):
    text = STORY.replace("\n", breaks)
    got = _findings(text, ("hygiene.doubled-word",))
    lines = re.split(r"\r\n|\r|\n", text)
    assert len(got) == 10
    for _, line, col, snippet in got:
        assert snippet in ("was was", "the the") and lines[line - 1][col - 1:].startswith(snippet)


@pytest.mark.parametrize("breaks", ["\n", "\r\n"])
def test_guard_fix_inside_definitions_and_around_markers_rewrites_only_the_words(run_cli, tmp_path, breaks):
    path = tmp_path / "a.md"
    text = STORY.replace("\n", breaks)
    path.write_bytes(text.encode("utf-8"))
    run_cli("check", "--no-cache", "--fix", "--select", "hygiene.doubled-word", path)
    assert path.read_bytes().decode("utf-8") == text.replace("was was", "was").replace("the the", "the")


def test_guard_a_word_doubled_across_a_marker_is_found_and_never_fixed_over_it():
    text = HEAD + "The council voted the[^1] the budget.\n\n[^1]: A note.\n"
    res = lint_bytes("a.md", text.encode(), Config(select=("hygiene.doubled-word",)))
    assert [(d.line, d.column, d.snippet, d.fix) for d in res.diagnostics] == [
        (*_at(text, "the[^1]"), "the[^1] the", None)]


def test_guard_a_missing_space_after_a_marker_is_found():
    text = HEAD + "The council met.[^1]The vote was 5-2.\n\n[^1]: A note.\n"
    assert _findings(text, ("hygiene.missing-space",)) == [
        ("hygiene.missing-space", *_at(text, ".[^1]The"), ".[^1]The")]


def test_guard_suppression_comments_around_a_definition():
    text = (HEAD + "The council met.[^1]\n\n<!-- newslint-disable hygiene.doubled-word -->\n\n"
            "[^1]: The vote was was 5-2.\n\n<!-- newslint-enable hygiene.doubled-word -->\n\nIt was was late.\n")
    assert _findings(text, ("hygiene",)) == [("hygiene.doubled-word", *_at(text, "was was late"), "was was")]


def test_guard_markers_in_code_html_and_shortcodes_and_a_definition_in_a_comment():
    text = (HEAD + "Write `x[^1]` here.\n\n<div>\n[^2]: in html was was.\n</div>\n\n"
            "{{% note %}}\nThe council[^1] met was was.\n{{% /note %}}\n\n<!--\n[^3]: hidden.\n-->\n\n"
            "Undefined[^3] stays.\n\n[^1]: A note.\n")
    paras = _paragraphs(text)
    assert "Undefined[^3] stays." in paras and "The council met was was." in paras
    assert "Write \ufffc here." in paras
    got = _findings(text, ("hygiene.doubled-word",))
    assert got == [("hygiene.doubled-word", *_at(text, "was was."), "was was"),
                   ("hygiene.doubled-word", *_at(text, "was was.\n{{%"), "was was")]


def test_guard_mdx_and_dot_markdown_read_footnotes_and_a_text_file_does_not():
    md = HEAD + "The council the[^1] the met.\n\n[^1]: Note was was.\n"
    for name in ("a.mdx", "a.markdown"):
        assert [(r, s) for r, _, _, s in _findings(md, ("hygiene",), name)] == [
            ("hygiene.doubled-word", "the[^1] the"), ("hygiene.doubled-word", "was was")]
    txt = "Council votes\n\nThe council the[^1] the met.\n\n[^1]: Note was was.\n"
    assert [(r, s) for r, _, _, s in _findings(txt, ("hygiene",), "a.txt")] == [("hygiene.doubled-word", "was was")]


def test_guard_a_dateline_with_a_marker():
    text = HEAD + "WASHINGTON (AP)[^1] \u2014 The council met Tuesday.\n\n[^1]: A note.\n"
    parts = read_bytes("a.md", text.encode()).parts
    assert [(p.kind, p.text) for p in parts if p.kind in ("dateline", "footnote")] == [
        ("footnote", "A note."), ("dateline", "WASHINGTON (AP) \u2014")]


# --- guard: the language server --------------------------------------------------------------

@pytest_lsp.fixture(config=config(), scope="module")
async def client(lsp_client: pytest_lsp.LanguageClient, tmp_path_factory):
    root = tmp_path_factory.mktemp("qa388")
    await lsp_client.initialize_session(types.InitializeParams(
        capabilities=capabilities(), root_uri=root.as_uri(), initialization_options={"debounce": 50}))
    lsp_client.root = root
    yield
    await lsp_client.shutdown_session()


def _spans(text: str, found) -> list[tuple[str, str]]:
    return sorted((d.code, text[offset_of(text, d.range.start):offset_of(text, d.range.end)]) for d in found)


@pytest.mark.asyncio(loop_scope="module")
async def test_guard_server_places_note_findings_and_reads_a_marker_once_its_definition_is_typed(client):
    uri = (client.root / "a.md").as_uri()
    text = HEAD + "Caf\u00e9 \U0001F600 council[^1] voted was was here.\n\n[^1]: The \U0001F600 vote the the note.\n"
    found = await published(client, uri, 1, open_doc(client, uri, text))
    assert _spans(text, found) == [("hygiene.doubled-word", "the the"), ("hygiene.doubled-word", "was was")]
    undefined = HEAD + "The council voted was[^2] was here.\n\nMore text.\n"
    found = await published(client, uri, 2, replace_all(client, uri, undefined, 2))
    assert [d.code for d in found if d.code == "hygiene.doubled-word"] == []
    defined = undefined + "\n[^2]: A note.\n"
    found = await published(client, uri, 3, replace_all(client, uri, defined, 3))
    assert [s for s in _spans(defined, found) if s[0] == "hygiene.doubled-word"] == [
        ("hygiene.doubled-word", "was[^2] was")]
