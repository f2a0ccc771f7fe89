"""fx535: a .dtd over max-file-size whose head opens with <?xml and holds
only declarations is skipped as it is within the limit ("XML with no root
element found"), not told to raise the limit (qa396 #3); a head that may
go on to an article (a DOCTYPE, a name cut at its end) stays too large."""
from __future__ import annotations

import codecs

import pytest

DECL = '<?xml version="1.0" encoding="UTF-8"?>\n'
NO_ROOT = "skipped: not an article format (XML with no root element found, not NITF, NewsML-G2 or a WordPress export)"
NITF = ("<nitf><head><title>Council vote</title></head><body><body.head><hedline><hl1>Council vote"
        "</hl1></hedline></body.head><body.content><p>The council met.</p></body.content></body></nitf>\n")


def _both(name: str, data: bytes):
    """(the line within the limit, the line over a 100-byte limit)."""
    from lint.readers import ReadError, over_limit, read_bytes

    with pytest.raises(ReadError) as within:
        read_bytes(name, data)
    return within.value, over_limit(name, len(data), data[:8192], 100)


@pytest.mark.parametrize("name, body", [
    ("nitf.dtd", "<!ELEMENT nitf (head?, body)>\n" * 600),
    ("NITF-3-6.DTD", "<!-- NITF 3.6 -->\n" + '<!ATTLIST nitf version CDATA #FIXED "-//IPTC//DTD NITF 3.6//EN">\n' * 300),
    ("ents.dtd", '<!ENTITY % text "#PCDATA">\n<?pi x?>\n' * 400),
    ("long-comment.dtd", "<!-- " + "x" * 9000 + " -->\n<!ELEMENT p (#PCDATA)>\n"),
])
def test_an_over_size_dtd_of_declarations_is_skipped_as_within_the_limit(name, body):
    data = (DECL + body).encode()
    within, over = _both(name, data)
    assert (within.rule, str(within)) == ("file.format", NO_ROOT)
    assert (over.rule, str(over)) == ("file.format", NO_ROOT)


def test_an_over_size_utf16_dtd_is_skipped_too():
    from lint.readers import over_limit

    data = codecs.BOM_UTF16_LE + (DECL.replace("UTF-8", "UTF-16") + "<!ELEMENT p (#PCDATA)>\n" * 600).encode("utf-16-le")
    assert over_limit("p.dtd", len(data), data[:8192], 100).rule == "file.format"


def test_guard_an_over_size_dtd_holding_a_doctype_stays_too_large():
    """A DOCTYPE is a document's: NITF behind a long internal subset under a .dtd name."""
    from lint.readers import over_limit

    subset = "".join(f'<!ENTITY e{i} "entity {i}">\n' for i in range(400))
    for doctype in ("<!DOCTYPE nitf [\n", "<!doctype nitf [\n"):
        data = (DECL + doctype + subset + "]>\n" + NITF).encode()
        assert over_limit("wire.dtd", len(data), data[:8192], 100).rule == "file.too-large", doctype


def test_guard_an_over_size_dtd_whose_head_ends_at_a_tags_opening_stays_too_large():
    from lint.readers import over_limit

    head = DECL + "<!ELEMENT p (#PCDATA)>\n" * 300
    data = (head + " " * (8191 - len(head)) + "<nitf>" + NITF[6:]).encode()
    assert data[:8192].endswith(b"<") and over_limit("w.dtd", len(data), data[:8192], 100).rule == "file.too-large"


def test_guard_an_over_size_xsd_whose_head_holds_no_element_stays_too_large():
    """Only a .dtd is a file of declarations: another XML name's root may follow."""
    from lint.readers import over_limit

    data = (DECL + "<!-- " + "x" * 9000 + " -->\n" + NITF).encode()
    assert over_limit("wire.xsd", len(data), data[:8192], 100).rule == "file.too-large"
    assert over_limit("wire.sgm", len(data), data[:8192], 100).rule == "file.too-large"


def test_guard_an_over_size_dtd_without_a_declaration_is_skipped_by_its_name():
    from lint.readers import over_limit

    data = ("<!ELEMENT nitf (head?, body)>\n" * 600).encode()
    over = over_limit("nitf.dtd", len(data), data[:8192], 100)
    assert over.rule == "file.format" and "(.dtd " in str(over)


def test_check_skips_an_over_size_dtd_as_one_within_the_limit(tmp_path, run_cli):
    (tmp_path / ".newslint.yaml").write_text("max-file-size: 0.001\n")
    (tmp_path / "big.dtd").write_text(DECL + "<!ELEMENT nitf (head?, body)>\n" * 600)
    (tmp_path / "small.dtd").write_text(DECL + "<!ELEMENT nitf (head?, body)>\n")
    done = run_cli("check", "--no-cache", "big.dtd", "small.dtd", cwd=tmp_path)
    assert done.exit_code == 0 and done.stdout == "No files linted.\n", done.output
    for name in ("big.dtd", "small.dtd"):
        assert f"newslint: {name}: file.format: {NO_ROOT}" in done.stderr, done.stderr
