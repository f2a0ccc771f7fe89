"""qa355: review of fecba02c..82624bfd (nu68 #14 message steps, nu68 #9 named
undefined XML entities, nu68 #4 the Vale config beside newslint's own).
Strict xfails for what breaks; plain tests guard the nearest shapes that work."""
import json
import os
import subprocess
import sys

import pytest

from lint.readers._xml import XMLError, parse

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ARTICLE = "Council meets\n\nThe hearing was held Thursday, March 7, 2025, in Albany.\n"


def _error(xml, slice_=False):
    with pytest.raises(XMLError) as err:
        parse(xml, slice_=slice_)
    return err.value


def _run(cwd, *args):
    env = dict(os.environ, PYTHONPATH=ROOT)
    return subprocess.run([sys.executable, "-m", "lint", "check", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


# ---- nu68 #9: the undefined entity named -------------------------------------------------

def test_standalone_doctype_message_does_not_blame_a_missing_doctype():
    err = _error('<?xml version="1.0" standalone="yes"?>\n<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n'
                 '<nitf><p>Caf&eacute;</p></nitf>')
    assert (err.line, err.column) == (3, 13)
    assert "without a DOCTYPE naming one" not in str(err), str(err)


def test_html5_entity_name_gets_its_number():
    # (lead: '&nnbsp;' is in no HTML table, html5's either; '&check;' is HTML5's alone)
    err = _error("<nitf><p>a &check; b</p></nitf>")
    assert "&#10003;" in str(err) and "(\u2713)" in str(err), str(err)


def test_unknown_entity_under_a_doctype_is_not_silently_dropped():
    try:
        root = parse('<!DOCTYPE nitf SYSTEM "nitf-3-6.dtd">\n<nitf><p>a &widget; b</p></nitf>')
    except XMLError as err:
        assert "&widget;" in str(err)
        return
    assert "widget" in root.text(), root.text()


def test_guard_several_entities_in_one_tag_first_is_named():
    err = _error('<nitf>\n<p a="&eacute;" b="&mdash;">x</p></nitf>')
    assert (err.line, err.column) == (2, 1)
    assert "'&eacute;'" in str(err) and "&mdash;" not in str(err)


def test_guard_tag_over_lines_with_quoted_gt():
    err = _error('<nitf>\n<p\n  a="1 > 0"\n  b="&rsquo;">x</p></nitf>')
    assert (err.line, err.column) == (2, 1)
    assert "undefined entity '&rsquo;': write the character (’) or '&#8217;'" in str(err)


@pytest.mark.parametrize("xml, at", [
    ('<nitf>\r\n<p>Café &eacute;</p></nitf>', (2, 9)),
    ('<nitf><p>😀😀 &eacute;</p></nitf>', (1, 13)),
    ('<?xml version="1.0" encoding="ISO-8859-1"?>\n<nitf><p>Café &eacute;</p></nitf>', (2, 15)),
    ('<nitf>\n<!-- &eacute; -->\n<p>x &mdash;</p></nitf>', (3, 6)),
])
def test_guard_position_and_name_across_crlf_astral_encoding_comment(xml, at):
    err = _error(xml)
    assert (err.line, err.column) == at
    assert "'&" in str(err) and "\n" not in str(err)
    assert str(err).startswith(f"malformed XML at line {at[0]}, column {at[1]}: undefined entity '&")


def test_guard_slice_names_the_entity():
    err = _error('<p>x</p>\n<p>Caf&eacute;</p>', slice_=True)
    assert "undefined entity '&eacute;'" in str(err)


def test_guard_ampersand_without_semicolon_keeps_invalid_token():
    err = _error("<nitf><p>AT&T rocks</p></nitf>")
    assert "not well-formed (invalid token)" in str(err)


WXR = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
       'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wp="http://wordpress.org/export/1.2/">\n'
       '<channel>\n<item><title>Caf&eacute; reopens</title><content:encoded><![CDATA[<p>The cafe reopened.</p>]]>'
       '</content:encoded><wp:post_type>post</wp:post_type></item>\n</channel></rss>\n')


def test_guard_wxr_entity_at_its_place_exit_1(tmp_path):
    (tmp_path / "export.xml").write_text(WXR)
    r = _run(tmp_path, "export.xml")
    assert r.returncode == 1
    assert r.stdout.startswith("export.xml:4:17: error [file.xml] malformed XML at line 4, column 17: "
                               "undefined entity '&eacute;': write the character (é) or '&#233;'"), r.stdout


def test_wxr_entity_message_does_not_speak_of_nitf(tmp_path):
    (tmp_path / "export.xml").write_text(WXR)
    r = _run(tmp_path, "export.xml")
    assert "'&eacute;'" in r.stdout and "NITF" not in r.stdout, r.stdout


# ---- nu68 #4: the Vale config beside -------------------------------------------------------

@pytest.fixture
def beside(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("published: 2026-03-10\n")
    (tmp_path / ".vale.ini").write_text("[*]\nBasedOnStyles = newslint\ndates.weekday-mismatch = NO\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "b.txt").write_text(ARTICLE)
    return tmp_path


def test_guard_said_once_for_many_files_stdout_clean_in_json(beside):
    r = _run(beside, "--format", "json", "a.txt", "b.txt")
    assert r.returncode == 1
    assert len(json.loads(r.stdout)) == 2
    assert r.stderr.count(".vale.ini beside it is not read") == 1, r.stderr
    assert "add 'vale: .vale.ini' to .newslint.yaml" in r.stderr


def test_guard_the_mend_works_and_silences_the_note(beside):
    (beside / ".newslint.yaml").write_text("published: 2026-03-10\nvale: .vale.ini\n")
    r = _run(beside, "a.txt")
    assert r.returncode == 0 and "beside it" not in r.stderr, r.stderr


def test_guard_nested_folders_each_said(beside):
    sub = beside / "sub"
    sub.mkdir()
    (sub / ".newslint.yaml").write_text("published: 2026-03-10\n")
    (sub / "_vale").write_text("[*]\nBasedOnStyles = newslint\n")
    (sub / "a.txt").write_text(ARTICLE)
    r = _run(beside, "a.txt", "sub/a.txt")
    assert "add 'vale: .vale.ini' to .newslint.yaml" in r.stderr
    assert "add 'vale: _vale' to .newslint.yaml" in r.stderr


def test_guard_pyproject_form_and_saved_report_is_known(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.newslint]\npublished = "2026-03-10"\n')
    (tmp_path / ".vale.ini").write_text("[*]\nBasedOnStyles = newslint\n")
    (tmp_path / "a.txt").write_text(ARTICLE)
    r = _run(tmp_path, "a.txt")
    assert r.returncode == 1
    assert "add 'vale = \".vale.ini\"' to [tool.newslint] in pyproject.toml" in r.stderr
    (tmp_path / "lint.txt").write_text(r.stderr + r.stdout)
    again = _run(tmp_path, "lint.txt")
    assert again.returncode == 0
    assert "newslint's own text report" in again.stderr, again.stderr


def test_guard_config_given_says_nothing(beside):
    r = _run(beside, "--config", ".newslint.yaml", "a.txt")
    assert r.returncode == 1 and "beside it" not in r.stderr


# ---- nu68 #14: the messages' steps --------------------------------------------------------

def test_guard_step_in_every_format(beside):
    (beside / ".vale.ini").unlink()
    for fmt in ("text", "json", "sarif", "github", "junit", "rdjson", "html", "vale"):
        r = _run(beside, "--format", fmt, "a.txt")
        assert r.returncode == 1, (fmt, r.stderr)
        assert "fix the weekday or the date" in r.stdout, fmt


def test_guard_language_server_carries_the_vale_note(beside):
    from lint.server.documents import Target
    from lint.server.linting import Linter
    path = str(beside / "a.txt")
    out = Linter().lint(Target("file://" + path, path, path), ARTICLE)
    assert [n for n in out.notices if "add 'vale: .vale.ini' to .newslint.yaml" in n], out.notices
