"""Start-up work newslint skips, without changing what it reports: commands and
kinds imported only when used, the cache folder found without platformdirs,
and the same patterns every run (what the rule-set cache keeps of patterns
and code: test_rule_cache_patterns_and_code.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import pytest

from conftest import ROOT
from lint import cache_dir, process

STORY = "Council backs budget\n\nMay 20, 2024\n\nThe the council voted on Tuesday. Leave a Reply\n"
# names a person by surname and quotes: names.first-reference and
# quotes.unattributed read the firm words (firms.yaml) too (rr44a #1)
STORY_NAMES = ("Union angry over plant job cuts\n\nPublished March 3, 2026\n\n"
               "The company will cut 500 jobs at the plant.\n\nBrewer said the cuts were unfair.\n\n"
               "\"We learned of it from the news,\" union official Dana Brewer said.\n")


def newslint(*args, env=None, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lint", *map(str, args)], capture_output=True,
                          text=True, cwd=cwd or ROOT, env=env, timeout=300)


def _modules_after(code: str) -> set[str]:
    script = f"import sys\n{code}\nprint('\\n'.join(sorted(sys.modules)))\n"
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr
    return set(proc.stdout.split())


def loaded_after(code: str, tmp_path) -> set[str]:
    """Module names a fresh interpreter loads by running `code`, less those it had
    loaded before running anything (a site `.pth` may import certifi, say: the
    interpreter's doing, not newslint's)."""
    return _modules_after(code) - _modules_after("pass")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the plain lookup is Linux's")
@pytest.mark.parametrize("env", [
    {}, {"XDG_CACHE_HOME": "/srv/cache"}, {"XDG_CACHE_HOME": "/srv/cache/"},
    {"XDG_CACHE_HOME": ""}, {"XDG_CACHE_HOME": "relative/cache"}, {"XDG_CACHE_HOME": " "},
    {"HOME": "/"}, {"HOME": "/home/ana//"}, {"HOME": "relative"}])
def test_the_cache_folder_is_the_one_platformdirs_names(env, monkeypatch):
    from platformdirs import user_cache_dir
    monkeypatch.delenv("NEWSLINT_CACHE_DIR")
    for key in ("XDG_CACHE_HOME", "ANDROID_DATA", "ANDROID_ROOT"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    assert cache_dir.base_dir() == user_cache_dir("newslint", appauthor=False)
    plain = cache_dir._xdg_cache_dir()
    assert (plain is None) == (env.get("HOME") == "relative" or env.get("XDG_CACHE_HOME", "/")[:1]
                               not in ("/", ""))


def test_android_is_left_to_platformdirs(monkeypatch):
    monkeypatch.setenv("ANDROID_DATA", "/data")
    assert cache_dir._xdg_cache_dir() is None


def test_a_check_loads_neither_other_commands_nor_unused_kinds(tmp_path):
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    loaded = loaded_after("from lint.cli import main\ntry:\n"
                          f"    main(['check', '--format', 'json', {str(story)!r}])\n"
                          "except SystemExit:\n    pass", tmp_path)
    assert "lint.kinds.repetition" in loaded and "lint.kinds.existence" in loaded
    assert not loaded & {"lint.server.command", "lint.audit.command", "lint.cli_tools", "logging",
                         "lint.kinds.spelling", "lint.kinds.vale_existence", "platformdirs"}


def check_script(cache, *args, out=None) -> str:
    """A script that runs `newslint check *args` with the rule-set cache in
    `cache`, its report written to the file `out` when given."""
    to_file = f"sys.stdout = open({str(out)!r}, 'w')\n" if out else ""
    return (f"import os, sys\nos.environ['NEWSLINT_CACHE_DIR'] = {str(cache)!r}\n{to_file}"
            "from lint.cli import main\ntry:\n"
            f"    main(['check', *{list(map(str, args))!r}])\n"
            "except SystemExit:\n    pass\n"
            + ("sys.stdout.close()\nsys.stdout = sys.__stdout__\n" if out else ""))


@pytest.fixture(scope="module")
def filled_cache(tmp_path_factory) -> tuple:
    """(a rule-set cache folder, the modules its first run loaded): one cold
    fill by a check of both stories (~1.8 s) for the warm-run tests below,
    not one a test."""
    folder = tmp_path_factory.mktemp("filled")
    stories = [folder / "plain.txt", folder / "names.txt"]
    for path, text in zip(stories, (STORY, STORY_NAMES)):
        path.write_text(text)
    return folder / "cache", loaded_after(check_script(folder / "cache", *stories), folder)


@pytest.mark.parametrize("text", [STORY, STORY_NAMES], ids=["plain", "names"])
def test_a_plain_text_check_on_a_warm_cache_loads_no_yaml_and_no_unused_stdlib(tmp_path, filled_cache, text):
    # the rule set comes from the cache and the article has no front matter,
    # so no YAML; a short line report needs no temporary file (tempfile,
    # shutil), no Ctrl-C guard (signal), no did-you-mean (difflib), no
    # package listing (pkgutil), no entity table (html.entities), no digest
    # of a cut article id (hashlib) and, with no saved JSON report to tell, no json
    story = tmp_path / "s.txt"
    story.write_text(text)
    cache, first = filled_cache
    assert "yaml" in first                       # the first run parsed the rule files, filled the cache
    loaded = loaded_after(check_script(cache, story), tmp_path)
    assert "lint.kinds.repetition" in loaded
    assert not loaded & {"yaml", "tempfile", "shutil", "signal", "select", "difflib", "pkgutil",
                         "html.entities", "hashlib", "_hashlib", "json"}     # hashlib: OpenSSL, 3-10 ms
    # nor, with no Vale config, folder, -o or directive: Vale's rule machinery (placing
    # needs only its message templates), the site generators' folders, the -o and
    # --write-baseline target checks, and the directive id reader
    assert "lint.vale.messages" in loaded
    assert not loaded & {"lint.vale.rulebase", "lint.vale.scope", "lint.sites",
                         "lint.output_targets", "lint.suppress_ids"}
    assert "lint.yaml_errors" not in loaded      # YAML's error wording: a broken file only
    # nor Vale's comment directives (a text with the word "vale" only) or a page's
    # <meta> charset prescan (a file that is not UTF-8 only)
    assert not loaded & {"lint.suppress_vale", "lint.readers._prescan"}
    # nor the template scanner (Markdown's and HTML's) or the no-body page tests,
    # whose names (`--markup`'s values, the link-post keys) live apart from them
    assert "lint.readers.options" in loaded
    assert not loaded & {"lint.readers.templates", "lint.readers._no_body"}


XML_STACK = {"xml.etree.ElementTree", "xml.parsers.expat", "pyexpat", "_elementtree", "defusedxml",
             "defusedxml.ElementTree"}


def test_an_article_check_loads_no_xml_parser_but_a_saved_junit_report_still_does(tmp_path):
    # `readers._own_junit_reports` asks every file whether it is newslint's junit
    # report; the parser (defusedxml over xml.etree and pyexpat) is imported only
    # for a text that opens as that report does (pf61: 2% of a one-article run)
    story = tmp_path / "s.txt"
    story.write_text(STORY)
    cache = tmp_path / "cache"
    loaded_after(check_script(cache, story), tmp_path)         # fills the rule-set cache
    for path in (story, tmp_path / "s.md"):
        path.write_text(STORY)
        loaded = loaded_after(check_script(cache, path), tmp_path)
        assert "lint.readers._own_junit_reports" in loaded and not loaded & XML_STACK, path.name
    (tmp_path / "out").mkdir()
    report = tmp_path / "out" / "report.txt"
    loaded_after(check_script(cache, "--format", "junit", story, out=report), tmp_path)
    assert report.read_text().startswith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="newslint"')
    code = check_script(cache, "--format", "json", tmp_path / "out") + (
        "print('parsed', 'defusedxml.ElementTree' in sys.modules, file=sys.stderr)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=300)
    assert "parsed True" in proc.stderr and json.loads(proc.stdout) == [], (proc.stdout, proc.stderr)
    assert "report.txt: file.format: skipped: newslint's own JUnit report" in proc.stderr   # nu64 #2


def test_every_markup_names_its_template_families():
    from lint.readers.options import MARKUPS
    from lint.readers.templates import _FAMILIES
    assert list(MARKUPS) == list(_FAMILIES) and MARKUPS[0] == "auto"



def test_fragments_and_yaml_front_matter_load_no_page_steps_urllib_or_other_front_matter(tmp_path):
    # Markdown with no raw HTML loads no HTML extractor (`_md_html_lazy.LazyHtml`);
    # a CMS fragment is no web page (no story search, body, windows or repeated
    # blocks with difflib), and none of its pictures links anywhere, so nothing
    # asks urllib (markdown-it imports it with pathlib: an HTML run alone); YAML
    # front matter needs neither the TOML nor the JSON reader
    (tmp_path / "a.html").write_text("<article><h1>Council backs budget</h1>"
                                     "<p>The the council voted on Tuesday.</p></article>\n")
    (tmp_path / "b.md").write_text("---\ntitle: Council backs budget\ndate: 2024-05-20\n---\n\n"
                                   + STORY)

    def loaded(*names):
        code = (f"import os\nos.environ['NEWSLINT_CACHE_DIR'] = {str(tmp_path / 'cache')!r}\n"
                "from lint.cli import main\ntry:\n"
                f"    main(['check', '--no-cache', *{[str(tmp_path / n) for n in names]!r}])\n"
                "except SystemExit:\n    pass")
        loaded_after(code, tmp_path)             # fills the rule-set cache
        return loaded_after(code, tmp_path)

    page_steps = {"difflib", "lint.readers._html_body", "lint.readers._html_label", "lint.readers._html_opening",
                  "lint.readers._html_repeats", "lint.readers._html_windows"}
    html = loaded("a.html")
    assert "lint.readers.html" in html and not html & (page_steps | {"urllib.parse", "ipaddress"})
    md = loaded("b.md")                          # no raw HTML in it: no HTML extractor
    assert "lint.readers.markdown" in md
    assert not md & {"lint.readers._md_html", "lint.readers._html_extract", "html.parser"}
    both = loaded("a.html", "b.md")
    assert {"lint.readers.frontmatter", "yaml"} <= both
    assert not both & (page_steps | {"lint.readers._fm_toml", "lint.readers._json_fm",
                                     "lint.toml_repeats"})
    page = tmp_path / "page.html"                # a web page takes every step
    page.write_text("<html><head><link rel=stylesheet href=s.css></head><body><nav>Home</nav>"
                    "<article><h1>Council backs budget</h1><p>The council voted on Tuesday "
                    "after a long debate.</p></article></body></html>\n")
    proc = newslint("check", "--format", "json", "--no-cache", page)
    assert proc.returncode in (0, 1) and "Traceback" not in proc.stderr


def test_lazy_commands_are_listed_helped_and_suggested(run_cli):
    listed = run_cli("--help")
    assert "server " in listed.output and "audit " in listed.output
    assert "--scheduler" in run_cli("audit", "--help").output
    typo = run_cli("serve")
    assert typo.exit_code == 2 and "(did you mean server?)" in typo.output   # the CLI's one form (qa168 #5)


def test_every_kind_module_names_its_kind():
    from lint.kinds import registry
    kinds = registry()
    assert len(kinds) == len(list(kinds)) > 30
    for name in kinds:
        assert kinds[name].name == name
    assert "no-such-kind" not in kinds


def test_a_kind_added_at_run_time_is_kept():
    from lint.kinds import Kind, registry

    class Probe(Kind):
        name = "test-probe"

    kinds = registry()
    kinds["test-probe"] = Probe
    try:
        assert kinds["test-probe"] is Probe and "test-probe" in list(kinds)
    finally:
        del kinds["test-probe"]
    assert "test-probe" not in kinds


def test_a_warm_run_rewrites_no_cache(tmp_path):
    """Patterns built from sets are the same in every process (hash seeds differ),
    so a second run finds every pattern and file in the cache and saves nothing."""
    story = tmp_path / "s.md"
    story.write_text("---\ntitle: Council backs budget\ndate: 2024-05-20\n---\n\n" + STORY)
    env = {**os.environ, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"), "PYTHONHASHSEED": "1"}
    first = newslint("check", "--format", "json", story, env=env)
    (saved,) = (tmp_path / "cache").glob("rules-*.marshal")
    stamp = saved.stat().st_mtime_ns
    again = newslint("check", "--format", "json", story, env={**env, "PYTHONHASHSEED": "2"})
    assert json.loads(again.stdout) == json.loads(first.stdout) and again.returncode == 1
    assert saved.stat().st_mtime_ns == stamp


def test_leaving_early_keeps_the_output_and_the_exit_code(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(60):                        # a report larger than a pipe's buffer
        (folder / f"a{i:02d}.txt").write_text(STORY)
    proc = newslint("check", "--format", "json", "--no-cache", folder)
    found = json.loads(proc.stdout)
    assert proc.returncode == 1 and len(found) == 60 * 2
    assert {d["rule"] for d in found} == {"hygiene.doubled-word", "hygiene.boilerplate"}


def test_leave_exits_normally_while_a_thread_runs():
    stop = threading.Event()
    worker = threading.Thread(target=stop.wait)
    worker.start()
    try:
        assert process.leave(0) is None        # returned: the caller exits as usual
        assert process.leave("a message") is None
    finally:
        stop.set()
        worker.join()


def test_the_collector_runs_again_when_the_cli_returns_to_its_caller():
    # A caller running the command line in-process, with a thread alive (so
    # `leave` returns): an early exit (--version, a usage error) came back with
    # the collector still paused by `run`, for the rest of the caller's life.
    code = ("import gc, sys, threading\n"
            "stop = threading.Event(); threading.Thread(target=stop.wait).start()\n"
            "from lint.__main__ import main\n"
            "for argv in (['--version'], ['check', '--fix', '--diff'], ['check', '--format', 'x']):\n"
            "    sys.argv = ['newslint', *argv]\n"
            "    try:\n"
            "        main()\n"
            "    except SystemExit as exc:\n"
            "        print(exc.code, gc.isenabled())\n"
            "stop.set()\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.stdout.splitlines()[-3:] == ["0 True", "2 True", "2 True"], proc.stderr


def test_the_json_report_is_what_json_dumps_writes():
    import random
    import string

    from lint.formatters.json import dumps
    rng = random.Random(15)
    alphabet = string.printable + "é“”’\u2028\x00\x1f\ud800\U0001f600\\\"/"

    def text():
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))

    def value(depth=0):
        roll = rng.random()
        if depth > 3 or roll < 0.3:
            return text()
        if roll < 0.4:
            return rng.randint(-10**12, 10**12)
        if roll < 0.45:
            return rng.choice([None, True, False])
        if roll < 0.7:
            return {text(): value(depth + 1) for _ in range(rng.randint(0, 4))}
        if roll < 0.9:
            return [value(depth + 1) for _ in range(rng.randint(0, 4))]
        return rng.choice([1.5, float("nan"), {1: "x"}, (1, 2), {}, []])   # left to json

    for _ in range(3000):
        v = value()
        for level in (0, 1):
            assert dumps(v, level) == json.dumps(v, indent=2, ensure_ascii=False).replace(
                "\n", "\n" + "  " * level)


def test_a_finding_is_written_as_the_general_json_walk_writes_it():
    import random

    from lint.diagnostic import Diagnostic, Fix
    from lint.formatters.json import as_dict, dumps, finding
    rng = random.Random(16)
    texts = ["", "a.md", "x\"y\\z", "é“”\u2028\x00\U0001f600", "line\nbreak"]
    odd = [True, 1.5, None, ["x"], 7]          # types a finding never has: the general walk
    for _ in range(2000):
        fields = [rng.choice(texts), rng.randint(0, 10**6), rng.randint(-3, 99), rng.randint(0, 9),
                  rng.randint(0, 9), rng.choice(texts), rng.choice(texts), rng.choice(texts)]
        fix = rng.choice([None, Fix(0, 1, rng.choice(texts)), Fix(0, 1, rng.choice(odd))])
        if rng.random() < 0.2:
            fields[rng.randrange(8)] = rng.choice(odd)
        d = Diagnostic(*fields, fix=fix, article=rng.choice(texts + [0, None]))
        assert finding(d) == dumps(as_dict(d), 1)
