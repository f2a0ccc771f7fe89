"""qa356: review of fx492 (46e59388..7be15ccf): Vale join culprits found by
halving (`rulebase.name_failing`, `raw_failing`), `OptionError.also` and
`marks.first_written`, Vale repetition tokens ending where VERBOSE is on.
Strict xfails are open faults (reason `qa356 #N`); the plain tests guard the
nearest shapes that work now (positions in flow lists, CRLF, a BOM, 5,000
terms, a group split over tokens, the Google / write-good / proselint
packages). Synthetic rules, and real packages from /work/shared when there."""
from __future__ import annotations

from pathlib import Path

import pytest

from lint.vale.rulebase import breaking, name_failing, raw_failing
from lint.kinds.base import OptionError

HEAD = "message: x\nlevel: error\n"
SHARED_VALE = Path("/work/shared/vale/packages")
BBC = Path("/work/shared/corpora/bbc/politics")


def vale_style(tmp_path, body: str, story: str = "# Head\n\nThe zebra ran ran.\n", newline: str = "\n",
               bom: str = ""):
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n"
                                        "[*.md]\nBasedOnStyles = H\n", encoding="utf-8")
    folder = tmp_path / "styles" / "H"
    folder.mkdir(parents=True)
    (folder / "R.yml").write_bytes((bom + body.replace("\n", newline)).encode("utf-8"))
    (tmp_path / "t.md").write_text(story, encoding="utf-8")


def refusal(run_cli, tmp_path) -> str:
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 2 and "Traceback" not in result.stderr, result.stdout + result.stderr
    line, = result.stderr.strip().splitlines()
    return line


def loads_and_flags(run_cli, tmp_path, at: str) -> None:
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert result.exit_code == 1 and at in result.stdout, result.stdout + result.stderr


def joined(some):
    return "(" + "|".join(some) + ")"


# --- #1: a group split over two tokens hides the token that breaks the join --------------

@pytest.mark.xfail(strict=True, reason="qa356 #1: tokens 'b(' ... ')d' join fine (a Vale style may split a "
                   "group so); the join breaks at a later 'e[', yet 'b(' is named as not compiling")
def test_the_token_that_breaks_the_join_is_named_not_one_a_later_token_closes(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "tokens:\n  - 'a'\n  - 'b('\n  - 'c'\n  - ')d'\n  - 'e['\n")
    line = refusal(run_cli, tmp_path)
    assert "R.yml:9:5: tokens: regex 'e['" in line, line


def test_breaking_on_a_split_group_is_a_boundary_not_the_breaker_today():
    # the halving's own contract (a boundary); guards that it stays one and does not hang or blame the frame
    assert breaking(["a", "b(", "c", ")d", "e["], joined) in ((1, "missing )"), (4, "unterminated character set"))


def test_a_group_split_over_tokens_still_loads(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "tokens:\n  - 'zebra'\n  - 'b('\n  - 'c'\n  - ')d'\n")
    loads_and_flags(run_cli, tmp_path, "t.md:3:5:")


# --- #2, #3: a lone Vale existence token ending in a (?x) comment -------------------------

@pytest.mark.xfail(strict=True, reason="qa356 #2: a lone existence token ending in a (?x) comment is refused "
                   "'joined after the tokens before it' though no token is before it (the word frame is swallowed)")
def test_a_lone_token_is_not_said_to_be_joined_after_tokens_before_it(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "tokens:\n  - '(?x) zebra  # animal'\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert "after the tokens before it" not in result.stderr, result.stderr


@pytest.mark.xfail(strict=True, reason="qa356 #3: README says a (?x) term of tokens: ending in a # comment is "
                   "closed on a new line; a Vale existence token so written is refused (repetition's loads)")
def test_a_vale_existence_x_token_ending_in_a_comment_loads(run_cli, tmp_path):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "tokens:\n  - '(?x) zebra  # animal'\n  - horse\n")
    loads_and_flags(run_cli, tmp_path, "t.md:3:5:")


def test_a_vale_repetition_x_token_ending_in_a_comment_loads_with_ignorecase(run_cli, tmp_path):
    vale_style(tmp_path, "extends: repetition\n" + HEAD + "ignorecase: true\ntokens:\n  - '(?x) [a-z]+ # w'\n  - 'q'\n",
               story="# Head\n\nThe zebra Ran ran.\n")
    loads_and_flags(run_cli, tmp_path, "t.md:3:11:")


def test_a_vale_repetition_x_token_after_another_token_loads(run_cli, tmp_path):
    vale_style(tmp_path, "extends: repetition\n" + HEAD + "tokens:\n  - 'q'\n  - '(?x) [a-z]+  # w'\n")
    loads_and_flags(run_cli, tmp_path, "t.md:3:11:")


def test_a_vale_substitution_x_key_ending_in_a_comment_loads(run_cli, tmp_path):
    vale_style(tmp_path, "extends: substitution\n" + HEAD + "ignorecase: true\nswap:\n"
               "  '(?x) zebra  # animal': horse\n  ran: walked\n")
    loads_and_flags(run_cli, tmp_path, "t.md:3:5:")


# --- #4: a config's options: override and first_written -------------------------------

@pytest.mark.xfail(strict=True, reason="qa356 #4: with a config's options: replacing tokens:, which error is "
                   "said is chosen by where the replaced tokens sat in the rule file; the override's bad token, "
                   "the value in force (said before fx492), is no longer said")
def test_an_overriding_bad_token_is_said_at_the_config(run_cli, tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text('extends: vale-existence\nmessage: "x %s"\nlevel: error\n'
                                   'raw:\n  - "a("\ntokens:\n  - zebra\n', encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text('rules: [rules]\noptions:\n  house.r:\n    tokens: ["b("]\n',
                                             encoding="utf-8")
    (tmp_path / "s.txt").write_text("A zebra.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and ".newslint.yaml:4:14: options: house.r: tokens: regex 'b('" in result.stderr, \
        result.stderr


def test_an_overriding_bad_token_below_the_raw_in_the_rule_file_is_said_at_the_config(run_cli, tmp_path):
    folder = tmp_path / "rules" / "house"
    folder.mkdir(parents=True)
    (folder / "r.yaml").write_text('extends: vale-existence\nmessage: "x %s"\nlevel: error\n'
                                   'tokens:\n  - zebra\nraw:\n  - "a("\n', encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text('rules: [rules]\noptions:\n  house.r:\n    tokens: ["b("]\n',
                                             encoding="utf-8")
    (tmp_path / "s.txt").write_text("A zebra.\n", encoding="utf-8")
    result = run_cli("check", "--no-cache", "s.txt", cwd=tmp_path)
    assert result.exit_code == 2 and ".newslint.yaml:4:14: options: house.r: tokens: regex 'b('" in result.stderr, \
        result.stderr


# --- #5: Vale consistency, the nearest kind not touched ---------------------------------

@pytest.mark.xfail(strict=True, reason="qa356 #5: a Vale consistency either: key ending in a (?x) comment is "
                   "refused quoting newslint's join '(?m)\\b(?:(?P<a>...', no one's writing, not the key as written")
def test_a_vale_consistency_key_is_quoted_as_written(run_cli, tmp_path):
    vale_style(tmp_path, "extends: consistency\n" + HEAD + "either:\n  '(?x) zebra # a': horse\n")
    result = run_cli("check", "--no-cache", "t.md", cwd=tmp_path)
    assert "(?P<" not in result.stderr, result.stderr


# --- positions that are right now: flow lists, CRLF, BOM, Unicode, both raw and tokens ---

@pytest.mark.parametrize("body,at", [
    ("extends: existence\n" + HEAD + "tokens: [zebra, 'b(', c]\n", "R.yml:4:17: tokens: regex 'b('"),
    ("extends: substitution\n" + HEAD + "swap: {zebra: horse, 'b(': y}\n", "R.yml:4:22: swap: regex 'b('"),
    ("extends: existence\n" + HEAD + "raw: ['zebra', '(c']\n", "R.yml:4:16: raw: regex '(c'"),
    ("extends: repetition\n" + HEAD + "tokens: ['[a-z]+', '(c']\n", "R.yml:4:20: tokens: regex '(c'"),
    ("extends: existence\n" + HEAD + "raw: ['(c']\ntokens: ['b(']\n", "R.yml:4:7: raw: regex '(c'"),
    ("extends: existence\n" + HEAD + "append: true\ntokens:\n  - 'b('\nraw:\n  - '(c'\n", "R.yml:6:5: tokens: regex 'b('"),
    ("extends: existence\n" + HEAD + "tokens:\n  - ''\n  - zebra\n  - 'b('\n", "R.yml:7:5: tokens: regex 'b('"),
    ("extends: substitution\n" + HEAD + "swap:\n  zebra: horse\n  'é(': x\n", "R.yml:6:3: swap: regex 'é('"),
    ("extends: substitution\n" + HEAD + "swap:\n  zebra: horse\n  'a{60000}': x\n  'b{60000}': y\n",
     "R.yml:7:3: swap: the keys up to 'b{60000}' together"),
])
def test_culprits_are_placed_at_their_own_text(run_cli, tmp_path, body, at):
    vale_style(tmp_path, body)
    line = refusal(run_cli, tmp_path)
    assert at in line, line


@pytest.mark.parametrize("newline,bom", [("\r\n", ""), ("\n", "\ufeff")])
def test_culprit_positions_in_a_crlf_or_bom_style(run_cli, tmp_path, newline, bom):
    vale_style(tmp_path, "extends: existence\n" + HEAD + "raw:\n  - zebra\ntokens:\n  - horse\n  - 'b('\n",
               newline=newline, bom=bom)
    line = refusal(run_cli, tmp_path)
    assert "R.yml:8:5: tokens: regex 'b('" in line, line


# --- 5,000 terms: the halving names the right one (a hang would stop the run) -------------

def _refused(call) -> OptionError:
    with pytest.raises(OptionError) as info:
        call()
    return info.value


def test_five_thousand_tokens_the_bad_one_named_wherever_it_is():
    words = [f"w{i}x" for i in range(5000)]
    for at in (0, 2500, 5000):
        terms = words[:at] + ["b("] + words[at:]
        items = [(t, ("tokens", i)) for i, t in enumerate(terms)]
        exc = _refused(lambda: name_failing("tokens", items, lambda some: r"\b(?:" + "|".join(some) + r")\b"))
        assert exc.at == ("tokens", at) and "'b('" in str(exc), (at, exc.at, str(exc))


def test_five_thousand_raw_pieces_a_group_over_them_then_a_bad_one():
    pieces = ["(?:"] + [f"w{i}|" for i in range(5000)] + ["z)", "["]
    exc = _refused(lambda: raw_failing(pieces))
    assert exc.at == ("raw", len(pieces) - 1) and "'['" in str(exc), (exc.at, str(exc))
    exc = _refused(lambda: raw_failing(["b("] + [f"w{i}" for i in range(5000)]))
    assert exc.at == ("raw", 0), exc.at


def test_five_thousand_swap_keys_the_bad_one_at_its_key(run_cli, tmp_path):
    keys = "".join(f"  w{i}x: y\n" for i in range(2500)) + "  'b(': y\n" + "".join(f"  v{i}x: y\n" for i in range(2500))
    vale_style(tmp_path, "extends: substitution\n" + HEAD + "swap:\n" + keys)
    line = refusal(run_cli, tmp_path)
    assert "R.yml:2505:3: swap: regex 'b('" in line, line


# --- real packages: no valid style refused, findings as before ----------------------------

@pytest.mark.skipif(not (SHARED_VALE / "Google").is_dir() or not BBC.is_dir(), reason="no shared Vale packages")
def test_google_write_good_proselint_load_and_flag_a_bbc_story(run_cli, tmp_path):
    styles = tmp_path / "styles"
    styles.mkdir()
    for name in ("Google", "proselint", "write-good"):
        (styles / name).symlink_to(SHARED_VALE / name / name)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\nMinAlertLevel = suggestion\n[*]\n"
                                        "BasedOnStyles = Google, proselint, write-good\n", encoding="utf-8")
    story = sorted(BBC.glob("*.txt"))[0]
    (tmp_path / "s.txt").write_bytes(story.read_bytes())
    result = run_cli("check", "--no-cache", "s.txt", cwd=tmp_path)
    assert result.exit_code == 1 and "Traceback" not in result.stderr, result.stdout + result.stderr
    assert "[Google." in result.stdout and "[write-good." in result.stdout, result.stdout
