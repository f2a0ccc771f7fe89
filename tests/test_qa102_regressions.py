"""Faults QA (qa102) found in fx179's work: Vale's comment switches, the
server's save/pull order and the audit of UTF-16/UTF-32 JSON Lines exports.

A Vale comment whose words are only a control character Python counts as
space and the regex module's `\\s` does not (`<!-- vale \\x1f -->`, also
\\x1c-\\x1e) is an internal error: the whole run exits 2 with no finding for any
file (#1). The audit of a wide export with bytes that are no UTF-16 (a
stray byte after the BOM, a truncated last character) no longer says
`file.encoding`, as check does and main's audit did: it lints the U+FFFD
text and reports findings in a file check refuses (#2). `<!-- vale ALL =
NO -->` hid every rule on main; it now hides nothing and is not said,
though a dotless switch naming no style is to be a warning (#3). An export
that is only a BOM gives no row where check gives `file.empty` (#4).
Vale's `<!-- vale on -->` ends newslint's own `newslint-disable` (#5).

Each is a strict xfail that fails today for the fault's reason; a control
beside some shows what works. Synthetic input only, under tmp_path; audits
use the conftest `audit_client`."""
from __future__ import annotations

import codecs
import json

import pytest

from test_audit_bom import _rows

HEAD = '---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
REC = '{"id":"%s","headline":"Plan","published":"2026-11-30","body":"The plan is TK."}\n'
TEXT = "".join(REC % i for i in "abc")


def _check(run_cli, tmp_path, body: str, *more: str):
    (tmp_path / "story.md").write_text(HEAD + body, encoding="utf-8")
    return run_cli("check", "--no-cache", "--format", "json", "story.md", *more, cwd=tmp_path)


def _where(found, rule):
    return [(f["line"], f["column"]) for f in found if f["rule"] == rule]


# -- Vale's comment switches -----------------------------------------------------------------

@pytest.mark.parametrize("char", ["\x1c", "\x1f"])
def test_a_vale_comment_of_a_separator_character_is_no_internal_error(tmp_path, run_cli, char):
    (tmp_path / "other.md").write_text(HEAD + "The plan is TK.\n", encoding="utf-8")
    result = _check(run_cli, tmp_path, f"<!-- vale {char} -->\n\nThe plan is TK.\n", "other.md")
    assert "internal error" not in result.stderr, result.stderr
    assert result.exit_code == 1, result.output
    found = json.loads(result.stdout)
    assert [(f["path"], f["line"]) for f in found if f["rule"] == "hygiene.placeholder"] == [
        ("other.md", 6), ("story.md", 8)], found


def test_control_a_vale_comment_of_a_misspelt_word_is_said(tmp_path, run_cli):
    result = _check(run_cli, tmp_path, "<!-- vale of -->\n\nThe plan is TK.\n")
    found = json.loads(result.stdout)
    assert _where(found, "file.directive") == [(6, 11)], found
    assert _where(found, "hygiene.placeholder") == [(8, 13)], found


def test_a_vale_switch_naming_all_is_acted_on_or_said(tmp_path, run_cli):
    result = _check(run_cli, tmp_path, "<!-- vale ALL = NO -->\n\nThe plan is TK.\n")
    found = json.loads(result.stdout)
    said = _where(found, "file.directive")
    assert said == [(6, 11)] or _where(found, "hygiene.placeholder") == [], found


def test_control_a_dotless_switch_naming_no_style_is_said(tmp_path, run_cli):
    result = _check(run_cli, tmp_path, "<!-- vale Spelling = NO -->\n\nThe plan is TK.\n")
    found = json.loads(result.stdout)
    assert _where(found, "file.directive") == [(6, 11)], found


@pytest.mark.xfail(strict=True, reason="qa102 #5 (LOW, old): Vale's <!-- vale on --> (and any "
                   "vale X = YES naming the rule) ends newslint's own <!-- newslint-disable --> block: "
                   "one replay holds both, so a Vale user's table switch re-enables what newslint's "
                   "directive hid")
def test_vales_on_leaves_newslints_own_disable_alone(tmp_path, run_cli):
    result = _check(run_cli, tmp_path, "<!-- newslint-disable hygiene -- wire copy -->\n\n"
                    "<!-- vale off -->\n\n| a | b |\n|---|---|\n\n<!-- vale on -->\n\nThe plan is TK.\n")
    found = json.loads(result.stdout)
    assert _where(found, "hygiene.placeholder") == [], found


def test_control_newslints_enable_ends_its_disable(tmp_path, run_cli):
    result = _check(run_cli, tmp_path, "<!-- newslint-disable hygiene -->\n\nThe plan is TK.\n\n"
                    "<!-- newslint-enable hygiene -->\n\nThe plan is TK.\n")
    assert _where(json.loads(result.stdout), "hygiene.placeholder") == [(12, 13)]


# -- the audit of a wide export --------------------------------------------------------------

def test_a_wide_export_with_a_stray_byte_is_audited_as_check_reads_it(tmp_path, audit_client, run_cli):
    rows, audited = _rows(tmp_path, audit_client, run_cli, codecs.BOM_UTF16_LE + b"\x00", "1")
    assert [r[2] for r in rows] == ["file.encoding"], rows
    assert audited == rows


def test_a_wide_export_cut_short_is_said_to_be_undecodable(tmp_path, audit_client, run_cli):
    data = codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le")
    rows, audited = _rows(tmp_path, audit_client, run_cli, data[:-1], "1")
    assert [r[2] for r in rows] == ["file.encoding"], rows
    assert "file.encoding" in [r[2] for r in audited], audited
    assert "hygiene.placeholder" not in [r[2] for r in audited], audited


@pytest.mark.parametrize("size", ["1", "2"])
def test_control_a_wide_export_with_crlf_and_a_lone_cr_is_audited_as_check_reads_it(
        tmp_path, audit_client, run_cli, size):
    text = TEXT.replace("\n", "\r\n").replace("}\r\n", "}\r", 1)
    rows, audited = _rows(tmp_path, audit_client, run_cli, codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
                          size)
    assert [r[:3] for r in rows] == [(1, 1, "file.jsonl"), (3, 74, "hygiene.placeholder")], rows
    assert audited == rows


@pytest.mark.parametrize("codec", ["utf-8", "utf-16-le"])
def test_an_export_of_only_a_bom_is_said_to_be_empty(tmp_path, audit_client, run_cli, codec):
    data = {"utf-8": codecs.BOM_UTF8, "utf-16-le": codecs.BOM_UTF16_LE}[codec]
    rows, audited = _rows(tmp_path, audit_client, run_cli, data, "1")
    assert [r[2] for r in rows] == ["file.empty"], rows
    assert audited == rows
