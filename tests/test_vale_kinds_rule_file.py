"""Vale's kinds in a newslint rule file behave as the native kinds do where
the two differed (fx104): a data path is read beside the rule file, a long
`%s` is cut at 80 characters, `vale-substitution` can fix (`fix: true`)."""
from __future__ import annotations

import pytest
from rule_file_helpers import write
from vale_helpers import has_en_us, lines


def run(run_cli, tmp_path, rule: str, doc: str, *more: str):
    write(tmp_path / "rules" / "house" / "r.yaml", rule)
    write(tmp_path / "a.md", doc)
    return run_cli("check", "--format", "vale", "--rules", "rules", "--select", "house", *more, "a.md",
                   cwd=tmp_path)


SPELLING = "extends: spelling\nmessage: \"'%s'?\"\nappend: true\n"


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
@pytest.mark.parametrize("keys", ["dic: house.dic\naff: house.aff\n", "ignore: words.txt\n",
                                  "ignore: [words.txt]\n", "dicpath: .\ndictionaries: [house]\n"])
def test_a_spelling_rule_reads_its_files_beside_itself(run_cli, tmp_path, keys):
    """(was: beside the working folder, and a file not there was silently the
    default dictionary, so 'frobnitz' was flagged)"""
    write(tmp_path / "rules" / "house" / "house.dic", "1\nfrobnitz\n")
    write(tmp_path / "rules" / "house" / "house.aff", "SET UTF-8\n")
    write(tmp_path / "rules" / "house" / "words.txt", "frobnitz\n")
    res = run(run_cli, tmp_path, SPELLING + keys, "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 0 and lines(res) == [], (res.stdout, res.stderr)


@pytest.mark.parametrize("keys, at", [("dic: none.dic\naff: none.aff\n", "4:6: dic"),
                                      ("ignore: [words.txt, none.txt]\n", "4:21: ignore")])
def test_a_spelling_file_not_beside_the_rule_is_refused_at_its_key(run_cli, tmp_path, keys, at):
    write(tmp_path / "words.txt", "frobnitz\n")          # in the working folder: not read
    write(tmp_path / "rules" / "house" / "words.txt", "frobnitz\n")
    res = run(run_cli, tmp_path, SPELLING + keys, "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    assert f"r.yaml:{at}: data file" in res.stderr and "no such file beside" in res.stderr, res.stderr


LONG = ("The Council Met On Tuesday To Vote On The Budget For The Year Ahead And Then It Adjourned "
        "Until Next Week.")


@pytest.mark.parametrize("rule", [
    "extends: capitalization\nmessage: \"'%s'\"\nscope: paragraph\nmatch: $sentence\n",
    "extends: vale-existence\nmessage: \"'%s'\"\nscope: paragraph\ntokens: ['The Council.*Week']\n",
    "extends: vale-substitution\nmessage: \"'%[2]s'\"\nscope: paragraph\nswap: {'The Council.*Week': x}\n",
    # a native kind, for the same quote
    "extends: existence\nmessage: \"'%s'\"\nscope: paragraph\ntokens: ['The Council.*Week']\n",
])
def test_a_long_quote_is_cut_at_80_characters_as_for_every_kind(run_cli, tmp_path, rule):
    """(was: a Vale kind in a rule file quoted the whole paragraph)"""
    res = run(run_cli, tmp_path, rule, f"# Notes\n\n{LONG}\n")
    quote = lines(res)[0].split(":house.r:")[1].strip("'")
    assert len(quote) == 80 and "…" in quote, quote
    assert LONG.startswith(quote.split("…")[0]) and quote.split("…")[1] in LONG


def test_a_vale_style_quotes_the_whole_text_as_vale_does(run_cli, tmp_path):
    write(tmp_path / "styles" / "House" / "Case.yml",
          "extends: capitalization\nmessage: \"'%s'\"\nscope: paragraph\nmatch: $sentence\n")
    write(tmp_path / ".vale.ini", "StylesPath = styles\n\n[*.md]\nBasedOnStyles = House\n")
    write(tmp_path / "a.md", f"# Notes\n\n{LONG}\n")
    res = run_cli("check", "--format", "vale", "a.md", cwd=tmp_path)
    assert [ln.split(":House.Case:")[1] for ln in lines(res)] == [f"'{LONG}'"], res.stderr


SWAP = "extends: vale-substitution\nmessage: \"use '%s', not '%s'\"\nswap: {utilise: use, 'colour': 'color|hue'}\n"


@pytest.mark.parametrize("keys, fixed", [
    ("fix: true\n", "We use the colour.\n"),          # one plain form fixed; a choice of two is not
    ("", "We utilise the colour.\n"),                  # off by default, as Vale without action: replace
    ("fix: false\n", "We utilise the colour.\n"),
])
def test_vale_substitution_fixes_in_a_rule_file_with_fix_true(run_cli, tmp_path, keys, fixed):
    """(was: `fix:` an unknown key, so such a rule could never fix)"""
    res = run(run_cli, tmp_path, SWAP + keys, "# Notes\n\nWe utilise the colour.\n", "--fix")
    assert res.exit_code in (0, 1), res.stderr
    assert (tmp_path / "a.md").read_text() == "# Notes\n\n" + fixed
    shown = run(run_cli, tmp_path, SWAP + keys, "# Notes\n\nWe utilise the colour.\n")
    assert [ln.split(":house.r:")[1] for ln in lines(shown)] == ["use 'use', not 'utilise'",
                                                                  "use 'color|hue', not 'colour'"]


@pytest.mark.parametrize("keys, fixed", [("fix: true\n", "We utilise it.\n"),
                                         ("action:\n  name: replace\n", "We use it.\n")])
def test_a_vale_style_fixes_only_with_action_replace(run_cli, tmp_path, keys, fixed):
    write(tmp_path / "styles" / "House" / "Swap.yml", SWAP.replace("vale-substitution", "substitution") + keys)
    write(tmp_path / ".vale.ini", "StylesPath = styles\n\n[*.md]\nBasedOnStyles = House\n")
    write(tmp_path / "a.md", "# Notes\n\nWe utilise it.\n")
    res = run_cli("check", "--fix", "a.md", cwd=tmp_path)
    assert res.exit_code in (0, 1) and (tmp_path / "a.md").read_text() == "# Notes\n\n" + fixed, res.stderr


@pytest.mark.parametrize("based, found, said", [
    ("Vale", [], True),                      # not named: not run, and the run says why in one line
    ("Vale, house", ["a.md:3:4:house.r:avoid 'utilize'"], False),     # named: run, as a style is
    ("newslint", ["a.md:3:4:house.r:avoid 'utilize'"], False),
])
def test_rules_given_with_rules_run_where_a_vale_config_names_their_pack(run_cli, tmp_path, based, found,
                                                                          said):
    """(was: never run under a .vale.ini, unsaid; `BasedOnStyles = house`
    refused as no such style)"""
    write(tmp_path / "rules" / "house" / "r.yaml", "extends: existence\nmessage: \"avoid '%s'\"\n"
                                                   "tokens: [utilize]\n")
    write(tmp_path / ".vale.ini", f"StylesPath = styles\n\n[*.md]\nBasedOnStyles = {based}\n")
    (tmp_path / "styles").mkdir()
    write(tmp_path / "a.md", "# Notes\n\nWe utilize it.\n")
    res = run_cli("check", "--format", "vale", "--rules", "rules", "a.md", cwd=tmp_path)
    assert res.exit_code in (0, 1), res.stderr
    assert [ln for ln in lines(res) if "house." in ln] == found
    notice = [ln for ln in res.stderr.splitlines() if "not run under" in ln]
    assert notice == ([f"newslint: --rules rules: house not run under {tmp_path / '.vale.ini'}, which runs "
                       "only the styles its BasedOnStyles names: add house there (or a house.RULE = YES "
                       "switch)"] if said else []), res.stderr


def test_rules_lists_where_a_rules_pack_runs_under_a_vale_config(run_cli, tmp_path):
    """`newslint rules --rules rules` under a .vale.ini naming the pack
    (was: exit 2, "internal error: ValeConfigError ... does not exist")."""
    write(tmp_path / "rules" / "house" / "r.yaml", "extends: existence\nmessage: x\ntokens: [utilize]\n")
    write(tmp_path / ".vale.ini", "StylesPath = styles\n\n[*.md]\nBasedOnStyles = Vale, house\n")
    (tmp_path / "styles").mkdir()
    res = run_cli("rules", "--rules", "rules", cwd=tmp_path)
    assert res.exit_code == 0, res.stderr
    assert [ln.split()[-1] for ln in res.stdout.splitlines() if ln.startswith("house.r ")] == ["[*.md]"]


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_qa291_2_a_spelling_word_list_saved_as_utf16_names_its_bom(run_cli, tmp_path):
    import codecs
    (tmp_path / "rules" / "house").mkdir(parents=True)
    (tmp_path / "rules" / "house" / "words.txt").write_bytes(codecs.BOM_UTF16_LE + "frobnitz\n".encode("utf-16-le"))
    res = run(run_cli, tmp_path, SPELLING + "ignore: words.txt\n", "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 2, (res.stdout, res.stderr)
    assert "UTF-16 (little-endian) byte-order mark (FF FE); re-save the file as UTF-8" in res.stderr, res.stderr
    assert res.stderr.count("\n") == 1 and "words.txt:1: not UTF-8: it starts" in res.stderr, res.stderr
    # the nearest case: the same list saved as UTF-8 is read, its word not flagged
    write(tmp_path / "rules" / "house" / "words.txt", "frobnitz\n")
    res = run(run_cli, tmp_path, SPELLING + "ignore: words.txt\n", "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 0 and lines(res) == [], (res.stdout, res.stderr)
    # and one with a stray Latin-1 byte (no BOM) is still read as before, its other words kept
    (tmp_path / "rules" / "house" / "words.txt").write_bytes(b"caf\xe9\nfrobnitz\n")
    res = run(run_cli, tmp_path, SPELLING + "ignore: words.txt\n", "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 0 and lines(res) == [], (res.stdout, res.stderr)


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_qa298_1_a_spelling_dic_saved_as_utf16_names_its_bom(run_cli, tmp_path):
    import codecs
    write(tmp_path / "rules" / "house" / "house.aff", "SET UTF-8\n")
    (tmp_path / "rules" / "house" / "house.dic").write_bytes(codecs.BOM_UTF16_LE + "1\nfrobnitz\n".encode("utf-16-le"))
    res = run(run_cli, tmp_path, SPELLING + "dic: house.dic\naff: house.aff\n", "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 2, (res.stdout, res.stderr)
    assert "house.dic:1: not UTF-8: it starts with a UTF-16 (little-endian) byte-order mark (FF FE)" in res.stderr
    # the nearest case: the same dic saved as UTF-8 is no refusal, its word not flagged
    write(tmp_path / "rules" / "house" / "house.dic", "1\nfrobnitz\n")
    res = run(run_cli, tmp_path, SPELLING + "dic: house.dic\naff: house.aff\n", "# Notes\n\nThe frobnitz is here.\n")
    assert res.exit_code == 0 and lines(res) == [], (res.stdout, res.stderr)


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_qa298_2_a_spelling_word_list_with_a_utf8_bom_keeps_its_first_word(run_cli, tmp_path):
    (tmp_path / "rules" / "house").mkdir(parents=True)
    (tmp_path / "rules" / "house" / "words.txt").write_bytes(b"\xef\xbb\xbffrobnitz\nzorblax\n")
    res = run(run_cli, tmp_path, SPELLING + "ignore: words.txt\n", "# Notes\n\nThe frobnitz and zorblax are here.\n")
    assert res.exit_code == 0 and lines(res) == [], (res.stdout, res.stderr)

