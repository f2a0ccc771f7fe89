"""`check --fix` and `--diff`: what gets fixed, what is kept byte for byte."""
from __future__ import annotations

import codecs
import os
import re
import shutil
import stat

import pytest

from lint.diagnostic import Diagnostic, Fix
from lint.fix_diff import unified_diff
from lint.fixes import apply_fixes
from lint.writer import WriteError, encode_fixed

STORY = "Council votes\n\nThe the council met. It said Kowalczyk.After the vote it left.\n"
FIXED = "Council votes\n\nThe council met. It said Kowalczyk. After the vote it left.\n"
HYGIENE = ("--select", "hygiene")


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


def test_fix_on_a_copy_of_the_sample_then_nothing_left_to_fix(run_cli, sample, tmp_path):
    copy = tmp_path / "story.txt"
    shutil.copy(sample, copy)
    original = copy.read_bytes()
    first = run_cli("check", "--no-color", "--fix", "story.txt", cwd=tmp_path)
    fixed = copy.read_bytes()
    assert fixed == (original.replace(b"Tue. March 4th", b"Tuesday, March 4")
                     .replace(b"the the", b"the").replace(b"Reyes.Council", b"Reyes. Council"))
    assert "newslint: fixed 4 problems in 1 file" in first.stderr
    # What is left is reported, and the fixed findings are not.
    left = [line.split(" [")[1].split("]")[0] for line in first.stdout.splitlines() if " [" in line]
    assert left == ["titles.missing-headline", "captions.empty-credit", "captions.unbalanced",
                    "dates.after-publication", "hygiene.mixed-abbreviations",
                    "dates.after-publication", "hygiene.placeholder", "hygiene.boilerplate"]
    assert first.exit_code == 1                       # errors that cannot be fixed are left
    second = run_cli("check", "--no-color", "--fix", "story.txt", cwd=tmp_path)
    assert copy.read_bytes() == fixed and "newslint: fixed" not in second.stderr
    assert second.stdout == first.stdout
    assert sample.read_bytes() == original            # the sample itself is never touched


def test_diff_writes_nothing_and_shows_the_patch(run_cli, sample, tmp_path):
    copy = tmp_path / "story.txt"
    shutil.copy(sample, copy)
    before, mtime = copy.read_bytes(), copy.stat().st_mtime_ns
    result = run_cli("check", "--diff", "story.txt", cwd=tmp_path)
    assert result.exit_code == 1
    assert copy.read_bytes() == before and copy.stat().st_mtime_ns == mtime
    lines = before.decode("utf-8").splitlines()
    assert result.stdout == "".join(f"{row}\n" for row in [
        "--- a/story.txt", "+++ b/story.txt",
        "@@ -1,4 +1,4 @@", "-" + lines[0], "+Tuesday, March 4, 2025", *(" " + x for x in lines[1:4]),
        "@@ -10,8 +10,8 @@", *(" " + x for x in lines[9:12]), "-" + lines[12],
        "+" + lines[12].replace("the the", "the"), " ", "-" + lines[14],
        "+" + lines[14].replace("Reyes.Council", "Reyes. Council"), " ", " " + lines[16]])
    assert "newslint: 4 fixes would be applied to 1 file (nothing written)" in result.stderr
    assert sorted(os.listdir(tmp_path)) == ["story.txt"]
    run_cli("check", "--fix", "story.txt", cwd=tmp_path)
    clean = run_cli("check", "--diff", "story.txt", cwd=tmp_path)
    assert (clean.exit_code, clean.stdout) == (0, "")


def test_diff_applies_with_git(run_cli, tmp_path):
    if not shutil.which("git"):
        pytest.skip("git not installed")
    import subprocess

    (tmp_path / "a.txt").write_bytes(STORY.replace("\n", "\r\n").encode())
    # stdout_bytes: click's `stdout` would turn the patch's CRLF lines into LF
    patch = run_cli("check", "--diff", *HYGIENE, "a.txt", cwd=tmp_path).stdout_bytes
    (tmp_path / "p.diff").write_bytes(patch)
    subprocess.run(["git", "apply", "--unsafe-paths", "p.diff"], cwd=tmp_path, check=True)
    assert (tmp_path / "a.txt").read_bytes() == FIXED.replace("\n", "\r\n").encode()


@pytest.mark.parametrize("bom,codec,newline", [
    (b"", "utf-8", "\n"), (b"", "utf-8", "\r\n"), (codecs.BOM_UTF8, "utf-8", "\r\n"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "\r\n"), (codecs.BOM_UTF16_BE, "utf-16-be", "\n"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "\r\n"), (codecs.BOM_UTF32_BE, "utf-32-be", "\n"),   # qa84 #7
    (b"", "cp1252", "\r\n"),
])
def test_fix_keeps_encoding_bom_and_line_endings(run_cli, tmp_path, bom, codec, newline):
    story, fixed = STORY, FIXED
    if codec == "cp1252":                     # not valid UTF-8: read as cp1252, written back so
        story, fixed = story.replace("council", "café"), fixed.replace("council", "café")
    path = tmp_path / "a.txt"
    path.write_bytes(bom + story.replace("\n", newline).encode(codec))
    result = run_cli("check", "--fix", *HYGIENE, "a.txt", cwd=tmp_path)
    assert "fixed 2 problems in 1 file" in result.stderr
    assert path.read_bytes() == bom + fixed.replace("\n", newline).encode(codec)


def test_fix_keeps_permissions_and_leaves_no_temp_files(run_cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    os.chmod(path, 0o640)
    run_cli("check", "--fix", *HYGIENE, "a.txt", cwd=tmp_path)
    assert path.read_text(encoding="utf-8") == FIXED
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert os.listdir(tmp_path) == ["a.txt"]


def test_fix_leaves_a_read_only_file_alone(run_cli, tmp_path, monkeypatch):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    os.chmod(path, 0o444)
    real = os.access      # as a user other than root sees it: root may write anything

    def access(p, mode):
        if mode == os.W_OK and os.path.samefile(p, path):
            return bool(os.stat(p).st_mode & 0o222)
        return real(p, mode)
    monkeypatch.setattr(os, "access", access)
    result = run_cli("check", "--fix", *HYGIENE, "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert "a.txt: cannot write the fixed file: the file is read-only" in result.stderr
    assert path.read_text(encoding="utf-8") == STORY and os.listdir(tmp_path) == ["a.txt"]
    assert stat.S_IMODE(path.stat().st_mode) == 0o444


def test_a_fixed_file_that_cannot_be_written_is_reported_as_it_stays(run_cli, tmp_path,
                                                                      monkeypatch):
    def refuse(path, data, keep_links=False):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr("lint.writer.write_atomic", refuse)      # --fix writes in writer.write_fixes
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--fix", *HYGIENE, "a.txt", cwd=tmp_path)
    assert result.exit_code == 2 and "newslint: fixed" not in result.stderr
    assert "a.txt: cannot write the fixed file: Permission denied" in result.stderr
    # the findings of the file as it is on disk, not of the fix that was not written
    assert "a.txt:3:1: warning [hygiene.doubled-word]" in result.stdout
    assert "[hygiene.missing-space]" in result.stdout
    assert "Found 2 problems" in result.stdout
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == STORY
    # the HTML report shows the file's lines as they stay, findings marked, not "unread"
    page = run_cli("check", "--fix", "--format", "html", *HYGIENE, "a.txt", cwd=tmp_path).stdout
    assert '<div class="fileprob">' not in page and "Kowalczyk.After" in page
    assert re.search(r'<mark [^>]*data-findings="f0-1"[^>]*>The the</mark>', page)


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="only root can give a file to another owner")
def test_fix_run_as_root_keeps_the_files_owner(run_cli, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    os.chown(path, 65534, 65534)              # nobody's article, fixed in a root container
    os.chmod(path, 0o640)
    run_cli("check", "--fix", *HYGIENE, "a.txt", cwd=tmp_path)
    st = path.stat()
    assert path.read_text(encoding="utf-8") == FIXED
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (65534, 65534, 0o640)


def test_fix_rewrites_a_symlinks_target(run_cli, tmp_path):
    (tmp_path / "real.txt").write_text(STORY, encoding="utf-8")
    os.symlink("real.txt", tmp_path / "link.txt")
    run_cli("check", "--fix", *HYGIENE, "link.txt", cwd=tmp_path)
    assert os.path.islink(tmp_path / "link.txt")
    assert (tmp_path / "real.txt").read_text(encoding="utf-8") == FIXED


def test_fix_from_stdin_prints_the_fixed_article(run_cli, tmp_path):
    result = run_cli("check", "--fix", *HYGIENE, "-", "--stdin-filename", "story.txt",
                     input=STORY.encode(), cwd=tmp_path)
    assert result.stdout == FIXED
    assert "fixed 2 problems" in result.stderr and os.listdir(tmp_path) == []


def test_fixes_that_never_settle_stop_at_the_pass_limit(run_cli, tmp_path):
    for name, (a, b) in {"one": ("colour", "color"), "two": ("color", "colour")}.items():
        folder = tmp_path / "rules" / "flip"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.yaml").write_text(
            f"extends: substitution\nmessage: use '{{replacement}}'\nlevel: warning\n"
            f"description: flip.\nswap:\n  {a}: {b}\n"
            f"examples:\n  - fail: the {a}\n    fix: the {b}\n  - pass: the {b}\n",
            encoding="utf-8")
    path = tmp_path / "a.txt"
    path.write_text("Headline\n\nThe colour of money.\n", encoding="utf-8")
    result = run_cli("check", "--fix", "--rules", "rules", "--select", "flip", "a.txt",
                     cwd=tmp_path)
    assert result.exit_code == 2
    assert "fixes did not settle after 10 passes" in result.stderr


def test_writer_refuses_text_its_encoding_cannot_hold():
    original = "café".encode("cp1252")
    with pytest.raises(WriteError, match="cannot store"):
        encode_fixed("café ☃", "café", original, "cp1252")
    with pytest.raises(WriteError, match="round-trip"):
        encode_fixed("x", "caf?", original, "cp1252")


def test_unified_diff_marks_a_missing_final_newline():
    patch = unified_diff("a.txt", b"one\ntwo the the", b"one\ntwo the")
    assert patch.endswith(b"-two the the\n\\ No newline at end of file\n"
                          b"+two the\n\\ No newline at end of file\n")


def test_fix_with_jobs_fixes_every_file(run_cli, tmp_path):
    for i in range(4):
        (tmp_path / f"s{i}.txt").write_text(STORY, encoding="utf-8")
    result = run_cli("check", "--fix", "--jobs", "2", *HYGIENE, ".", cwd=tmp_path)
    assert "fixed 8 problems in 4 files" in result.stderr
    assert all((tmp_path / f"s{i}.txt").read_text(encoding="utf-8") == FIXED for i in range(4))


@pytest.mark.parametrize("name,text", [
    ("a.html", "<h1>Head</h1>\n<p>Tom &amp; Jerry met. Tom & Jerry left.</p>\n"),
    ("a.md", "# Head\n\nTom &amp; Jerry met. Tom & Jerry left.\n")])
def test_a_fix_never_replaces_part_of_an_entity(run_cli, tmp_path, name, text):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "amp.yaml").write_text(
        'extends: substitution\nmessage: "and, not %s"\nnonword: true\nswap:\n  "&": and\n'
        'examples:\n  - {fail: "Tom & Jerry", fix: "Tom and Jerry"}\n  - {pass: "Tom and Jerry"}\n',
        encoding="utf-8")
    (tmp_path / name).write_text(text, encoding="utf-8")
    result = run_cli("check", "--rules", "rules", "--select", "house", "--fix", name, cwd=tmp_path)
    # Both are flagged; only the bare '&' is fixed: the entity would have become "andamp;".
    assert (tmp_path / name).read_text(encoding="utf-8") == text.replace("Tom & Jerry", "Tom and Jerry")
    assert "newslint: fixed 1 problem in 1 file" in result.stderr
    assert len(result.stdout.splitlines()) == 2          # the entity's finding, then the summary


# --- the fixing loop, without the CLI ------------------------------------------

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


def test_unified_diff_names_the_file_as_git_does():
    assert unified_diff("a.txt", b"same\n", b"same\n") == b""
    patch = unified_diff("sub/dir/a.txt", b"one\n", b"two\n")
    assert patch.splitlines()[:2] == [b"--- a/sub/dir/a.txt", b"+++ b/sub/dir/a.txt"]
    odd = os.fsdecode(b"caf\xe9.txt")          # a Latin-1 file name on a UTF-8 system
    # C-quoted as git quotes it (was the raw byte): patch(1) and git apply read it back
    assert unified_diff(odd, b"one\n", b"two\n").splitlines()[0] == b'--- "a/caf\\351.txt"'


@pytest.mark.parametrize("name, header", [
    ("my story.md", b"--- a/my story.md\t"),               # was '--- a/my story.md': patch read 'a/my'
    ("n\nl.md", b'--- "a/n\\nl.md"'),                       # was two lines
    ('q"b\\.md', b'--- "a/q\\"b\\\\.md"'),
    ("caf\u00e9.md", b'--- "a/caf\\303\\251.md"'),
    ("it\x7f.md", b'--- "a/it\\177.md"'),
])
def test_unified_diff_quotes_a_name_as_git_does(name, header):
    assert unified_diff(name, b"one\n", b"two\n").split(b"\n")[0] == header


def test_diff_of_odd_names_applies_with_patch_p1(run_cli, tmp_path):
    import subprocess
    if shutil.which("patch") is None:
        pytest.skip("no patch(1) here")
    names = ["my story.txt", "two\nlines.txt", 'q"b.txt', "caf\u00e9.txt"]
    for name in names:
        (tmp_path / name).write_text("Vote\n\nThe the council met.\n")
    patch = run_cli("check", "--diff", "--select", "hygiene", *names, cwd=tmp_path).stdout
    subprocess.run(["patch", "-p1", "-s"], input=patch, text=True, cwd=tmp_path, check=True)
    assert [(tmp_path / n).read_text() for n in names] == ["Vote\n\nThe council met.\n"] * 4


def test_unified_diff_names_an_absolute_path_as_git_does(tmp_path, monkeypatch):
    # was '--- a//tmp/.../a.txt'
    (tmp_path / "here").mkdir()
    monkeypatch.chdir(tmp_path / "here")
    outside = str(tmp_path / "there" / "a.txt")
    assert unified_diff(outside, b"one\n", b"two\n").splitlines()[:2] == [
        b"--- a" + outside.encode(), b"+++ b" + outside.encode()]    # git diff --no-index's form
    inside = str(tmp_path / "here" / "sub" / "b.txt")             # patch -p1 here applies it
    assert unified_diff(inside, b"one\n", b"two\n").splitlines()[0] == b"--- a/sub/b.txt"
    assert unified_diff("./sub/../c.txt", b"one\n", b"two\n").splitlines()[0] == b"--- a/c.txt"


def test_diff_of_a_file_below_the_working_folder_applies_with_patch_p1(run_cli, tmp_path):
    import shutil
    import subprocess
    if shutil.which("patch") is None:
        pytest.skip("no patch(1) here")
    story = tmp_path / "story.txt"
    story.write_text("Vote\n\nThe the council met.\n")
    patch = run_cli("check", "--diff", "--select", "hygiene", story, cwd=tmp_path).stdout
    assert patch.startswith("--- a/story.txt\n+++ b/story.txt\n")
    subprocess.run(["patch", "-p1", "-s"], input=patch, text=True, cwd=tmp_path, check=True)
    assert story.read_text() == "Vote\n\nThe council met.\n"
