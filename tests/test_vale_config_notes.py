"""A `.vale.ini` whose slips would leave checks off unsaid (qa92 #10, #1):
each is one line on stderr naming the file and line, and the run goes on."""
from __future__ import annotations

import pytest

STORY = ('---\ntitle: "Plan wins"\ndate: 2026-11-30\n---\n\n'
         "The plan is TK.\n")


def _site(tmp_path, ini: str):
    (tmp_path / "styles").mkdir()
    (tmp_path / ".vale.ini").write_text(ini, encoding="utf-8")
    (tmp_path / "story.md").write_text(STORY, encoding="utf-8")
    return str(tmp_path / ".vale.ini")


def _said(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if ".vale.ini" in line]


def test_an_unknown_key_is_said_at_the_key_with_the_nearest(tmp_path, run_cli):
    ini = _site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\n  Tokenignores = x\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output        # the TK is still found
    assert _said(result) == [f"newslint: {ini}:5:3: Tokenignores: not a Vale key "
                             "(did you mean TokenIgnores?); it is ignored"], result.stderr


def test_a_config_turning_no_rule_on_is_said_at_its_first_section(tmp_path, run_cli):
    # every key is right, but nothing is named: Vale checks nothing, and now says so
    ini = _site(tmp_path, "StylesPath = styles\n\n[*.txt]\nBasedOnStyles = newslint\n\n"
                          "[*.md]\nBasedOnStyles =\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    # [*.txt] turns rules on: no note on the config, but the named file is said not linted (rr52a #4)
    assert _said(result) == [f"newslint: story.md: the sections of {ini} that match it turn no rule on; "
                             "not linted"], result.stderr
    ini = _site_again(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles =\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert _said(result) == [f"newslint: {ini}:3: this Vale config turns no rule on (no style named "
                             "by BasedOnStyles, no Style.Rule = YES naming a rule): no file is checked"], result.stderr


def _site_again(tmp_path, ini: str) -> str:
    (tmp_path / ".vale.ini").write_text(ini, encoding="utf-8")
    return str(tmp_path / ".vale.ini")


def test_a_switch_of_a_loaded_style_naming_no_rule_is_said(tmp_path, run_cli):
    # qa92 #1: a style's rule misspelt; a switch of a style not loaded and near
    # nothing (another desk's) is left alone, as Vale leaves it
    ini = _site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint, Desk\n"
                          "Desk.Hedgez = NO\nMicrosoft.Passive = NO\n")
    (tmp_path / "styles" / "Desk").mkdir()
    (tmp_path / "styles" / "Desk" / "Hedges.yml").write_text(
        'extends: existence\nmessage: "no %s"\nlevel: warning\ntokens: [arguably]\n', encoding="utf-8")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output
    assert _said(result) == [f"newslint: {ini}:5:1: Desk.Hedgez: no rule or pack 'Desk.Hedgez' "
                             "(did you mean Desk.Hedges?); the switch does nothing"], result.stderr


def test_vale_builtins_without_a_vocab_are_names_for_select_and_ignore(tmp_path, run_cli):
    # qa96 #4: Vale.Terms and Vale.Avoid are Vale's own rules, built only from a
    # Vocab's terms; with none they run nothing, but naming one is no typo
    _site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint, Vale\n")
    ignored = run_cli("check", "--no-cache", "story.md", "--ignore", "Vale.Avoid", cwd=tmp_path)
    assert ignored.exit_code == 1 and "[hygiene.placeholder]" in ignored.stdout, ignored.output
    selected = run_cli("check", "--no-cache", "story.md", "--select", "Vale.Terms", cwd=tmp_path)
    assert selected.exit_code == 0 and "no rule or pack" not in selected.stderr, selected.output
    typo = run_cli("check", "--no-cache", "story.md", "--select", "Vale.Term", cwd=tmp_path)
    assert typo.exit_code == 2 and "no rule or pack 'Vale.Term'" in typo.stderr, typo.output


# nu55 #6: Vale skips a switch whose rule file does not exist, unsaid, exit 0
# (internal/check/manager.go: NewManager `continue`s past it); newslint keeps
# the exit status and says the id by name, at its line.
def test_nu55_a_newslint_switch_naming_no_rule_is_said_by_name_at_its_line(tmp_path, run_cli):
    ini = _site(tmp_path, "StylesPath = styles\n\n[*.md]\nnewslint.Bogus = YES\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert _said(result) == [
        f"newslint: {ini}:4:1: newslint.Bogus: no rule or pack 'newslint.Bogus' (`newslint rules` lists "
        "them); the switch does nothing",
        f"newslint: {ini}:3: this Vale config turns no rule on (no style named by BasedOnStyles, "
        "no Style.Rule = YES naming a rule): no file is checked"], result.stderr


def test_nu55_an_unsynced_styles_switch_is_left_unsaid(tmp_path, run_cli):
    # `Google.Headings` (no Packages names Google: a local style's folder, not there) is left unsaid, as before,
    # beside a style that runs and where nothing runs (then only that nothing is checked is said)
    ini = _site(tmp_path, "StylesPath = styles\n\n[*.md]\nBasedOnStyles = newslint\nGoogle.Headings = YES\n"
                          "newslint.Bogus = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output        # the TK is still found
    assert _said(result) == [f"newslint: {ini}:6:1: newslint.Bogus: no rule or pack 'newslint.Bogus' "
                             "(`newslint rules` lists them); the switch does nothing"], result.stderr
    ini = _site_again(tmp_path, "StylesPath = styles\n\n[*.md]\nGoogle.Headings = YES\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    assert [line.split(": ", 2)[1] for line in _said(result)] == [f"{ini}:3"], result.stderr


def test_qa274_a_switch_of_an_unsynced_package_points_to_vale_sync(tmp_path, run_cli):
    ini = _site(tmp_path, "StylesPath = styles\nPackages = Google\n\n[*.md]\nGoogle.Headings = YES\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0, result.output
    line = next(line for line in _said(result) if f"{ini}:5:1" in line)
    assert "`newslint rules` lists them" not in line and "vale sync" in line, line
    assert line.endswith(": Google.Headings: style 'Google' does not exist on StylesPath "
                         f"({tmp_path / 'styles'}); newslint does not download Packages: run `vale sync` first; "
                         "the switch does nothing"), line


def test_qa274_a_package_named_by_its_zip_url_is_said_beside_rules_that_run(tmp_path, run_cli):
    ini = _site(tmp_path, "StylesPath = styles\nPackages = https://example.org/Google.zip\n\n[*.md]\n"
                          "BasedOnStyles = newslint\nGoogle.Headings = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output        # the TK is still found
    assert [line.split(": ", 3)[1:3] for line in _said(result)] == [[f"{ini}:6:1", "Google.Headings"]], result.stderr
    assert "run `vale sync` first" in result.stderr, result.stderr


@pytest.mark.parametrize("url", ["https://example.org/Google.zip?dl=1", "https://example.org/dl/Google.zip#v2"])
def test_qa276_3_a_package_url_with_a_query_or_fragment_gets_the_sync_line(tmp_path, run_cli, url):
    ini = _site(tmp_path, f"StylesPath = styles\nPackages = {url}\n\n[*.md]\nBasedOnStyles = newslint\n"
                          "Google.Headings = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1, result.output        # the TK is still found
    assert [line.split(": ", 3)[1:3] for line in _said(result)] == [[f"{ini}:6:1", "Google.Headings"]], result.stderr
    assert "run `vale sync` first" in result.stderr, result.stderr


def test_qa276_3_a_style_named_only_in_a_package_urls_query_gets_no_sync_line(tmp_path, run_cli):
    # the nearest case: the zip is Other.zip; `Google` in its query names no package
    _site(tmp_path, "StylesPath = styles\nPackages = https://example.org/Other.zip?name=Google\n\n[*.md]\n"
                    "BasedOnStyles = newslint\nGoogle.Headings = NO\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1 and _said(result) == [], result.output


def test_qa274_a_synced_package_or_a_style_no_package_names_gets_no_sync_line(tmp_path, run_cli):
    # the nearest cases: once `vale sync` made styles/Google, its switch runs its rule, unsaid;
    # Packages naming another package leaves a local style's switch unsaid, as before
    _site(tmp_path, "StylesPath = styles\nPackages = Google\n\n[*.md]\nGoogle.Headings = YES\n")
    (tmp_path / "styles" / "Google").mkdir()
    (tmp_path / "styles" / "Google" / "Headings.yml").write_text("extends: existence\nmessage: x\ntokens: [plan]\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 0 and "[Google.Headings]" in result.stdout, result.output
    assert _said(result) == [], result.stderr
    _site_again(tmp_path, "StylesPath = styles\nPackages = proselint\n\n[*.md]\nBasedOnStyles = newslint\n"
                          "Desk.Hedges = YES\n")
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert result.exit_code == 1 and _said(result) == [], result.output


@pytest.mark.parametrize("ini", ["StylesPath = styles\n\n[*.md]\nBasedOnStyle = newslint\n",
                                 "StylesPath = styles\n\n[*.md]\nBasedOnStyles =\n"])
def test_nu56_a_run_that_checked_nothing_never_says_no_problems_found(tmp_path, run_cli, ini):
    # README: a run that linted no file says `No files linted.`, never `No problems found.`
    _site(tmp_path, ini)
    result = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert "no file is checked" in result.stderr, result.stderr
    assert result.stdout == "No files linted.\n", result.stdout


def test_nu56_a_file_its_sections_turn_no_rule_on_is_not_counted_and_one_they_do_is(tmp_path, run_cli):
    # [*.md] turns nothing on for story.md; [*.txt] turns newslint on for story.txt, still linted
    _site(tmp_path, "StylesPath = styles\n\n[*.txt]\nBasedOnStyles = newslint\n\n[*.md]\nBasedOnStyles =\n")
    (tmp_path / "story.txt").write_text("Plan wins\n\nNov. 30, 2026\n\nThe plan is TK.\n", encoding="utf-8")
    alone = run_cli("check", "--no-cache", "story.md", cwd=tmp_path)
    assert (alone.exit_code, alone.stdout) == (0, "No files linted.\n"), alone.output
    assert "no section of" not in alone.stderr, alone.stderr      # a section matches: it turns nothing on
    both = run_cli("check", "--no-cache", "story.md", "story.txt", cwd=tmp_path)
    assert both.exit_code == 1 and both.stdout.endswith("in 1 file.\n"), both.output
    assert "story.txt:" in both.stdout and "story.md:" not in both.stdout, both.stdout
    verbose = run_cli("check", "--no-cache", "-v", "story.md", cwd=tmp_path)
    assert "story.md: the sections of" in verbose.stderr and "turn no rule on; not linted" in verbose.stderr
