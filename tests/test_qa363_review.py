"""qa363: review of lead57's bec49c92..c0fc6cf4 (fx496): an existence
token's spaces matching a line wrap (7dc96e73), a named tuple's code kept
quietly (cc32b324), `_second_day_at`'s bounded cache (ba7014d9) and the move
of existence's option checks (c0fc6cf4). Strict xfails state what a desk
expects and does not get today; plain tests guard the nearest cases that
work now."""
from __future__ import annotations

import json

import pytest

HEAD = "---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\nThe council met on Monday.\n\n"
NITF_HEAD = ('<?xml version="1.0"?>\n<nitf><head><title>Council approves budget</title></head><body><body.head>'
             "<hedline><hl1>Council approves budget</hl1></hedline></body.head><body.content>\n"
             "<p>The council met on Monday.</p>\n")
NITF_TAIL = "</body.content></body></nitf>\n"
HTML_HEAD = ("<html><head><title>Council approves budget plan</title></head><body><article>"
             "<h1>Council approves budget plan</h1><p>The council met on Monday.</p>")
HTML_TAIL = "<p>More text follows here.</p></article></body></html>\n"


def _boilerplate(run_cli, tmp_path, text, name="post.md", newline=None):
    """hygiene.boilerplate's findings as (line, column, end_line, end_column, quoted)."""
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene.boilerplate]\n", encoding="utf-8")
    post = tmp_path / name
    post.write_text(text, encoding="utf-8", newline=newline)
    result = run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["message"].split("'")[1])
            for f in json.loads(result.stdout)]


# --- 7dc96e73: a wrapped copyright tagline before a credit line -------------------------

CREDITS = ["(Reporting by Jane Doe; Editing by John Roe)", "\u2014 Reuters", "(AP)",
           "Jane Doe contributed to this report."]


@pytest.mark.parametrize("credit", CREDITS)
def test_wrapped_tagline_before_a_credit_line_is_spared(run_cli, tmp_path, credit):
    tail = f"Copyright 2026 Lakeshore Ledger. All rights\nreserved.\n{credit}\n"
    assert _boilerplate(run_cli, tmp_path, HEAD + tail) == []


def test_wrapped_tagline_before_a_credit_paragraph_nitf(run_cli, tmp_path):
    text = (NITF_HEAD + "<p>Copyright 2026 Lakeshore Ledger. All rights\nreserved.</p>\n"
            "<p>(Reporting by Jane Doe; Editing by John Roe)</p>\n" + NITF_TAIL)
    assert _boilerplate(run_cli, tmp_path, text, name="story.nitf") == []


@pytest.mark.parametrize("credit", CREDITS)
def test_guard_one_line_tagline_before_a_credit_line_is_spared(run_cli, tmp_path, credit):
    tail = f"Copyright 2026 Lakeshore Ledger. All rights reserved.\n{credit}\n"
    assert _boilerplate(run_cli, tmp_path, HEAD + tail) == []


def test_guard_one_line_tagline_before_a_credit_paragraph_nitf(run_cli, tmp_path):
    text = (NITF_HEAD + "<p>Copyright 2026 Lakeshore Ledger. All rights reserved.</p>\n"
            "<p>(Reporting by Jane Doe; Editing by John Roe)</p>\n" + NITF_TAIL)
    assert _boilerplate(run_cli, tmp_path, text, name="story.nitf") == []


def test_tagline_wrapped_over_three_lines_is_spared(run_cli, tmp_path):
    tail = "Copyright 2026 The Lakeshore\nLedger. All rights\nreserved.\n"
    assert _boilerplate(run_cli, tmp_path, HEAD + tail) == []


@pytest.mark.parametrize("tail", [
    "Copyright 2026 Lakeshore Ledger. All rights\nreserved.\n",
    "Copyright 2026 Lakeshore Ledger. All\nrights reserved.\n",
    "Copyright 2026 Lakeshore Ledger. All rights  \nreserved.  \n",       # Markdown hard break
    "Copyright 2026 Lakeshore Ledger. All rights\nreserved\n",
    "*Copyright 2026 Lakeshore Ledger. All rights\nreserved.*\n",
])
def test_guard_wrapped_last_tagline_is_spared(run_cli, tmp_path, tail):
    assert _boilerplate(run_cli, tmp_path, HEAD + tail) == []


def test_guard_wrapped_last_tagline_is_spared_crlf(run_cli, tmp_path):
    text = (HEAD + "Copyright 2026 Lakeshore Ledger. All rights\nreserved.\n").replace("\n", "\r\n")
    assert _boilerplate(run_cli, tmp_path, text, newline="") == []


@pytest.mark.parametrize("name, text", [
    ("story.nitf", NITF_HEAD + "<p>Copyright 2026 Lakeshore Ledger. All rights\r\nreserved.</p>\n" + NITF_TAIL),
    ("page.html", HTML_HEAD +
     "<p>Copyright 2026 Lakeshore Ledger. All rights<br>reserved.</p></article></body></html>\n"),
    ("page.txt", "The council met on Monday.\n\nCopyright 2026 Lakeshore Ledger. All rights\nreserved.\n"),
])
def test_guard_wrapped_last_tagline_other_formats(run_cli, tmp_path, name, text):
    assert _boilerplate(run_cli, tmp_path, text, name=name, newline="") == []


def test_guard_copyright_then_phrase_on_its_own_line_as_before(run_cli, tmp_path):
    tail = "Copyright 2026 Lakeshore Ledger.\nAll rights reserved.\n"
    assert _boilerplate(run_cli, tmp_path, HEAD + tail) == [(9, 1, 9, 20, "All rights reserved")]


# --- 7dc96e73: where a wrapped phrase is, and is not, one phrase -------------------------

@pytest.mark.parametrize("block", [
    "Sign up for our\n\nnewsletter to hear more.\n",                 # a paragraph break
    "- Sign up for our\n- newsletter today\n",                        # two list items
    "1. Sign up for our\n\n   newsletter to hear more.\n",           # two paragraphs of one item
    "| a | Sign up for our |\n|---|---|\n| newsletter | x |\n",       # table rows
    "# Sign up for our\n\nnewsletter lede here.\n",                  # heading, then paragraph
])
def test_guard_no_phrase_across_a_block_boundary(run_cli, tmp_path, block):
    assert _boilerplate(run_cli, tmp_path, HEAD + block + "\nMore text here.\n") == []


@pytest.mark.parametrize("block", [
    "<ul><li>Sign up for our</li><li>newsletter today</li></ul>",
    "<table><tr><td>Sign up for our</td><td>newsletter today</td></tr></table>",
    "<h2>Sign up for our</h2><p>newsletter today</p>",
    "<p>Sign up for our</p><p>newsletter today</p>",
])
def test_guard_no_phrase_across_html_blocks(run_cli, tmp_path, block):
    assert _boilerplate(run_cli, tmp_path, HTML_HEAD + block + HTML_TAIL, name="page.html") == []


@pytest.mark.parametrize("block, span", [
    ("Sign up for our\nnewsletter to hear more.\n", (8, 1, 9, 11)),
    ("Sign up for our  \nnewsletter to hear more.\n", (8, 1, 9, 11)),      # hard break: one paragraph
    ("> Sign up for our\n> newsletter to hear more.\n", (8, 3, 9, 13)),
    ("- Sign up for our\n  newsletter to hear more.\n", (8, 3, 9, 13)),
    ("Sign up for our&nbsp;newsletter to hear more.\n", (8, 1, 8, 32)),   # (quoted with its no-break space)
])
def test_guard_wrapped_phrase_span_and_message(run_cli, tmp_path, block, span):
    found = _boilerplate(run_cli, tmp_path, HEAD + block + "\nMore text here.\n")
    assert [f[:4] + (" ".join(f[4].split()),) for f in found] == [span + ("Sign up for our newsletter",)]
    assert "\n" not in found[0][4]


def test_guard_wrapped_phrase_crlf_span(run_cli, tmp_path):
    text = (HEAD + "Sign up for our\nnewsletter to hear more.\n\nMore.\n").replace("\n", "\r\n")
    assert _boilerplate(run_cli, tmp_path, text, newline="") == [(8, 1, 9, 11, "Sign up for our newsletter")]


@pytest.mark.parametrize("block, span", [
    ("<p>Sign up for our\nnewsletter today</p>", (1, 151, 2, 11)),
    ("<p>Sign up for our\r\nnewsletter today</p>", (1, 151, 2, 11)),
    ("<p>Sign up for our<br>newsletter today</p>", (1, 151, 1, 180)),
])
def test_guard_wrapped_phrase_html_span(run_cli, tmp_path, block, span):
    found = _boilerplate(run_cli, tmp_path, HTML_HEAD + block + HTML_TAIL, name="page.html", newline="")
    assert found == [span + ("Sign up for our newsletter",)]


def test_guard_wrapped_phrase_nitf_crlf_span(run_cli, tmp_path):
    text = NITF_HEAD + "<p>Sign up for our\r\nnewsletter today.</p>\n<p>More.</p>\n" + NITF_TAIL
    assert _boilerplate(run_cli, tmp_path, text, name="story.nitf", newline="") == [
        (4, 4, 5, 11, "Sign up for our newsletter")]


@pytest.mark.xfail(strict=True, reason="qa363 #3: hygiene.boilerplate's regex-syntax tokens ('click here to "
                                       "(?:subscribe|...)', '(?:story|article) continues below') still miss the "
                                       "same pitch wrapped over a line break that its plain-word tokens now find")
@pytest.mark.parametrize("block", ["Click here\nto read more.\n", "Story\ncontinues below.\n"])
def test_regex_token_of_the_same_rule_over_a_wrap(run_cli, tmp_path, block):
    assert len(_boilerplate(run_cli, tmp_path, HEAD + block + "\nMore text here.\n")) == 1


@pytest.mark.parametrize("block", ["Click here to read more.\n", "Story continues below.\n"])
def test_guard_regex_token_on_one_line(run_cli, tmp_path, block):
    assert len(_boilerplate(run_cli, tmp_path, HEAD + block + "\nMore text here.\n")) == 1


def test_guard_substitution_fix_over_a_wrap_unchanged(run_cli, tmp_path):
    pack = tmp_path / "house" / "swap"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text('extends: substitution\nlevel: warning\nmessage: "use {replacement}"\n'
                                    "swap:\n  per cent: percent\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [swap]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(HEAD + "Taxes rose 4 per\ncent this year.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--fix", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.output
    assert post.read_text(encoding="utf-8") == HEAD + "Taxes rose 4 percent this year.\n"


# --- ba7014d9: _second_day_at's cache ------------------------------------------------------

@pytest.fixture
def empty_second_day_cache():
    from lint.analysis import day_pairs
    day_pairs._second_day_clear()
    yield day_pairs
    day_pairs._second_day_clear()


@pytest.mark.xfail(strict=True, reason="qa363 #4: the '4,096 answers' bound is checked only when another text "
                                       "is asked after: one text's asks grow the cache past it")
def test_second_day_cache_holds_at_most_4096_answers(empty_second_day_cache):
    d = empty_second_day_cache
    text = "Monday, March 3 and 4. " * 300
    for end in range(len(text)):
        d._second_day_at(text, end)
    assert len(d._ANSWERS) <= d._MOST_ANSWERS


def test_guard_second_day_answers_follow_an_edit(empty_second_day_cache):
    d = empty_second_day_cache
    before = "The vote is on March 3 and 4 at City Hall."
    end = before.index(" and")
    assert d._second_day_at(before, end) is not None
    after = before.replace(" and 4", " and the mayor")      # an edit in the language server
    assert d._second_day_at(after, end) is None
    assert d._second_day_at(before, end) is not None


# --- c0fc6cf4: option refusals unchanged by the move ---------------------------------------

@pytest.mark.parametrize("extra, said", [
    ('part-messages: {caption: "no {name}"}\n',
     "part-messages: the message for 'caption' names a {name} this kind never fills; write it out"),
    ('part-messages: {captoin: "x"}\n', "part-messages: 'captoin' is no part kind, so its message would never "
                                        "be used (did you mean caption?"),
    ('closing: "a?"\n', "closing: regex 'a?' matches empty text, so it would be found between characters"),
    ('shown-after: "(?r)x"\n', "shown-after: regex '(?r)x' can never hold: it is tried forward where the match "
                               "ends, so it takes no (?r) and no \\A (the part's start)"),
    ('shown-after: "x|(?:y)?|z"\n', "shown-after: regex 'x|(?:y)?|z': its branch 2 of 3 matches empty text, "
                                    "so the branches after it are never tried; put the empty branch last"),
])
def test_guard_existence_option_refusals(run_cli, tmp_path, extra, said):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text("extends: existence\nmessage: \"no '%s'\"\nlevel: warning\n" + extra +
                                    "tokens:\n  - sources say\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("# Hed\n\nThe plan, sources say.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "post.md", cwd=tmp_path)
    assert result.exit_code == 2
    assert said in result.stderr + result.stdout, result.stderr
