"""Hard-linked articles (qa92 #5): each name is linted and reported, and
`--fix` rewrites the one file in place so every name keeps it, fixed; two
names whose configs fix the file differently are left alone with one line.
Synthetic input only, written under tmp_path."""
from __future__ import annotations

import os

from lint.writer import linked_apart, write_atomic

SLIP = "The the plan is ready.\n"


def test_fix_keeps_the_link_and_counts_each_name(tmp_path, run_cli):
    (tmp_path / "a.md").write_text(SLIP, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "b.md")
    inode = os.stat(tmp_path / "a.md").st_ino
    result = run_cli("check", "--no-cache", "--fix", "a.md", "b.md", cwd=tmp_path)
    assert os.stat(tmp_path / "a.md").st_ino == os.stat(tmp_path / "b.md").st_ino == inode
    assert os.stat(tmp_path / "a.md").st_nlink == 2
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "The plan is ready.\n"
    assert "fixed 2 problems in 2 files" in result.stderr, result.stderr
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".newslint-tmp")]


def test_a_hard_link_outside_the_run_sees_the_fix(tmp_path, run_cli):
    # one file: the name not named on the command line is the same file
    (tmp_path / "a.md").write_text(SLIP, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "snapshot.md")
    run_cli("check", "--no-cache", "--fix", "a.md", cwd=tmp_path)
    assert (tmp_path / "snapshot.md").read_text(encoding="utf-8") == "The plan is ready.\n"


def test_names_fixed_differently_are_left_alone_with_a_line(tmp_path, run_cli):
    # the desk's config leaves the doubled word, a.md's folder fixes it: one
    # file cannot be both, so neither name is rewritten, and that is said
    (tmp_path / "desk").mkdir()
    (tmp_path / "desk" / ".newslint.yaml").write_text(
        "ignore: [hygiene.doubled-word]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text(SLIP, encoding="utf-8")
    os.link(tmp_path / "a.md", tmp_path / "desk" / "b.md")
    result = run_cli("check", "--no-cache", "--fix", "a.md", "desk/b.md", cwd=tmp_path)
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == SLIP
    said = [line for line in result.stderr.splitlines() if "hard link" in line]
    assert len(said) == 1 and "a.md" in said[0] and "desk/b.md" in said[0], result.stderr
    assert "hygiene.doubled-word" in result.stdout, result.output    # reported as it stays
    assert result.exit_code == 2, result.output


def test_write_atomic_keeps_a_link_only_when_asked(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_bytes(b"old text, long\n")
    os.link(a, b)
    write_atomic(str(a), b"new\n", keep_links=True)
    assert b.read_bytes() == b"new\n" and os.stat(a).st_nlink == 2
    write_atomic(str(a), b"newer\n")        # a report (--output): a rename, b keeps its text
    assert a.read_bytes() == b"newer\n" and b.read_bytes() == b"new\n"


def test_linked_apart_names_only_links_given_different_bytes(tmp_path):
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    a.write_bytes(b"x")
    os.link(a, b)
    c.write_bytes(b"x")
    assert linked_apart([(str(a), b"1"), (str(b), b"1"), (str(c), b"2")]) == {}
    assert set(linked_apart([(str(a), b"1"), (str(b), None)])) == {str(a), str(b)}
    apart = linked_apart([(str(a), b"1"), (str(b), b"2"), (str(c), b"3")])
    assert set(apart) == {str(a), str(b)} and str(b) in apart[str(a)]


def test_a_clash_through_a_symlink_is_not_called_a_hard_link(tmp_path):
    # qa96 (seen, not pinned): s is a symlink to b, a hard link of a
    a, b, s = tmp_path / "a", tmp_path / "b", tmp_path / "s"
    a.write_bytes(b"x")
    os.link(a, b)
    os.symlink(b, s)
    apart = linked_apart([(str(a), b"1"), (str(b), b"1"), (str(s), b"2")])
    assert f"{b} (a hard link), {s} (through a symlink)," in apart[str(a)], apart
    assert f"{a} (through a symlink), {b} (through a symlink)," in apart[str(s)], apart
