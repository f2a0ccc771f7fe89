"""nu74 new-user review: a newsroom that already runs Vale tries newslint beside
it (a `.vale.ini`, Vale styles, Vocab lists, `--format vale`), then the CI side
(SARIF against the 2.1.0 schema, `--format github`, the HTML report, the
pre-commit hooks on a repo where only some files changed).

Each xfail is strict: it states what such a desk expects and fails today.
The other tests are guards for what works and must keep working. The Vale
rules below are written for this review in the form of the Google style's
Latin and Contractions rules (substitution, `action: replace`)."""
import json
import os
import re

import pytest

from lint import lint_text
from vale_helpers import CONTRACTIONS_HEAD

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SARIF_SCHEMA = "/work/shared/schemas/sarif-schema-2.1.0.json"
TELEGRAPH = "/work/shared/realhtml/newspaper4k/html/telegraph.co.uk1.html"

LATIN = """extends: substitution
message: "Use '%s' instead of '%s'."
level: error
nonword: true
action:
  name: replace
swap:
  '\\b(?:ie|i\\.e\\.)(?=[\\s,;])': that is
  '\\b(?:eg|e\\.g\\.)(?=[\\s,;])': for example
"""

CONTRACTIONS = CONTRACTIONS_HEAD + """\
  that is: that's
  it is: it's
"""

PRONOUN = """extends: existence
message: "Try to avoid using first-person plural like '%s'."
link: 'https://developers.google.com/style/pronouns#personal-pronouns'
level: warning
ignorecase: true
tokens:
  - we
  - our
"""

STORY = ('# Crew leaves ship\n\nThe crew is gone, i.e. it left on Tuesday.\n\n'
         '"It is over, i.e. not yet," the captain said.\n')


def _desk(tmp_path, story=STORY, name="a.md", styles="House, newslint"):
    """A Vale desk: .vale.ini, a House style of three rules, one story."""
    house = tmp_path / "styles" / "House"
    house.mkdir(parents=True)
    (house / "Latin.yml").write_text(LATIN)
    (house / "Contractions.yml").write_text(CONTRACTIONS)
    (house / "We.yml").write_text(PRONOUN)
    (tmp_path / ".vale.ini").write_text(
        f"StylesPath = styles\nMinAlertLevel = suggestion\n\n[*]\nBasedOnStyles = {styles}\n")
    (tmp_path / name).write_text(story)
    return tmp_path / name


def _fixable(out):
    m = re.search(r"(\d+) fixable with --fix", out)
    return int(m.group(1)) if m else 0


# --- 1. --fix chains one rule's fix into another rule's on the words it wrote ---

def test_fix_does_not_chain_into_another_rules_fix(tmp_path, run_cli):
    story = _desk(tmp_path)
    res = run_cli("check", "--diff", "--no-color", story.name, cwd=tmp_path)
    assert "that's it left" not in res.stdout
    assert "that's not yet" not in res.stdout
    assert "that is it left" in res.stdout


def test_fix_count_matches_checks_fixable_count(tmp_path, run_cli):
    story = _desk(tmp_path)
    before = run_cli("check", "--no-color", story.name, cwd=tmp_path)
    fixable = _fixable(before.stdout)
    res = run_cli("check", "--fix", "--no-color", story.name, cwd=tmp_path)
    m = re.search(r"fixed (\d+) problem", res.stderr)
    assert fixable == 1     # one Latin: the quotation's Latin and 'It is' are left to the writer (fx564, AP)
    assert m and int(m.group(1)) == fixable


def test_guard_fix_applies_vale_replace_once(tmp_path, run_cli):
    """One rule's `action: replace` fix alone is right, and check counts it."""
    story = _desk(tmp_path, story="# Crew leaves\n\nThey packed, e.g. the maps, on Tuesday.\n")
    before = run_cli("check", "--no-color", story.name, cwd=tmp_path)
    assert "House.Latin" in before.stdout and _fixable(before.stdout) == 1
    run_cli("check", "--fix", "--no-color", story.name, cwd=tmp_path)
    assert "They packed, for example the maps, on Tuesday." in story.read_text()


def test_guard_vale_findings_line_up(tmp_path, run_cli):
    """--format vale gives Vale's path:line:col:Style.Rule:message, columns in
    code points (an emoji before the match counts one), newslint's packs beside."""
    story = _desk(tmp_path, story="# Crew\n\nOur 😀 crew, i.e. we, left. The plan is TK.\n")
    res = run_cli("check", "--format", "vale", story.name, cwd=tmp_path)
    lines = res.stdout.splitlines()
    assert "a.md:3:1:House.We:Try to avoid using first-person plural like 'Our'." in lines
    assert "a.md:3:13:House.Latin:Use 'that is' instead of 'i.e.'." in lines
    assert "a.md:3:18:House.We:Try to avoid using first-person plural like 'we'." in lines
    assert any(ln.startswith("a.md:3:40:hygiene.placeholder:") for ln in lines)


def test_guard_vale_ini_switches_and_levels(tmp_path, run_cli):
    story = _desk(tmp_path, story="# Crew\n\nWe left, i.e. we went home.\n")
    ini = tmp_path / ".vale.ini"
    ini.write_text(ini.read_text() + "House.We = NO\nHouse.Latin = warning\n")
    res = run_cli("check", "--no-color", story.name, cwd=tmp_path)
    assert "House.We" not in res.stdout
    assert "warning [House.Latin]" in res.stdout
    assert res.exit_code == 0


def test_guard_vale_key_typo_is_said(tmp_path, run_cli):
    _desk(tmp_path)
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*]\nBasedOnStyle = House\n")
    res = run_cli("check", "a.md", cwd=tmp_path)
    assert "did you mean BasedOnStyles?" in res.stderr


# --- 2. style.decades misses a capitalised pronoun at a sentence's start ---

@pytest.mark.parametrize("text", ["Her 80's were quiet.", "Their 1990's hits sold well.",
                                  "Early 1960's cars were heavy."])
def test_decades_capitalised_lead_word(text):
    rules = [d.rule for d in lint_text("# Hed\n\nShe sang. " + text + "\n", "s.md", select=("style",))]
    assert "style.decades" in rules


@pytest.mark.parametrize("text", ["She is in her 80's now.", "The 1990's were loud.",
                                  "In the '90's it rose."])
def test_guard_decades_lower_case(text):
    rules = [d.rule for d in lint_text("# Hed\n\n" + text + "\n", "s.md", select=("style",))]
    assert "style.decades" in rules


def test_guard_decades_possessive_year_left_alone():
    rules = [d.rule for d in lint_text("# Hed\n\nInterstate 80's traffic rose.\n", "s.md",
                                       select=("style",))]
    assert "style.decades" not in rules


# --- 3. the pre-commit hook cannot spell-check, and the advice does not fit it ---

def _precommit_section():
    text = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()
    start = text.index("\n## pre-commit")
    return text[start:text.index("\n## ", start + 5)]


def test_precommit_section_says_how_to_spell_check():
    assert "additional_dependencies" in _precommit_section()


def test_guard_precommit_section_pins_and_baseline():
    sec = _precommit_section()
    assert "--force-exclude" in sec and "--baseline" in sec and "require_serial" in sec


def test_guard_hooks_file_names_both_hooks():
    text = open(os.path.join(ROOT, ".pre-commit-hooks.yaml"), encoding="utf-8").read()
    assert "id: newslint\n" in text and "id: newslint-fix" in text
    assert len(re.findall(r"entry: newslint check .*--force-exclude", text)) == 2


# --- 4. a Vale rule's description in the reports is its message template ---

def test_html_report_rule_table_has_no_format_verb(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left on Tuesday.\n")
    out = tmp_path / "report.html"
    run_cli("check", "a.md", "--format", "html", "-o", out, cwd=tmp_path)
    table = out.read_text().split('id="by-rule"', 1)[1].split("</table>", 1)[0]
    assert "House.We" in table
    assert "%s" not in table


def test_sarif_vale_rule_help_promises_no_missing_examples(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left on Tuesday.\n")
    res = run_cli("check", "a.md", "--format", "sarif", cwd=tmp_path)
    rules = {r["id"]: r for r in json.loads(res.stdout)["runs"][0]["tool"]["driver"]["rules"]}
    explain = run_cli("explain", "House.We", cwd=tmp_path)
    if "Examples: newslint explain" in rules["House.We"]["help"]["text"]:
        assert "xample" in explain.stdout


def test_guard_html_report_escapes_hostile_copy(tmp_path, run_cli):
    story = ('---\ntitle: "<script>alert(1)</script> Council TK vote"\ndate: 2025-03-04\n---\n\n'
             '# <script>alert(1)</script> Council vote\n\n'
             'The council met Wednesday, March 4, 2025. The plan is TK <img src=x onerror=alert(2)>.\n')
    _desk(tmp_path, story=story, name="evil.md", styles="newslint")
    out = tmp_path / "r.html"
    run_cli("check", "evil.md", "--format", "html", "-o", out, cwd=tmp_path)
    html = out.read_text()
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    ids = set(re.findall(r'\sid="([^"]+)"', html))
    hrefs = re.findall(r'href="#([^"]+)"', html)
    assert hrefs and all(h in ids for h in hrefs)


def test_guard_html_report_shows_no_javascript_link(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left on Tuesday.\n")
    we = tmp_path / "styles" / "House" / "We.yml"
    we.write_text(we.read_text().replace("https://developers.google.com/style/pronouns#personal-pronouns",
                                         "javascript:alert(1)"))
    out = tmp_path / "r.html"
    run_cli("check", "a.md", "--format", "html", "-o", out, cwd=tmp_path)
    assert 'href="javascript:' not in out.read_text()


def test_guard_sarif_validates_against_schema(tmp_path, run_cli):
    jsonschema = pytest.importorskip("jsonschema")
    if not os.path.exists(SARIF_SCHEMA):
        pytest.skip("no SARIF schema in /work/shared/schemas")
    _desk(tmp_path)
    res = run_cli("check", "a.md", "--format", "sarif", cwd=tmp_path)
    doc = json.loads(res.stdout)
    schema = json.load(open(SARIF_SCHEMA, encoding="utf-8"))
    errors = list(jsonschema.validators.validator_for(schema)(schema).iter_errors(doc))
    assert errors == []
    assert doc["runs"][0]["columnKind"] == "unicodeCodePoints"


def test_guard_github_annotations_escape_properties(tmp_path, run_cli):
    folder = tmp_path / "a,b:c"
    folder.mkdir()
    (folder / "x%25.md").write_text("# Rates\n\nRates rose 5% and the plan is TK.\n")
    res = run_cli("check", "--format", "github", ".", "--no-cache", cwd=tmp_path)
    line = next(ln for ln in res.stdout.splitlines() if "hygiene.placeholder" in ln)
    assert line.startswith("::error file=a%2Cb%3Ac/x%2525.md,line=3,col=31,")


# --- 5. names.first-reference reads "An Indonesian" as a person's full name ---

@pytest.mark.skipif(not os.path.exists(TELEGRAPH), reason="realhtml corpus not here")
def test_first_reference_an_indonesian(run_cli):
    res = run_cli("check", TELEGRAPH, "--select", "names.first-reference", "--no-cache")
    assert "'An Indonesian'" not in res.stdout


def test_guard_name_spelling_variants_in_html():
    page = ('<html><head><title>Mayor resigns after audit</title></head><body><article>'
            '<h1>Mayor resigns after audit</h1>\n'
            '<p>Mayor Katherine Oyelaran resigned Monday after a state audit found missing funds.</p>\n'
            '<p>Oyelaren said she would cooperate. Mayor Catherine Oyelaran declined further '
            'comment.</p>\n</article></body></html>\n')
    rules = [d.rule for d in lint_text(page, "s.html", select=("names",))]
    assert "names.spelling-variant" in rules and "names.given-name-variant" in rules


# --- 6. a per-folder .newslint.yaml below a .vale.ini drops the Vale style unsaid ---

def test_nested_newslint_config_says_it_shadows_vale_ini(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left, i.e. we went home.\n")
    op = tmp_path / "opinion"
    op.mkdir()
    (op / ".newslint.yaml").write_text("ignore: [titles]\n")
    (op / "op.md").write_text("# Crew\n\nWe left, i.e. we went home.\n")
    res = run_cli("check", "--format", "vale", "a.md", "opinion/op.md", cwd=tmp_path)
    assert "a.md:3:1:House.We:" in res.stdout
    assert "op.md:3:1:House.We:" in res.stdout or ".vale.ini" in res.stderr


def test_guard_config_beside_vale_ini_is_said(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left, i.e. we went home.\n")
    (tmp_path / ".newslint.yaml").write_text("ignore: [titles]\n")
    res = run_cli("check", "a.md", cwd=tmp_path)
    assert ".vale.ini beside it is not read" in res.stderr
    assert "add 'vale: .vale.ini' to .newslint.yaml" in res.stderr


def test_guard_vale_key_in_nested_config_runs_the_style(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nWe left, i.e. we went home.\n")
    op = tmp_path / "opinion"
    op.mkdir()
    (op / ".newslint.yaml").write_text("vale: ../.vale.ini\nignore: [titles]\n")
    (op / "op.md").write_text("# Crew\n\nWe left, i.e. we went home.\n")
    res = run_cli("check", "--format", "vale", "opinion/op.md", cwd=tmp_path)
    assert "opinion/op.md:3:1:House.We:" in res.stdout


# --- 7. a Vale finding over inline markup is placed at column 1 in every format ---

HEDGE = """extends: existence
message: "Cut the hedge '%s'."
level: warning
ignorecase: true
tokens:
  - kind of
"""


def _hedge_desk(tmp_path):
    story = _desk(tmp_path, story="# Odd\n\nIt was odd again. **Kind** of odd.\n")
    (tmp_path / "styles" / "House" / "Hedge.yml").write_text(HEDGE)
    return story


def test_vale_match_over_markup_is_marked_where_it_is(tmp_path, run_cli):
    _hedge_desk(tmp_path)
    out = tmp_path / "r.html"
    run_cli("check", "a.md", "--format", "html", "-o", out, cwd=tmp_path)
    marks = re.findall(r"<mark[^>]*>([^<]*)</mark>", out.read_text())
    assert marks and not marks[0].startswith("It was")


def test_guard_vale_format_keeps_vales_column(tmp_path, run_cli):
    _hedge_desk(tmp_path)
    res = run_cli("check", "a.md", "--format", "vale", cwd=tmp_path)
    assert "a.md:3:1:House.Hedge:Cut the hedge 'Kind of'." in res.stdout.splitlines()


# --- 8. SkippedScopes names only figure (and alt): blockquote, li, td ... do nothing ---

QUOTED = ("# Crew\n\nThey left, i.e. home.\n\n> They left, i.e. home.\n\n"
          "<blockquote>They left, i.e. home.</blockquote>\n")


def test_skipped_scopes_blockquote(tmp_path, run_cli):
    _desk(tmp_path, story=QUOTED, styles="House")
    ini = tmp_path / ".vale.ini"
    ini.write_text(ini.read_text().replace(
        "MinAlertLevel", "SkippedScopes = script, style, pre, figure, blockquote\nMinAlertLevel"))
    res = run_cli("check", "a.md", "--format", "vale", cwd=tmp_path)
    assert res.stdout.splitlines() == ["a.md:3:12:House.Latin:Use 'that is' instead of 'i.e.'."]


def test_markdown_raw_figure_is_skipped(tmp_path, run_cli):
    _desk(tmp_path, story="# Crew\n\nThey left.\n\n<figure>They left, i.e. home.</figure>\n",
          styles="House")
    res = run_cli("check", "a.md", "--format", "vale", cwd=tmp_path)
    assert "House.Latin" not in res.stdout


def test_guard_html_figure_and_pre_skipped(tmp_path, run_cli):
    page = ("<html><body><h1>Crew</h1>\n<p>They left, i.e. home.</p>\n"
            "<figure><img src=a.jpg alt=x><figcaption>They left, i.e. home.</figcaption></figure>\n"
            "<pre>They left, i.e. home.</pre>\n</body></html>\n")
    _desk(tmp_path, story=page, name="a.html", styles="House")
    res = run_cli("check", "a.html", "--format", "vale", cwd=tmp_path)
    assert res.stdout.splitlines() == ["a.html:2:15:House.Latin:Use 'that is' instead of 'i.e.'."]
