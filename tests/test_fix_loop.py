"""The fixing loop without the CLI (`lint/fixes.py`): `apply_fixes` on
overlapping and touching fixes; `fix_bytes` and `fix_path` over several
passes and at their limit, with only the rules given, on unreadable input and
with a fix refused; `fix_files` and `lint_files` giving files back in order;
a pass that would change how an export or a NITF file reads never written."""
from __future__ import annotations

import pytest

from lint.diagnostic import Diagnostic, Fix
from lint.fixes import apply_fixes
from fix_helpers import FIXED, STORY


def diag(start: int, end: int, replacement: str) -> Diagnostic:
    return Diagnostic("a.txt", 1, start + 1, 1, end + 1, "x.y", "warning", "m",
                      Fix(start, end, replacement), start, end)


def test_apply_fixes_skips_overlaps_and_keeps_the_rest():
    source = "abcdefghij"
    new, n = apply_fixes(source, [diag(6, 8, "X"), diag(1, 3, "12"), diag(2, 4, "zz"),
                                  diag(9, 9, "!"), diag(9, 9, "?")])
    assert (new, n) == ("a12defXi!j", 3)     # (2,4) overlaps (1,3); two insertions at 9 clash


def test_apply_fixes_ignores_no_op_and_out_of_range_fixes():
    assert apply_fixes("abc", [diag(0, 1, "a"), diag(2, 9, "x")]) == ("abc", 0)
    # ... and applies the fixes after them
    assert apply_fixes("abcdef", [diag(0, 1, "a"), diag(1, 9, "x"), diag(4, 5, "E")]) == ("abcdEf", 1)


def house(tmp_path, swaps: dict[str, str]):
    """Compiled substitution rules, one per swap (a house style folder)."""
    from lint.config import Config
    from lint.engine import active_rules

    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True, exist_ok=True)
    for i, (old, new) in enumerate(swaps.items()):
        (folder / f"r{i}.yaml").write_text(
            f'extends: substitution\nmessage: "{new}, not %s"\nswap:\n  "{old}": "{new}"\n', encoding="utf-8")
    config = Config(select=("house",), rule_dirs=(str(tmp_path / "rules"),))
    return config, active_rules(config)


def test_fixes_that_undo_each_other_stop_after_the_pass_limit(tmp_path):
    from lint.fixes import fix_bytes

    config, rules = house(tmp_path, {"colour": "color", "color": "colour"})
    outcome = fix_bytes("a.txt", b"Head\n\nThe colour red.\n", config, max_passes=3, rules=rules)
    assert outcome.problems == ["a.txt: fixes did not settle after 3 passes (two rules keep undoing "
                                "each other?); the last pass is kept"]
    assert (outcome.applied, outcome.fixed) == (3, "Head\n\nThe color red.\n")
    assert outcome.data == b"Head\n\nThe color red.\n" and outcome.changed
    settled = fix_bytes("a.txt", b"Head\n\nThe colour red.\n", config, max_passes=2, rules=rules[:1])
    assert (settled.problems, settled.applied, settled.fixed) == ([], 1, "Head\n\nThe color red.\n")


def test_fixes_applied_over_several_passes_are_all_counted():
    from lint.config import Config
    from lint.fixes import fix_bytes

    outcome = fix_bytes("a.txt", b"Head\n\nIt was the the the end.\n", Config(select=("hygiene.doubled-word",)))
    assert (outcome.applied, outcome.fixed) == (2, "Head\n\nIt was the end.\n")
    assert outcome.result.diagnostics == [] and outcome.problems == []


def test_a_fix_the_file_encoding_cannot_hold_is_refused(tmp_path):
    from lint.fixes import fix_bytes

    config, rules = house(tmp_path, {"->": "\u2192"})
    data = "Head\n\nCaf\xe9 -> bar.\n".encode("cp1252")
    outcome = fix_bytes("a.txt", data, config, rules=rules)
    assert outcome.problems == ["a.txt: a fix adds '\u2192', which cp1252 cannot store; not rewritten"]
    assert not outcome.changed and outcome.data == b""
    assert [d.rule for d in outcome.result.diagnostics] == ["house.r0"]


def test_unreadable_input_is_reported_not_fixed(tmp_path):
    from lint.config import Config
    from lint.fixes import fix_bytes, fix_path

    # a picture under an article's name (a .png is now skipped by its extension)
    binary = fix_bytes("b.md", b"\x89PNG\r\n\x1a\n\x00\x00", Config())
    assert (binary.path, binary.changed, [d.rule for d in binary.result.diagnostics]) == (
        "b.md", False, ["file.binary"])
    missing = fix_path(str(tmp_path / "gone.txt"), Config())
    assert (missing.path, [d.rule for d in missing.result.diagnostics]) == (
        str(tmp_path / "gone.txt"), ["file.missing"])
    big = tmp_path / "big.txt"
    big.write_bytes(b"Head\n\nThe the end.\n" * 100)
    large = fix_path(str(big), Config(max_file_size=100))
    assert (large.path, [d.rule for d in large.result.diagnostics], large.changed) == (
        str(big), ["file.too-large"], False)


@pytest.mark.parametrize("jobs", [1, 2])
def test_many_files_come_back_in_order_with_progress(tmp_path, jobs):
    from lint.fixes import fix_files
    from lint.runner import lint_files
    from lint.session import Session

    names = []
    for i in range(3):
        (tmp_path / f"s{i}.txt").write_text(STORY.replace("council", f"council{i}"), encoding="utf-8")
        names.append(str(tmp_path / f"s{i}.txt"))
    session = Session(cli={"select": ["hygiene"]})
    seen = []
    outcomes = list(fix_files(names, session, jobs=jobs, progress=lambda *a: seen.append(a)))
    assert [o.path for o in outcomes] == names and seen == [(1, 3), (2, 3), (3, 3)]
    assert [o.fixed for o in outcomes] == [FIXED.replace("council", f"council{i}") for i in range(3)]
    assert all(o.result.document is not None and o.result.document.parts == [] for o in outcomes)
    seen.clear()
    results = list(lint_files(names, session, jobs=jobs, keep_documents=True,
                              progress=lambda *a: seen.append(a)))
    assert [r.path for r in results] == names and seen == [(1, 3), (2, 3), (3, 3)]
    assert [len(r.diagnostics) for r in results] == [2, 2, 2]
    assert [r.document.source for r in results] == [STORY.replace("council", f"council{i}") for i in range(3)]
    bare = list(lint_files(names[:1], session, jobs=jobs))
    assert bare[0].document is None and len(bare[0].diagnostics) == 2


@pytest.mark.parametrize("fixes,result", [
    ([diag(2, 4, "X"), diag(4, 4, "!")], ("abXefghij", 1)),       # an insertion where a fix ended
    ([diag(4, 4, "!"), diag(4, 6, "Y")], ("abcd!efghij", 1)),       # a fix where an insertion was
    ([diag(2, 4, "X"), diag(4, 6, "Y")], ("abXYghij", 2)),        # two fixes that only touch
    ([diag(1, 1, "!"), diag(3, 3, "?")], ("a!bc?defghij", 2)),    # insertions apart
    ([diag(0, 0, ">")], (">abcdefghij", 1)),
])
def test_apply_fixes_at_shared_points(fixes, result):
    assert apply_fixes("abcdefghij", fixes) == result


def test_only_the_rules_given_fix(tmp_path):
    """The server and `--fix` pass the rules that run on the file; a rule left
    out fixes nothing, in the first pass or later."""
    from lint.config import Config
    from lint.engine import active_rules
    from lint.fixes import fix_bytes, fix_path

    config = Config(select=("hygiene",))
    doubled = [r for r in active_rules(config) if r.id == "hygiene.doubled-word"]
    outcome = fix_bytes("a.txt", STORY.encode(), config, rules=doubled)
    assert outcome.fixed == STORY.replace("The the", "The") and outcome.applied == 1
    assert outcome.result.diagnostics == []        # the final lint runs the same rules
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    assert not fix_path(str(tmp_path / "a.txt"), config, rules=[]).changed
    assert fix_path(str(tmp_path / "a.txt"), config).fixed == FIXED


def test_a_refused_fix_leaves_the_outcome_as_read(tmp_path):
    from lint.fixes import fix_bytes

    config, rules = house(tmp_path, {"->": "\u2192", "bar": "pub"})
    data = "Head\n\nCaf\xe9 -> bar.\n".encode("cp1252")
    outcome = fix_bytes("a.txt", data, config, rules=rules[:1])
    assert outcome.problems and outcome.fixed == outcome.original == "Head\n\nCaf\xe9 -> bar.\n"
    assert [d.rule for d in outcome.result.diagnostics] == ["house.r0"]     # the rules given, again


EXPORT = ('{"id": "a", "headline": "One", "body": "The the end.It is."}\n'
          '{"id": "b", "headline": "Two", "body": "Fine."}\n')


@pytest.mark.parametrize("broken", [
    lambda s: s.replace('"Two"', '"Two'),                    # an object becomes unreadable
    lambda s: s.replace("\n{", "\nnot json\n{", 1),        # a new unreadable line, same articles
])
def test_fixes_that_would_break_an_export_are_never_written(tmp_path, monkeypatch, broken):
    """The last safety net (fixes are refused where they could break the syntax):
    a pass whose result reads differently is dropped, and the file is re-linted as it was."""
    from lint import fixes
    from lint.config import Config
    from lint.engine import active_rules

    real = fixes._apply         # a pass's fixes, as fix_bytes applies them
    monkeypatch.setattr(fixes, "_apply", lambda source, found: (
        (broken(real(source, found)[0]), real(source, found)[1]) if real(source, found)[1] else (source, [])))
    config = Config(select=("hygiene", "file"))
    doubled = [r for r in active_rules(config) if r.id == "hygiene.doubled-word"]
    outcome = fixes.fix_bytes("d.jsonl", EXPORT.encode(), config, rules=doubled)
    assert outcome.problems == ["d.jsonl: the fixes would change how the file reads (an article "
                                "lost or the file unreadable); nothing written"]
    assert not outcome.changed and outcome.data == b""
    assert [(d.rule, d.line) for d in outcome.result.diagnostics] == [("hygiene.doubled-word", 1)]


def test_a_pass_that_turns_an_article_into_a_file_problem_is_never_written(monkeypatch):
    from conftest import ROOT
    from lint import fixes
    from lint.config import Config

    real = fixes._apply         # a pass's fixes, as fix_bytes applies them
    monkeypatch.setattr(fixes, "_apply", lambda source, found: (
        (real(source, found)[0].replace("nitf>", "nitx>"), real(source, found)[1]) if real(source, found)[1]
        else (source, [])))
    data = (ROOT / "tests" / "archives" / "story.nitf").read_bytes()
    outcome = fixes.fix_bytes("s.nitf", data, Config(select=("file", "hygiene")))
    assert outcome.problems and not outcome.changed
    assert [d.rule for d in outcome.result.diagnostics] == ["hygiene.doubled-word"]
