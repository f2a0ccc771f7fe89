"""fx165: small correctness leftovers of note 36, qa86 and qa90 (front
matter, HTML raw text, outputs). The input is synthetic."""
from __future__ import annotations

import json

import pytest
import yaml

from lint.readers import read_bytes
from rule_file_helpers import rule_error, write


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


# --- a fix in a front matter written as one flow mapping keeps it YAML that reads the same -------

@pytest.mark.parametrize("front", [
    "{title: The colour plan, date: 2026-11-30}",
    "{title: The colour plan,\n date: 2026-11-30}",
    "{date: 2026-11-30, title: The colour plan}",
])
def test_a_fix_in_a_flow_mapping_front_matter_is_held_where_yaml_would_read_it_otherwise(tmp_path, run_cli,
                                                                                         front):
    write(tmp_path / "rules" / "h" / "x.yaml", "extends: substitution\nmessage: \"use '{replacement}'\"\n"
          "level: warning\nscope: [headline, paragraph]\nswap:\n  colour: 'color, tone'\n")
    story = write(tmp_path / "a.md", f"---\n{front}\n---\n\nThe colour of the vote.\n")
    got = run_cli("check", "--no-cache", "--fix", "a.md", "--rules", "rules", "--select", "h", cwd=tmp_path)
    text = story.read_text(encoding="utf-8")
    assert yaml.safe_load(text.split("---\n")[1])["title"] == "The colour plan", text
    assert "The color, tone of the vote." in text          # the body is fixed
    assert "left unfixed on purpose" in got.output and "unquoted YAML value" in got.output, got.output


# --- a JSON Lines record with no headline key is said at the record, not at its date -------------

def test_a_json_lines_record_without_a_headline_is_said_at_its_start(tmp_path, run_cli):
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"id":"a","headline":"Plan wins","published":"2026-11-30","body":"The plan won."}\n'
                    '  {"id":"b","published":"2026-11-30","body":"The plan won."}\n'
                    '{"id":"c","headline":"","published":"2026-11-30","body":"The plan won."}\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", "--format", "json", feed)
    found = [(f["line"], f["column"]) for f in json.loads(result.stdout) if f["rule"] == "titles.missing-headline"]
    assert found == [(2, 3), (3, 22)], result.stdout
