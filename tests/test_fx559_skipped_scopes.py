"""fx559: a .vale.ini's SkippedScopes (block-level HTML tags whose text Vale
does not lint; vale.sh/docs "SkippedScopes") on newslint's parts, and the
line naming the listed tags newslint cannot honour (nu74 #8)."""
from vale_helpers import LATIN

STORY = ("# Crew i.e. home\n\nThey left, i.e. home.\n\n> Quoted, i.e. home.\n\n"
         "- Listed, i.e. home.\n\n| Head i.e. | b |\n|---|---|\n| Cell i.e. | d |\n\n"
         "<figure>Figure, i.e. home.</figure>\n")
PARAGRAPH = "a.md:3:12:House.Latin:Use 'that is' instead of 'i.e.'."


def _lines(tmp_path, run_cli, skipped=None, story=STORY, name="a.md"):
    (tmp_path / "styles" / "House").mkdir(parents=True, exist_ok=True)
    (tmp_path / "styles" / "House" / "Latin.yml").write_text(LATIN)
    key = f"SkippedScopes = {skipped}\n" if skipped is not None else ""
    (tmp_path / ".vale.ini").write_text(f"StylesPath = styles\n{key}\n[*]\nBasedOnStyles = House\n")
    (tmp_path / name).write_text(story)
    res = run_cli("check", name, "--format", "vale", cwd=tmp_path)
    return res.stdout.splitlines(), res.stderr


def test_default_lints_all_but_the_figure(tmp_path, run_cli):
    out, err = _lines(tmp_path, run_cli)
    assert [ln.split(":")[1] for ln in out] == ["1", "3", "5", "7", "9", "11"]
    assert "SkippedScopes" not in err


def test_li_skips_list_items_only(tmp_path, run_cli):
    out, _ = _lines(tmp_path, run_cli, "li")
    assert [ln.split(":")[1] for ln in out] == ["1", "3", "5", "9", "11", "13"]


def test_table_and_heading_tags(tmp_path, run_cli):
    out, _ = _lines(tmp_path, run_cli, "pre, h1, table")
    assert [ln.split(":")[1] for ln in out] == ["3", "5", "7", "13"]
    out, _ = _lines(tmp_path, run_cli, "thead, figure, Blockquote")
    assert [ln.split(":")[1] for ln in out] == ["1", "3", "7", "11"]


def test_html_blockquote_skipped(tmp_path, run_cli):
    page = ("<html><body><h1>Crew</h1>\n<p>They left, i.e. home.</p>\n"
            "<blockquote><p>Quoted, i.e. home.</p></blockquote>\n</body></html>\n")
    out, _ = _lines(tmp_path, run_cli, "figure, blockquote", page, "a.html")
    assert out == ["a.html:2:15:House.Latin:Use 'that is' instead of 'i.e.'."]
    out, _ = _lines(tmp_path, run_cli, "figure", page, "a.html")
    assert len(out) == 2


def test_unhonoured_tags_said_in_one_line(tmp_path, run_cli):
    out, err = _lines(tmp_path, run_cli, "script, aside, blockquote, div")
    said = [ln for ln in err.splitlines() if "SkippedScopes" in ln]
    assert len(said) == 1
    assert ".vale.ini:2:" in said[0] and "aside, div:" in said[0] and "still linted" in said[0]
    assert PARAGRAPH in out and not any(":5:" in ln for ln in out)


def test_honoured_tags_not_said(tmp_path, run_cli):
    _, err = _lines(tmp_path, run_cli, "script, style, pre, code, figure, figcaption, li, td, h2")
    assert "SkippedScopes" not in err
