"""fx493: the WordPress audit's plan names an undefined entity when it
cannot cut an export, with the reader's words (`undefined_entity`, nu68 #9),
and keeps expat's words for any other malformed XML."""
import pytest

fsspec = pytest.importorskip("fsspec")

from lint.audit.wxr_plan import Unplanned, cuts  # noqa: E402

HEAD = ('<?xml version="1.0" encoding="{codec}"?>\n'
        '<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/"><channel>\n')


def _unplanned(tmp_path, body, codec="UTF-8"):
    path = tmp_path / "export.xml"
    path.write_bytes((HEAD.format(codec=codec) + body + "\n</channel></rss>\n").encode(codec))
    with pytest.raises(Unplanned) as err:
        list(cuts(fsspec, str(path), 10))
    return str(err.value)


def test_entity_in_text_is_named_with_its_mend(tmp_path):
    said = _unplanned(tmp_path, "<item><title>Caf&eacute; opens</title></item>")
    assert said.startswith("malformed XML at line 3, column 17: undefined entity '&eacute;': "
                           "write the character (é) or '&#233;'"), said


def test_entity_in_an_attribute_is_named(tmp_path):
    said = _unplanned(tmp_path, '<item><title>x</title>\n<category nicename="a&amp;b&mdash;c">x</category></item>')
    assert "line 4, column 1: undefined entity '&mdash;': write the character (—)" in said, said


def test_entity_in_a_latin1_export_is_read_in_its_codec(tmp_path):
    said = _unplanned(tmp_path, "<item><title>Caf\xe9 &widget;</title></item>", codec="ISO-8859-1")
    assert "column 19: undefined entity '&widget;': XML itself defines only &amp;" in said, said


def test_guard_other_malformed_xml_keeps_expats_words(tmp_path):
    said = _unplanned(tmp_path, "<item><title>x</item>")
    assert said == "malformed XML at line 3, column 17: mismatched tag", said
