"""fx491: an undefined XML entity is named with its mend (nu68 #9), at the
line and column expat gives; the nearest XML errors keep their words."""
import pytest

from lint.readers._xml import XMLError, parse


def _error(xml, slice_=False):
    with pytest.raises(XMLError) as err:
        parse(xml, slice_=slice_)
    return err.value


def test_html_entity_in_text_is_named_with_character_and_number():
    err = _error("<nitf><body>\n<p>Café &eacute;t&eacute;</p>\n</body></nitf>")
    assert (err.line, err.column) == (2, 9)
    assert str(err).startswith("malformed XML at line 2, column 9: undefined entity '&eacute;': "
                               "write the character (é) or '&#233;'"), str(err)


def test_entity_in_an_attribute_is_named_after_xmls_own():
    err = _error('<nitf>\n<p class="a&amp;b&mdash;c">x</p></nitf>')
    assert (err.line, err.column) == (2, 1)      # expat stands at the start tag
    assert "undefined entity '&mdash;': write the character (—) or '&#8212;'" in str(err), str(err)


def test_a_name_html_lacks_points_to_xmls_five():
    err = _error("<nitf><p>a &widget; b</p></nitf>")
    assert "undefined entity '&widget;': XML itself defines only &amp;" in str(err), str(err)
    assert "&#8212;" not in str(err)


def test_an_invisible_character_is_given_by_number_only():
    err = _error("<nitf><p>a&nbsp;b</p></nitf>")
    assert "'&nbsp;': write the character or '&#160;'" in str(err), str(err)


def test_guard_a_doctype_naming_a_dtd_reads_html_names():
    root = parse('<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><p>Caf&eacute;</p></nitf>')
    assert root.child("nitf") is not None


def test_guard_other_malformed_xml_keeps_its_words():
    err = _error("<nitf><body>\n<p>open</body></nitf>")
    assert str(err) == "malformed XML at line 2, column 10: mismatched tag"
