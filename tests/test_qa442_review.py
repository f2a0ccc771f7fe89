"""qa442: a review of pf69 (`lint/rx.py`, the regex facade: cached patterns
rebuilt with regex's C engine alone, `\\1` templates as functions, the
substitution template check kept in the rule-set cache, surnames found
without a pattern each, NameSpans keep=True, the regex stamp in cache keys).

The claim is "exactly the same findings, fixes and errors in every path".
Each test below runs a path twice on one cache folder (cold: the package
compiles and the hook keeps; warm: the engine builds from the cache without
the package) and pins what a desk sees. The pinned texts (error lines,
findings, diffs) are those cd7a0258, the code before pf69, gives byte for
byte (compared by hand in a worktree of it).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex

from lint.analysis import name_promotions

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """\
Council backs new budjet

May 20, 2024

Deputy Mayor Irena Kowalczyk said Monday the council voted to organize the BUDGET
with 5 per cent more colours. "We will act," said Ana Soto, 52, of İnan and Straße Co.
The rhythm strengths were noted.
"""

SWAP = r"""extends: substitution
message: "use '%s' not '%s'"
level: warning
swap:
  '(\w+)ize\b': '\1ise'
  '(?P<n>\d+) per cent': '\g<n>%'
  'colou?r(?<s>s)?': 'hue'
"""

PROPS = r"""extends: existence
message: "house: '%s'"
level: warning
tokens: ['\p{Lu}{5,}+', '(?e)(?:budjet){e<=1}']
"""


def cli(cache: Path, *args: str, cwd: Path, pythonpath: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(cache), NO_COLOR="1",
               PYTHONPATH=pythonpath or str(ROOT))
    env.pop("NEWSLINT_NO_CACHE", None)
    return subprocess.run([sys.executable, "-m", "lint", *args], capture_output=True, text=True,
                          env=env, cwd=cwd, timeout=300)


@pytest.fixture
def desk(tmp_path):
    rules = tmp_path / "rules" / "house"
    rules.mkdir(parents=True)
    (rules / "swap.yaml").write_text(SWAP, encoding="utf-8")
    (rules / "props.yaml").write_text(PROPS, encoding="utf-8")
    (tmp_path / "art.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "crlf.txt").write_bytes(
        b"Council backs new budjet\r\n\r\nIrena Kowalczyk said the council will organize 5 per cent.\r\n")
    return tmp_path


def _house(out: str) -> list[tuple]:
    return [(d["path"], d["line"], d["column"], d["end_column"], d["rule"], d["message"],
             (d["fix"] or {}).get("replacement"))
            for d in json.loads(out) if d["rule"].startswith("house.")]


EXPECTED_HOUSE = [
    ("art.txt", 1, 19, 25, "house.props", "house: 'budjet'", None),
    ("art.txt", 5, 63, 71, "house.swap", "use 'organise' not 'organize'", "organise"),
    ("art.txt", 5, 76, 82, "house.props", "house: 'BUDGET'", None),
    ("art.txt", 6, 6, 16, "house.swap", "use '5%' not '5 per cent'", "5%"),
    ("art.txt", 6, 22, 29, "house.swap", "use 'hue' not 'colours'", "hue"),
    ("crlf.txt", 1, 19, 25, "house.props", "house: 'budjet'", None),
    ("crlf.txt", 3, 39, 47, "house.swap", "use 'organise' not 'organize'", "organise"),
    ("crlf.txt", 3, 48, 58, "house.swap", "use '5%' not '5 per cent'", "5%"),
]


def test_users_templates_fuzzy_and_possessive_rules_find_the_same_cold_and_warm(desk):
    # \1, \g<n>, a named group left out of the replacement, \p{Lu} possessive, (?e)
    # fuzzy matching, a CRLF file: the findings cd7a0258 gives, cold and warm
    args = ("check", "--no-cache", "--no-progress", "--format", "json", "--rules", "rules",
            "art.txt", "crlf.txt")
    cold = cli(desk / "cache", *args, cwd=desk)
    warm = cli(desk / "cache", *args, cwd=desk)
    assert cold.returncode == warm.returncode == 0, cold.stderr
    assert warm.stdout == cold.stdout and warm.stderr == cold.stderr
    assert _house(warm.stdout) == EXPECTED_HOUSE


def test_a_users_templates_give_the_same_diff_and_fix_cold_and_warm(desk):
    args = ("check", "--no-cache", "--no-progress", "--diff", "--rules", "rules", "art.txt", "crlf.txt")
    cold = cli(desk / "cache", *args, cwd=desk)
    warm = cli(desk / "cache", *args, cwd=desk)
    assert cold.returncode == warm.returncode == 1
    assert warm.stdout == cold.stdout
    assert "+with 5% more hue." in warm.stdout and "+Irena Kowalczyk said the council will organise 5%." in warm.stdout
    fixed = cli(desk / "cache", "check", "--no-cache", "--no-progress", "--fix", "--rules", "rules",
                "crlf.txt", cwd=desk)
    assert fixed.returncode in (0, 1), fixed.stderr
    assert (desk / "crlf.txt").read_bytes() == \
        b"Council backs new budjet\r\n\r\nIrena Kowalczyk said the council will organise 5%.\r\n"


def test_a_bad_user_pattern_and_a_bad_template_say_what_they_said_before_cold_and_warm(desk):
    bad = desk / "bad" / "house"
    bad.mkdir(parents=True)
    (bad / "bad.yaml").write_text("extends: existence\nmessage: \"bad: '%s'\"\nlevel: warning\n"
                                  "tokens: ['(unclosed', '\\p{Bogus}']\n", encoding="utf-8")
    (bad / "badswap.yaml").write_text("extends: substitution\nmessage: \"use '%s' not '%s'\"\n"
                                      "level: warning\nswap:\n  'organi(z)e': '\\2ise'\n", encoding="utf-8")
    args = ("check", "--no-cache", "--no-progress", "--rules", "bad", "art.txt")
    for _ in range(2):      # cold, then warm (the good rules' patterns and checks kept)
        done = cli(desk / "cache", *args, cwd=desk)
        assert done.returncode == 2
        assert done.stderr.splitlines() == [
            "newslint: bad/house/bad.yaml:4:10: tokens: regex '(unclosed' does not compile: "
            "missing ) at position 9",
            "newslint: bad/house/badswap.yaml:5:17: swap: replacement '\\2ise' names group 2, "
            "but 'organi(z)e' has 1 group"]


def test_a_bad_template_is_refused_after_a_good_one_for_the_same_key_was_kept(desk):
    # the kept template check names the pattern, flags and replacement: changing only the
    # replacement of a rule that passed (warm cache) must be checked again
    args = ("check", "--no-cache", "--no-progress", "--rules", "rules", "art.txt")
    assert cli(desk / "cache", *args, cwd=desk).returncode == 0
    swap = desk / "rules" / "house" / "swap.yaml"
    swap.write_text(SWAP.replace(r"'\1ise'", r"'\2ise'"), encoding="utf-8")
    done = cli(desk / "cache", *args, cwd=desk)
    assert done.returncode == 2
    assert "swap: replacement '\\2ise' names group 2, but '(\\w+)ize\\b' has 1 group" in done.stderr


def test_a_users_pathological_pattern_still_times_out_with_one_line_cold_and_warm(tmp_path):
    rules = tmp_path / "slow" / "house"
    rules.mkdir(parents=True)
    (rules / "slow.yaml").write_text("extends: existence\nmessage: \"slow: '%s'\"\nlevel: warning\n"
                                     "tokens: ['(?:\\w+\\s?)*\\d!', '(?:(?:a|a)+)+c']\n", encoding="utf-8")
    (tmp_path / "slow.txt").write_text("Council backs budget\n\nThe " + " ".join(["word"] * 60)
                                       + " and " + "a" * 60 + " here.\n", encoding="utf-8")
    lines = []
    for _ in range(2):
        done = cli(tmp_path / "cache", "check", "--no-cache", "--no-progress", "--rules", "slow",
                   "slow.txt", cwd=tmp_path)
        assert done.returncode == 2
        lines.append([line for line in done.stderr.splitlines() if "timed out" in line])
    assert lines[0] == lines[1] == [
        f"newslint: {tmp_path}/slow/house/slow.yaml:4:1: rule house.slow: pattern timed out on "
        "slow.txt (over the 2 s a rule may spend on one file; catastrophic backtracking?); its "
        "findings in that file are missing"]


SHAPES = textwrap.dedent(r'''
    import json, sys
    from lint import rx, rule_cache
    rule_cache.shared()
    PATS = [(r"(?i)\bcolou?r(?<s>s)?\b", 0), (r"\p{Lu}{2,}+", 0), (r"(?e)(?:budjet){e<=1}", 0),
            (r"(?V1)[[a-z]--[aeiou]]+", 0), (r"(?r)\d+", 0), (r"(?f)strasse", rx.I), (r"(?w)\bword\b", 0),
            (r"(?x) a b  # c\n c", 0), (r"(?b)(?:kitten){e<=2}", 0), (r"(?<=\$)\d+(?:\.\d\d)?", 0),
            (r"\L<names>", 0), (r"(?P<a>x)(?P=a)|(?P<b>y)\g<b>", 0), (r"^\s*$", rx.M), (r"İ|ı|ς|K", rx.I),
            (r"[^\W\d_]+", rx.A), (r"(?p)a+|a+b", 0),
            ("(?:" + "|".join(f"word{i}" for i in range(300)) + r")\b", 0)]
    TEXTS = ["Colours and COLOR; BUDGET budjet bugdet rhythm 123 456", "word words word17 kitten sitting",
             "a b c  $12.50 xx yy", "\n  \nİstanbul ıISTANBUL Σς K k", "aaab Straße STRASSE", "Anna and Bob", ""]
    out = []
    for p, f in PATS:
        kw = {"names": ["Anna", "Bob"]} if "\\L<" in p else {}
        c = rx.compile(p, f, **kw)
        c = c.built() if hasattr(c, "built") else c
        out.append([int(c.flags), c.groups, sorted(c.groupindex.items()),
                    [[(m.span(), m.groups(), m.fuzzy_counts) for m in c.finditer(t)] for t in TEXTS],
                    [c.sub(lambda m: "<" + m[0] + ">", t) for t in TEXTS], [c.split(t) for t in TEXTS],
                    [c.sub(r"[\g<0>]", t) for t in TEXTS[:2]]])
    print(json.dumps(out))
    sys.stderr.write("CORE %s\n" % ("regex._regex_core" in sys.modules))
    rule_cache.current().save()
''')


def test_regex_only_shapes_built_by_the_engine_match_what_the_package_compiles(tmp_path):
    # fuzzy, VERSION1 set operations, REVERSE, FULLCASE, WORD, VERBOSE, BESTMATCH, POSIX,
    # named lists, Turkish and Kelvin letters ignoring case, a deferred (long) program
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", SHAPES], capture_output=True, text=True, env=env,
                           timeout=300) for _ in range(2)]
    assert [r.returncode for r in runs] == [0, 0], runs[1].stderr
    assert runs[0].stderr.split() == ["CORE", "True"]       # cold: compiled by the package
    assert runs[1].stderr.split()[-2:] == ["CORE", "True"]  # warm: a template with \g<0> reads it
    assert json.loads(runs[1].stdout) == json.loads(runs[0].stdout)


PICKLE = textwrap.dedent(r'''
    import copy, pickle, sys
    from lint import rx, rule_cache
    rule_cache.shared()
    small = rx.compile(r"(?i)\bpf(\d+)\b")
    big = rx.compile("(?:" + "|".join(f"word{i}" for i in range(300)) + r")\b")
    before = "regex" in sys.modules
    print(before, pickle.loads(pickle.dumps(small)).search("PF69")[1],
          pickle.loads(pickle.dumps(big)).search("a word150 b")[0],
          copy.deepcopy(small).search("pf7")[1], copy.copy(big).search("word3 ")[0])
    rule_cache.current().save()
''')


def test_patterns_built_without_the_package_pickle_and_copy_in_a_fresh_process(tmp_path):
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    outs = [subprocess.run([sys.executable, "-c", PICKLE], capture_output=True, text=True, env=env,
                           timeout=300) for _ in range(2)]
    assert outs[0].stdout.split() == ["True", "69", "word150", "7", "word3"], outs[0].stderr
    assert outs[1].stdout.split() == ["False", "69", "word150", "7", "word3"], outs[1].stderr


@pytest.mark.parametrize("surname", ["İnan", "Işık", "Strauß", "STRAUẞ", "Kelvin", "Kelvın",
                                     "Σίσυφος", "σίσυφοσ", "ǅokić", "ǈubo", "ﬁsh", "ΐa", "𐐀𐐨𐐬",
                                     "𞤀𞤢", "Ꭰꭰ", "O’Neil", "Ødegaard"])
def test_a_surname_with_special_cases_is_found_where_its_pattern_finds_it(surname):
    texts = ["İstanbul Istanbul istanbul ıstanbul", "Σίσυφος σίσυφος ΣΊΣΥΦΟΣ ς",
             "Strauß STRAUSS Strauss STRAUẞ strauß", "Kelvin KELVIN kelvin", "ǅ ǆ Ǆ ǈ ǉ Ǉ",
             "ﬁsh fish FISH", "ΐ ΐ", "𐐨𐐨𐐬 𐐀𐐀𐐬", "ꭰꭰ ᎠᎠ Ꭰꭰ"]
    texts += [f"{x}{surname.upper()} {surname.lower()} {surname.casefold()} {surname.swapcase()} "
              f"{surname.title()}, {surname}’s" for x in ("", "a", " ", "é", "-", "’")]
    pattern = regex.compile(rf"(?i)(?<!\p{{L}}){regex.escape(surname)}", cache_pattern=False)
    finder = name_promotions._Surname(surname)
    for text in texts:
        assert list(finder.ends(text)) == [m.end() for m in pattern.finditer(text, overlapped=True)], text


PROMOTED = """\
Council backs new budget

May 20, 2024

Deputy Mayor Irena {n} said Monday the council voted on Sept. 7 to
approve the budget. {up}, who was promoted to mayor in May, will meet
in March. Later, {lo}, who was named mayor last week, spoke.
"We will act," said Ana Soto, 52, of the Pine Street office.
"""


def test_promotions_after_turkish_greek_and_sharp_s_surnames_are_the_same_cold_and_warm(tmp_path):
    names = ["İnan", "Işık", "Strauß", "Σίσυφος", "Kelvin", "Ǆokić"]
    for i, n in enumerate(names):
        (tmp_path / f"p{i}.txt").write_text(PROMOTED.format(n=n, up=n.upper(), lo=n.lower()), encoding="utf-8")
    args = ("check", "--no-cache", "--no-progress", "--format", "json", *[f"p{i}.txt" for i in range(len(names))])
    cold = cli(tmp_path / "cache", *args, cwd=tmp_path)
    warm = cli(tmp_path / "cache", *args, cwd=tmp_path)
    assert cold.returncode == warm.returncode == 0, cold.stderr
    assert warm.stdout == cold.stdout
    found = json.loads(warm.stdout)
    # what cd7a0258 gives: the two date findings a file, no promotion complaint
    assert sorted({d["rule"] for d in found}) == ["dates.after-publication", "dates.future-tense-past-date"]
    assert len(found) == 2 * len(names)


def test_jobs_2_on_a_warm_cache_and_two_cold_runs_at_once_find_what_one_cold_run_does(desk):
    for i in range(4):
        shutil.copy(desk / "art.txt", desk / f"a{i}.txt")
    files = ["art.txt", "crlf.txt", *[f"a{i}.txt" for i in range(4)]]
    args = ("check", "--no-cache", "--no-progress", "--format", "json", "--rules", "rules", *files)
    alone = cli(desk / "alone", *args, cwd=desk)
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(desk / "shared"), NO_COLOR="1", PYTHONPATH=str(ROOT))
    both = [subprocess.Popen([sys.executable, "-m", "lint", *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True, env=env, cwd=desk) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in both]
    jobs = cli(desk / "shared", *args, "--jobs", "2", cwd=desk)
    assert alone.returncode == 0, alone.stderr
    assert [o for o, _ in outs] == [alone.stdout, alone.stdout]
    assert jobs.stdout == alone.stdout and jobs.returncode == 0
    assert len(list((desk / "shared").glob("rules-*.marshal"))) == 1


SERVER = textwrap.dedent(r'''
    import pathlib, sys
    from lint.server.documents import target
    from lint.server.linting import Linter
    p = pathlib.Path("story.txt").resolve()
    rule = pathlib.Path("house-rules/house/swap.yaml")
    good = rule.read_text()
    L = Linter()
    def show():
        t = target(p.as_uri(), "plaintext", [str(p.parent)])
        o = L.lint(t, p.read_text())
        print(sorted(d.message for d in o.diagnostics if d.rule == "house.swap"), o.problems)
        print(L.fix_all(t, p.read_text()).splitlines()[4])
    show()
    rule.write_text(good.replace(r"'\1ise'", r"'\2ise'")); L.refresh(); show()
    rule.write_text(good.replace(r"'\1ise'", r"'\1yse'")); L.refresh(); show()
    rule.write_text(good)
''')


def test_the_language_server_checks_an_edited_users_template_again(desk):
    # a long-lived process: lint, edit the rule's replacement (bad, then good), lint again
    (desk / "house-rules").mkdir()
    shutil.move(str(desk / "rules" / "house"), str(desk / "house-rules" / "house"))
    (desk / ".newslint.yaml").write_text("rules: [house-rules]\n", encoding="utf-8")
    shutil.copy(desk / "art.txt", desk / "story.txt")
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(desk / "cache"), PYTHONPATH=str(ROOT))
    runs = [subprocess.run([sys.executable, "-c", SERVER], capture_output=True, text=True, env=env,
                           cwd=desk, timeout=300) for _ in range(2)]       # cold, then warm
    assert runs[0].returncode == 0, runs[0].stderr
    assert runs[1].stdout == runs[0].stdout
    lines = runs[1].stdout.splitlines()
    assert lines[0] == str(["use '5%' not '5 per cent'", "use 'hue' not 'colours'",
                            "use 'organise' not 'organize'"]) + " []"
    assert "organise the BUDGET" in lines[1]
    assert lines[2] == "[] [\"house-rules/house/swap.yaml:5:17: swap: replacement '\\\\2ise' names " \
                       "group 2, but '(\\\\w+)ize\\\\b' has 1 group\"]"
    assert "organize the BUDGET" in lines[3]
    assert "use 'organyse' not 'organize'" in lines[4] and "organyse the BUDGET" in lines[5]


def test_another_regex_installation_starts_its_own_cache_with_the_same_findings(desk):
    # a regex copied elsewhere (another install, or an upgrade) stamps another file name;
    # findings and --diff are those of the installed one
    import regex as package
    other = desk / "other"
    shutil.copytree(Path(package.__file__).parent, other / "regex",
                    ignore=shutil.ignore_patterns("tests", "__pycache__"))
    args = ("check", "--no-cache", "--no-progress", "--format", "json", "--rules", "rules",
            "art.txt", "crlf.txt")
    mine = cli(desk / "cache", *args, cwd=desk)
    theirs = [cli(desk / "cache", *args, cwd=desk, pythonpath=f"{other}{os.pathsep}{ROOT}")
              for _ in range(2)]
    assert mine.returncode == 0
    assert [t.stdout for t in theirs] == [mine.stdout, mine.stdout]
    assert len(list((desk / "cache").glob("rules-*.marshal"))) == 2


def test_a_warm_plain_text_check_leaves_regexs_parser_unimported_under_importtime(tmp_path):
    story = tmp_path / "plain.txt"
    story.write_text("Council backs budget\n\nThe council met on Monday.\n", encoding="utf-8")
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    for _ in range(2):
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "lint", "check", str(story)],
                              capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    imported = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines()
                if line.startswith("import time:")]
    assert "lint.rx" in imported
    assert not [m for m in imported if m == "regex" or m.startswith("regex.")], imported


# --- faults -----------------------------------------------------------------

CHANGED_FLAG = textwrap.dedent('''
    import runpy, sys
    import regex
    regex.WORD = 0x801            # a regex release whose flag differs from rx's
    sys.argv = ["newslint"] + sys.argv[1:]
    runpy.run_module("lint", run_name="__main__")
''')


def test_an_unsupported_regex_release_is_a_one_line_error_with_exit_2(tmp_path):
    story = tmp_path / "plain.txt"
    story.write_text("Council backs budget\n\nThe council met on Monday.\n", encoding="utf-8")
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", CHANGED_FLAG, "check", "--no-progress", str(story)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert "regex.WORD is 2049, not 2048" in done.stderr     # the guard does fire
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


SECOND_CALL = textwrap.dedent('''
    from lint import rx
    import regex
    regex.WORD = 0x801
    said = []
    for _ in range(2):
        try:
            rx._package()
            said.append("passed")
        except ImportError:
            said.append("refused")
    print(" ".join(said))
''')


def test_an_unsupported_regex_release_is_refused_every_time_not_only_the_first():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SECOND_CALL], capture_output=True, text=True, env=env,
                          timeout=300)
    assert done.stdout.split() == ["refused", "refused"], done.stderr


def test_a_supported_regex_release_passes_the_flag_check_every_time():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    done = subprocess.run([sys.executable, "-c", SECOND_CALL.replace("regex.WORD = 0x801", "pass")],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.stdout.split() == ["passed", "passed"], done.stderr
