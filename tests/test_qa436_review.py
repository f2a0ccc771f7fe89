"""qa436: review of fx574 (the --fix hold on a speaker's words, 6e49e05e..03ad83cb):
block quotations, guillemets, low and turned single marks, quotations of
headlines/deks/captions, the plural-possessive exception, combining marks.

Faults are strict xfails stating what a desk expects; the plain tests guard
the nearest shapes that work now."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from lint.config import Config
from lint.engine import active_rules
from lint.fixes import fix_bytes

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _rules(tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yaml").write_text(SWAPS, encoding="utf-8")
    return str(tmp_path / "rules")


def _fix(tmp_path, text, path="a.txt", select=("house",)):
    config = Config(select=select, rule_dirs=(_rules(tmp_path),))
    return fix_bytes(path, text.encode("utf-8"), config, rules=active_rules(config))


def _held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


HELD = [("alright", "quotation"), ("it is", "quotation")]


# --- #1 HIGH (new in 5b5b06e5): the plural-possessive exception drops real quotations ---------

@pytest.mark.parametrize("text", [
    "Fees\n\nShe called it 'it is alright for the kids' and left.\n",
    # British style: single marks first, no comma before the attribution
    "Fees\n\n\u2018It is alright for the fans\u2019 said Smith.\n",
    "Fees\n\nHe called the deal \u2018alright, it is fine for the players\u2019 in a statement.\n",
])
def test_single_quote_ending_in_s_before_a_word_is_still_a_quotation(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert {k for _, k in _held(outcome)} == {"quotation"}


@pytest.mark.parametrize("text", [
    # the shape the exception was made for, straight marks (fx574 guards the curly one)
    "Fees\n\nFans of the 'Canes said it is alright, the players' union said.\n",
])
def test_guard_elision_then_plural_possessive_is_no_quotation(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert "it's all right" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    "Fees\n\nShe said 'it is alright for the kids,' and left.\n",        # comma inside: closed after a comma
    "Fees\n\nShe said \u2018it is alright for the kids.\u2019\n",         # closed at the paragraph's end
    "Fees\n\nShe said 'it is alright for the kids' - and left.\n",       # a dash, not a word, follows
])
def test_guard_quotation_ending_in_s_not_before_a_word_is_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


# --- #2 MED (new in 5b5b06e5): a Markdown '>' note or callout is held as a quotation ------------

@pytest.mark.xfail(strict=True, reason="qa436 #2: a Markdown '>' callout or editor's note (the paper's own "
                   "words, e.g. GitHub's > [!NOTE], '> Note:' as in mdrepos' UCLA/18F posts) is held as a "
                   "speaker's quotation; --fix leaves it and says 'inside a direct quotation'")
@pytest.mark.parametrize("text", [
    "# Fees\n\n> [!NOTE]\n> It is alright to republish this story.\n\nThe vote is Friday.\n",
    "# Fees\n\n> Note: It is alright to republish this story.\n\nThe vote is Friday.\n",
    "# Fees\n\n> **Editor's note:** It is alright to republish this story.\n\nThe vote is Friday.\n",
])
def test_markdown_note_callout_is_not_a_speakers_quotation(tmp_path, text):
    outcome = _fix(tmp_path, text, "a.md")
    assert "It's all right to republish" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("path, text", [
    ("a.md", "# Fees\n\nShe wrote:\n\n> It is alright, we will pay. \u2014 **Jane Roe**\n\nThe vote is Friday.\n"),
    # a testimonial block (18F's class="testimonial-blockquote"): no pull-quote name, a speaker's words
    ("a.html", '<html><body><h1>Fees</h1><p>She wrote.</p><blockquote class="testimonial-blockquote">'
               "<p>It is alright, we will pay.</p></blockquote><p>The vote.</p></body></html>\n"),
])
def test_guard_block_quotation_of_a_speaker_is_held(tmp_path, path, text):
    outcome = _fix(tmp_path, text, path)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


# --- #3 LOW (new in 5b5b06e5): guillemets as navigation markup read as a quotation --------------

@pytest.mark.xfail(strict=True, reason="qa436 #3: '\u00ab Previous ... Next \u00bb' and a '\u00bb' breadcrumb "
                   "followed by '\u00ab Back' in one paragraph are read as a guillemet quotation: the swap "
                   "between them is held")
@pytest.mark.parametrize("text", [
    "Fees\n\n\u00ab Previous | It is alright to park here | Next \u00bb\n",
    "Fees\n\nHome \u00bb Sports. It is alright to park here, the city says. \u00ab Back\n",
])
def test_guillemets_as_navigation_quote_nothing(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert "It's all right to park" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    "Fees\n\nIl a dit\u00a0: \u00ab\u00a0It is alright\u00a0\u00bb, puis il est parti.\n",
    "Fees\n\nHome \u00bb Sports \u00bb Football\n\nIt is alright to park here, the city says.\n",
])
def test_guard_guillemets(tmp_path, text):
    outcome = _fix(tmp_path, text)
    if "\u00ab" in text:
        assert outcome.fixed == text and _held(outcome) == HELD
    else:
        assert "It's all right to park" in outcome.fixed and not outcome.result.held


# --- guards: --fix twice on mixed stories, counts agree -----------------------------------------

STORIES = {
    "a.md": "---\ntitle: \"Mayor says \u201cit is alright\u201d\"\ndescription: \"\u201cIt is alright,\u201d the mayor"
            " says\"\n---\n\n# Mayor says fees are alright\n\nThe mayor said on Tuesday, Jan. 5 that it is alright."
            "\n\n> It is alright, she said.\n\n\"It is alright,\" she said.She left early.\u2018It is alright,\u2019"
            " he said.\n\nHe said, \u00bbIt is alright,\u00ab and left in the 1990's .\n",
    "b.txt": "Mayor says fees alright\r\n\r\nThe mayor said it is alright on Tuesday, Jan. 5.\r\n\r\n\"It is alright,"
             "\" she said.She left early.\u2018It is alright,\u2019 he said  twice.\r\n",
    "c.html": "<html><head><title>Fees &amp; more</title></head><body><h1>Fees &amp; &ldquo;it is alright&rdquo;</h1>"
              "<p>The mayor said it is alright &mdash; on Tuesday, Jan. 5.</p><blockquote><p>It is alright &amp; fine, in"
              " the 1990's.</p></blockquote><figure><img src=\"x.jpg\"><figcaption>&ldquo;It is alright,&rdquo; says "
              "Smith.</figcaption></figure><p>&laquo;It is alright,&raquo; he said.</p></body></html>\n",
    "d.nitf": '<?xml version="1.0"?>\n<nitf><head><title>Fees</title></head><body><body.head><hedline><hl1>Mayor: '
              "\u201cit is alright\u201d</hl1></hedline></body.head><body.content><p>The mayor said it is alright on Jan."
              " 5.</p><bq><block><p>It is alright &amp; it is fine.</p></block></bq><p>\u201cIt is alright,\u201d she"
              " said.</p></body.content></body></nitf>\n",
}


def _cli(tmp_path, *args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "lint", "check", "--rules", str(tmp_path / "rules"), *args],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)


def test_guard_fix_twice_on_mixed_stories_is_stable_and_counts_agree(tmp_path):
    _rules(tmp_path)
    (tmp_path / "st").mkdir()
    for name, text in STORIES.items():
        (tmp_path / "st" / name).write_bytes(text.encode("utf-8"))
    check = _cli(tmp_path, "st")
    fixable = int(re.search(r"(\d+) fixable with --fix", check.stdout).group(1))
    diff = _cli(tmp_path, "--diff", "st")
    would = int(re.search(r"(\d+) fix(?:es)? would be applied", diff.stderr).group(1))
    first = _cli(tmp_path, "--fix", "st")
    fixed = int(re.search(r"newslint: fixed (\d+) problems?", first.stderr).group(1))
    assert fixable == fixed == would
    once = {n: (tmp_path / "st" / n).read_bytes() for n in STORIES}
    second = _cli(tmp_path, "--fix", "st")
    assert not re.search(r"newslint: fixed [1-9]", second.stderr)
    assert {n: (tmp_path / "st" / n).read_bytes() for n in STORIES} == once
    # CRLF kept; every quotation's words left to the writer, the narrative's swapped
    b = once["b.txt"].decode("utf-8")
    assert "\r\n" in b and "\n" not in b.replace("\r\n", "")
    assert "The mayor said it's all right on Tuesday" in b
    assert b.count("It is alright,") == 2
    c = once["c.html"].decode("utf-8")
    assert "<blockquote><p>It is alright &amp; fine, in the 1990s.</p></blockquote>" in c   # a style fix still written
    assert "&ldquo;It is alright,&rdquo; says" in c and "&laquo;It is alright,&raquo;" in c
    d = once["d.nitf"].decode("utf-8")
    assert "<bq><block><p>It is alright &amp; it is fine.</p></block></bq>" in d
    a = once["a.md"].decode("utf-8")
    assert "\u00bbIt is alright,\u00ab" in a and "\u2018It is alright,\u2019" in a and "> It is alright, she said." in a
    assert "that it's all right." in a


# Cases whose outcome a take-back changed: each a strict xfail at run time, named by its test id.
_RUNTIME_XFAIL = {
    "test_guard_elision_then_plural_possessive_is_no_quotation[Fees\\n\\nFans of the 'Canes said it is alright, the players' union said.\\n]": "taken back in lead61 (qa436 #1): a single quote closed by a plural possessive is read as a quotation again, so an elision's swap is held (qa429 #4 open)",
}
