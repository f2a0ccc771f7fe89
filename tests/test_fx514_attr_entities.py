"""fx514 (qa369 #5): under a DOCTYPE naming a DTD, an entity no HTML table
names written inside an attribute value (`alternate-text="Mayor &widget;
speaks"`) is left out with the same one-line file.xml warning as in text, at
its own line and column (expat drops it from the value unsaid). Guards: an
HTML name, XML's five and character references in a value are read, unsaid;
a blank alt and credit are still found; with no DOCTYPE it stays an error."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCTYPE = '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'


def _nitf(ref_attrs: str, caption: str = "The mayor speaks.", doctype: str = DOCTYPE) -> str:
    return (doctype + "<nitf><body><body.head><hedline><hl1>Council meets</hl1></hedline></body.head>"
            "<body.content>\n<p>The vote is tonight.</p>\n<media media-type=\"image\">\n"
            f"<media-reference source=\"a.jpg\" {ref_attrs}/>\n<media-caption>{caption}</media-caption>\n"
            "</media>\n</body.content></body></nitf>\n")


def _lint(tmp_path, text: str, name: str = "a.xml"):
    (tmp_path / name).write_bytes(text.encode("utf-8"))
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--no-cache", "--format", "json",
                           "--published", "2024-03-05", name], cwd=tmp_path, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=ROOT), timeout=300)
    assert "Traceback" not in done.stderr, done.stderr
    return done, json.loads(done.stdout) if done.stdout.strip() else []


def _xml_said(found) -> list:
    return [f for f in found if f["rule"] == "file.xml"]


def _at(text: str, f: dict) -> str:
    return text.replace("\r\n", "\n").split("\n")[f["line"] - 1][f["column"] - 1:]


@pytest.mark.parametrize("attrs, entities", [
    ('alternate-text="Mayor &widget; speaks" source-credit="AP"', ["&widget;"]),
    ('alternate-text="&w1; Mayor &amp; &w2;" source-credit="AP"', ["&w1;", "&w2;"]),
    ("alternate-text='Caf&eacute; &#233; &widget;' source-credit=\"AP\"", ["&widget;"]),
    ('alternate-text="Mayor" copyright="&widget; 2024"', ["&widget;"]),
])
def test_each_left_out_entity_in_a_value_is_said_at_its_place(tmp_path, attrs, entities):
    text = _nitf(attrs)
    done, found = _lint(tmp_path, text)
    said = _xml_said(found)
    assert [f"'{e}'" in f["message"] for e, f in zip(entities, said)] == [True] * len(entities), found
    assert len(said) == len(entities) and all(f["level"] == "warning" for f in said), found
    assert [_at(text, f)[:len(e)] for e, f in zip(entities, said)] == entities, found
    assert done.returncode != 2


def test_entity_in_a_value_on_a_later_crlf_line_is_placed(tmp_path):
    text = _nitf('alternate-text="Mayor"\n    source-credit="AP &widget;"').replace("\n", "\r\n")
    done, found = _lint(tmp_path, text)
    said = _xml_said(found)
    assert len(said) == 1 and _at(text, said[0]).startswith("&widget;"), found


def test_entity_in_value_and_in_text_each_said_once(tmp_path):
    text = _nitf('alternate-text="Mayor &widget;" source-credit="AP"', caption="The mayor &widget; speaks.")
    done, found = _lint(tmp_path, text)
    said = _xml_said(found)
    assert len(said) == 2 and [f["line"] for f in said] == sorted(f["line"] for f in said), found
    assert all(_at(text, f).startswith("&widget;") for f in said), found


def test_guard_html_names_and_references_in_values_are_unsaid(tmp_path):
    done, found = _lint(tmp_path, _nitf("alternate-text=\"Caf&eacute; &amp; &#233; &#xE9; &quot;x&quot;\" "
                                        "source-credit=\"AP\""))
    assert not _xml_said(found), found


def test_guard_credit_only_an_entity_is_said_and_still_blank(tmp_path):
    done, found = _lint(tmp_path, _nitf('alternate-text="Mayor" source-credit="&widget;"'))
    assert len(_xml_said(found)) == 1, found
    assert any(f["rule"] == "captions.empty-credit" for f in found), found


def test_guard_alt_only_an_entity_is_said_and_still_missing(tmp_path):
    done, found = _lint(tmp_path, _nitf('alternate-text="&widget;" source-credit="AP"'))
    assert len(_xml_said(found)) == 1, found
    assert any(f["rule"] == "captions.missing-alt" for f in found), found


def test_guard_no_doctype_is_still_an_error_naming_the_entity(tmp_path):
    done, found = _lint(tmp_path, _nitf('alternate-text="Mayor &widget;" source-credit="AP"', doctype=""))
    said = _xml_said(found)
    assert done.returncode == 1 and len(said) == 1 and said[0]["level"] == "error", found
    assert "'&widget;'" in said[0]["message"], found


def test_guard_newsml_attribute_entity_said(tmp_path):
    text = ('<!DOCTYPE newsItem SYSTEM "newsml.dtd">\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" '
            'guid="urn:x&widget;"><contentSet><inlineXML contenttype="application/xhtml+xml">'
            '<html xmlns="http://www.w3.org/1999/xhtml"><body><p>It is TK.</p></body></html>'
            '</inlineXML></contentSet></newsItem>\n')
    done, found = _lint(tmp_path, text)
    said = _xml_said(found)
    assert len(said) == 1 and _at(text, said[0]).startswith("&widget;"), found
