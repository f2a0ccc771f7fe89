"""qa80: faults found in front-matter reading after fx146 (TOML keys, bare
headlines, the JSON walk, the 2,000-value cap), tried as a new user with
Hugo/Jekyll/Eleventy front matter and adversarial input. Each is a strict
xfail until it is fixed; every input is synthetic."""
from __future__ import annotations

import json

import pytest

from lint.readers import read_bytes

STORY = "The council met on Tuesday and voted on the plan.\n"


def _read(text: str):
    return read_bytes("story.md", text.encode())


def _at(doc, part) -> tuple[int, int]:
    return doc.lines.position(part.source_offset(0))


def _errors(doc) -> list:
    return [n for n in doc.notices if n.rule == "file.front-matter" and n.level == "error"]


def test_a_multiline_string_in_a_toml_array_is_text_not_keys():
    front = ('+++\ntitle = "Council votes"\nnotes = [\n"""\ntitle = "Other story"\n[params]\n""",\n]\n'
             "date = 2024-03-05\n+++\n")
    doc = _read(front + "\n" + STORY)
    heds = [(p.text, _at(doc, p)) for p in doc.parts if p.kind == "headline"]
    assert heds == [("Council votes", (2, 10))]
    assert [(p.text, _at(doc, p)) for p in doc.parts if p.text == "2024-03-05"] == [("2024-03-05", (9, 8))]


@pytest.mark.parametrize("item", ["[640]", '["Jane Doe"]', "[ 'x' ]"])
def test_a_one_item_array_on_its_own_line_is_no_table_header(item):
    front = f'+++\nsizes = [\n  {item},\n]\ntitle = "Council votes"\ndate = 2024-03-05\n+++\n'
    doc = _read(front + "\n" + STORY)
    assert doc.first("headline") is not None and doc.first("headline").text == "Council votes"
    assert _at(doc, doc.first("headline")) == (5, 10)
    assert [p.text for p in doc.parts if p.text == "2024-03-05"] == ["2024-03-05"]


def test_a_huge_toml_integer_is_a_front_matter_error_not_a_crash(tmp_path, run_cli):
    bad = tmp_path / "bad.md"
    bad.write_text(f"+++\ntitle = \"Council votes\"\nviews = 1{'0' * 5000}\ndate = 2024-03-05\n+++\n\n{STORY}")
    good = tmp_path / "good.md"
    good.write_text(f'+++\ntitle = "Council votes"\ndate = 2024-03-05\n+++\n\n{STORY}')
    result = run_cli("check", "--no-cache", bad, good)
    out = result.output
    assert result.exit_code != 2 and "internal error" not in out
    assert f"{bad}:3:" in out and "file.front-matter" in out


@pytest.mark.parametrize("value, words", [("1" + "0" * 5000, "sys.set_int_max_str_digits"),
                                          ("[" * 5000 + "]" * 5000, "recursion")], ids=["digits", "deep"])
def test_a_json_value_json_cannot_read_is_said_at_its_line_in_plain_words(value, words):
    text = '{\n  "title": "Council votes",\n  "views": ' + value + ',\n  "date": "2024-03-05"\n}\n\n'
    doc = _read(text + STORY)
    errs = _errors(doc)
    assert len(errs) == 1
    assert doc.lines.position(errs[0].offset)[0] == 3
    assert words not in errs[0].message


def _gallery_json(n: int) -> str:
    return ('{\n  "images": ' + json.dumps([f"/img/p{i}.jpg" for i in range(n)]) + ',\n'
            '  "title": "Council votes",\n  "date": "2024-03-05"\n}\n\n')


def _gallery_yaml(n: int) -> str:
    items = "".join(f"  - /img/p{i}.jpg\n" for i in range(n))
    return f"---\nimages:\n{items}title: Council votes\ndate: 2024-03-05\n---\n\n"


@pytest.mark.parametrize("front", [_gallery_json, _gallery_yaml], ids=["json", "yaml"])
def test_the_title_is_read_after_a_picture_list_over_the_cap(front):
    doc = _read(front(2500) + STORY)
    assert doc.first("headline") is not None and doc.first("headline").text == "Council votes"
    assert [p.text for p in doc.parts if p.text == "2024-03-05"] == ["2024-03-05"]


def test_a_title_under_an_empty_json_key_is_not_the_headline():
    text = ('{\n  "title": "Council votes",\n  "": {"title": "Nested story"},\n'
            '  "date": "2024-03-05"\n}\n\n')
    doc = _read(text + STORY)
    assert [p.text for p in doc.parts if p.kind == "headline"] == ["Council votes"]


@pytest.mark.parametrize("front", [
    lambda: ('{\n  "tags": ' + json.dumps([f"t{i}" for i in range(2500)]) + ',\n'
             '  "title": "Council votes",\n  "date": "2024-03-05"\n}\n\n'),
    lambda: ("---\ntags:\n" + "".join(f"  - t{i}\n" for i in range(2500))
             + "title: Council votes\ndate: 2024-03-05\n---\n\n")], ids=["json", "yaml"])
def test_the_cap_warning_does_not_say_values_it_read_are_unchecked(front):
    doc = _read(front() + STORY)
    hed = doc.first("headline")
    assert hed is not None and hed.text == "Council votes"      # read, past the warning's line
    (note,) = [n for n in doc.notices if n.rule == "file.front-matter"]
    stop_line = doc.lines.position(note.offset)[0]
    assert _at(doc, hed)[0] > stop_line
    assert "the values from there on are not checked" not in note.message
    assert note.message.endswith("and the rest of 'tags' is not checked")     # what the cap left unread


HUGO_TOML = ('+++\ntitle = "Council votes"\ndate = 2024-03-05\ntags = ["council", "budget"]\n'
             '[params]\nsubtitle = "The vote was 5-2"\n+++\n\n')


def test_a_string_array_before_a_toml_table_is_read(tmp_path, run_cli):
    doc = _read(HUGO_TOML + STORY)
    assert doc.first("headline").text == "Council votes"
    assert [p.text for p in doc.parts if p.name.endswith("subtitle")] == ["The vote was 5-2"]
    story = tmp_path / "story.md"
    story.write_text(HUGO_TOML + STORY)
    result = run_cli("check", "--no-cache", story)
    assert result.exit_code != 2 and "internal error" not in result.output
