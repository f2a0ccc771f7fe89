"""`check --fix` writing files: what gets fixed, and what is kept byte for
byte (encoding, BOM, line ends, permissions, owner, a symlink); a file that
cannot be written is said and left as it was. `--diff` is tested in
test_fix_diff.py, the fixing loop without the CLI in test_fix_loop.py."""
from __future__ import annotations

import codecs
import os
import re
import shutil
import stat

import pytest

from lint.writer import WriteError, encode_fixed
from fix_helpers import FIXED, HYGIENE, STORY


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
