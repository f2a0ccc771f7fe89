"""fx438: what a long-lived process keeps between lints is read again when
the thing it stands for changes (rr53a #3, #5; qa301 #5)."""
from __future__ import annotations

import os

from vale_helpers import vale_project

from lint import vale
from lint.vale.config import load_file

CONFIG = "StylesPath = styles\nVocab = House\n[*]\nBasedOnStyles = T\n"
RULE = "extends: existence\nmessage: \"'%s'\"\ntokens:\n  - foo\n"


def _project(tmp_path, accepted: str):
    root = vale_project(tmp_path, CONFIG, {"T/R": RULE}, {"a.md": "# A\n\nText.\n"},
                        {"styles/config/vocabularies/House/accept.txt": accepted})
    return root, load_file(str(root / ".vale.ini"))


def _edit_vocab(root, text: str) -> None:
    accept = root / "styles/config/vocabularies/House/accept.txt"
    before = os.stat(accept).st_mtime_ns
    accept.write_text(text, encoding="utf-8")
    os.utime(accept, ns=(before + 10**9, before + 10**9))    # a new stamp even on a coarse clock


def test_rr53a_3_skipped_ids_reads_the_vocab_edited_since_the_last_call(tmp_path):
    root, vc = _project(tmp_path, "")
    assert "Vale.Terms" in vale.skipped_ids(vc)         # no Vocab terms: Vale.Terms is not built
    _edit_vocab(root, "Acme\n")
    assert "Vale.Terms" not in vale.skipped_ids(vc)     # no file_rules call in between
    _edit_vocab(root, "")
    assert "Vale.Terms" in vale.skipped_ids(vc)


def test_rr53a_3_all_rules_and_skipped_ids_agree_after_an_edit(tmp_path):
    root, vc = _project(tmp_path, "Acme\n")
    assert "Vale.Terms" in {r.id for r in vale.all_rules(vc)}
    _edit_vocab(root, "")
    assert "Vale.Terms" in vale.skipped_ids(vc)
    assert "Vale.Terms" not in {r.id for r in vale.all_rules(vc)}


def test_rr53a_3_an_unedited_vocab_keeps_the_built_rules(tmp_path):
    root, vc = _project(tmp_path, "Acme\n")
    first = vale.all_rules(vc)
    assert vale.skipped_ids(vc) == vale.skipped_ids(vc)
    assert [id(r) for r in vale.all_rules(vc)] == [id(r) for r in first]    # nothing rebuilt
