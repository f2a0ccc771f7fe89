"""Review rr53a's findings on session 52 (51c68894..lead52) that change
behaviour; written as strict xfails, kept as plain tests since their mends
(fx436, fx435). Synthetic input only."""
from __future__ import annotations

import pytest
from vale_helpers import vale_project


def _vale_project(tmp_path, ini: str, rule: str = "extends: existence\nmessage: x\ntokens: [foo]\n"):
    """A story saying `foo`, a .vale.ini (`ini`) with style S (one rule,
    `rule`) and a .newslint.yaml that names it."""
    vale_project(tmp_path, ini, {"S/R": rule},
                 {"a.txt": "The foo story.\n"}, {".newslint.yaml": "vale: .vale.ini\n"})
    return tmp_path / "a.txt"


@pytest.mark.parametrize("key", ["TokenIgnores", "BlockIgnores"])
def test_vale_ini_ignore_pattern_counts_are_limited(run_cli, tmp_path, key):
    # a{150000}: over regex_size.LIMIT, yet quick to compile, so the unmended run
    # lints (exit 0 or 1) rather than crashing the test process
    story = _vale_project(tmp_path, f"StylesPath = styles\n[*]\nBasedOnStyles = S\n{key} = a{{150000}}\n")
    result = run_cli("check", "--no-cache", story, cwd=tmp_path)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "counted repeats" in result.stderr and key in result.stderr, result.stderr


# rr53a #2 (mended by fx435, qa299 #3): reject.txt's terms past the joined limit are refused at their line.
def test_vocab_reject_terms_joined_are_refused_at_their_line(run_cli, tmp_path):
    story = _vale_project(tmp_path, "StylesPath = styles\nVocab = Desk\n[*]\nBasedOnStyles = S, Vale\n")
    desk = tmp_path / "styles" / "config" / "vocabularies" / "Desk"
    desk.mkdir(parents=True)
    # each term under LIMIT, twenty of them 1.8M items once joined
    (desk / "reject.txt").write_text("".join(f"{c}{{90000}}\n" for c in "abcdefghijklmnopqrst"),
                                     encoding="utf-8")
    result = run_cli("check", "--no-cache", story, cwd=tmp_path)
    assert result.exit_code == 2, result.stdout + result.stderr
    assert "reject.txt:" in result.stderr, result.stderr


def test_walk_leaves_out_the_stylespath_reached_by_another_name(run_cli, tmp_path):
    _vale_project(tmp_path, "StylesPath = styles\nVocab = Desk\n[*]\nBasedOnStyles = S\n")
    (tmp_path / "styles").rename(tmp_path / "vale-styles")
    (tmp_path / "styles").symlink_to("vale-styles")
    desk = tmp_path / "vale-styles" / "config" / "vocabularies" / "Desk"
    desk.mkdir(parents=True)
    (desk / "accept.txt").write_text("Kubernetes\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "-v", ".", cwd=tmp_path)
    assert "a.txt: config" in result.stderr, result.stderr     # the story is linted
    assert "accept.txt: config" not in result.stderr, result.stderr
