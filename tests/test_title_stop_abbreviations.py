"""titles.trailing-period keeps the stop of every abbreviation a headline may
end with (qa54 #2): AP states, street and title words, in a `# ` headline,
front matter (LF and CRLF) and an HTML `<h1>`, under `--fix`."""
from __future__ import annotations

import pytest

BODY = "The ferry service will move next spring, officials said on Tuesday.\n"
HEDS = ["Ferry service moves to Calif.", "Ferry heads to Portland, Ore.", "Bridge closes in Wheeling, W.Va.",
        "Ferry terminal opens on Averill Ave.", "Harbor fair moves to Ocean Blvd.", "Ferry docks at Main St.",
        "Ferry hires Rev.", "Grant goes to county Atty.", "Ferry adds trips, new cabins, etc.",
        "Ferry lands grant from State Univ.", "Ferry sold to Harbor Co.", "Tours return to Boston, Mass."]


def carriers(hed: str) -> dict[str, str]:
    return {"atx.md": f"# {hed}\n\n{BODY}",
            "fm.md": f'---\ntitle: "{hed}"\ndate: 2026-12-03\n---\n\n{BODY}',
            "crlf.md": f'---\r\ntitle: "{hed}"\r\ndate: 2026-12-03\r\n---\r\n\r\n{BODY}'.replace(".\n", ".\r\n"),
            "page.html": f"<article>\n<h1>{hed}</h1>\n<p>{BODY.strip()}</p>\n</article>\n"}


@pytest.mark.parametrize("hed", HEDS)
def test_an_abbreviations_stop_survives_fix(run_cli, tmp_path, hed):
    files = carriers(hed)
    for name, text in files.items():
        (tmp_path / name).write_bytes(text.encode("utf-8"))
    result = run_cli("check", "--no-color", "--fix", *files, cwd=tmp_path)
    assert "titles.trailing-period" not in result.stdout
    for name, text in files.items():
        assert (tmp_path / name).read_bytes().decode("utf-8").count(hed) == 1, name


@pytest.mark.parametrize("hed,fixed", [
    ("Ferry captain falls Ill.", None),        # the state or the word: flagged, never stripped
    ("Ferry heads for Wash.", None),
    ("Ships carry iron ore.", "Ships carry iron ore"),
    ("Ferry docks at Thurso.", "Ferry docks at Thurso"),
])
def test_a_state_that_is_also_a_word_is_not_stripped(run_cli, tmp_path, hed, fixed):
    (tmp_path / "atx.md").write_text(f"# {hed}\n\n{BODY}", encoding="utf-8")
    result = run_cli("check", "--no-color", "--fix", "atx.md", cwd=tmp_path)
    after = (tmp_path / "atx.md").read_text(encoding="utf-8").splitlines()[0]
    assert after == f"# {fixed or hed}"
    assert ("is an abbreviation (a state's, a title's)" in result.stdout) is (fixed is None)


def test_the_abbreviations_are_words_and_their_alternations_are_built_from_them():
    # fx77 #2: one source, parsed by no module: the words are kept as tuples
    from lint.analysis import abbreviations as a
    words = (*a.STOP_ABBREVIATION_WORDS, *a.WEEKDAY_ABBREVIATION_WORDS, *a.MONTH_ABBREVIATION_WORDS)
    assert all(w.isalpha() for w in words)
    assert set(a.WEEKDAY_ABBREVIATION_WORDS) | set(a.MONTH_ABBREVIATION_WORDS) <= set(a.STOP_ABBREVIATION_WORDS)
    assert a.STOP_ABBREVIATIONS == "|".join((r"\p{Lu}", *a.STOP_ABBREVIATION_WORDS))
    assert a.WEEKDAY_ABBREVIATIONS == "|".join(a.WEEKDAY_ABBREVIATION_WORDS)
