"""fx165: small correctness leftovers of note 36, qa86 and qa90 (front
matter, HTML raw text, outputs). The input is synthetic."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_bytes
from rule_file_helpers import rule_error


# --- the too-deep TOML error is placed by the one TOML lexer, never inside a string ---------------

def test_toml_nested_too_deep_is_not_placed_on_brackets_inside_a_multiline_string():
    deep = "[" * 3000 + "]" * 3000
    src = f'+++\ntitle = "A vote"\nnote = """\n{"[" * 4000}\n"""\nn = {deep}\n+++\n\nThe council met.\n'
    doc = read_bytes("story.md", src.encode())
    placed = [doc.lines.position(n.offset) for n in doc.notices if n.rule == "file.front-matter"]
    assert placed == [(6, 5)]


# --- a directive inside iframe, noembed or noframes is text, and their content is not prose -----

PAGE = ("<!DOCTYPE html>\n<html><head><title>Plan wins</title>\n"
        '<meta property="article:published_time" content="2026-11-30T10:00:00Z">\n'
        "</head><body><article><h1>Plan wins</h1>\n"
        "<{tag}><!-- newslint-disable --><p>Fallback copy is TK.</p></{tag}>\n"
        "<p>The budget is TK.</p>\n"
        "</article></body></html>\n")


@pytest.mark.parametrize("tag", ["iframe", "noembed", "noframes"])
def test_a_directive_in_a_raw_text_element_hides_nothing_and_its_content_is_not_prose(tmp_path, run_cli,
                                                                                        tag):
    page = tmp_path / "story.html"
    page.write_text(PAGE.format(tag=tag), encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", page)
    found = [(f["rule"], f["line"], f["column"]) for f in json.loads(result.stdout)]
    assert [f for f in found if f[0] == "hygiene.placeholder"] == [("hygiene.placeholder", 6, 18)], found


# --- a rule's `message: yes` is said as written, not as the `true` YAML read it as -------------

@pytest.mark.parametrize("key", ["message", "description", "link"])
@pytest.mark.parametrize("written", ["yes", "off", "2024-01-01"])
def test_a_rule_text_field_of_the_wrong_type_is_said_as_written(tmp_path, key, written):
    text = "extends: substitution\nmessage: x\nswap:\n  colour: color\n"
    text = text.replace("message: x", f"{key}: {written}") if key == "message" else text + f"{key}: {written}\n"
    said = rule_error(tmp_path, text)
    assert f"{key}: must be text, not {written} (quote it in the YAML)" in said, said
