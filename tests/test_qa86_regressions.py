"""qa86: faults found around fx157's and fx158's fixes (front matter, rule
loading, reading) and beside them. Each is a strict xfail until it is fixed;
the input is synthetic. "new" faults are ones beb47df2 (main) did not have."""
from __future__ import annotations

import os
import threading

import pytest
import yaml

from lint.readers import read_bytes
from rule_file_helpers import rule_error, write

COLOUR = "extends: substitution\nmessage: \"use '{replacement}'\"\nlevel: warning\nswap:\n  colour: color\n"


def _house(tmp_path, swap: str = "colour: color", scope: str = "") -> None:
    write(tmp_path / "rules" / "h" / "x.yaml", "extends: substitution\nmessage: \"use '{replacement}'\"\n"
          f"level: warning\n{scope}swap:\n  {swap}\n")


# --- #1 an editor's lock file in a pack stops every run ---------------------------------

def test_an_editor_lock_file_beside_a_rule_is_passed_over(tmp_path, run_cli):
    _house(tmp_path)
    os.symlink("reporter@desk.12345:1733356800", tmp_path / "rules" / "h" / ".#x.yaml")
    write(tmp_path / "a.txt", "Headline\n\nThe colour of the vote.\n")
    got = run_cli("check", "--no-cache", "a.txt", "--rules", "rules", "--select", "h", cwd=tmp_path)
    assert got.exit_code == 0, got.output
    assert "a.txt:3:5: warning [h.x] use 'color'" in got.stdout


def test_an_editor_lock_file_in_a_vale_style_is_passed_over(tmp_path, run_cli):
    # qa86 #1's old twin: Emacs' .#Swap.yml beside Swap.yml stopped every run under a Vale config
    write(tmp_path / ".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = House\n")
    write(tmp_path / "styles" / "House" / "Swap.yml", "extends: substitution\nmessage: \"Use '%s'\"\n"
          "swap:\n  utilize: use\n")
    os.symlink("reporter@desk.12345:1733356800", tmp_path / "styles" / "House" / ".#Swap.yml")
    write(tmp_path / "a.md", "We utilize it.\n")
    got = run_cli("check", "--no-cache", "a.md", cwd=tmp_path)
    assert "[House.Swap]" in got.stdout and "cannot read" not in got.output, got.output


# --- #2 --fix writes a YAML indicator at the start of a plain title ----------------------

@pytest.mark.parametrize("swap, title, fixed", [
    ("Fifties: \"'50s\"", "Fifties music is back", "'50s music is back"),
    ("'(?i)percent': '%'", "Percent of voters rose", "% of voters rose"),
    ("'(?i)and': '&'", "And then it rose", "& then it rose"),
])
def test_a_fix_at_the_start_of_a_plain_yaml_title_keeps_the_front_matter_yaml(tmp_path, run_cli, swap,
                                                                               title, fixed):
    _house(tmp_path, swap, "scope: [headline, paragraph]\n")
    story = write(tmp_path / "a.md", f"---\ntitle: {title}\n---\n\nThe council met on Tuesday.\n")
    run_cli("check", "--no-cache", "--fix", "a.md", "--rules", "rules", "--select", "h", cwd=tmp_path)
    front = story.read_text(encoding="utf-8").split("---\n")[1]
    assert yaml.safe_load(front)["title"] in (title, fixed), front


def test_a_fix_in_a_plain_yaml_value_is_held_only_when_yaml_would_read_it_otherwise(tmp_path, run_cli):
    _house(tmp_path, "Fifties: \"'50s\"", "scope: [headline, field, paragraph]\n")
    story = write(tmp_path / "a.md", "---\ntitle: Fifties music is back\ntags: [Fifties, Music of the Fifties]\n"
                                     "---\n\nThe Fifties are back.\n")
    got = run_cli("check", "--no-cache", "--fix", "a.md", "--rules", "rules", "--select", "h", cwd=tmp_path)
    front = yaml.safe_load(story.read_text(encoding="utf-8").split("---\n")[1])
    assert front == {"title": "Fifties music is back", "tags": ["Fifties", "Music of the '50s"]}, front
    assert "The '50s are back." in story.read_text(encoding="utf-8")
    assert "a.md: 2 findings left unfixed on purpose (2:8, 3:8: it is an unquoted YAML value" in got.output, got.output


# --- #3 noon's fix drops the stop that ends a quoted sentence -----------------------------

@pytest.mark.parametrize("close", ['"', "\u201d"])
def test_noons_fix_keeps_the_stop_before_a_closing_quote_that_ends_the_sentence(tmp_path, run_cli, close):
    story = write(tmp_path / "s.md", f'# Vote set for Friday\n\n"The vote is at 12 p.m.{close} She left '
                                     "the hall early, the clerk said.\n")
    run_cli("check", "--no-cache", "--fix", "s.md", "--select", "style.noon-midnight", cwd=tmp_path)
    assert f"The vote is at noon.{close} She left" in story.read_text(encoding="utf-8")


# --- #4 a TOML [[images]] table's caption is never read ------------------------------------

def test_an_array_of_tables_picture_has_its_caption():
    src = '+++\ntitle = "Vote"\n[[images]]\nsrc = "a.jpg"\ncaption = "Crowds TK"\n+++\n\nThe council voted.\n'
    doc = read_bytes("story.md", src.encode())
    got = [(p.kind, p.text, doc.lines.position(p.source_offset(0))) for p in doc.parts if p.kind == "caption"]
    assert got == [("caption", "Crowds TK", (5, 12))]


# --- #5 a pack's hidden files are loaded as rules -------------------------------------------

def test_a_packs_dotfiles_are_not_rules(tmp_path, run_cli):
    _house(tmp_path)
    (tmp_path / "rules" / "h" / "._x.yaml").write_bytes(b"\x00\x05\x16\x07\x00\x02\x00\x00Mac OS X\xb0")
    write(tmp_path / "rules" / "h" / ".draft.yaml", COLOUR)
    write(tmp_path / "a.txt", "Headline\n\nThe colour of the vote.\n")
    got = run_cli("check", "--no-cache", "a.txt", "--rules", "rules", "--select", "h", cwd=tmp_path)
    assert got.exit_code == 0, got.output
    assert "[h.x]" in got.stdout and "h..draft" not in got.stdout


# --- #6 the editor keeps a timed-out rule skipped after its text is gone ----------------------

def test_the_editor_runs_a_timed_out_rule_again_once_the_slow_text_is_gone(tmp_path, monkeypatch):
    from lint.kinds import base
    from lint.server.documents import Target
    from lint.server.linting import Linter

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    write(tmp_path / "rules" / "house" / "slow.yaml", "extends: existence\nmessage: slow\nnonword: true\n"
          "scope: [paragraph]\ntokens: [Baa, '(a|aa)+$']\n")
    linter = Linter(cli={"rule_dirs": [str(tmp_path / "rules")], "select": ["house"]})
    path = str(tmp_path / "s.txt")
    target = Target("file://" + path, path, path)
    first = linter.lint(target, "Headline\n\n" + "a" * 5000 + "x\n", threading.Event())
    assert first.problems                                     # it timed out
    again = linter.lint(target, "Headline\n\nBaa\n", threading.Event())
    assert [(d.rule, d.line) for d in again.diagnostics] == [("house.slow", 3)], again.problems


# --- #7 a YAML front matter's huge whole number is said in Python's words --------------------

def test_a_yaml_huge_number_is_said_in_plain_words():
    doc = read_bytes("story.md", ("---\ntitle: A vote\nn: " + "9" * 5000 + "\n---\n\nThe council met.\n").encode())
    said = [n.message for n in doc.notices if n.rule == "file.front-matter"]
    assert len(said) == 1 and "5,000 digits" in said[0] and "set_int_max_str_digits" not in said[0], said


# --- #8 TOML nested too deep is placed at the front matter's start ----------------------------

@pytest.mark.parametrize("value", ["[" * 3000 + "]" * 3000, "{a=" * 3000 + "1" + "}" * 3000])
def test_toml_nested_too_deep_is_placed_at_the_value(value):
    doc = read_bytes("story.md", f'+++\ntitle = "A vote"\nn = {value}\n+++\n\nThe council met.\n'.encode())
    placed = [doc.lines.position(n.offset) for n in doc.notices if n.rule == "file.front-matter"]
    assert placed == [(3, 5)]


# --- #9 message: of a date or a boolean is said in Python's words -----------------------------

@pytest.mark.parametrize("written", ["2024-01-01", "true"])
def test_a_message_of_the_wrong_type_is_said_as_written(tmp_path, written):
    said = rule_error(tmp_path, f"extends: substitution\nmessage: {written}\nswap:\n  colour: color\n")
    assert f"not {written} " in said, said


# --- #10 a baseline written in a run where a rule timed out lacks its later files' findings ----

def test_a_baseline_written_after_a_timeout_still_holds_the_later_files_findings(tmp_path, run_cli,
                                                                                  monkeypatch):
    import json

    from lint.kinds import base

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    write(tmp_path / "rules" / "house" / "slow.yaml", "extends: existence\nmessage: slow\nnonword: true\n"
          "scope: [paragraph]\ntokens: [Baa, '(a|aa)+$']\n")
    write(tmp_path / "d" / "a.txt", "Headline\n\n" + "a" * 5000 + "x\n")
    write(tmp_path / "d" / "b.txt", "Headline\n\nBaa\n")
    run_cli("check", "--no-cache", "d", "--rules", "rules", "--select", "house",
            "--write-baseline", "base.json", cwd=tmp_path)
    kept = tmp_path / "base.json"
    assert not kept.exists() or [(f["path"], f["rule"]) for f in json.loads(kept.read_text())["findings"]] == [
        ("d/b.txt", "house.slow")]


# --- #11, #12 a timeout on one article of an export --------------------------------------------

def _slow_export(tmp_path, monkeypatch):
    import json

    from lint.kinds import base

    monkeypatch.setattr(base, "REGEX_TIMEOUT", 0.2)
    write(tmp_path / "rules" / "house" / "slow.yaml", "extends: existence\nmessage: slow\nnonword: true\n"
          "scope: [paragraph]\ntokens: [Baa, '(a|aa)+$']\n")
    rows = [{"id": 1, "headline": "Slow", "body": "a" * 5000 + "x"}] + [
        {"id": i, "headline": "Story", "body": "The Baa vote."} for i in (2, 3)]
    write(tmp_path / "dump.jsonl", "".join(json.dumps(r) + "\n" for r in rows))


def test_a_timeout_on_one_article_keeps_the_rule_on_the_exports_other_articles(tmp_path, run_cli, monkeypatch):
    _slow_export(tmp_path, monkeypatch)
    got = run_cli("check", "--no-cache", "dump.jsonl", "--rules", "rules", "--select", "house", cwd=tmp_path)
    assert [line.split(" ", 1)[0] for line in got.stdout.splitlines() if "[house.slow]" in line] == [
        "dump.jsonl:2:45:", "dump.jsonl:3:45:"], got.output


def test_the_timeout_line_names_the_article(tmp_path, run_cli, monkeypatch):
    _slow_export(tmp_path, monkeypatch)
    got = run_cli("check", "--no-cache", "dump.jsonl", "--rules", "rules", "--select", "house", cwd=tmp_path)
    said = [line for line in got.stderr.splitlines() if "timed out" in line]
    assert len(said) == 1 and ("article 1" in said[0] or "dump.jsonl:1" in said[0]), got.stderr


# --- #13 a refused swap replacement is quoted in Python's repr ----------------------------------

def test_a_refused_swap_replacement_is_quoted_as_written(tmp_path):
    said = rule_error(tmp_path, "extends: substitution\nmessage: x\nswap:\n  '(plan)': '\\2'\n")
    assert "replacement '\\2' names group 2" in said, said
