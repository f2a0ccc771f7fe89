"""qa338: review of fx473 (`lint/regex_join.py`: joined terms each mean what
they mean alone). Strict xfails record what still breaks; the passing tests
guard the nearest cases that work. Synthetic rules and copy only.
"""
from __future__ import annotations

import json

from lint.vale.rulebase import exceptions_regex


def vale_style(tmp_path, rules: dict[str, str], story: str):
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\nMinAlertLevel = suggestion\n[*.md]\nBasedOnStyles = H\n", encoding="utf-8")
    folder = tmp_path / "styles" / "H"
    folder.mkdir(parents=True)
    for name, body in rules.items():
        (folder / f"{name}.yml").write_text(body, encoding="utf-8")
    (tmp_path / "t.md").write_text(story, encoding="utf-8")


def house(tmp_path, body: str, story: str):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text(body, encoding="utf-8")
    (tmp_path / "s.txt").write_text(story, encoding="utf-8")


def run_house(run_cli, tmp_path, *extra):
    return run_cli("check", "--no-cache", "--rules", tmp_path / "rules", *extra, tmp_path / "s.txt", cwd=tmp_path)


SUB_BAD_KEY = """\
extends: substitution
message: "Use '%s' instead of '%s'."
level: error
swap:
  zebra: horse
  'realise\\': realize
"""


# --- 1. a Vale swap key that fails alone: refused at the first key, quoting the joined pattern ----

def test_a_vale_swap_key_that_fails_alone_is_refused_at_its_own_line_as_written(run_cli, tmp_path):
    vale_style(tmp_path, {"Sub": SUB_BAD_KEY}, "# Head\n\nA zebra.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 2
    line, = result.stderr.strip().splitlines()
    assert "Sub.yml:6:3: swap:" in line and "regex 'realise\\' does not compile" in line, line


def test_a_vale_swap_key_that_fails_alone_is_refused_with_exit_2(run_cli, tmp_path):
    vale_style(tmp_path, {"Sub": SUB_BAD_KEY}, "# Head\n\nA zebra.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stderr


# --- a Vale exception term that fails alone does not drop the others (guard) -------------------

EX_BAD_EXCEPTION = """\
extends: existence
message: "Avoid '%s'."
level: error
tokens:
  - '\\w+ly'
exceptions:
  - simply
  - "a("
"""


def test_a_vale_exception_term_that_fails_alone_does_not_silently_drop_the_others(run_cli, tmp_path):
    vale_style(tmp_path, {"Ex": EX_BAD_EXCEPTION}, "# Head\n\nIt is simply wrong, really.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    flagged_excepted = result.exit_code == 1 and "Avoid 'simply'" in result.stdout
    assert not flagged_excepted, result.stdout + result.stderr


def test_vale_exceptions_that_compile_keep_simply_put_quiet(run_cli, tmp_path):
    vale_style(tmp_path, {"Ex": EX_BAD_EXCEPTION.replace('  - "a("\n', '  - "(?x) a \\\\( # paren"\n')},
               "# Head\n\nIt is simply wrong, really.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert "Avoid 'simply'" not in result.stdout and "Avoid 'really'" in result.stdout, result.stdout + result.stderr


# --- nearest cases that work (guards) ----------------------------------------------------------

def test_house_tokens_with_verbose_comment_inline_flags_and_lookbehind_all_found(run_cli, tmp_path):
    toks = ["zebra", "(?x) pre release  # note (sic", r"(?i)utilise", r"(?<=Mr\. )Smyth", "naïve", "U.S."]
    listed = "".join(f"  - {json.dumps(t)}\n" for t in toks)
    house(tmp_path, f'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n{listed}',
          "We UTILISE naïve copy. Mr. Smyth said prerelease U.S. zebra.\n")
    result = run_house(run_cli, tmp_path, "--format", "json")
    assert result.exit_code in (0, 1), result.stderr
    found = sorted(f["message"] for f in json.loads(result.stdout) if f.get("rule", f.get("rule_id", "")) != ""
                   and "house word" in f["message"])
    assert found == sorted(f"house word {w}" for w in ["UTILISE", "naïve", "Smyth", "prerelease", "U.S.", "zebra"])


def test_an_inline_i_in_a_house_token_reaches_no_later_token(run_cli, tmp_path):
    house(tmp_path, 'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n'
          '  - "(?i)utilise"\n  - colour\n', "We UTILISE COLOUR and colour.\n")
    result = run_house(run_cli, tmp_path)
    assert "house word UTILISE" in result.stdout and "house word colour" in result.stdout
    assert "house word COLOUR" not in result.stdout, result.stdout


def test_a_bad_house_token_is_refused_at_its_own_line_as_written(run_cli, tmp_path):
    house(tmp_path, 'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n'
          '  - zebra\n  - "(?x) pre release # note"\n  - "utilise\\\\"\n', "zebra\n")
    result = run_house(run_cli, tmp_path)
    assert result.exit_code == 2
    assert "r.yaml:7:5: tokens: regex 'utilise\\' does not compile" in result.stderr, result.stderr


def test_house_tokens_over_the_limit_together_are_refused_at_the_token_that_passes_it(run_cli, tmp_path):
    house(tmp_path, 'extends: existence\nmessage: "house word %s"\nlevel: warning\ntokens:\n'
          '  - zebra\n  - "a{60000}"\n  - "b{60000}"\n', "zebra\n")
    result = run_house(run_cli, tmp_path)
    assert result.exit_code == 2
    assert "r.yaml:7:5: tokens: the tokens up to 'b{60000}' together" in result.stderr, result.stderr


def test_a_verbose_closing_line_ending_in_a_comment_compiles_and_closes(run_cli, tmp_path):
    house(tmp_path, 'extends: existence\nmessage: "house word %s"\nlevel: warning\n'
          "closing: '(?x) -30- \\s zebra # wire end'\n"
          "tokens:\n  - zebra\n", "A zebra here.\n\n-30- zebra\n")
    result = run_house(run_cli, tmp_path)
    assert result.exit_code in (0, 1), result.stderr
    assert "s.txt:1:3:" in result.stdout and "s.txt:3:" not in result.stdout, result.stdout


def test_vale_swap_keys_with_verbose_comment_and_inline_i_each_keep_their_meaning(run_cli, tmp_path):
    sub = ("extends: substitution\nmessage: \"Use '%s' instead of '%s'.\"\nlevel: error\nswap:\n"
           "  zebra: horse\n  \"(?x) col our # uk\": color\n  \"(?i)utilise\": use\n  realise: realize\n")
    vale_style(tmp_path, {"Sub": sub}, "# Head\n\nWe utilise colour and UTILISE. zebra realise REALISE.\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    out = result.stdout
    for word in ("'utilise'", "'colour'", "'UTILISE'", "'zebra'", "'realise'"):
        assert f"instead of {word}" in out, out + result.stderr
    assert "instead of 'REALISE'" not in out, out


def test_an_exception_terms_inline_i_reaches_no_later_exception():
    excepted = exceptions_regex(["(?i)simply red", "obviously"])
    assert excepted.search("SIMPLY RED") and excepted.search("obviously")
    assert not excepted.search("OBVIOUSLY")


# --- 3. start-up: each VERBOSE term is compiled twice more to find whether VERBOSE is on at its end ----

def test_finding_whether_verbose_is_on_at_a_terms_end_compiles_it_at_most_once(monkeypatch):
    import regex
    from lint.regex_join import enclosed
    real, calls = regex.compile, []

    def counted(pattern, flags=0, *args, **kwargs):
        calls.append(pattern)
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", counted)
    assert enclosed("(?x) house wd17 # a note") == "(?:(?x) house wd17 # a note\n)"
    assert len(calls) <= 1, calls


def test_a_plain_term_is_enclosed_without_compiling_it(monkeypatch):
    import regex
    from lint.regex_join import enclosed
    real, calls = regex.compile, []

    def counted(pattern, flags=0, *args, **kwargs):
        calls.append(pattern)
        return real(pattern, flags, *args, **kwargs)
    monkeypatch.setattr(regex, "compile", counted)
    assert enclosed("house wd17 # not a comment") == "(?:house wd17 # not a comment)"
    assert calls == []
