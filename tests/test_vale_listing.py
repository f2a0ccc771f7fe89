"""Under a `.vale.ini`, `check -v` and `newslint rules` say which rules will
actually run, and a file no section matches is said to be not linted (nu21 #4:
-v listed all 50 newslint rules, `rules` gave no hint, and an unmatched story
passed as "No problems found")."""
from __future__ import annotations

import pytest

from vale_helpers import vale_project

HEDGES = """
    extends: existence
    message: "Avoid hedging: %s"
    level: warning
    tokens: [perhaps]
    """
TERMS = """
    extends: substitution
    message: "Use %s instead of %s"
    level: error
    swap:
      e-mail: email
    """
STORY = "Ferry fares rise\n\nThe cost is TK, riders said on Thursday, Nov. 24, 2026, in an e-mail.\n"
# A section for every file, one for Markdown, one for a single story.
SECTIONS = """
        StylesPath = styles
        [*]
        BasedOnStyles = Vale
        [*.md]
        BasedOnStyles = Desk, hygiene
        hygiene.placeholder = NO
        [content/brief.md]
        Desk.Terms = NO
        """


def desk(tmp_path, config: str):
    return vale_project(tmp_path, config, {"Desk/Hedges": HEDGES, "Desk/Terms": TERMS},
                        {"content/brief.txt": STORY, "content/brief.md": "# Fares\n\n" + STORY,
                         "content/other.md": "# Ferry\n\nPerhaps the the fare rises.\n"})


def said(result) -> list[str]:
    return [ln.removeprefix("newslint: ") for ln in result.stderr.splitlines()]


def test_verbose_lists_the_rules_each_group_of_files_runs_and_the_files_not_linted(run_cli, tmp_path):
    root = desk(tmp_path, "StylesPath = styles\n[*.md]\nBasedOnStyles = Desk\n")
    result = run_cli("check", "-v", "--no-cache", "content", cwd=root)
    lines = said(result)
    assert f"2 rules selected under {root / '.vale.ini'} [*.md] (2 files): Desk.Hedges, Desk.Terms" \
        in lines, lines
    assert not any("hygiene.placeholder" in ln or "Vale.Spelling" in ln for ln in lines)
    unmatched = [ln for ln in lines if ln.startswith("content/brief.txt:")]
    assert unmatched == [f"content/brief.txt: config {root / '.vale.ini'}",
                         f"content/brief.txt: no section of {root / '.vale.ini'} matches; not linted"]
    assert "content/brief.md: no publication date found, and no check selected needs one" in lines
    assert all("brief.txt" not in ln for ln in result.stdout.splitlines())   # Vale skips it, as before


def test_verbose_groups_files_by_the_sections_they_match(run_cli, tmp_path):
    root = desk(tmp_path, SECTIONS)
    lines = said(run_cli("check", "-v", "--no-cache", "content", cwd=root))
    ini = root / ".vale.ini"
    hygiene = "hygiene.boilerplate, hygiene.doubled-word, hygiene.missing-space, " \
              "hygiene.mixed-abbreviations"
    picked = sorted(ln for ln in lines if " rules selected" in ln)
    assert picked == [
        f"2 rules selected under {ini} [*] (1 file): Vale.Spelling, Vale.Repetition",
        f"5 rules selected under {ini} [*] [*.md] [content/brief.md] (1 file): Desk.Hedges, {hygiene}",
        f"6 rules selected under {ini} [*] [*.md] (1 file): Desk.Hedges, Desk.Terms, {hygiene}",
    ]
    assert not any("not linted" in ln for ln in lines)     # [*] sets styles: every file is linted


def test_rules_says_where_each_rule_runs_and_which_are_off(run_cli, tmp_path):
    root = desk(tmp_path, SECTIONS)
    result = run_cli("rules", cwd=root)
    out = result.stdout.splitlines()
    assert out[0].startswith(f"Under {root / '.vale.ini'} only the rules its sections turn on run.")
    head = out[1]
    assert head.split()[:6] == ["ID", "LEVEL", "KIND", "FIX", "RUNS", "DESCRIPTION"]
    at = head.index("RUNS")
    table = out[2:out.index("", 2)]        # the LEVELS and FILE NOTICE groups follow a blank line
    runs = {ln.split()[0]: ln[at:head.index("DESCRIPTION")].strip() for ln in table}
    assert runs["hygiene.placeholder"] == "off" and runs["dates.weekday-mismatch"] == "off"
    # Each group of sections as check -v names it (every file matches [*] too).
    assert runs["hygiene.doubled-word"] == "[*] [*.md], [*] [*.md] [content/brief.md]"
    assert runs["Desk.Hedges"] == "[*] [*.md], [*] [*.md] [content/brief.md]"
    assert runs["Desk.Terms"] == "[*] [*.md]"              # switched off for content/brief.md
    assert runs["Vale.Spelling"] == runs["Vale.Repetition"] == "[*]"
    spelling = next(ln for ln in out if ln.startswith("Vale.Spelling"))
    assert spelling[head.index("DESCRIPTION"):].startswith("Vale's built-in spelling check")


def test_rules_without_a_vale_config_has_no_runs_column(run_cli, tmp_path):
    head = run_cli("rules", cwd=tmp_path).stdout.splitlines()[0]
    assert head.split()[:5] == ["ID", "LEVEL", "KIND", "FIX", "DESCRIPTION"]


# qa44 #8: overlapping sections. RUNS listed [*.{md,txt}] for Desk.Terms because
# it stood for x.md, which [*.md] also matches; x.txt, which it alone matches,
# runs nothing, and check -v said so with a dangling colon and "1 rules".
OVERLAP = """
    StylesPath = styles
    [*.md]
    BasedOnStyles = Desk
    [docs/*.txt]
    Desk.Terms = YES
    [*.{md,txt}]
    Desk.Hedges = NO
    """


def overlap(tmp_path):
    return vale_project(tmp_path, OVERLAP, {"Desk/Hedges": HEDGES, "Desk/Terms": TERMS},
                        {"x.txt": STORY, "a.md": "# Fares\n\n" + STORY, "docs/b.txt": STORY})


def test_rules_names_each_group_of_sections_as_check_verbose_does(run_cli, tmp_path):
    root = overlap(tmp_path)
    out = run_cli("rules", cwd=root).stdout.splitlines()
    head = out[1]
    runs = {ln.split()[0]: ln[head.index("RUNS"):head.index("DESCRIPTION")].strip() for ln in out[2:]
            if ln.startswith("Desk.")}
    assert runs == {"Desk.Hedges": "off",
                    "Desk.Terms": "[*.md] [*.{md,txt}], [docs/*.txt] [*.{md,txt}]"}
    lines = said(run_cli("check", "-v", "--no-cache", "x.txt", "a.md", "docs/b.txt", cwd=root))
    ini = root / ".vale.ini"
    picked = [ln for ln in lines if " selected under " in ln]
    assert sorted(picked) == sorted([
        f"1 rule selected under {ini} [*.md] [*.{{md,txt}}] (1 file): Desk.Terms",
        f"1 rule selected under {ini} [docs/*.txt] [*.{{md,txt}}] (1 file): Desk.Terms",
        f"no rules selected under {ini} [*.{{md,txt}}] (1 file): its sections turn no rule on, "
        "so it is read but not checked"]), lines
    # Each group check -v names with a rule is one RUNS names for it, and no other.
    for line in picked:
        group = line.split(f"{ini} ")[1].split(" (")[0]
        ids = line.split("): ")[1].split(", ") if line.startswith(("1 ", "2 ")) else []
        assert all(group in runs[i].split(", ") for i in ids)
        assert all(group not in runs[i].split(", ") for i in runs if i not in ids)


# qa293 #6: one file named two ways (`- b.txt --stdin-filename ./b.txt`) was
# "(2 files)"; the group counts files as the walk tells them apart.
TXT = "StylesPath = styles\n[*.txt]\nBasedOnStyles = Desk\n"


def _txt_group(run_cli, root, *args, story: str = STORY) -> list[str]:
    lines = said(run_cli("check", "-v", "--no-cache", *args, input=story, cwd=root))
    return [ln.split(" (")[1].split(")")[0] for ln in lines if " selected under " in ln]


@pytest.mark.xfail(strict=True, reason="taken back (fx439, qa302 #2): one file named two ways is "
                   "(2 files) in -v's selection line, as the footer counts it (in 2 files)")
def test_one_file_named_two_ways_is_one_file_of_its_group(run_cli, tmp_path):
    root = vale_project(tmp_path, TXT, {"Desk/Hedges": HEDGES}, {"b.txt": STORY})
    assert _txt_group(run_cli, root, "-", "b.txt", "--stdin-filename", "./b.txt") == ["1 file"]
    assert _txt_group(run_cli, root, "b.txt", "./b.txt") == ["1 file"]


def test_two_files_of_a_group_are_still_two(run_cli, tmp_path):
    root = vale_project(tmp_path, TXT, {"Desk/Hedges": HEDGES}, {"b.txt": STORY, "c.txt": STORY})
    assert _txt_group(run_cli, root, "-", "b.txt", "--stdin-filename", "./c.txt") == ["2 files"]
    assert _txt_group(run_cli, root, "-", "b.txt", "--stdin-filename", "new.txt") == ["2 files"]


def _group_and_footer(run_cli, tmp_path, stdin_name) -> tuple[str, str]:
    import re

    hedged = STORY.replace("riders said", "perhaps, riders said")
    root = vale_project(tmp_path, TXT, {"Desk/Hedges": HEDGES}, {"b.txt": hedged})
    result = run_cli("check", "-v", "--no-cache", "-", "b.txt", "--stdin-filename", stdin_name(root),
                     input=hedged, cwd=root)
    text = result.stdout + result.stderr
    group = re.search(r" selected under .*\((\d+) files?\)", text)
    footer = re.search(r"Found .* in (\d+)(?: of \d+)? files?", text)
    assert group and footer, text
    return group.group(1), footer.group(1)


def test_the_selection_line_and_the_footer_count_one_file_named_two_ways_alike(run_cli, tmp_path):
    # `./b.txt` is now printed `b.txt` (qa311 #4), one name: the file's absolute path is a second way
    group, footer = _group_and_footer(run_cli, tmp_path, lambda root: str(root / "b.txt"))
    assert group == footer == "2"


@pytest.mark.xfail(strict=True, reason="as at lead53: stdin and the file both named b.txt are (2 files) in the "
                   "selection line but 'in 1 of 2 files' in the footer; ./b.txt is now that case (fx453)")
@pytest.mark.parametrize("name", ["b.txt", "./b.txt"])
def test_the_selection_line_and_the_footer_count_stdin_named_as_the_file_alike(run_cli, tmp_path, name):
    group, footer = _group_and_footer(run_cli, tmp_path, lambda root: name)
    assert group == footer
