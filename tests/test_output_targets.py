"""`-o` and `--write-baseline` never replace a file the run reads its
settings from (qa92 #8): a Vale config and a style's rule file are refused
as the config in use is; a report elsewhere is written."""
from __future__ import annotations

STORY = ('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
         "The plan is TK.\n")


def _vale_site(tmp_path):
    (tmp_path / "styles" / "Desk").mkdir(parents=True)
    (tmp_path / "styles" / "Desk" / "Hedges.yml").write_text(
        'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [arguably]\n', encoding="utf-8")
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint, Desk\n", encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")


def test_output_over_a_vale_config_or_style_rule_is_refused(tmp_path, run_cli):
    _vale_site(tmp_path)
    for target in (".vale.ini", "styles/Desk/Hedges.yml"):
        before = (tmp_path / target).read_bytes()
        result = run_cli("check", "--no-cache", "story.md", "-o", target, cwd=tmp_path)
        assert (tmp_path / target).read_bytes() == before, result.output
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"newslint: {target}: -o would overwrite {tmp_path / target}, "
                                 "in use by this run; write it to another file\n"), result.stderr


def test_output_elsewhere_is_still_written(tmp_path, run_cli):
    _vale_site(tmp_path)
    (tmp_path / "report.txt").write_text("last run\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", "-o", "report.txt", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert "[hygiene.placeholder]" in (tmp_path / "report.txt").read_text(encoding="utf-8")


def test_a_new_file_under_the_styles_path_is_refused(tmp_path, run_cli):
    # qa96 #2: not there yet, so no file is replaced, but the next run would
    # read it as a style's rule; also for --write-baseline (a baseline's JSON is YAML)
    # (a name no loader reads, `styles/b.json`, is written: test_qa96_regressions)
    _vale_site(tmp_path)
    for option, target in (("-o", "styles/Desk/Report.yml"), ("--write-baseline", "styles/Desk/b.yml")):
        result = run_cli("check", "--no-cache", "story.md", option, target, cwd=tmp_path)
        assert result.exit_code == 2, result.output
        assert result.stderr == (f"newslint: {target}: {option} would write into the rules folder "
                                 f"{tmp_path / 'styles'}, in use by this run; write it to another "
                                 "folder\n"), result.stderr
        assert not (tmp_path / target).exists()
    again = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert again.exit_code == 1 and "[hygiene.placeholder]" in again.stdout, again.output
