"""Files no section of a `.vale.ini` matches are said without -v (nu27 #3: a
desk's NITF and NewsML feed under `[*.{md,txt}]` gave "No problems found."
and exit 0, the files' planted errors unread): one stderr line per config,
"N files not linted: no section of X matches", and "No files linted." when
no file was."""
from __future__ import annotations

import pytest
from vale_helpers import vale_project

RULE = "extends: existence\nmessage: \"Avoid '%s'.\"\nlevel: error\ntokens: [Perhaps]\n"
CONFIG = "StylesPath = styles\n[*.{md,txt}]\nBasedOnStyles = Desk\n"
NITF = ("<nitf><head><docdata><date.issue norm=\"20261202\"/></docdata></head><body>"
        "<body.head><hedline><hl1>Fares</hl1></hedline></body.head>"
        "<body.content><p>Perhaps fares rise.</p></body.content></body></nitf>\n")


def project(tmp_path, **docs):
    return vale_project(tmp_path, CONFIG, {"Desk/Hedges": RULE}, docs)


def said(res) -> list[str]:
    return [ln.removeprefix("newslint: ") for ln in res.stderr.splitlines()]


def line(root, n: int) -> str:
    return (f"{n} file{'' if n == 1 else 's'} not linted: no section of {root / '.vale.ini'} matches "
            "(a section such as [*] or [*.{md,txt,xml,nitf}] names them; -v lists them)")


def test_only_unmatched_files_say_no_files_linted_and_how_many(run_cli, tmp_path):
    root = project(tmp_path, **{"feed/a.nitf": NITF, "feed/b.xml": NITF})
    res = run_cli("check", "--no-cache", "feed/a.nitf", "feed/b.xml", cwd=root)
    assert res.exit_code == 0, res.stderr
    assert res.stdout == "No files linted.\n"
    assert said(res) == [line(root, 2)]


@pytest.mark.parametrize("extra", [[], ["--statistics"], ["--format", "json"]])
def test_beside_linted_files_the_count_names_only_the_linted(run_cli, tmp_path, extra):
    root = project(tmp_path, **{"a.md": "# Fares\n\nPerhaps fares rise.\n", "b.md": "# Ok\n\nFine.\n",
                                "feed.nitf": NITF})
    res = run_cli("check", "--no-cache", *extra, "a.md", "b.md", "feed.nitf", cwd=root)
    assert res.exit_code == 1, res.stderr
    if not extra:
        assert res.stdout.splitlines() == ["a.md:3:1: error [Desk.Hedges] Avoid 'Perhaps'.",
                                           "Found 1 problem (1 error) in 1 of 2 files."]
    assert "feed.nitf" not in res.stdout
    assert line(root, 1) in said(res)


def test_a_clean_run_with_an_unmatched_file_says_both(run_cli, tmp_path):
    root = project(tmp_path, **{"b.md": "# Ok\n\nFine.\n", "feed.nitf": NITF})
    res = run_cli("check", "--no-cache", "b.md", "feed.nitf", cwd=root)
    assert (res.exit_code, res.stdout) == (0, "No problems found.\n")
    assert line(root, 1) in said(res)


def test_verbose_still_names_each_file_and_the_cache_keeps_the_count(run_cli, tmp_path):
    root = project(tmp_path, **{"feed/b.html": "<p>Perhaps.</p>\n"})
    res = run_cli("check", "-v", "feed/b.html", cwd=root)
    assert f"feed/b.html: no section of {root / '.vale.ini'} matches; not linted" in said(res)
    assert line(root, 1) in said(res)
    for _ in range(2):       # a folder run uses the result cache: the second run reads it
        res = run_cli("check", "feed", cwd=root)
        assert (res.exit_code, res.stdout) == (0, "No files linted.\n")
        assert said(res)[:1] == [line(root, 1)]
