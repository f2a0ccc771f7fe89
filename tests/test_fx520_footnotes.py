"""fx520: Markdown footnotes. A definition (`[^1]: Note.`, its lazy lines
and its paragraphs indented four spaces) is read as `footnote` parts, not
body paragraphs; a marker whose label a definition gives (`[^1]`,
`[^note]`) is no text of its sentence, and every position stays the
source's. Guards: an undefined marker stays text, a file with no `[^`
never loads the footnote plugin, and story-flow readings (quote run-on,
the preamble) do not reach into a footnote. Synthetic copy only."""
from __future__ import annotations

import subprocess
import sys

import pytest
from conftest import ROOT
from vale_helpers import has_en_us, lines, vale_project

from lint.config import Config
from lint.engine import lint_bytes
from lint.readers import read_bytes

HEAD = "---\ntitle: Council approves budget\ndate: 2024-05-01\n---\n\n"


def _parts(text: str, name: str = "a.md"):
    return read_bytes(name, text.encode("utf-8")).parts


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.text) for p in _parts(text) if p.kind not in ("headline", "field")]


def _source_of(part, source: str) -> str:
    start, end = part.source_span(0, len(part.text), source)
    return source[start:end]


def _at(text: str, needle: str) -> tuple[int, int]:
    """1-based (line, column) of the first `needle` in `text`, counted from the source."""
    i = text.index(needle)
    return text.count("\n", 0, i) + 1, i - text.rfind("\n", 0, i)


def _findings(text: str, select: tuple[str, ...], name: str = "a.md") -> list[tuple[str, int, int, str]]:
    res = lint_bytes(name, text.encode("utf-8"), Config(select=select))
    return [(d.rule, d.line, d.column, d.snippet) for d in res.diagnostics]


# --- definitions --------------------------------------------------------------------------------

def test_a_definition_is_a_footnote_part_not_a_paragraph():
    text = HEAD + "The council met on Tuesday.[^1]\n\n[^1]: The vote was 5-2.\n"
    assert _kinds(text) == [("paragraph", "The council met on Tuesday."),
                            ("footnote", "The vote was 5-2.")]
    note = [p for p in _parts(text) if p.kind == "footnote"][0]
    assert note.name == "1" and _source_of(note, text) == "The vote was 5-2."


def test_a_multi_paragraph_definition_gives_one_part_per_paragraph_with_its_lazy_line():
    text = (HEAD + "The council met.[^long]\n\n[^long]: The vote was 5-2.\nA lazy line.\n\n"
            "    A second paragraph of the note.\n\nThe story goes on.\n")
    got = _kinds(text)
    assert got == [("paragraph", "The council met."),
                   ("footnote", "The vote was 5-2.\nA lazy line."),
                   ("footnote", "A second paragraph of the note."),
                   ("paragraph", "The story goes on.")]
    notes = [p for p in _parts(text) if p.kind == "footnote"]
    assert [p.name for p in notes] == ["long", "long"]
    assert _source_of(notes[1], text) == "A second paragraph of the note."


def test_a_definition_inside_a_list_item_and_a_blockquote_is_a_footnote():
    text = (HEAD + "The council met.[^a] It voted.[^b]\n\n- An item.\n\n  [^a]: A note in an item.\n\n"
            "> [^b]: A note in a quote.\n")
    notes = [(p.kind, p.text) for p in _parts(text) if "note in" in p.text]
    assert notes == [("footnote", "A note in an item."), ("footnote", "A note in a quote.")]


def test_a_definition_that_is_only_a_url_is_no_link_reference_and_no_part():
    # CommonMark alone reads `[^1]: https://...` as a link reference definition, and `[^1]` as its link
    text = HEAD + "The council met.[^1]\n\n[^1]: https://example.org/minutes\n"
    assert _kinds(text) == [("paragraph", "The council met.")]


# --- markers ------------------------------------------------------------------------------------

def test_a_marker_mid_sentence_is_no_text_and_positions_stay_exact():
    text = HEAD + "The design guide[^1] is an activity.\n\n[^1]: A note.\n"
    para = _parts(text)[2]
    assert para.kind == "paragraph" and para.text == "The design guide is an activity."
    i = para.text.index(" is an")
    assert text[para.source_offset(i):].startswith(" is an activity.")
    assert text[para.source_offset(i - 1)] == "e"         # "guide" ends before the marker
    assert not para.is_verbatim(text, i - 5, i + 3)       # a fix never spans the marker
    assert para.is_verbatim(text, i, i + 6)               # text after it still fixes


def test_a_marker_at_the_sentence_end_before_the_period():
    text = HEAD + "That covers every contract but firm-fixed price[^2].\n\n[^2]: FAR 1.602-2(d).\n"
    para = _parts(text)[2]
    assert para.text == "That covers every contract but firm-fixed price."
    assert text[para.source_offset(len(para.text) - 1):].startswith(".\n")


def test_a_named_marker_and_one_inside_a_list_item():
    text = HEAD + "The council met.[^note]\n\n- It voted[^note] on the budget.\n\n[^note]: From the minutes.\n"
    assert _kinds(text) == [("paragraph", "The council met."), ("paragraph", "It voted on the budget."),
                            ("footnote", "From the minutes.")]


def test_guard_an_undefined_marker_stays_text():
    text = HEAD + "The council met[^9] on Tuesday.\n\n[^1]: A note.\n"
    assert _kinds(text)[0] == ("paragraph", "The council met[^9] on Tuesday.")
    bare = HEAD + "The council met[^9] on Tuesday.\n"        # no definition at all: as before
    assert _kinds(bare) == [("paragraph", "The council met[^9] on Tuesday.")]


def test_guard_a_marker_in_a_code_span_and_a_definition_in_a_fence_stay_code():
    text = HEAD + "Write `x[^1]` for a note.[^1]\n\n```\n[^2]: not a note\n```\n\n[^1]: A note.\n"
    assert [k for k, _ in _kinds(text)] == ["paragraph", "footnote"]
    assert "not a note" not in " ".join(t for _, t in _kinds(text))


# --- findings -----------------------------------------------------------------------------------

def test_a_finding_inside_a_definition_is_placed_at_its_line_and_column():
    text = (HEAD + "The council met.[^1]\n\n[^1]: The vote was was 5-2.\n\n"
            "    The mayor said the the plan works.\n")
    got = _findings(text, ("hygiene.doubled-word",))
    assert got == [("hygiene.doubled-word", *_at(text, "was was"), "was was"),
                   ("hygiene.doubled-word", *_at(text, "the the"), "the the")]
    assert _at(text, "was was") == (8, 16) and _at(text, "the the") == (10, 20)   # after `[^1]: `; the indent


def test_guard_a_style_finding_in_a_footnote_keeps_its_fix():
    text = HEAD + "The council met.[^1]\n\n[^1]: The vote was on Sept 5th, 2023.\n"
    res = lint_bytes("a.md", text.encode("utf-8"), Config(select=("style",)))
    assert [(d.rule, d.line) for d in res.diagnostics] and all(d.line == 8 for d in res.diagnostics)
    assert any(d.fix is not None for d in res.diagnostics)


def test_guard_a_word_label_marker_is_no_repeated_word():
    # the label as text read `note note` beside a word; as a marker it is no word
    text = HEAD + "The council voted on the note[^note] today.\n\n[^note]: From the minutes.\n"
    assert _findings(text, ("hygiene.doubled-word",)) == []
    guard = HEAD + "The council voted on the note note today.\n"
    assert [f[0] for f in _findings(guard, ("hygiene.doubled-word",))] == ["hygiene.doubled-word"]


def test_vale_existence_and_repetition_skip_the_marker_but_read_the_note(run_cli, tmp_path):
    rules = {"T/Ex": "extends: existence\nmessage: \"'%s'\"\ntokens: [source]\n",
             "T/Rep": "extends: repetition\nmessage: \"'%s' twice\"\ntokens: ['[^\\s]+']\n"}
    doc = "# Council votes\n\nThe plan works.[^source] [^source]\n\n[^source]: The source was the the minutes.\n"
    root = vale_project(tmp_path, "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = T\n",
                        rules, {"a.md": doc})
    got = lines(run_cli("check", "--format", "vale", "a.md", cwd=root))
    (ex_line, ex_col), (rep_line, rep_col) = _at(doc, "source was"), _at(doc, "the the")
    assert got == [f"a.md:{ex_line}:{ex_col}:T.Ex:'source'", f"a.md:{rep_line}:{rep_col}:T.Rep:'the' twice"]


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_guard_vale_spelling_reads_no_marker_label_and_places_the_note_word(run_cli, tmp_path):
    rule = "extends: spelling\nmessage: \"'%s'?\"\n"
    doc = "# Council votes\n\nThe plan[^zorblax] works.\n\n[^zorblax]: Teh council agreed.\n"
    root = vale_project(tmp_path, "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = T\n",
                        {"T/R": rule}, {"a.md": doc})
    line, col = _at(doc, "Teh")
    assert lines(run_cli("check", "--format", "vale", "a.md", cwd=root)) == [f"a.md:{line}:{col}:T.R:'Teh'?"]


# --- the story's flow ---------------------------------------------------------------------------

def test_guard_a_quote_left_open_does_not_run_on_into_a_footnote():
    # the note is no paragraph the quote could run on into, though it opens with a mark
    text = HEAD + 'Lee said: "We lost.[^1]\n\n[^1]: "From the minutes," the clerk wrote.\n'
    got = _findings(text, ("quotes.unbalanced",))
    assert [(rule, line, col) for rule, line, col, _ in got] == [("quotes.unbalanced", *_at(text, '"We'))]


def test_guard_a_stray_mark_inside_a_footnote_is_still_unbalanced():
    text = HEAD + 'The council met.[^1]\n\n[^1]: The clerk wrote "from the minutes.\n'
    got = _findings(text, ("quotes.unbalanced",))
    assert [(rule, line, col) for rule, line, col, _ in got] == [("quotes.unbalanced", *_at(text, '"from'))]


def test_a_quote_runs_on_over_a_definition_written_between_its_paragraphs():
    # the page shows the note at the end, and the two paragraphs one after the other;
    # read as a paragraph, the definition parted them: both marks were unbalanced
    text = (HEAD + 'Lee said: "We lost.[^1]\n\n[^1]: From the minutes.\n\n'
            '"We will win," Lee said.\n')
    assert _findings(text, ("quotes.unbalanced",)) == []


def test_guard_a_quote_still_runs_on_between_story_paragraphs():
    text = HEAD + 'Lee said: "We lost.\n\n"We will win," Lee said.[^1]\n\n[^1]: From the minutes.\n'
    assert _findings(text, ("quotes.unbalanced",)) == []


def test_a_footnote_is_no_preamble_byline():
    text = "The council met.[^1]\n\n[^1]: By Jane Doe, from the minutes.\n"
    assert [p.kind for p in _parts(text)] == ["paragraph", "footnote"]


# --- loading ------------------------------------------------------------------------------------

def _loads_plugin(tmp_path, body: str) -> bool:
    (tmp_path / "a.md").write_text(body, encoding="utf-8")
    code = ("import sys\nfrom lint.readers import read_bytes\n"
            f"read_bytes('a.md', open({str(tmp_path / 'a.md')!r}, 'rb').read())\n"
            "print('mdit_py_plugins' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    return out.stdout.strip() == "True"


def test_the_footnote_plugin_loads_only_for_a_file_that_holds_a_marker(tmp_path):
    assert _loads_plugin(tmp_path, HEAD + "The council met.[^1]\n\n[^1]: A note.\n")
    assert not _loads_plugin(tmp_path, HEAD + "The council met [on Tuesday](https://example.org).\n")


# --- work ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("run", ["[^", "[^a", "[^1 ", "[^[a"])
def test_a_run_of_unended_markers_is_searched_about_once_per_character(monkeypatch, run):
    # the plugin's marker rule scanned from every `[^` to the next `]`, space or
    # line break: quadratic in a run without one (131 s for 40 KB); counted, not timed
    from lint.readers import _md_notes
    searched = [0]
    original = _md_notes.next_end

    def counted(src, p, limit):
        found = original(src, p, limit)
        searched[0] += found - p + 1
        return found

    monkeypatch.setattr(_md_notes, "next_end", counted)
    n = 2000
    text = HEAD + "[^1]: A note.\n\nx" + run * n + " and[^1] on.\n"
    body = [p for p in read_bytes("a.md", text.encode()).parts if p.kind == "paragraph"]
    assert body and body[0].text.endswith(" and on.") and "[^" in body[0].text
    assert 0 < searched[0] <= 3 * len(text)


# --- a footnote's quotes ------------------------------------------------------------------------

def test_a_footnote_quotes_marks_count_in_the_article_style_and_nest():
    text = (HEAD + 'The council said "it passed" and "it is done" and "we won."[^1]\n\n'
            '[^1]: The clerk wrote \u201cthe vote was final\u201d and "he said "no" twice."\n')
    got = [(rule, line, col) for rule, line, col, _ in _findings(text, ("quotes",))]
    assert got == [("quotes.mixed-marks", *_at(text, "\u201cthe")), ("quotes.nested-same-mark", *_at(text, '"no"'))]


def test_a_quotation_in_a_footnote_is_left_alone_as_in_the_body():
    # a mention of the slip, quoted, is no slip; outside the quotation the same words are
    text = HEAD + 'The council met.[^1]\n\n[^1]: The minutes fixed the "the the" typo. It was was late.\n'
    got = _findings(text, ("hygiene.doubled-word",))
    assert got == [("hygiene.doubled-word", *_at(text, "was was"), "was was")]


def test_guard_a_quote_in_a_footnote_needs_no_attribution():
    text = HEAD + 'Lee said "we lost" on Tuesday.[^1]\n\n[^1]: "Minutes of the council," 2024.\n'
    assert _findings(text, ("quotes.unattributed",)) == []
    as_body = HEAD + 'Lee said "we lost" on Tuesday.\n\n"Minutes of the council," 2024.\n'
    assert [f[0] for f in _findings(as_body, ("quotes.unattributed",))] == ["quotes.unattributed"]
