"""Keys that YAML reads as no word, rule files that share an id, repeated
front-matter keys, and the `_` options of kinds: each is one line naming the
file and, where there is one, the line and column; never a key or a file
silently lost."""
from __future__ import annotations

import os

import pytest

from lint.config import Config, ConfigError, load_file
from lint.engine import lint_bytes
from lint.readers import read_bytes
from lint.ruleset import load_rule
from rule_file_helpers import rule_error as file_error, write

SUB = 'extends: substitution\nmessage: "Use %s."\n'


def rule_error(tmp_path, text: str) -> str:
    return file_error(tmp_path / "rules", text)


# --- 1. word-map options: a key YAML reads as true, a number or null ------------------------

@pytest.mark.parametrize("body, expected", [
    ("swap:\n  colour: color\n  yes: yep\n", 'X:5:3: swap: key read as true, not as a word'),
    ("swap:\n  colour: color\n  Off: on\n", 'X:5:3: swap: key read as false, not as a word'),
    ("swap: {colour: color, ~: nothing}\n", "X:3:23: swap: key read as null, not as a word"),
    # `1` and `"1"` were two keys; now the number is refused, so they cannot merge
    ('swap:\n  "1": one\n  1: uno\n', 'X:5:3: swap: key read as a number (1), not as a word; '
                                      'quote it, as in "1": ...'),
    ("swap:\n  colour: color\n  2024-05-01: May 1\n", "X:5:3: swap: key read as a date"),
])
def test_a_word_map_key_that_yaml_reads_as_no_word_is_refused_at_its_key(tmp_path, body, expected):
    assert rule_error(tmp_path, SUB + body).startswith(expected)


def test_the_advice_for_a_boolean_key_is_to_quote_it(tmp_path):
    message = rule_error(tmp_path, SUB + "swap:\n  yes: yep\n")
    assert message.endswith('quote it, as in "yes": ...')
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize("body, expected", [
    ('either:\n  color: colour\n  on: onward\n', "X:5:3: either: key read as true"),
    ('either:\n  color: colour\nlabels:\n  1: one\n', "X:6:3: labels: key read as a number (1)"),
])
def test_every_mapping_of_words_refuses_such_keys(tmp_path, body, expected):
    text = 'extends: consistency\nmessage: "Use %s."\n' + body
    assert rule_error(tmp_path, text).startswith(expected)


@pytest.mark.parametrize("tokens, expected", [
    ("[very, on]", 'X:3:16: tokens: every item must be a string: item read as true, not as a '
                   'word (YAML reads an unquoted yes, no, on, off, true or false as true or '
                   'false); quote it, as in "on"'),
    ("[very, 7]", 'X:3:16: tokens: every item must be a string: item read as a number (7), '
                  'not as a word; quote it, as in "7"'),
])
def test_a_word_list_item_yaml_reads_as_no_word_says_how_to_quote_it(tmp_path, tokens, expected):
    text = f'extends: existence\nmessage: "Avoid %s."\ntokens: {tokens}\n'
    assert rule_error(tmp_path, text) == expected


# YAML 1.1 reads 12:00 as the base-60 number 720 and 0x1F as 31: the advice
# quotes the text written, never the number read (a rule for "720" is no rule
# for "12:00")
@pytest.mark.parametrize("body, expected", [
    ("swap:\n  12:00: noon\n", 'X:4:3: swap: key read as a number (720), not as a word; '
                                'quote it, as in "12:00": ...'),
    ("swap: {0x1F: x}\n", 'X:3:8: swap: key read as a number (31), not as a word; '
                          'quote it, as in "0x1F": ...'),
    ("swap: {On: x}\n", 'X:3:8: swap: key read as true, not as a word (YAML reads an unquoted '
                        'yes, no, on, off, true or false as true or false); quote it, as in '
                        '"On": ...'),
])
def test_the_advice_quotes_the_key_as_written(tmp_path, body, expected):
    assert rule_error(tmp_path, SUB + body) == expected


def test_the_advice_quotes_the_item_as_written(tmp_path):
    text = 'extends: existence\nmessage: "Avoid %s."\ntokens:\n  - 12:00\n'
    assert rule_error(tmp_path, text).endswith('item read as a number (720), not as a word; '
                                               'quote it, as in "12:00"')


def test_config_errors_quote_the_key_and_item_as_written(tmp_path, run_cli):
    write(tmp_path / "a.txt", "Head\n\nThe vote.\n")
    write(tmp_path / "c.yaml", "levels:\n  010: error\n")
    result = run_cli("check", "--config", "c.yaml", "a.txt", cwd=tmp_path)
    assert result.stderr.strip() == ('newslint: c.yaml:2:3: levels: key read as a number (8), '
                                     'not as a word; quote it, as in "010": ...')
    write(tmp_path / "c.yaml", "select: [dates, on]\n")
    result = run_cli("check", "--config", "c.yaml", "a.txt", cwd=tmp_path)
    assert result.stderr.strip().endswith('c.yaml:1:17: select: must be a list of strings: item '
                                          'read as true, not as a word (YAML reads an unquoted '
                                          'yes, no, on, off, true or false as true or false); '
                                          'quote it, as in "on"')
    write(tmp_path / "c.yaml", "options:\n  hygiene.placeholder:\n    tokens: [TK, 12:00]\n")
    result = run_cli("check", "--config", "c.yaml", "a.txt", cwd=tmp_path)
    assert result.stderr.strip().endswith('c.yaml:3:18: options: hygiene.placeholder: tokens: '
                                          'every item must be a string: item read as a number '
                                          '(720), not as a word; quote it, as in "12:00"')


def test_a_quoted_key_is_the_word_and_matches(tmp_path):
    rule = write(tmp_path / "rules" / "house" / "x.yaml", SUB + 'swap:\n  "yes": yep\n')
    loaded = load_rule("house.x", rule)
    assert loaded.options["swap"] == {"yes": "yep"}
    doc = lint_bytes("a.txt", b"Head\n\nThey said yes today.\n",
                     Config(rule_dirs=(str(tmp_path / "rules"),)))
    (hit,) = [d for d in doc.diagnostics if d.rule == "house.x"]
    assert (hit.line, hit.column) == (3, 11)


def test_a_config_override_with_such_a_key_is_placed_in_the_config(tmp_path, run_cli):
    write(tmp_path / "rules" / "house" / "x.yaml", SUB + "swap:\n  colour: color\n")
    write(tmp_path / ".newslint.yaml",
          "rules: [rules]\noptions:\n  house.x:\n    swap:\n      colour: color\n      no: nope\n")
    write(tmp_path / "a.txt", "Head\n\nA fine colour.\n")
    result = run_cli("check", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"newslint: {tmp_path / '.newslint.yaml'}:6:7: options: house.x: swap: key read as "
        'false, not as a word (YAML reads an unquoted yes, no, on, off, true or false as true '
        'or false); quote it, as in "no": ...']


@pytest.mark.parametrize("text, expected", [
    ("image-fields:\n  hero.photog: credit\n  on: alt\n", "CFG:3:3: image-fields: key read as true"),
    ("levels:\n  hygiene: error\n  1: error\n", "CFG:3:3: levels: key read as a number (1)"),
    ("jsonl:\n  headline: title\n  ~: body\n", "CFG:3:3: jsonl: key read as null"),
    ("options:\n  house.x: {yes: 1}\n", 'CFG:2:13: options: house.x: key read as true, not as a '
     'word (YAML reads an unquoted yes, no, on, off, true or false as true or false); quote it, '
     'as in "yes": ...'),
    ("options:\n  house.x:\n    12:00: 1\n", 'CFG:3:5: options: house.x: key read as a number '
     '(720), not as a word; quote it, as in "12:00": ...'),
])
def test_a_config_mapping_of_names_refuses_such_keys(tmp_path, text, expected):
    path = write(tmp_path / ".newslint.yaml", text)
    with pytest.raises(ConfigError) as caught:
        load_file(str(path))
    assert str(caught.value).replace(str(path), "CFG").startswith(expected)


def vale_check(tmp_path, run_cli, swap: str):
    write(tmp_path / ".vale.ini", "StylesPath = styles\n[*]\nBasedOnStyles = S\n")
    write(tmp_path / "styles" / "S" / "Terms.yml",
          "extends: substitution\nmessage: \"Use '%s' not '%s'.\"\nswap:\n" + swap)
    write(tmp_path / "a.md", "One 2 colour.\n")
    return run_cli("check", "--no-cache", "a.md", cwd=tmp_path)


def test_a_vale_style_refuses_a_boolean_key_at_its_line(tmp_path, run_cli):
    result = vale_check(tmp_path, run_cli, "  colour: color\n  yes: yep\n")
    assert result.exit_code == 2
    assert "Terms.yml:5:3: swap: key read as true, not as a word" in result.stderr, result.stderr


def test_a_vale_style_quotes_the_key_as_written(tmp_path, run_cli):
    result = vale_check(tmp_path, run_cli, "  colour: color\n  Off: on\n")
    assert result.stderr.strip().endswith('Terms.yml:5:3: swap: key read as false, not as a '
                                          'word (YAML reads an unquoted yes, no, on, off, true '
                                          'or false as true or false); quote it, as in "Off": ...')


def test_a_vale_style_takes_a_number_key_as_its_text_as_vale_does(tmp_path, run_cli):
    result = vale_check(tmp_path, run_cli, "  colour: color\n  2: two\n")
    assert result.exit_code == 0, result.output        # Vale's rules are warnings here
    assert "Use 'two' not '2'." in result.stdout and "Use 'color' not 'colour'." in result.stdout


def test_a_vale_style_refuses_a_number_key_that_repeats_a_text_key(tmp_path, run_cli):
    result = vale_check(tmp_path, run_cli, '  "2": two\n  2: deux\n')
    assert result.exit_code == 2
    assert "Terms.yml:5:3: swap: 2 given twice (as a number and as text)" in result.stderr


# --- 2. x.yml beside x.yaml: one rule id, two files ------------------------------------------

@pytest.mark.parametrize("other", ["x.yml", "x.YAML"])
def test_two_files_of_one_rule_id_are_an_error_naming_both(tmp_path, run_cli, other):
    write(tmp_path / "rules" / "house" / "x.yaml", SUB + "swap:\n  colour: color\n")
    write(tmp_path / "rules" / "house" / other, SUB + "swap:\n  favour: favor\n")
    write(tmp_path / ".newslint.yaml", "rules: [rules]\n")
    write(tmp_path / "a.txt", "Head\n\nA fine colour.\n")
    result = run_cli("check", "--no-cache", "a.txt", cwd=tmp_path)
    assert result.exit_code == 2
    (line,) = result.stderr.splitlines()
    first, second = sorted(["x.yaml", other])
    assert line == (f"newslint: {os.path.join('rules', 'house', second)}: same rule id house.x "
                    f"as {os.path.join('rules', 'house', first)}; a rule is one file: remove or "
                    "rename one of them")


# --- 3. YAML front matter that repeats a key ----------------------------------------------

def test_a_repeated_front_matter_key_is_reported_at_the_repeat_and_the_article_linted():
    data = ("---\ntitle: Council votes\ndate: 2024-05-18\nhero:\n  credit: A\n  credit: B\n"
            "title: Council votes again\n---\n\nThe the council met.\n").encode()
    result = lint_bytes("a.md", data, Config())
    notes = [(d.line, d.column, d.level, d.message) for d in result.diagnostics
             if d.rule == "file.front-matter"]
    assert sorted(notes, reverse=True) == [
        (7, 1, "error", "invalid YAML front matter: title given twice (first on line 2); YAML "
                        "keeps only the last, so write it once"),
        (6, 3, "error", "invalid YAML front matter: hero.credit given twice (first on line 5); "
                        "YAML keeps only the last, so write it once")]
    assert "hygiene.doubled-word" in {d.rule for d in result.diagnostics}
    assert result.document is None or result.document.fields["title"] == "Council votes again"


@pytest.mark.parametrize("front, notice", [
    ("---\ntitle: The the one\ntitle: Vote held\n---\n",
     (3, 1, "invalid YAML front matter: title given twice (first on line 2); YAML keeps only")),
    ('{\n"title": "The the one",\n"title": "Vote held"\n}\n',
     (3, 1, "invalid JSON front matter: title given twice (first on line 2); JSON readers keep")),
])
def test_only_the_value_read_is_linted_so_a_lost_value_makes_no_findings(front, notice):
    result = lint_bytes("a.md", (front + "\nThe vote.\n").encode(), Config())
    (d,) = result.diagnostics          # no `The the`, no title field disagreeing
    assert (d.rule, d.line, d.column) == ("file.front-matter", *notice[:2])
    assert d.message.startswith(notice[2])
    doc = read_bytes("a.md", (front + "\nThe vote.\n").encode())
    assert [(p.kind, p.text) for p in doc.parts][:1] == [("headline", "Vote held")]


@pytest.mark.parametrize("front", ["title: A\n01: x\n1: y\n", "title: A\n~: x\nnull: y\n"])
def test_front_matter_keys_are_compared_as_yaml_reads_them(front):
    data = f"---\n{front}---\n\nThe vote.\n".encode()
    (d,) = [d for d in lint_bytes("a.md", data, Config()).diagnostics
            if d.rule == "file.front-matter"]
    assert (d.line, d.column) == (4, 1) and "given twice (first on line 3)" in d.message


def test_front_matter_without_repeats_has_no_notice():
    data = b"---\ntitle: A\nhero:\n  credit: A\nother:\n  credit: B\n---\n\nThe vote.\n"
    assert not [d for d in lint_bytes("a.md", data, Config()).diagnostics
                if d.rule == "file.front-matter"]


def test_a_merge_key_overridden_in_front_matter_is_no_repeat_and_the_override_is_read():
    # `<<: *b` then `caption:` overrides the merged caption (YAML's merge keys):
    # each key is written once per mapping, so no notice; the override is read
    data = (b"---\ntitle: Vote\nbase: &b {caption: The the one, credit: AP}\nimage:\n"
            b"  <<: *b\n  caption: Vote held\n---\n\nThe vote.\n")
    assert not [d for d in lint_bytes("a.md", data, Config()).diagnostics
                if d.rule == "file.front-matter"]
    doc = read_bytes("a.md", data)
    assert [(p.kind, p.text) for p in doc.parts if p.kind in ("caption", "credit")] == [
        ("caption", "Vote held"), ("credit", "AP")]


def test_a_merge_key_at_the_top_of_front_matter_brings_in_its_keys():
    # `<<: *d` at the top gives the front matter the anchor's keys, as YAML
    # reads it (a key written beside the merge wins): the merged date is the
    # publication date, and the merged author the byline, at the anchor's text.
    src = ("---\ndefaults: &d\n  author: Pat Lee\n  date: 2024-05-01\n  title: Old\n"
           "<<: *d\ntitle: Council votes on budget\n---\n\nThe council voted on Tuesday.\n")
    doc = read_bytes("a.md", src.encode())
    assert (doc.published.isoformat(), doc.published_from) == ("2024-05-01", "front matter date")
    assert doc.first("headline").text == "Council votes on budget"
    [author] = [p for p in doc.parts if p.kind == "byline"]
    assert (author.text, author.source_offset(0)) == ("Pat Lee", src.index("Pat Lee"))
    assert not [d for d in lint_bytes("a.md", src.encode(), Config()).diagnostics
                if d.rule == "file.front-matter"]
    # an anchor that merges another brings that one's keys too
    chained = ("---\na: &a {author: Pat Lee}\nb: &b {<<: *a, date: 2024-05-01}\n<<: *b\n"
               "title: Council votes\n---\n\nThe council voted on Tuesday.\n")
    doc = read_bytes("a.md", chained.encode())
    assert [p.text for p in doc.parts if p.kind == "byline"] == ["Pat Lee"] and doc.published



def _front_matter_notices(src: str) -> list[str]:
    return [f"{d.line}:{d.column}: {d.message}" for d in lint_bytes("a.md", src.encode(), Config()).diagnostics
            if d.rule == "file.front-matter"]


@pytest.mark.parametrize("merge, expected", [
    # YAML merges only mappings: PyYAML refuses these in a nested mapping, and
    # the top one, merged key by key here, said nothing and kept a key `<<`;
    # placed at the `<<` (an alias's node is its anchor's, on line 2 or 3)
    ("<<: *s\n", "4:1: invalid YAML front matter: expected a mapping or list of mappings "
                  "for merging, but found scalar"),
    ("<<: [*m, *s]\n", "4:1: invalid YAML front matter: expected a mapping for merging, "
                        "but found scalar"),
])
def test_a_top_merge_of_no_mapping_is_one_clear_line(merge, expected):
    src = ("---\ns: &s Pat Lee\nm: &m {author: Pat Lee}\n" + merge
           + "title: Council votes\n---\n\nThe council voted on Tuesday.\n")
    assert _front_matter_notices(src) == [expected]


def test_a_bad_value_in_a_merged_anchor_is_one_line_at_the_value():
    # the anchor's date fails once where it is written (4:9), not again as
    # "unconstructable recursive node" when the top merge reads it, and not at
    # the anchor's mapping (2:11); its good keys still come in
    src = ("---\ndefaults: &d\n  author: Pat Lee\n  date: 2024-02-30\n<<: *d\n"
           "title: Council votes\n---\n\nThe council voted on Tuesday.\n")
    assert _front_matter_notices(src) == [
        "4:9: invalid YAML front matter: day is out of range for month"]
    assert [p.text for p in read_bytes("a.md", src.encode()).parts if p.kind == "byline"] == [
        "Pat Lee"]


# --- 4. the `_` options of kinds are the loaders' own -------------------------------------

def test_rules_kinds_hides_internal_options(run_cli, tmp_path):
    result = run_cli("rules", "--kinds", cwd=tmp_path)
    vale_sub = next(line for line in result.stdout.splitlines()
                    if line.startswith("vale-substitution "))
    assert vale_sub.endswith("(options: swap, ignorecase, nonword, exceptions, vocab, "
                             "capitalize, pos, fix)")
    assert "(options: _" not in result.stdout and ", _" not in result.stdout


def test_rules_kinds_says_opt_where_a_rule_must_ask_for_the_fix(run_cli, tmp_path):
    lines = run_cli("rules", "--kinds", cwd=tmp_path).stdout.splitlines()
    fix = {line.split()[0]: line.split()[1] for line in lines[1:]}
    assert (fix["consistency"], fix["vale-substitution"]) == ("opt", "opt")   # fix: true, action
    assert (fix["substitution"], fix["repetition"]) == ("yes", "yes")


def test_a_rule_file_cannot_set_an_internal_option(tmp_path):
    message = rule_error(tmp_path, 'extends: vale-substitution\nmessage: "Use %s."\n'
                                   'swap: {a: b}\n_replace: true\n')
    assert message.startswith("X:4:1: _replace: unknown key for kind 'vale-substitution'")
    assert "_replace" not in message.split("allowed:")[1]


def test_rules_kinds_on_a_terminal_wraps_under_the_description_never_mid_word(capsys,
                                                                              monkeypatch):
    import shutil
    import sys

    from lint import cli_tools
    monkeypatch.setattr(shutil, "get_terminal_size", lambda *a: os.terminal_size((80, 24)))
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    cli_tools._list_kinds()
    lines = capsys.readouterr().out.splitlines()
    column = lines[0].index("DESCRIPTION")
    assert all(len(line) <= 80 for line in lines)
    rest = [line for line in lines[1:] if line.startswith(" ")]
    assert rest and all(line[:column].strip() == "" and line[column] != " " for line in rest)
    first = [lines[1]]                     # the first kind and its continuation lines
    for line in lines[2:]:
        if not line.startswith(" "):
            break
        first.append(line)
    text = " ".join(line.strip() for line in first)
    assert text.startswith("after-publication") and len(first) > 1
    assert "(options: grace-days, window-days, since-window-days," in text
