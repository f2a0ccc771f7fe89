"""fx165: small correctness leftovers of note 36, qa86 and qa90 (front
matter, HTML raw text, outputs). The input is synthetic."""
from __future__ import annotations

from lint.readers import read_bytes


# --- the too-deep TOML error is placed by the one TOML lexer, never inside a string ---------------

def test_toml_nested_too_deep_is_not_placed_on_brackets_inside_a_multiline_string():
    deep = "[" * 3000 + "]" * 3000
    src = f'+++\ntitle = "A vote"\nnote = """\n{"[" * 4000}\n"""\nn = {deep}\n+++\n\nThe council met.\n'
    doc = read_bytes("story.md", src.encode())
    placed = [doc.lines.position(n.offset) for n in doc.notices if n.rule == "file.front-matter"]
    assert placed == [(6, 5)]
