"""qa318: QA of fx455 (the walk's, stdin's and --write-baseline's stderr lines known to
STDERR_LINES; --force-exclude's named line) and fb088bfa (named paths take the walk's plain
form at the top of `check`)."""
from __future__ import annotations

from conftest import run_check as _check

STORY = "# Council votes\n\nThe mayor said on Monday that teh city would grow.\n"


# qa318 #1: `./-` is how a shell user names a file called `-` (not stdin). fb088bfa plains
# every named path after `use_stdin` is read, so `./-` becomes `-`, and `expand` is then given
# the paths that are not `-`: the file is dropped without a word ("No files linted.", exit 0).
# Before fb088bfa it was linted (named `-` in the report).
def test_a_file_named_dot_slash_dash_is_linted(tmp_path):
    (tmp_path / "-").write_text(STORY)
    done = _check(tmp_path, "./-")
    assert "No files linted." not in done.stdout, done.stdout + done.stderr
    assert "titles." in done.stdout or "Found" in done.stdout or "No problems found." in done.stdout


def test_a_file_named_dot_slash_dash_beside_another_is_linted(tmp_path):
    (tmp_path / "-").write_text(STORY)
    (tmp_path / "a.md").write_text(STORY)
    done = _check(tmp_path, "--format", "vale", "./-", "a.md")
    assert sorted({line.split(":")[0] for line in done.stdout.splitlines() if line}) == ["-", "a.md"], done.stdout



def test_a_missing_dot_slash_dash_is_file_missing(tmp_path):
    done = _check(tmp_path, "--format", "vale", "./-")
    assert "file.missing" in done.stdout and done.returncode == 1, (done.returncode, done.stdout, done.stderr)

# qa318 #2: fx455's grammars put three or four free `.+` fields between fixed words (SITE_FOLDER:
# path, role, marker, undo; XML_LEFT_OUT, DOCUMENTS_LEFT_OUT, STYLES_FOLDER, EXCLUDED: three). A
# first line that opens `newslint: skipped ` and does not end as the line does backtracks over every
# split of the 4096-character head: `own_report` spent ~11 s on one file whose first line was
# "newslint: skipped " + "a (b c, beside d; e" * 210 (0.0 s before fx455: every older grammar has
# at most two free fields). The property asserted (not a time): no grammar of `_SAID_LINES` has
# more than two free `.+`/`.*` fields, as before fx455.
def test_no_stderr_line_grammar_has_more_than_two_free_fields():
    import re

    from lint.readers import _own_reports as o
    alternatives = o._SAID_LINES.split("|" + re.escape(o.STDERR))
    assert len(alternatives) > 9
    assert max(a.count(".+") + a.count(".*") for a in alternatives) <= 2, \
        [a.count(".+") + a.count(".*") for a in alternatives]
