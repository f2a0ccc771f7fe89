"""fx514 (qa369 #7): under a DOCTYPE naming a DTD, an entity left out of the
text (`&widget;`) between white space reads as a no-break space (`_xml.GAP`),
so 'the &widget; the' is no doubled word; glued to a word it still reads as
nothing (qa353: 'IMG&bogus;_1234.jpg' is one file name). Guards: positions
after it, a real doubled word beside it, blank credits and alts made of it,
a malformed credit around it."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from lint.readers._xml import GAP, parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCTYPE = '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'


def _nitf(body: str, media: str = "") -> str:
    return (DOCTYPE + "<nitf><body><body.head><hedline><hl1>Council meets</hl1></hedline></body.head>"
            f"<body.content>\n{body}\n{media}</body.content></body></nitf>\n")


def _media(ref: str, more: str = "", caption: str = "The mayor speaks.") -> str:
    return (f'<media media-type="image">\n<media-reference source="a.jpg" {ref}/>\n'
            f"<media-caption>{caption}</media-caption>{more}\n</media>\n")


def _lint(tmp_path, text: str):
    (tmp_path / "a.xml").write_bytes(text.encode("utf-8"))
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json",
                           "--published", "2024-03-05", "a.xml"], cwd=tmp_path, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout) if done.stdout.strip() else []


def _rules(found, rule: str) -> list:
    return [f for f in found if f["rule"] == rule]


def _at(text: str, f: dict) -> str:
    return text.split("\n")[f["line"] - 1][f["column"] - 1:]


@pytest.mark.parametrize("xml, text", [
    ("<p>the &w; the</p>", "the " + GAP + " the"),
    ("<p>the &w;\nthe</p>", "the " + GAP + "\nthe"),
    ("<p>x &w;y</p>", "x y"),                       # glued after: nothing
    ("<p>x&w; y</p>", "x y"),                       # glued before: nothing
    ("<p>x &w;<b>y</b></p>", "x y"),                # an element after: nothing
    ("<p>x &w;<!-- c --> y</p>", "x  y"),           # a comment after: nothing
    ("<p>IMG&w;_1.jpg</p>", "IMG_1.jpg"),
    ("<p>x &w; &v; y</p>", "x " + GAP + " " + GAP + " y"),
])
def test_a_left_out_entity_between_spaces_reads_as_gap(xml, text):
    unread: list = []
    root = parse(DOCTYPE + "<nitf>" + xml + "</nitf>", unread=unread)
    assert root.child("nitf").text() == text and unread


def test_no_doubled_word_across_the_entity_in_a_caption(tmp_path):
    found = _lint(tmp_path, _nitf("<p>Body.</p>", _media('alternate-text="Mayor" source-credit="AP"',
                                                       caption="He said the &widget; the vote was close.")))
    assert not _rules(found, "hygiene.doubled-word") and len(_rules(found, "file.xml")) == 1, found


def test_guard_a_real_doubled_word_beside_the_entity_is_found_in_place(tmp_path):
    text = _nitf("<p>He said the the &widget; vote was close TK.</p>")
    found = _lint(tmp_path, text)
    doubled, tk = _rules(found, "hygiene.doubled-word"), _rules(found, "hygiene.placeholder")
    assert len(doubled) == 1 and _at(text, doubled[0]).startswith("the the &widget;"), found
    assert len(tk) == 1 and _at(text, tk[0]).startswith("TK."), found


def test_guard_blank_credit_and_alt_of_only_the_entity_still_found(tmp_path):
    found = _lint(tmp_path, _nitf("<p>Body.</p>", _media('alternate-text=" &widget; "',
                                                       more="<media-producer> &widget; </media-producer>")))
    assert _rules(found, "captions.missing-alt") and _rules(found, "captions.empty-credit"), found
    assert len(_rules(found, "file.xml")) == 2, found


def test_guard_a_spaced_gap_in_a_credit_keeps_it_malformed(tmp_path):
    found = _lint(tmp_path, _nitf("<p>Body.</p>", _media('alternate-text="Mayor"',
                                                       more="<media-producer>Ana Ruiz &bogus; / AP</media-producer>")))
    assert _rules(found, "captions.malformed-credit"), found


def test_guard_gap_is_never_rewritten_by_a_fix(tmp_path):
    text = _nitf("<p>He said the &widget; the vote was close.</p>\n<p>It was was late.</p>")
    (tmp_path / "a.xml").write_bytes(text.encode("utf-8"))
    subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--fix", "a.xml"], cwd=tmp_path,
                   capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    assert (tmp_path / "a.xml").read_text() == text.replace("was was", "was")
