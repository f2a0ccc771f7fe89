"""fx496: an existence rule's literal phrase matches over a line wrap inside
one paragraph, as a substitution key does (nu68 #3); the span runs over the
break and the message shows it as one space."""
import json

import pytest

from lint.kinds._alternation import key_pattern, spaced_tokens

HEAD = "---\ntitle: Council approves budget plan\ndate: 2025-03-04\n---\n\n"


def _site(tmp_path, tokens, story, extra=""):
    pack = tmp_path / "house" / "courier"
    pack.mkdir(parents=True)
    body = "".join(f"  - {t}\n" for t in tokens)
    (pack / "rule.yaml").write_text("extends: existence\nmessage: \"no '%s'\"\nlevel: warning\n"
                                    f"ignorecase: true\n{extra}tokens:\n{body}", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text("rules: [house]\nselect: [courier]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(HEAD + story, encoding="utf-8")
    return post


def _found(run_cli, tmp_path, post):
    result = run_cli("check", "--no-cache", "--format", "json", post, cwd=tmp_path)
    assert result.exit_code in (0, 1), (result.exit_code, result.stdout, result.stderr)
    return [(f["line"], f["column"], f["end_line"], f["end_column"], f["message"])
            for f in json.loads(result.stdout)]


def test_wrapped_phrase_spans_the_break_and_shows_a_space(run_cli, tmp_path):
    post = _site(tmp_path, ["sources say"], "The council approved the plan, sources\nsay. Then more.\n")
    assert _found(run_cli, tmp_path, post) == [(6, 32, 7, 4, "no 'sources say'")]


def test_phrase_over_a_space_run_and_a_no_break_space(run_cli, tmp_path):
    post = _site(tmp_path, ["sources say"], "Plan, sources  say. Also sources\u00a0say it.\n")
    assert [f[:4] for f in _found(run_cli, tmp_path, post)] == [(6, 7, 6, 19), (6, 26, 6, 37)]


def test_guard_phrase_is_not_found_across_paragraphs(run_cli, tmp_path):
    post = _site(tmp_path, ["sources say"], "The council approved the plan, sources\n\nsay the aides.\n")
    assert _found(run_cli, tmp_path, post) == []


def test_guard_regex_token_matches_as_written(run_cli, tmp_path):
    post = _site(tmp_path, ["(?:sources|aides) say"], "The plan, sources\nsay. The plan, aides say.\n")
    assert [f[:2] for f in _found(run_cli, tmp_path, post)] == [(7, 16)]


def test_exception_on_one_line_excepts_the_wrapped_phrase(run_cli, tmp_path):
    post = _site(tmp_path, ["sources say"], "The plan, sources\nsay. The plan, sources say.\n",
                 extra="exceptions: [sources say]\n")
    assert _found(run_cli, tmp_path, post) == []


def test_builtin_literal_phrase_over_a_wrap(run_cli, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene.boilerplate]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(HEAD + "The council met on Monday.\n\nSign up for our\nnewsletter to hear more.\n",
                    encoding="utf-8")
    found = _found(run_cli, tmp_path, post)
    assert [f[:4] for f in found] == [(8, 1, 9, 11)], found
    assert "sign up for our newsletter" in found[0][4].lower(), found


@pytest.mark.parametrize("token, matched", [
    ("sources say", r"sources\s+say"),
    ("U.S. officials said", r"U.S.\s+officials\s+said"),
    (" lead space", r" lead\s+space"),     # an edge space is kept as written
    ("(?:a|b) c", "(?:a|b) c"),
    ("a ?b", "a ?b"),
    ("one", "one"),
])
def test_spaced_tokens(token, matched):
    assert spaced_tokens([token]) == [matched]
    assert key_pattern(token)[0] == matched


def _boilerplate(run_cli, tmp_path, tail):
    (tmp_path / ".newslint.yaml").write_text("select: [hygiene.boilerplate]\n", encoding="utf-8")
    post = tmp_path / "post.md"
    post.write_text(HEAD + "The council met on Monday.\n\n" + tail, encoding="utf-8")
    return [f[:2] + (f[4].split("'")[1],) for f in _found(run_cli, tmp_path, post)]


def test_wrapped_closing_tagline_is_spared(run_cli, tmp_path):
    assert _boilerplate(run_cli, tmp_path, "Copyright 2026 Lakeshore Ledger. All rights\nreserved.\n") == []


@pytest.mark.parametrize("tail, flagged", [
    # the wrapped tail holds more than the tagline's end: both are reported
    ("Copyright 2026 Lakeshore Ledger. All rights\nreserved. Subscribe now\n",
     [(8, 34, "All rights reserved"), (9, 11, "Subscribe now")]),
    # a closing line that is not the last: as before, reported
    ("Copyright 2026 Lakeshore Ledger. All rights reserved.\nSubscribe now\n",
     [(8, 34, "All rights reserved"), (9, 1, "Subscribe now")]),
    # no copyright line: the wrapped phrase is reported
    ("The council met. All rights\nreserved.\n", [(8, 18, "All rights reserved")]),
])
def test_guard_wrapped_phrase_outside_a_closing_tagline(run_cli, tmp_path, tail, flagged):
    assert _boilerplate(run_cli, tmp_path, tail) == flagged
