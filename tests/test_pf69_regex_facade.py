"""pf69: `lint.rx`, newslint's `regex`, builds the patterns the rule-set cache
holds with regex's C engine alone; the package (and its parser module,
`regex._regex_core`) is imported only on a miss, an uncached pattern or
any other name. Checked in fresh processes: a warm plain-text run imports
no package, and a cold run, a damaged cache, a regex of unknown shape and a
user's rule (run with a time limit) give the findings they gave before."""
from __future__ import annotations

import json
import os
import pickle
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex

from lint import rx
from lint.analysis import name_promotions

ROOT = Path(__file__).resolve().parent.parent
ARTICLE = """\
Council backs new budget

May 20, 2024

Deputy Mayor Irena Kowalczyk said Monday the council voted on Sept. 7 to
approve the budget. Kowalczyk, who was promoted to mayor in May, will meet
in March. "We will act," said Ana Soto, 52, of the Pine Street office.
"""

# Run the CLI in a fresh process and print, once its exit handlers have run
# (newslint leaves with os._exit after them), which regex modules it loaded.
PROBE = textwrap.dedent("""\
    import atexit, runpy, sys
    atexit.register(lambda: sys.stderr.write("MODULES " + " ".join(sorted(
        m for m in sys.modules if m == "regex" or m.startswith("regex."))) + "\\n"))
    exec(sys.argv[1])
    sys.argv = ["newslint"] + sys.argv[2:]
    runpy.run_module("lint", run_name="__main__")
    """)


def run(cache: Path, *args: str, before: str = "", cwd: Path | None = None):
    """(findings, loaded regex modules) of `newslint check --format json` in a fresh process."""
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(cache), PYTHONPATH=str(ROOT), NO_COLOR="1")
    done = subprocess.run([sys.executable, "-c", PROBE, before, "check", "--format", "json",
                           "--no-progress", "--no-cache", *args],
                          capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
    assert done.returncode in (0, 1), done.stderr
    loaded = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("MODULES")]
    assert len(loaded) == 1, done.stderr
    return json.loads(done.stdout), set(loaded[0])


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_a_warm_plain_text_run_imports_no_regex_package_and_finds_what_a_cold_one_does(tmp_path, article):
    cold, cold_modules = run(tmp_path / "cache", str(article))
    warm, warm_modules = run(tmp_path / "cache", str(article))
    assert cold and warm == cold
    assert "regex._regex_core" in cold_modules          # a cold run compiles with the package
    assert warm_modules == {"regex._regex"}, warm_modules


def test_a_damaged_cache_file_is_rebuilt_with_the_same_findings(tmp_path, article):
    cache = tmp_path / "cache"
    first, _ = run(cache, str(article))
    files = list(cache.rglob("rules-*.marshal"))
    assert files
    for path in files:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2] + b"\x00garbage")
    again, modules = run(cache, str(article))
    assert again == first and "regex._regex_core" in modules     # compiled afresh
    warm, modules = run(cache, str(article))
    assert warm == first and "regex._regex_core" not in modules  # and kept again


def test_a_regex_of_unknown_shape_compiles_every_pattern_with_the_package(tmp_path, article):
    # `regex_cache.install` refuses a compile entry point it does not know:
    # nothing is kept, so every run compiles as before, with the same findings.
    expected, _ = run(tmp_path / "known", str(article))
    unknown = ("import regex._main as m; real = m._compile\n"
               "def _compile(p, f, iu, kw, ci): return real(p, f, iu, kw, ci)\n"
               "m._compile = _compile")
    for _ in range(2):
        found, modules = run(tmp_path / "unknown", str(article), before=unknown)
        assert found == expected and "regex._regex_core" in modules


def test_a_users_rule_runs_cold_and_warm(tmp_path, article):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "banned.yaml").write_text(
        'extends: existence\nmessage: "house style: avoid \'%s\'"\nlevel: warning\n'
        "tokens: ['coun\\w+', budget]\n", encoding="utf-8")
    args = (str(article), "--rules", str(tmp_path / "rules"), "--select", "house")
    cold, _ = run(tmp_path / "cache", *args)
    warm, modules = run(tmp_path / "cache", *args)
    assert warm == cold
    assert {d["message"] for d in cold} == {
        "house style: avoid 'budget'", "house style: avoid 'council'"}
    assert "regex._regex_core" not in modules      # its patterns were kept too


def test_the_flags_are_the_packages():
    for name in rx.FLAGS:
        assert getattr(rx, name) == int(getattr(regex, name)), name
    rx._check_flags(regex)                            # what the first import checks
    assert set(rx.FLAGS) == set(regex.RegexFlag.__members__)       # every flag, aliases too


def test_escape_is_the_packages():
    rnd = random.Random(69)
    alphabet = "aZ09 _-.\\()[]{}?*+|^$#&~\t\n\x00é’€\u2028ß"
    texts = ["", "Mr. O'Neil (D-N.Y.)", "a b", "\u00a0x"] + [
        "".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 12))) for _ in range(400)]
    for text in texts:
        for special_only in (True, False):
            for literal_spaces in (False, True):
                assert rx.escape(text, special_only, literal_spaces) == \
                    regex.escape(text, special_only, literal_spaces), (text, special_only)
        data = text.encode("latin-1", "replace")
        assert rx.escape(data) == regex.escape(data)


def test_module_functions_and_group1_match_the_packages():
    text = "Call `x` at 5 and `y`."
    assert rx.sub(r"`([^`]+)`", rx.group1, text) == regex.sub(r"`([^`]+)`", r"\1", text)
    assert rx.findall(r"\d", "a1b2") == ["1", "2"]
    assert [m.span() for m in rx.finditer("a", "aaa", overlapped=True)] == [(0, 1), (1, 2), (2, 3)]
    assert rx.split(r",\s*", "a, b,c") == ["a", "b", "c"]
    assert rx.fullmatch(r"(?i)ab", "AB") and rx.match("b", "ab") is None and rx.search("b", "ab")
    assert rx.compile(rx.compile("ab")) is rx.compile("ab")


def test_a_pattern_built_from_the_cache_pickles_and_copies(fresh_rule_cache):
    import copy

    from lint import regex_cache
    assert regex_cache.install()
    regex_cache._live.clear()
    first = rx.compile(r"(?i)pf69 (\w+)")          # compiled, and kept
    regex_cache._live.clear()
    again = rx.compile(r"(?i)pf69 (\w+)")          # built from the kept program
    assert again is not first and again.pattern == first.pattern
    assert pickle.loads(pickle.dumps(again)).search("PF69 goes")[1] == "goes"
    assert copy.deepcopy(again).search("pf69 x")[1] == "x"


@pytest.mark.parametrize("surname", ["Ng", "Kowalczyk", "İnönü", "Straße", "ǅokić", "Kıvanç", "µller", "O'Neil"])
def test_a_surname_is_found_where_its_pattern_finds_it(surname):
    rnd = random.Random(surname)
    alphabet = "IiıİKkKſsSßΣσςµμAaǅǄǆ ’'-.xyNgl"
    for _ in range(300):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 20)))
        at = rnd.randint(0, len(text))
        text = text[:at] + "".join(rnd.choice((c, c.upper(), c.lower())) for c in surname) + text[at:]
        pattern = regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(surname)}", cache_pattern=False)
        assert list(name_promotions._Surname(surname).ends(text)) == \
            [m.end() for m in pattern.finditer(text, overlapped=True)], text


def test_a_bad_template_is_still_refused_after_a_good_one_was_kept(fresh_rule_cache):
    from lint.kinds.base import OptionError
    from lint.kinds.substitution import _check_template
    from lint import rule_cache
    rule_cache.shared()
    compiled = rx.compile(r"(\w+)-(\w+)")
    _check_template(compiled, "key", r"\2 \1")
    _check_template(compiled, "key", r"\2 \1")          # kept: not expanded again
    with pytest.raises(OptionError):
        _check_template(compiled, "key", r"\3")
    with pytest.raises(OptionError):
        _check_template(rx.compile(r"(\w+)"), "key", r"\2 \1")   # another pattern: checked


def test_a_rules_own_names_list_keeps_one_search_and_a_passing_list_none(fresh_rule_cache):
    from lint import rule_cache
    from lint.kinds._name_spans import NameSpans
    cache = rule_cache.shared()
    before = len(cache.patterns)
    NameSpans(["Ana Karlsen", "Li Dorsen"], False)                 # a list met in one run: not kept
    assert len(cache.patterns) == before
    kept = NameSpans(["Ana Karlsen", "Li Dorsen"], False, keep=True)
    assert len(cache.patterns) == before + 1                      # the rule's: its one search
    assert kept.spans("Then Ana Karlsen met LI DORSEN.") == \
        NameSpans(["Ana Karlsen", "Li Dorsen"], False).spans("Then Ana Karlsen met LI DORSEN.")


def test_no_module_imports_the_regex_package_but_the_facade_and_its_cache():
    # a module that writes `import regex` itself brings back regex's parser module at every
    # start (pf69); only `rx` and `regex_cache` may import the package, and only on a miss
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent / "lint"
    direct = []
    for path in sorted(root.rglob("*.py")):
        if path.name in ("rx.py", "regex_cache.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) and node.level == 0
                     else [])
            if any(n == "regex" or n.startswith("regex.") for n in names):
                direct.append(f"{path.relative_to(root)}:{node.lineno}")
    assert direct == []
