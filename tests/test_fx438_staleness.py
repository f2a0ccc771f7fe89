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


STORY = "Council votes on bridge\n\nThe call runs 1:00 until\n 5:00 PM on Friday.\n"


def _span_checks(monkeypatch, end: str):
    """The one time-of-day finding's fix, how many times a fix was judged
    (`Document.fix_judged`, also asked by `placing.as_placed` for a range
    finding) and each verbatim test made (whether it was given `line_ends`)."""
    from lint.config import Config
    from lint.document import Document, Part
    from lint.engine import lint_bytes
    verbatim, judge, calls, judged = Part.is_verbatim, Document.fix_judged, [], []

    def counted(self, *a, **k):
        calls.append("line_ends" in k)
        return verbatim(self, *a, **k)

    def judging(self, *a, **k):
        judged.append(a)
        return judge(self, *a, **k)
    monkeypatch.setattr(Part, "is_verbatim", counted)
    monkeypatch.setattr(Document, "fix_judged", judging)
    [d] = lint_bytes("story.txt", STORY.replace("\n", end).encode("utf-8"),
                     Config(select=("style.time-of-day",))).diagnostics
    return d.fix.replacement, len(judged), calls


def test_rr53a_5_a_lone_cr_fix_is_judged_once_per_ask_and_written_with_cr(monkeypatch):
    written, judged, calls = _span_checks(monkeypatch, "\r")
    assert written == "1 until\r 5 p.m."
    assert judged >= 1 and calls == [False, True] * judged     # placing judged it again (rr53a #5)


def test_rr53a_5_nearest_a_lf_fix_is_judged_once_per_ask_and_keeps_its_lf(monkeypatch):
    written, judged, calls = _span_checks(monkeypatch, "\n")
    assert written == "1 until\n 5 p.m."
    assert judged >= 1 and calls == [False] * judged


def _swapped(run_cli, root, ignorecase: bool, expected: str) -> list[str]:
    from vale_helpers import lines
    rule = (f"extends: substitution\nmessage: \"Use '%s', not '%s'.\"\nignorecase: {str(ignorecase).lower()}\n"
            f"swap:\n  '[Ee]-?mails?': '{expected}'\n")
    vale_project(root, "StylesPath = styles\n[*]\nBasedOnStyles = T\n", {"T/S": rule},
                 {"a.md": "# A\n\nSend an Email or two emails.\n"})
    res = run_cli("check", "--no-cache", "--format", "vale", "a.md", cwd=root)
    assert res.exit_code in (0, 1), res.stderr
    return [ln.split(":", 3)[3] for ln in lines(res)]


def test_qa301_5_a_swap_s_pattern_is_compiled_once_and_keyed_on_its_flags_and_text(run_cli, tmp_path):
    from lint.kinds.vale_substitution import _whole
    _whole.cache_clear()
    # IGNORECASE: 'Email' is e-?mail whole, 'emails' is not
    assert _swapped(run_cli, tmp_path / "a", True, "e-?mail") == ["T.S:Use 'e-?mail', not 'emails'."]
    assert _whole.cache_info().hits >= 1 and _whole.cache_info().currsize == 1     # two finds, one compile
    # the same pattern without IGNORECASE: 'Email' is no longer the swap's own form
    assert _swapped(run_cli, tmp_path / "b", False, "e-?mail") == [
        "T.S:Use 'e-?mail', not 'Email'.", "T.S:Use 'e-?mail', not 'emails'."]
    # another pattern, the same flags: 'emails' is now the swap's own form
    assert _swapped(run_cli, tmp_path / "c", True, "e-?mails?") == []


def test_qa304_where_rules_run_reads_the_vocab_edited_since_the_last_call(tmp_path):
    """qa304: `where_rules_run` (`newslint rules`, `Session.runs_none`) asks
    `_vocab_seen` itself: with no other call in between, an edit that gives
    the Vocab its first term turns Vale.Terms on, and one that empties it
    turns it off again (the fx438 line no test read)."""
    root = vale_project(tmp_path, CONFIG.replace("= T", "= Vale, T"), {"T/R": RULE}, {"a.md": "# A\n"},
                        {"styles/config/vocabularies/House/accept.txt": ""})
    vc = load_file(str(root / ".vale.ini"))
    assert "Vale.Terms" not in vale.where_rules_run(vc, ())
    _edit_vocab(root, "Acme\n")
    assert "Vale.Terms" in vale.where_rules_run(vc, ())
    _edit_vocab(root, "")
    assert "Vale.Terms" not in vale.where_rules_run(vc, ())
