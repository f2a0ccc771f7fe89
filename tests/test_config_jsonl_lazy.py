"""A `.newslint.yaml` without `jsonl:` does not import the JSON Lines reader
(pf54): `config_values.jsonl` read `readers.jsonl.FIELDS` before looking at
the value, so every config file brought in the embedded-body stack
(trafilatura, markdown-it, the XML readers) for a plain-text check. A config
that sets the key still has it checked against the fields."""
from __future__ import annotations

import pytest

from lint.config_values import ConfigError, jsonl
from test_startup import loaded_after

_STACK = {"lint.readers.jsonl", "lint.readers._embed", "lint.readers._articles", "trafilatura"}


def _check_code(tmp_path, story) -> str:
    return (f"import os\nos.environ['NEWSLINT_CACHE_DIR'] = {str(tmp_path / 'cache')!r}\n"
            "from lint.cli import main\ntry:\n"
            f"    main(['check', {str(story)!r}])\n"
            "except SystemExit:\n    pass")


def test_a_config_without_jsonl_loads_no_jsonl_reader(tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene]\n")
    story = tmp_path / "s.txt"
    story.write_text("Council backs ferry plan\n\nThe council voted on Tuesday.\n")
    code = _check_code(tmp_path, story)
    loaded_after(code, tmp_path)                 # fills the rule-set cache
    loaded = loaded_after(code, tmp_path)
    assert "lint.config_values" in loaded and "lint.readers.text" in loaded
    assert not loaded & _STACK


def test_a_config_with_jsonl_still_checks_its_fields(tmp_path):
    assert jsonl("c.yaml", None) == ()
    assert jsonl("c.yaml", {"headline": "title", "body": "text"}) == (("body", "text"), ("headline", "title"))
    with pytest.raises(ConfigError, match="'hed' is not one of id, headline"):
        jsonl("c.yaml", {"hed": "title"})


def test_a_key_name_must_be_a_string():
    """nu49 #10: the value's field is named and the fix given; a quoted number is a key name."""
    assert jsonl("c.yaml", {"headline": "5"}) == (("headline", "5"),)
    with pytest.raises(ConfigError, match=r"^c\.yaml: jsonl\.headline: 5 is not a key name; give the dump's key as a string$"):
        jsonl("c.yaml", {"headline": 5})
    with pytest.raises(ConfigError, match=r"jsonl\.body: null is not a key name"):
        jsonl("c.yaml", {"headline": "title", "body": None})
