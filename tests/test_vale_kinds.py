"""Vale's rule kinds, scopes and comments on our own small documents.

Each test writes a one-rule style and checks the exact `--format vale` lines
(position and message), as Vale prints them.
"""
from __future__ import annotations

import pytest
from vale_helpers import has_en_us, lines, vale_project

CONFIG = "StylesPath = styles\nMinAlertLevel = suggestion\nVocab = House\n[*]\nBasedOnStyles = T\n"


def run(run_cli, tmp_path, rule: str, doc: str, name: str = "a.md", config: str = CONFIG,
        vocab: str = "Acme\nYAML\n") -> list[str]:
    root = vale_project(tmp_path, config, {"T/R": rule}, {name: doc},
                        {"styles/config/vocabularies/House/accept.txt": vocab})
    res = run_cli("check", "--format", "vale", name, cwd=root)
    assert res.exit_code in (0, 1), res.stderr
    return lines(res)


def test_existence_raw_groups_and_exceptions(run_cli, tmp_path):
    rule = """\
        extends: existence
        message: "Say '$1' once, not '%s'."
        nonword: true
        exceptions: [the the]
        raw:
          - '\\b(\\w+) \\1\\b'
        """
    assert run(run_cli, tmp_path, rule, "go go now. Then the the end.\n") == [
        "a.md:1:1:T.R:Say 'go' once, not 'go go'."]


def test_existence_word_boundaries_and_vocab(run_cli, tmp_path):
    rule = """\
        extends: existence
        message: "Avoid '%s'."
        ignorecase: true
        tokens: [acme, e\\.g\\.]
        """
    # `acme` is in the Vocab, so it is an exception; Vale's `\\b` after `e.g.`
    # needs a word character next, so "e.g. x" does not match but "e.g.x" does.
    assert run(run_cli, tmp_path, rule, "Acme and e.g. this, e.g.that.\n") == [
        "a.md:1:21:T.R:Avoid 'e.g.'."]


def test_substitution_choices_case_and_vocab_terms(run_cli, tmp_path):
    rule = """\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        ignorecase: true
        action:
          name: replace
        swap:
          cell ?phone: phone|mobile phone
          utilize: use
          JavaScript: JavaScript
        """
    config = CONFIG.replace("BasedOnStyles = T", "BasedOnStyles = T, Vale\nVale.Spelling = NO")
    got = run(run_cli, tmp_path, rule, "Utilize a cellphone, javascript and yaml.\n", config=config)
    assert got == ["a.md:1:1:T.R:Use 'use' instead of 'Utilize'.",
                   "a.md:1:11:T.R:Use 'phone' or 'mobile phone' instead of 'cellphone'.",
                   "a.md:1:22:T.R:Use 'JavaScript' instead of 'javascript'.",
                   "a.md:1:37:Vale.Terms:Use 'YAML' instead of 'yaml'."]


def test_occurrence_max_and_min(run_cli, tmp_path):
    rule = """\
        extends: occurrence
        message: "More than two commas."
        scope: sentence
        max: 2
        token: ','
        """
    assert run(run_cli, tmp_path, rule, "One, two, three, four. Fine, here.\n") == [
        "a.md:1:4:T.R:More than two commas."]
    rule_min = "extends: occurrence\nmessage: No intro.\nscope: summary\nmin: 1\ntoken: '(?i)introduction'\n"
    assert run(run_cli, tmp_path / "m", rule_min, "# Title\n\nBody text.\n") == ["a.md:1:1:T.R:No intro."]


def test_repetition_across_a_code_span_is_no_repeat(run_cli, tmp_path):
    rule = "extends: repetition\nmessage: \"'%s' is repeated!\"\nalpha: true\ntokens: ['[^\\s]+']\n"
    got = run(run_cli, tmp_path, rule, "It is is done.\n\nthe `the` the end. I saw. Saw it.\n")
    assert got == ["a.md:1:4:T.R:'is' is repeated!"]


def test_consistency_flags_the_later_block(run_cli, tmp_path):
    rule = "extends: consistency\nmessage: \"Inconsistent spelling of '%s'.\"\nignorecase: true\n" \
           "either:\n  colour: color\n"
    got = run(run_cli, tmp_path, rule, "The colour.\n\nA color and a colour and a color.\n")
    assert got == ["a.md:3:28:T.R:Inconsistent spelling of 'color'."]


def test_conditional_needs_a_definition(run_cli, tmp_path):
    rule = """\
        extends: conditional
        message: "'%s' has no definition."
        first: '\\b([A-Z]{3,5})\\b'
        second: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'
        exceptions: [HTML]
        """
    got = run(run_cli, tmp_path, rule, "The World Health Organization (WHO) and WHO.\n\nNFL and HTML.\n")
    assert got == ["a.md:3:1:T.R:'NFL' has no definition."]


@pytest.mark.parametrize("match,doc,want", [
    ("$sentence", "# This Is Wrong\n\n## This is right\n", ["a.md:1:3:T.R:'This Is Wrong' fails."]),
    ("$title", "# The lord of the rings\n\n## The Lord of the Rings\n",
     ["a.md:1:3:T.R:'The lord of the rings' fails."]),
    ("$lower", "# lower case\n\n## Not lower\n", ["a.md:3:4:T.R:'Not lower' fails."]),
])
def test_capitalization(run_cli, tmp_path, match, doc, want):
    rule = f"extends: capitalization\nmessage: \"'%s' fails.\"\nscope: heading\nmatch: '{match}'\n"
    assert run(run_cli, tmp_path, rule, doc) == want


def test_metric_formula_and_condition(run_cli, tmp_path):
    rule = """\
        extends: metric
        message: "%s headings per word."
        formula: (heading.h2 + heading.h3) / words
        condition: "> 0.1"
        """
    got = run(run_cli, tmp_path, rule, "# T\n\n## A\n\n## B\n\nOne two three four five.\n")
    assert got == ["a.md:1:1:T.R:0.40 headings per word."]


@pytest.mark.skipif(not has_en_us(), reason="needs chunspell and Debian's hunspell-en-us")
def test_spelling_with_filters_ignore_file_and_vocab(run_cli, tmp_path):
    rule = """\
        extends: spelling
        message: "Did you really mean '%s'?"
        filters: ['[pP]y.*']
        ignore: ignore.txt
        """
    root = tmp_path
    (root / "styles").mkdir(parents=True)
    (root / "styles" / "ignore.txt").write_text("frobnicate\n")
    got = run(run_cli, tmp_path, rule,
              "I frobnicate the typpo with Pyyaml, NASA, camelCase, re-use and Acme. Teh end.\n")
    assert got == ["a.md:1:18:T.R:Did you really mean 'typpo'?",
                   "a.md:1:71:T.R:Did you really mean 'Teh'?"]


def test_scopes_on_markdown_parts(run_cli, tmp_path):
    doc = ("# Big very\n\n## Small very\n\n- list very\n\n| very head |\n|---|\n| very cell |\n\n"
           "> quote very\n\nPlain very [very link](http://x.org).\n")
    rule = "extends: existence\nmessage: \"%s\"\ntokens: [very]\nscope: {scope}\n"
    cases = {"heading.h2": ["3:10"], "list": ["5:8"], "table.header": ["7:3"], "table.cell": ["9:3"],
             "blockquote": ["11:9"], "link": ["13:13"], "~heading": ["5:8", "7:3", "9:3", "11:9", "13:7",
                                                                      "13:13"],
             "heading": ["1:7", "3:10"]}
    for scope, want in cases.items():
        got = run(run_cli, tmp_path / scope.replace("~", "not-"), rule.format(scope=f"'{scope}'"), doc)
        assert [":".join(ln.split(":")[1:3]) for ln in got] == want, scope


def test_sentence_and_paragraph_scopes(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"Don't start a sentence with '%s'.\"\nscope: sentence\n" \
           "nonword: true\ntokens: ['^So\\b']\n"
    doc = "So it begins. Mr. So and so. So the end.\n\n- So a list.\n"
    assert run(run_cli, tmp_path, rule, doc) == [
        "a.md:1:1:T.R:Don't start a sentence with 'So'.",
        "a.md:1:30:T.R:Don't start a sentence with 'So'."]


def test_raw_scope_sees_markup_and_html_headings(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"'%s' link.\"\nscope: raw\nnonword: true\n" \
           "tokens: ['\\]\\([^)]+\\.html\\)']\n"
    assert run(run_cli, tmp_path, rule, "See [this](../a.html) now.\n") == [
        "a.md:1:10:T.R:'](../a.html)' link."]
    rule_h = "extends: existence\nmessage: \"%s\"\ntokens: [very]\nscope: heading.h3\n"
    html = "<html><body><h1>very</h1><h3>A <a href='x'>very</a> one</h3><p>very</p></body></html>"
    assert run(run_cli, tmp_path / "h", rule_h, html, name="a.html") == ["a.html:1:44:T.R:very"]


def test_vale_comments(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"%s\"\ntokens: [very]\n"
    doc = ("very 1\n\n<!-- vale off -->\n\nvery 2\n\n<!-- vale on -->\n\nvery 3\n\n"
           "<!-- vale T.R = NO -->\n\nvery 4\n\n<!-- vale T.R = YES -->\n\nvery 5\n\n"
           "<!-- vale T = NO -->\n\nvery 6\n")
    assert [ln.split(":")[1] for ln in run(run_cli, tmp_path, rule, doc)] == ["1", "9", "17"]


def test_token_ignores_and_text_files(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"%s\"\ntokens: [very]\n"
    config = CONFIG + "TokenIgnores = (\\{\\{[^}]*\\}\\})\n"
    got = run(run_cli, tmp_path, rule, "A very {{ very }} day.\nvery\n\nvery.\n", name="a.txt", config=config)
    assert got == ["a.txt:1:3:T.R:very", "a.txt:2:1:T.R:very", "a.txt:4:1:T.R:very"]


def test_format_vale_is_sorted_relative_and_bare(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"%s\"\ntokens: [very]\n"
    root = vale_project(tmp_path, CONFIG.replace("Vocab = House\n", ""), {"T/R": rule},
                        {"b.md": "very\n", "a/z.md": "x very\n", "a.md": "very very\n"})
    res = run_cli("check", "--format", "vale", ".", cwd=root)
    assert res.stdout == "a.md:1:1:T.R:very\na.md:1:6:T.R:very\na/z.md:1:3:T.R:very\nb.md:1:1:T.R:very\n"


@pytest.mark.parametrize("patterns,texts", [
    (["a chip off the old block", "e\\.g\\."], ["A chip off the old block", "see e.g. this"]),
    (["(?:cell ?phone|smart ?phone)"], ["cellphone", "smart phone"]),
    (["(?:API Console|dev|developer) key"], ["dev key", "API Console key"]),
    (["colou?r", "fooo{2}bar"], ["color", "colour", "foooobar"]),
    (["(?i)Hong Kong(?:ite|ian)"], ["hong kongite"]),
])
def test_literal_precheck_never_misses_a_match(patterns, texts):
    """A rule compiled lazily is skipped while none of its literals occurs;
    every real match must contain one of them."""
    import regex

    from lint.vale.literals import literals
    lits = literals(patterns)
    assert lits, patterns
    for text in texts:
        m = regex.search("|".join(f"(?:{p})" for p in patterns), text, regex.IGNORECASE)
        assert m and any(lit in m.group().lower() for lit in lits), (text, lits)


@pytest.mark.parametrize("patterns", [["\\d{1,2}[AP]M"], ["[a-z]+[!?]{2,}"], ["\\b(am|is)\\b\\s*"], ["ab"]])
def test_literal_precheck_declines_free_patterns(patterns):
    from lint.vale.literals import literals
    assert literals(patterns) is None


def test_replace_action_with_one_choice_is_a_safe_fix(run_cli, tmp_path):
    rule = """\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        action:
          name: replace
        swap:
          utilise: use
          cell ?phone: phone|mobile phone
        """
    root = vale_project(tmp_path, CONFIG.replace("Vocab = House\n", ""), {"T/R": rule},
                        {"a.md": "We utilise a cellphone.\n"})
    res = run_cli("check", "--fix", "--format", "vale", "a.md", cwd=root)
    assert (root / "a.md").read_text() == "We use a cellphone.\n"      # two choices: no fix
    assert lines(res) == ["a.md:1:10:T.R:Use 'phone' or 'mobile phone' instead of 'cellphone'."]


def test_fixes_follow_the_vale_section_of_each_file(run_cli, tmp_path):
    """`--fix` runs the rules the file's own section turns on, for files and for stdin."""
    rule = 'extends: substitution\nmessage: "Use %s."\naction:\n  name: replace\nswap:\n  utilise: use\n'
    config = "StylesPath = styles\nMinAlertLevel = suggestion\n[*.md]\nBasedOnStyles = T\n"
    root = vale_project(tmp_path, config, {"T/R": rule},
                        {"a.md": "We utilise it.\n", "b.txt": "We utilise it.\n"})
    res = run_cli("check", "--fix", "a.md", "b.txt", cwd=root)
    assert res.exit_code == 0, res.stderr
    assert [(root / n).read_text() for n in ("a.md", "b.txt")] == ["We use it.\n", "We utilise it.\n"]
    for name, want in (("c.md", "We use it.\n"), ("c.txt", "We utilise it.\n")):
        res = run_cli("check", "--fix", "--stdin-filename", name, "-", input="We utilise it.\n", cwd=root)
        assert (res.exit_code, res.stdout) == (0, want)


def test_vale_comments_never_hide_whole_file_rules_or_fail_on_unknown_ids(run_cli, tmp_path):
    raw = "extends: existence\nmessage: \"raw %s\"\nscope: raw\ntokens: [very]\n"
    text = "extends: existence\nmessage: \"text %s\"\ntokens: [very]\n"
    root = vale_project(tmp_path, CONFIG.replace("Vocab = House\n", ""), {"T/Raw": raw, "T/Text": text},
                        {"a.md": "<!-- vale off -->\n\nvery\n\n<!-- vale Other.Rule = NO -->\n"})
    res = run_cli("check", "--format", "vale", "a.md", cwd=root)
    # Vale resets its comments before `raw` and `summary`, and ignores a
    # comment naming a rule it did not load.
    assert res.exit_code == 0 and lines(res) == ["a.md:3:1:T.Raw:raw very"]


def test_a_match_not_written_in_the_source_is_reported_at_its_line_start(run_cli, tmp_path):
    """Vale places a match by finding its text again; across an entity (or
    markup) it cannot, and reports the line's first column. So do Vale rules."""
    rule = "extends: capitalization\nmessage: \"'%s' should be sentence-cased\"\nscope: heading\n" \
           "match: $sentence\n"
    html = "<html><body>\n    <h1>Something&#160;Weird Is Here</h1>\n    <h2>Also Very Wrong</h2>\n</body></html>\n"
    assert run(run_cli, tmp_path, rule, html, name="a.html") == [
        "a.html:2:1:T.R:'Something\u00a0Weird Is Here' should be sentence-cased",
        "a.html:3:9:T.R:'Also Very Wrong' should be sentence-cased"]


def test_html_title_is_text_and_meta_fields_are_not(run_cli, tmp_path):
    rule = "extends: existence\nmessage: \"%s\"\ntokens: [very]\n"
    html = ('<html><head><title>A very title</title><meta name="description" content="very dek">'
            '<meta property="og:title" content="very og"></head><body><p>very body</p></body></html>\n')
    assert [ln.split(":")[2] for ln in run(run_cli, tmp_path, rule, html, name="a.html")] == ["22", "144"]


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_qa298_3_a_vocab_list_with_a_utf8_bom_keeps_its_first_term(run_cli, tmp_path):
    rule = "extends: spelling\nmessage: \"'%s'?\"\nappend: true\n"
    doc = "# Notes\n\nThe frobnitz and zorblax are here.\n"
    assert run(run_cli, tmp_path / "bom", rule, doc, vocab="\ufefffrobnitz\nzorblax\n") == []
    assert run(run_cli, tmp_path / "plain", rule, doc, vocab="frobnitz\nzorblax\n") == []    # the nearest case


@pytest.mark.skipif(not has_en_us(), reason="needs the [spelling] extra and en_US")
def test_qa298_6_a_vocab_list_edited_on_disk_is_seen_by_the_next_lint_in_the_same_process(run_cli, tmp_path):
    from lint.server.documents import Target
    from lint.server.linting import Linter
    rule = "extends: spelling\nmessage: \"'%s'?\"\nappend: true\n"
    doc = "# Notes\n\nThe frobnitz and zorblax are here.\n"
    assert run(run_cli, tmp_path, rule, doc, vocab="frobnitz\nzorblax\n") == []
    story = str(tmp_path / "a.md")
    linter = Linter()     # the language server's way in: one Session for the workspace

    def served() -> list[str]:
        return [d.message for d in linter.lint(Target("", story, story), doc).diagnostics]
    assert served() == []
    assert served() == [] and lines(run_cli("check", "--format", "vale", "a.md", cwd=tmp_path)) == []  # unedited
    (tmp_path / "styles/config/vocabularies/House/accept.txt").write_text("zorblax\n", encoding="utf-8")
    assert served() == ["'frobnitz'?"]
    assert lines(run_cli("check", "--format", "vale", "a.md", cwd=tmp_path)) == ["a.md:3:5:T.R:'frobnitz'?"]
