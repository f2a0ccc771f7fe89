"""fx501 (qa355 #3): under a DOCTYPE naming a DTD, an entity no HTML table
names (`&widget;`) is left out of the text with one `file.xml` warning at
its line and column naming it; the rest of the file is linted. Guards: an
HTML name still reads as its character, and without a DOCTYPE the entity is
still the undefined-entity error."""
import json
import os
import subprocess
import sys

import pytest

from lint.readers._xml import XMLError, parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DOCTYPE = '<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
NITF = ("<nitf><body><body.head><hedline><hl1>Council meets</hl1></hedline></body.head>"
        "<body.content>\n<p>The vote is TK &widget; tonight.</p>\n</body.content></body></nitf>\n")
G2 = ('<!DOCTYPE newsItem SYSTEM "g2.dtd">\n<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="a">'
      "<contentMeta><headline>Council meets</headline></contentMeta><contentSet><inlineXML>"
      '<html xmlns="http://www.w3.org/1999/xhtml"><body>\n<p>The vote is TK &gadget; tonight.</p>\n'
      "</body></html></inlineXML></contentSet></newsItem>\n")


def _check(tmp_path, name, text):
    (tmp_path / name).write_text(text, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=ROOT)
    done = subprocess.run([sys.executable, "-m", "lint", "check", "--format", "json", "--no-cache", name],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)
    return done, json.loads(done.stdout) if done.stdout.strip() else []


def test_parse_without_a_list_refuses_the_entity_at_its_place():
    with pytest.raises(XMLError) as err:
        parse(DOCTYPE + "<nitf>\n<p>a &widget; b</p></nitf>")
    assert (err.value.line, err.value.column) == (3, 6), str(err.value)
    assert "'&widget;'" in str(err.value) and "\n" not in str(err.value)


def test_parse_with_a_list_goes_on_and_says_where():
    unread: list = []
    source = DOCTYPE + "<nitf><p>a &widget; b &gadget;</p><p>c</p></nitf>"
    root = parse(source, unread=unread)
    assert [(source[at:at + 8], "'&" in why) for at, why in unread] == [("&widget;", True), ("&gadget;", True)]
    assert root.child("nitf").text() == "a  b c"       # left out, not kept as written (qa353)


def test_html_name_under_a_doctype_reads_as_its_character_unsaid():
    unread: list = []
    root = parse(DOCTYPE + "<nitf><p>Caf&eacute;</p></nitf>", unread=unread)
    assert root.child("nitf").text() == "Café" and unread == []


@pytest.mark.parametrize("name, text, entity, line", [("a.xml", DOCTYPE + NITF, "&widget;", 3),
                                                      ("g2.xml", G2, "&gadget;", 3)])
def test_cli_says_the_entity_once_and_lints_the_rest(tmp_path, name, text, entity, line):
    done, found = _check(tmp_path, name, text)
    said = [f for f in found if f["rule"] == "file.xml"]
    assert len(said) == 1 and entity in said[0]["message"] and said[0]["level"] == "warning", found
    assert said[0]["line"] == line and text.splitlines()[line - 1][said[0]["column"] - 1:].startswith(entity)
    assert any(f["rule"] == "hygiene.placeholder" for f in found), found
    assert "Traceback" not in done.stderr and done.returncode == 1


def test_guard_without_a_doctype_still_the_undefined_entity_error(tmp_path):
    done, found = _check(tmp_path, "a.xml", NITF)
    assert [f["rule"] for f in found] == ["file.xml"] and "undefined entity '&widget;'" in found[0]["message"]
    assert found[0]["level"] == "error"
