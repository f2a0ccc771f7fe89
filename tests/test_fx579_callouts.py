"""fx579: --fix and a block quotation that is the paper's own note (qa436
#2): a GitHub alert, `Note:` or an editor's/correction note set with `>` is
fixed like the story; a speaker's block quotation, a note signed with a
dash, and any quotation in marks inside a note stay held (AP: never alter
quotations)."""
from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import active_rules
from lint.fixes import fix_bytes
from lint.quote_fixes import callout

SWAPS = ("extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\n"
         "swap:\n  '\\bit is\\b': it's\n  '\\balright\\b': all right\n")
HELD = [("alright", "quotation"), ("it is", "quotation")]


def _fix(tmp_path, text, path="a.md"):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "words.yaml").write_text(SWAPS, encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return fix_bytes(path, text.encode("utf-8"), config, rules=active_rules(config))


def _held(outcome):
    return sorted((d.snippet.lower(), key) for d, key in outcome.result.held.items())


@pytest.mark.parametrize("path, text", [
    ("a.md", "# Fees\n\n> [!WARNING]\n> It is alright to republish this story.\n\nThe vote is Friday.\n"),
    ("a.md", "# Fees\n\n> [!tip]\n> It is alright to republish this story.\n\nThe vote is Friday.\n"),
    ("a.md", "# Fees\n\n> Correction: It is alright to republish this story.\n\nThe vote is Friday.\n"),
    ("a.md", "# Fees\n\n> *Editor\u2019s note*: It is alright to republish this story.\n\nThe vote is Friday.\n"),
    ("a.html", "<html><body><h1>Fees</h1><p>The vote.</p><blockquote><p>Editor's note: It is alright to "
               "republish this story.</p></blockquote><p>The vote is Friday.</p></body></html>\n"),
])
def test_a_note_set_apart_is_fixed(tmp_path, path, text):
    outcome = _fix(tmp_path, text, path)
    assert "It's all right to republish" in outcome.fixed
    assert not outcome.result.held


@pytest.mark.parametrize("text", [
    # a speaker's block quotation, signed or not
    "# Fees\n\nShe wrote:\n\n> It is alright, we will pay.\n\nThe vote is Friday.\n",
    "# Fees\n\n> It is alright, we will pay.\n>\n> \u2014 Jane Roe\n\nThe vote is Friday.\n",
    # a label word that opens a sentence, not a note
    "# Fees\n\n> Notes of the meeting: it is alright, we will pay.\n\nThe vote is Friday.\n",
    "# Fees\n\n> Note that it is alright, we will pay.\n\nThe vote is Friday.\n",
    # a note signed by a person is held: when in doubt, hold
    "# Fees\n\n> Note: It is alright, we will pay. \u2014 Jane Roe\n\nThe vote is Friday.\n",
    "# Fees\n\n> [!NOTE]\n> It is alright, we will pay.\n> \u2014 Jane Roe\n\nThe vote is Friday.\n",
    # someone's note, quoted after a lead-in
    "# Fees\n\nThe company wrote:\n\n> Note: It is alright, we will pay.\n\nThe vote is Friday.\n",
    "# Fees\n\nHer post read:\n\n> [!NOTE]\n> It is alright, we will pay.\n\nThe vote is Friday.\n",
    # an alert word inside the text, not its own first line
    "# Fees\n\n> She said [!NOTE] it is alright, we will pay.\n\nThe vote is Friday.\n",
])
def test_guard_a_speakers_block_quotation_is_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


@pytest.mark.parametrize("text", [
    "# Fees\n\n> Note: \u201cIt is alright,\u201d the mayor said.\n\nThe vote is Friday.\n",
    "# Fees\n\n> [!NOTE]\n> \"It is alright,\" the mayor said.\n\nThe vote is Friday.\n",
    "# Fees\n\n> Editor's note: the mayor said \u2018it is alright\u2019.\n\nThe vote is Friday.\n",
])
def test_guard_a_quotation_in_marks_inside_a_note_is_held(tmp_path, text):
    outcome = _fix(tmp_path, text)
    assert outcome.fixed == text
    assert _held(outcome) == HELD


@pytest.mark.parametrize("text, expected", [
    ("[!NOTE]\nIt is late.", True), ("[!Caution]", True), ("Note: it is late.", True),
    ("NOTE : it is late.", True), ("Editor's note: it is late.", True), ("Update: it is late.", True),
    ("[!NOTES]\nIt is late.", False), ("[!NOTE] It is late.", False), ("Notebook: it is late.", False),
    ("It is late. Note: later.", False), ("Note: it is late.\n\u2014 Jane Roe", False),
])
def test_callout_reads_only_a_notes_opening(text, expected):
    assert callout(text) is expected
