"""pf71: `rx.expand` reads a replacement template the way `regex`'s engine
does, from items kept in the rule-set cache, so a warm run whose article
trips a substitution with a group template (hygiene.missing-space's
`\\g<stop>\\g<close> \\g<open>\\g<next>`) no longer imports the `regex`
package. Checked against the package's own `Match.expand`, cold, from this
process's table and from the cache file, and in fresh processes."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import regex

from lint import rule_cache, rx

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    (r"(?P<a>x)(?P<b>y)?(z)", "xz", r"\g<a>-\g<b>-\3"),          # a group that took no part: ""
    (r"(?P<a>x)(?P<b>y)?(z)", "xyz", r"\g<b>\g<a>\g<1>0"),
    (r"(\w+)-(\w+)", "left-right", r"\2 \1"),
    (r"(\w+)-(\w+)", "left-right", r"\2\\\1\n\t"),                # escapes read as the engine reads them
    (r"(\w+)", "word", r"\x41\u00e9\0\a[\1]"),
    (r"(?i)(?P<w>é)", "É", r"<\g<w>>"),
    (r"(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "abcdefghijk", r"\11\10\g<11>"),
    (r'(?<=(?P<left>\p{Ll}{2}))(?P<stop>[.!?])(?:(?P<close>[”’])|(?P<open>[“‘"]))?(?P<next>\p{Lu})',
     "said Reyes.Council met", r"\g<stop>\g<close> \g<open>\g<next>"),
    (r"(\w+)", "word", "no backslash: \u2019kept\u2019 {1}"),
]


@pytest.mark.parametrize("pattern,text,template", CASES)
def test_expand_matches_the_engines_cold_warm_and_from_the_cache_file(fresh_rule_cache, pattern,
                                                                       text, template):
    m = rx.compile(pattern).search(text)
    want = regex.compile(pattern).search(text).expand(template)
    rx._templates.clear()
    assert rx.expand(m, template) == want                  # learnt from the package
    assert rx.expand(m, template) == want                  # this process's table
    rule_cache.reset()                                     # saved, and read again from the file
    rx._templates.clear()
    assert rx.expand(m, template) == want
    if "\\" in template:
        assert ("replacement", m.re.pattern, int(m.re.flags), template) in rx._templates


@pytest.mark.parametrize("template,error", [(r"\q", regex.error), ("\\", regex.error),
                                            (r"\g<nope>", IndexError), (r"\3", IndexError),
                                            (r"\g< a>", regex.error)])
def test_a_bad_template_raises_as_the_engine_does_and_is_never_kept(fresh_rule_cache, template,
                                                                    error):
    m = rx.compile(r"(\w+)-(\w+)").search("left-right")
    rx._templates.clear()
    for _ in range(2):
        with pytest.raises(error):
            rx.expand(m, template)
    assert not rx._templates


def test_a_damaged_entry_is_read_afresh(fresh_rule_cache):
    m = rx.compile(r"(\w+)-(\w+)").search("left-right")
    key = ("replacement", m.re.pattern, int(m.re.flags), r"\2 \1")
    rx._templates.clear()
    rule_cache.shared().put_pattern(key, b"\xffdamaged")
    assert rx.expand(m, r"\2 \1") == "right left"
    rx._templates.clear()
    rule_cache.shared().put_pattern(key, b"")         # marshal cannot read it
    assert rx.expand(m, r"\2 \1") == "right left"


PROBE = textwrap.dedent("""\
    import atexit, runpy, sys
    atexit.register(lambda: sys.stderr.write("MODULES " + " ".join(sorted(
        m for m in sys.modules if m == "regex" or m.startswith("regex."))) + "\\n"))
    sys.argv = ["newslint"] + sys.argv[1:]
    runpy.run_module("lint", run_name="__main__")
    """)


def test_a_warm_run_with_a_missing_space_imports_no_regex_package(tmp_path):
    article = tmp_path / "story.txt"
    article.write_text("Council backs budget\n\nThe council met on Monday with Mayor Ana Reyes.Council "
                       "members voted 5-2.\n", encoding="utf-8")
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT),
               NO_COLOR="1")
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", PROBE, "check", "--format", "json",
                               "--no-progress", "--no-cache", str(article)],
                              capture_output=True, text=True, env=env, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        loaded = [line.split()[1:] for line in done.stderr.splitlines() if line.startswith("MODULES")]
        runs.append((json.loads(done.stdout), set(loaded[0])))
    (cold, cold_modules), (warm, warm_modules) = runs
    assert warm == cold
    spaces = [f for f in warm if f["rule"] == "hygiene.missing-space"]
    assert [f["fix"]["replacement"] for f in spaces] == [". Council"], warm
    assert "regex._regex_core" in cold_modules
    assert warm_modules == {"regex._regex"}, warm_modules
