"""fx577: a plain-text article of an export (JSON Lines) is given its own
parts as Vale text, not the whole file (qa427 #7); a .txt file is still one
block to Vale, as Vale reads it."""
from __future__ import annotations

from tests.test_qa427_review import KIND_OF, SWAP, _desk, _vale

TWO = ('{"id": "a1", "title": "Kind of odd", "body": "<p>The odd story.</p>"}\n'
       '{"id": "a2", "title": "Odd two", "body": "Plain text, it was kind of odd.\\n\\nThat\'s very unique."}\n')


def test_plain_text_article_gets_its_own_matches_once(tmp_path, run_cli):
    _desk(tmp_path, None, Ep=KIND_OF, Swap=SWAP)
    (tmp_path / "a.jsonl").write_text(TWO)
    line = TWO.splitlines()[1]
    assert _vale(run_cli, tmp_path, "a.jsonl") == [
        "1:24:Desk.Ep", f"2:{line.index('kind of') + 1}:Desk.Ep", f"2:{line.index('That') + 1}:Desk.Swap",
        f"2:{line.index('very') + 1}:Desk.Swap"]


def test_fix_of_a_plain_text_article_is_counted_once(tmp_path, run_cli):
    _desk(tmp_path, None, Swap=SWAP)
    (tmp_path / "a.jsonl").write_text(TWO)
    res = run_cli("check", "a.jsonl", "--no-cache", "--fix", cwd=tmp_path)
    assert "fixed 2 problems" in res.stderr, res.stderr
    assert (tmp_path / "a.jsonl").read_text() == TWO.replace("That's very unique", "That is unique")


def test_guard_text_file_is_one_vale_block(tmp_path, run_cli):
    _desk(tmp_path, None, Ep=KIND_OF)
    (tmp_path / "t.txt").write_text("Kind of odd.\n\nIt was kind of late.\n")
    assert _vale(run_cli, tmp_path, "t.txt") == ["1:1:Desk.Ep", "3:8:Desk.Ep"]


RAW = 'extends: existence\nmessage: "Raw %s."\nlevel: warning\nscope: raw\ntokens:\n  - odd\n'


def test_raw_scope_of_an_export_article_is_its_own_lines(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    (tmp_path / "a.jsonl").write_text(TWO)
    res = run_cli("check", "a.jsonl", "--format", "vale", "--no-cache", cwd=tmp_path)
    got = sorted((ln.split(":")[1], ln.rsplit("(", 1)[1]) for ln in res.stdout.splitlines() if "Desk.Raw" in ln)
    assert got == [("1", "article a1)"), ("1", "article a1)"), ("2", "article a2)")], res.stdout


def test_guard_raw_scope_of_a_markdown_file_is_the_whole_file(tmp_path, run_cli):
    _desk(tmp_path, None, Raw=RAW)
    (tmp_path / "a.md").write_text("# odd\n\nIt was odd.\n\n- odd item\n")
    assert [x.split(":")[0] for x in _vale(run_cli, tmp_path, "a.md")] == ["1", "3", "5"]
