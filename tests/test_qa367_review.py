"""qa367: review of fx500 (a43190ae..76f1e512): an `existence` token of plain
words matches over a line wrap in one part (`_alternation.key_pattern`,
shared with `substitution`), and hygiene.boilerplate's closing copyright
tagline stays spared wrapped over two to eight lines (`_closing_spans`,
`_wrapped`, `_spared`).

Strict xfails state what a desk expects and does not get today (qa367 #N);
the plain tests guard the nearest shapes that work now. Over the shared
corpora (mdrepos, realhtml, BBC, TimeBank, PolNeAR train/dev, NewsML-G2,
WordPress) the four packs' rules with `extends: existence` give the same
findings before and after the change.
"""
from __future__ import annotations

import json
import re

import pytest

from lint import lint_text
from lint.config import Config
from courier_helpers import house, source_at

BOILERPLATE = Config(select=("hygiene.boilerplate",))
STORY = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n\n"


def found(text: str, path: str = "s.txt") -> list[tuple]:
    return [(d.line, d.column, d.end_line, d.end_column, d.message)
            for d in lint_text(text, path, config=BOILERPLATE)]


PITCH = "CMS boilerplate in the copy: 'Sign up for our newsletter'; delete it"
RIGHTS = "CMS boilerplate in the copy: 'All rights reserved'; delete it"


# --- #1 a pitch wrapped on lines of its own under the copyright line is spared ------------

@pytest.mark.xfail(strict=True, reason="qa367 #1: a newsletter pitch wrapped over lines of its own under the "
                   "closing copyright line is spared (the wrapped span runs from the copyright line to the "
                   "story's end, whatever lines follow it); on one line under it, it is reported")
@pytest.mark.parametrize("credit", ["", "(AP)\n"])
def test_a_wrapped_pitch_under_the_copyright_line_is_reported(credit):
    text = STORY + "Copyright 2026 Lakeshore Ledger.\nSign up for our\nnewsletter at ledger.com.\n" + credit
    assert [f[:4] + (f[4],) for f in found(text)] == [(6, 1, 7, 11, PITCH)]


@pytest.mark.parametrize("credit", ["", "(AP)\n"])
def test_guard_the_pitch_on_one_line_under_the_copyright_line_is_reported(credit):
    text = STORY + "Copyright 2026 Lakeshore Ledger.\nSign up for our newsletter at ledger.com.\n" + credit
    assert found(text) == [(6, 1, 6, 27, PITCH)]


def test_guard_a_wrapped_pitch_before_the_copyright_line_is_reported():
    text = STORY[:-1] + "Sign up for our\nnewsletter today.\nCopyright 2026 Lakeshore Ledger.\n"
    assert found(text) == [(4, 1, 5, 11, PITCH)]


# --- #2 a wrapped tagline with a footer or two credits after it in its paragraph ----------

@pytest.mark.xfail(strict=True, reason="qa367 #2: a wrapped tagline is spared under a page footer's links or "
                   "before two credit lines when they stand in its paragraph: the span is read to the "
                   "paragraph's last line, not to the line the tagline ends on; on one line it is reported")
@pytest.mark.parametrize("after", ["Privacy Policy | Terms of Use\n", "\u2014 Reuters\n(Reporting by Jane Doe)\n"])
def test_a_wrapped_tagline_under_a_footer_in_its_paragraph_is_reported(after):
    assert len(found(STORY + "Copyright 2026 Ledger. All rights\nreserved.\n" + after)) == 1


@pytest.mark.parametrize("after", ["Privacy Policy | Terms of Use\n", "\u2014 Reuters\n(Reporting by Jane Doe)\n"])
def test_guard_the_one_line_tagline_under_a_footer_in_its_paragraph_is_reported(after):
    assert found(STORY + "Copyright 2026 Ledger. All rights reserved.\n" + after) == [(5, 24, 5, 43, RIGHTS)]


# --- #3 a wrapped tagline whose phrase is whole on its last line -------------------------

@pytest.mark.xfail(strict=True, reason="qa367 #3: a copyright tagline wrapped before the phrase ('Copyright 2026 "
                   "The Lakeshore' / 'Ledger. All rights reserved.') is reported, though the docs say a "
                   "tagline wrapped over two to eight lines is spared as its one line is")
@pytest.mark.parametrize("credit", ["", "(AP)\n", "\n\u2014 Reuters\n"])
def test_a_tagline_wrapped_before_its_phrase_is_spared(credit):
    assert found(STORY + "Copyright 2026 The Lakeshore\nLedger. All rights reserved.\n" + credit) == []


@pytest.mark.parametrize("credit", ["", "(AP)\n", "\n\u2014 Reuters\n"])
def test_guard_a_tagline_wrapped_inside_its_phrase_is_spared(credit):
    assert found(STORY + "Copyright 2026 The Lakeshore\nLedger. All rights\nreserved.\n" + credit) == []


# --- #4 docs: a phrase on its own lines under a copyright line ---------------------------

@pytest.mark.xfail(strict=True, reason="qa367 #4: docs/hygiene.md says a phrase on a line of its own under a "
                   "copyright line is judged by its own line (reported); wrapped over two lines of its own "
                   "it is spared")
def test_the_phrase_on_lines_of_its_own_under_a_copyright_line_is_judged_as_on_one():
    one = found(STORY + "Copyright 2026 Lakeshore Ledger.\nAll rights reserved.\n")
    wrapped = found(STORY + "Copyright 2026 Lakeshore Ledger.\nAll rights\nreserved.\n")
    assert len(one) == 1
    assert len(wrapped) == 1


# --- #5 the literal prefilter of a plain-phrase rule ---------------------------------------

def test_a_paragraph_without_the_phrase_is_not_scanned(tmp_path, monkeypatch):
    from lint.kinds import existence
    scanned = []
    real = existence.Existence._pattern_for

    def spy(self, text):
        scanned.append(text)
        return real(self, text)
    monkeypatch.setattr(existence.Existence, "_pattern_for", spy)
    rule = ('extends: existence\nmessage: "avoid %s"\nlevel: warning\nignorecase: true\n'
            "tokens: [in order to, at this point in time]\n")
    text = ("Council budget\n\nThe order came in March.\n\nAt this point the vote was\nset. "
            "In order to pass it, they met.\n")
    assert [f[:2] for f in house(tmp_path, rule, text)] == [(6, 6)]
    assert [t for t in scanned if "order came" in t] == []


def test_guard_a_plain_phrase_rule_still_finds_the_wrapped_phrase(tmp_path):
    rule = ('extends: existence\nmessage: "avoid %s"\nlevel: warning\nignorecase: true\n'
            "tokens: [in order to, at this point in time]\n")
    text = "Council budget\n\nThey met in order\nto vote. At this point\nin time, it passed.\n"
    assert [f[:4] + (f[4],) for f in house(tmp_path, rule, text)] == [
        (3, 10, 4, 3, "avoid in order to"), (4, 10, 5, 8, "avoid At this point in time")]


# --- #6 a house `closing` anchored with ^ or \A --------------------------------------------

HOUSE_CLOSING = ('extends: existence\nmessage: "boilerplate: %s"\nlevel: warning\nignorecase: true\n'
                 "tokens: [all rights reserved]\nclosing: '{}'\n")
TAIL = "Ex-treasurer sentenced\n\nKessler must report to prison by Jan. 4.\n"     # the tagline joins this paragraph


@pytest.mark.xfail(strict=True, reason="qa367 #6: a house `closing` anchored with ^, (?m)^ or \\A spares the "
                   "tagline on one line but not wrapped after other lines of its paragraph: the wrapped "
                   "reading tries it mid-text, where the anchor never holds")
@pytest.mark.parametrize("closing", [r"^(?:Copyright|©) \d{4}", r"(?m)^(?:Copyright|©) \d{4}", r"\A(?:Copyright|©) \d{4}"])
def test_an_anchored_house_closing_spares_the_wrapped_tagline(tmp_path, closing):
    assert house(tmp_path, HOUSE_CLOSING.format(closing), TAIL + "Copyright 2026 Ledger. All rights\nreserved.\n") == []


@pytest.mark.parametrize("closing", [r"(?:Copyright|©) \d{4}", r"^(?:Copyright|©) \d{4}", r"\A(?:Copyright|©) \d{4}"])
def test_guard_a_house_closing_spares_the_one_line_tagline(tmp_path, closing):
    assert house(tmp_path, HOUSE_CLOSING.format(closing), TAIL + "Copyright 2026 Ledger. All rights reserved.\n") == []


def test_guard_an_unanchored_house_closing_spares_the_wrapped_tagline(tmp_path):
    closing = r"(?:Copyright|©) \d{4}"
    assert house(tmp_path, HOUSE_CLOSING.format(closing), TAIL + "Copyright 2026 Ledger. All rights\nreserved.\n") == []


# --- #7 a credit line wrapped over two lines ------------------------------------------------

WRAPPED_CREDIT = "(Reporting by Jane Doe in London; additional reporting by\nJohn Roe in Paris; Editing by Mark Potter)\n"


@pytest.mark.xfail(strict=True, reason="qa367 #7: a wire credit wrapped over two lines ('(Reporting by ... "
                   "additional reporting by' / 'John Roe ...; Editing by Mark Potter)') is no closing-after line: "
                   "the tagline before it, wrapped (new with fx500) or not, is reported")
@pytest.mark.parametrize("tagline", ["Copyright 2026 Lakeshore Ledger. All rights\nreserved.",
                                     "Copyright 2026 Lakeshore Ledger. All rights reserved."])
def test_a_tagline_before_a_wrapped_credit_is_spared(tagline):
    assert found(STORY + tagline + "\n\n" + WRAPPED_CREDIT) == []


@pytest.mark.parametrize("tagline", ["Copyright 2026 Lakeshore Ledger. All rights\nreserved.",
                                     "Copyright 2026 Lakeshore Ledger. All rights reserved."])
def test_guard_a_tagline_before_the_credit_on_one_line_is_spared(tagline):
    assert found(STORY + tagline + "\n\n" + WRAPPED_CREDIT.replace("\nJohn", " John")) == []


# --- #8 a wrap that opens a line with 'copyright <year>' mid-sentence ----------------------

@pytest.mark.xfail(strict=True, reason="qa367 #8: a mid-sentence wrap that opens a line of the last paragraph "
                   "with 'copyright 2019' spares a pitch wrapped on the lines after it")
def test_a_pitch_after_a_mid_sentence_copyright_wrap_is_reported():
    text = STORY + "The paper lost its\ncopyright 2019 lawsuit on appeal. Sign up for our\nnewsletter for updates.\n"
    assert [f[:4] for f in found(text)] == [(6, 35, 7, 11)]


def test_guard_the_same_paragraph_unwrapped_before_copyright_is_reported():
    text = STORY + "The paper lost its copyright 2019 lawsuit on appeal. Sign up for our\nnewsletter for updates.\n"
    assert [f[:4] for f in found(text)] == [(5, 54, 6, 11)]


# --- #9 the message over a Unicode line break ---------------------------------------------

@pytest.mark.parametrize("sep", ["\u2028", "\u2029", "\x85", "\x0c", "\x0b"])
def test_the_message_quotes_the_phrase_with_one_space(tmp_path, sep):
    rule = 'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [sources say]\n'
    assert [f[4] for f in house(tmp_path, rule, "Hed\n\nThe plan passed, sources" + sep + "say.\n")] == ["no sources say"]


@pytest.mark.parametrize("sep", ["\n", "\r\n", "\r", "\n\t", "\n   "])
def test_guard_the_message_over_a_line_break_has_one_space(tmp_path, sep):
    rule = 'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [sources say]\n'
    assert [f[4] for f in house(tmp_path, rule, "Hed\n\nThe plan passed, sources" + sep + "say.\n")] == ["no sources say"]


# --- guards: positions at the text over formats, CRLF and entities -------------------------

FM = "---\ntitle: Council approves budget\nauthor: Jane\n---\n\n# Council approves budget\n\n"
HTML = ("<html><head><title>Council approves budget</title></head><body><h1>Council approves budget</h1>"
        "<p>The council met on Monday.</p>\n")


@pytest.mark.parametrize("text, path, at", [
    (FM + "The board met. Sign up for our\nnewsletter today.\n\nMore here.\n", "p.md", "Sign up for our\nnewsletter"),
    ((FM + "The board met. Sign up for our\nnewsletter today.\n\nMore here.\n").replace("\n", "\r\n"), "p.md",
     "Sign up for our\r\nnewsletter"),
    ("# Hed\r\n\r\n> AT&amp;T said. Sign up for our\r\n> newsletter today.\r\n\r\nMore.\r\n", "p.md",
     "Sign up for our\r\n> newsletter"),
    ("# Hed\n\n- > AT&amp;T said. Sign up for our\n  > newsletter today.\n\nMore.\n", "p.md",
     "Sign up for our\n  > newsletter"),
    ("# Hed\n\nAT&amp;T said. Sign up&#160;for *our*\nnewsletter today.\n\nMore.\n", "p.md",
     "Sign up&#160;for *our*\nnewsletter"),
    ("# Hed\n\n\U0001F600 said. Sign up for our\nnewsletter today.\n\nMore.\n", "p.md", "Sign up for our\nnewsletter"),
    (HTML + "<p>AT&amp;T said. Sign up&nbsp;for <em>our</em>\r\nnewsletter today.</p><p>More.</p></body></html>\n",
     "p.html", "Sign up&nbsp;for <em>our</em>\r\nnewsletter"),
    (HTML + "<p>The board met. Sign up for our<br/>\nnewsletter today</p><p>More.</p></body></html>\n",
     "p.html", "Sign up for our<br/>\nnewsletter"),
])
def test_guard_a_wrapped_phrase_is_placed_exactly_at_its_text(text, path, at):
    result = found(text, path)
    assert [" ".join(f[4].split()) for f in result] == [PITCH]      # (a no-break space is quoted as it is)
    assert source_at(text, result[0]) == at


@pytest.mark.parametrize("text, path", [
    ("# Sign up for our\nnewsletter archive is here.\n\nMore here.\n", "p.md"),                 # heading, paragraph
    ("# Hed\n\n| a | b |\n| --- | --- |\n| sign up for our | x |\n| newsletter | b |\n\nMore.\n", "p.md"),
    (HTML + "<p>The board met. Sign up for our</p>\n<p>newsletter today.</p><p>More.</p></body></html>\n", "p.html"),
    (HTML + "<ul><li>Sign up for our</li>\n<li>newsletter today</li></ul><p>More.</p></body></html>\n", "p.html"),
    (HTML + "<table><tr><td>Sign up for our</td>\n<td>newsletter today</td></tr></table><p>M.</p></body></html>\n",
     "p.html"),
    (HTML + "<h2>Sign up for our</h2>\n<p>newsletter today.</p><p>More.</p></body></html>\n", "p.html"),
])
def test_guard_no_phrase_across_parts(text, path):
    assert found(text, path) == []


# --- guards: the tagline exemption over formats --------------------------------------------

T3 = "Copyright 2026 The Lakeshore\nLedger. All rights\nreserved."
NITF = ('<?xml version="1.0"?>\n<nitf><head><title>Council approves budget</title></head><body>'
        "<body.head><hedline><hl1>Council approves budget</hl1></hedline></body.head>"
        "<body.content>\n<p>The council met on Monday.</p>\n")


@pytest.mark.parametrize("text, path", [
    (FM + "The council met.\n\n" + T3 + "\n", "p.md"),
    ((FM + "The council met.\n\n" + T3 + "\n(AP)\n").replace("\n", "\r\n"), "p.md"),
    (FM + "The council met.\n\n&copy; 2026 The Lakeshore\nLedger. All rights\nreserved.\n", "p.md"),
    (HTML + "<p>Copyright 2026 The Lakeshore<br>Ledger. All rights<br>reserved.</p></body></html>\n", "p.html"),
    ((HTML + "<p>&copy; 2026 The Lakeshore\nLedger. All rights\nreserved.</p><p>&mdash; Reuters</p></body></html>\n")
     .replace("\n", "\r\n"), "p.html"),
    ((NITF + "<p>" + T3 + "</p>\n<p>(Reporting by Jane Doe; Editing by John Roe)</p>\n</body.content></body></nitf>\n")
     .replace("\n", "\r\n"), "s.nitf"),
    (NITF + "<p>Copyright 2026 The Lakeshore<br/>Ledger. All rights<br/>reserved.</p>\n</body.content></body></nitf>\n",
     "s.nitf"),
])
def test_guard_a_wrapped_tagline_is_spared_in_each_format(text, path):
    assert found(text, path) == []


# --- guards: Vale's own kind, --fix ----------------------------------------------------------

def test_guard_a_vale_existence_rule_keeps_vale_reading(run_cli, tmp_path):
    styles = tmp_path / "styles" / "House"
    styles.mkdir(parents=True)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n[*.md]\n"
                                        "BasedOnStyles = House\n", encoding="utf-8")
    (styles / "Say.yml").write_text('extends: existence\nmessage: "no %s"\nlevel: warning\nignorecase: true\n'
                                    "tokens:\n  - sources say\n", encoding="utf-8")
    (tmp_path / "post.md").write_text("# Council approves budget\n\nThe plan passed, sources\nsay. And sources "
                                      "say more.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "--vale-config", tmp_path / ".vale.ini", "--format", "json",
                     tmp_path / "post.md", cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stdout + result.stderr
    assert [(f["line"], f["column"], f["end_line"], f["end_column"]) for f in json.loads(result.stdout)] == [
        (4, 10, 4, 21)]


def test_guard_fix_swaps_beside_a_wrapped_existence_finding_and_keeps_it(run_cli, tmp_path):
    pack = tmp_path / "house" / "swap"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text('extends: substitution\nlevel: warning\nmessage: "use {replacement}"\n'
                                    "swap:\n  per cent: percent\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [swap, hygiene.boilerplate]\n",
                                             encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_bytes(b"# Council approves budget\r\n\r\nTaxes rose 4 per\r\ncent. Sign up for our\r\n"
                     b"newsletter today.\r\n\r\nMore here.\r\n")
    result = run_cli("check", "--no-cache", "--fix", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code == 1, result.stdout + result.stderr
    assert post.read_bytes() == (b"# Council approves budget\r\n\r\nTaxes rose 4 percent. Sign up for our\r\n"
                                 b"newsletter today.\r\n\r\nMore here.\r\n")
    left = json.loads(result.stdout)
    assert [(f["rule"], f["line"], f["column"], f["end_line"], f["end_column"]) for f in left] == [
        ("hygiene.boilerplate", 3, 23, 4, 11)]


def test_guard_existence_module_stays_under_400_lines():
    from pathlib import Path
    import lint.kinds.existence as existence
    assert len(Path(existence.__file__).read_text(encoding="utf-8").splitlines()) <= 399


def test_guard_key_pattern_reads_only_inner_spaces():
    from lint.kinds._alternation import key_pattern
    assert key_pattern("sources say") == (r"sources\s+say", True)
    assert key_pattern("sources  say") == (r"sources\s+say", True)
    assert key_pattern("click here to (?:subscribe)") == ("click here to (?:subscribe)", False)
    assert re.fullmatch(key_pattern("sign up for our newsletter")[0], "sign up\r\nfor our\n  newsletter")
