"""fx564 (qa368 #3): the report after --fix never calls a finding the run
held "fixable with --fix"; guards: a finding --fix could not reach stays fixable."""
from __future__ import annotations

LATIN = ("extends: substitution\nmessage: \"use '{replacement}'\"\nnonword: true\nswap:\n"
         "  '\\bi\\.e\\.(?=[\\s,;])': that is\n")
SHORT = "extends: substitution\nmessage: \"use '{replacement}'\"\nignorecase: true\nswap:\n  that is: that's\n"


def _rules(tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "latin.yaml").write_text(LATIN, encoding="utf-8")
    (folder / "short.yaml").write_text(SHORT, encoding="utf-8")
    return ("--rules", "rules", "--select", "house", "--no-color")


def test_a_chain_hold_is_not_fixable_after_fix(tmp_path, run_cli):
    args = _rules(tmp_path)
    (tmp_path / "a.txt").write_text("Crew\n\nThe crew is gone, i.e. it left.\n", encoding="utf-8")
    fixed = run_cli("check", "--fix", *args, "a.txt", cwd=tmp_path)
    assert (tmp_path / "a.txt").read_text(encoding="utf-8") == "Crew\n\nThe crew is gone, that is it left.\n"
    assert "house.short" in fixed.stdout and "fix it by hand" in fixed.stderr
    assert "fixable with --fix" not in fixed.stdout, fixed.stdout


def test_a_chain_hold_has_no_fix_in_json(tmp_path, run_cli):
    import json
    args = _rules(tmp_path)
    (tmp_path / "a.txt").write_text("Crew\n\nThe crew is gone, i.e. it left.\n", encoding="utf-8")
    fixed = run_cli("check", "--fix", "--format", "json", *args, "a.txt", cwd=tmp_path)
    found = json.loads(fixed.stdout)
    text = json.dumps(found)
    assert "house.short" in text and '"fix": {' not in text.replace('"fix": null', "")


def test_guard_the_plain_check_still_calls_it_fixable(tmp_path, run_cli):
    args = _rules(tmp_path)
    (tmp_path / "a.txt").write_text("Crew\n\nThe crew is gone, i.e. it left. That is all.\n", encoding="utf-8")
    check = run_cli("check", *args, "a.txt", cwd=tmp_path)
    assert "2 fixable with --fix" in check.stdout
