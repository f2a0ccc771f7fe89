"""fx493: a `conditional` rule whose `first` or `second` matches empty text
is refused in one line at its key; one that must match a character loads."""
import json


def _site(tmp_path, first, second):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    (pack / "rule.yaml").write_text(f"extends: conditional\nmessage: 'x %s'\nfirst: {first}\n"
                                    f"second: {second}\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n"
                    "The NTSB said so. Text here.\n", encoding="utf-8")
    return post


def _refused(run_cli, tmp_path, first, second, where):
    result = run_cli("check", _site(tmp_path, first, second), cwd=tmp_path)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert where in lines[0] and "matches empty text" in lines[0], lines[0]


def test_empty_first_is_refused_at_its_key(run_cli, tmp_path):
    _refused(run_cli, tmp_path, "''", "'a'", "rule.yaml:3:8: first:")


def test_optional_first_is_refused(run_cli, tmp_path):
    _refused(run_cli, tmp_path, "'(a?)'", "'a'", "rule.yaml:3:8: first:")


def test_empty_second_is_refused_at_its_key(run_cli, tmp_path):
    _refused(run_cli, tmp_path, "'\\b([A-Z]{3,})\\b'", "''", "rule.yaml:4:9: second:")


def test_guard_a_usual_conditional_still_flags(run_cli, tmp_path):
    post = _site(tmp_path, "'\\b([A-Z]{3,})\\b'", "'\\(([A-Z]{3,})\\)'")
    result = run_cli("check", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), result.stderr     # (a warning)
    found = [f for f in json.loads(result.stdout) if f["rule"] == "courier.rule"]
    assert [f["message"] for f in found] == ["x NTSB"], found
