"""A baseline keeps hiding a paragraph's known findings after a copy edit
beside them (nu18 #9): a Markdown paragraph is one line, and rewording one
phrase changed the context words of every finding near it. A finding whose
exact print is gone is still known when the same file holds a recorded
finding of the same rule and flagged text that nothing else matched; counts
still hold, so a second copy, or another flagged text, is new."""
from __future__ import annotations

STORY = ("---\ntitle: \"Council delays ferry vote\"\ndate: 2026-11-30\n---\n\n"
         "Mayor Rosa Imbert said the vote would wait. Imbrt declined to say more. "
         "The the vote is next week.\n")


def _check(run_cli, cwd, *args):
    return run_cli("check", "--no-cache", "--no-color", "--select", "names,hygiene", *args, "r9.md", cwd=cwd)


def _new(result) -> list[str]:
    return [line.split(" ", 2)[2] for line in result.stdout.splitlines() if line.startswith("r9.md:")]


def test_a_copy_edit_beside_known_findings_keeps_them_known(run_cli, tmp_path):
    (tmp_path / "r9.md").write_text(STORY, encoding="utf-8")
    wrote = _check(run_cli, tmp_path, "--write-baseline", "r9.json")
    assert "recorded 2 findings" in wrote.stderr
    (tmp_path / "r9.md").write_text(STORY.replace("declined to say more", "declined to comment"),
                                    encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "r9.json")
    assert _new(result) == [] and "2 known findings hidden" in result.stderr


def test_a_second_copy_or_another_slip_is_still_new(run_cli, tmp_path):
    (tmp_path / "r9.md").write_text(STORY, encoding="utf-8")
    _check(run_cli, tmp_path, "--write-baseline", "r9.json")
    edited = STORY.replace("declined to say more", "declined to comment") + \
        "\nImbert said the the ferry would run. Imbart left.\n"
    (tmp_path / "r9.md").write_text(edited, encoding="utf-8")
    result = _check(run_cli, tmp_path, "--baseline", "r9.json")
    assert sorted(_new(result)) == ["[hygiene.doubled-word] doubled word: 'the the'",
                                    "[names.spelling-variant] 'Imbart' looks like another spelling of "
                                    "'Imbert', which the story uses twice; one person, one spelling"]
