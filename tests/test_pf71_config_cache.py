"""pf71: a YAML config's parse is kept in the rule-set cache (`config_cache`),
so a warm run builds the same Config, with the same marks for its errors,
without importing PyYAML; a load that refuses something is never kept, and
an edited file is read afresh."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from lint import config_cache, rule_cache
from lint.config import ConfigError, load_file

ROOT = Path(__file__).resolve().parent.parent
LONG_AGO = time.time() - 3600       # older than rule_cache.RACY_NS: a file that may be kept

CONFIG = textwrap.dedent("""\
    # house settings
    select: [hygiene, dates]
    ignore:
      - hygiene.doubled-word
    published: 2025-03-04
    levels:
      dates.after-publication: error
    """)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, (LONG_AGO, LONG_AGO))
    return path


def kept(path: Path) -> bool:
    return os.path.abspath(path) + config_cache.TAG in rule_cache.shared().files


def test_a_clean_config_is_kept_and_read_back_the_same(fresh_rule_cache, tmp_path):
    path = write(tmp_path / ".newslint.yaml", CONFIG)
    cold = load_file(str(path))
    assert kept(path)
    rule_cache.reset()                       # saved, then read from the file
    warm = load_file(str(path))
    assert warm == cold
    assert warm.published == cold.published and warm.published is not None


def test_a_wrong_value_is_placed_the_same_from_the_cache(fresh_rule_cache, tmp_path):
    path = write(tmp_path / ".newslint.yaml", "select: [hygiene]\nfail-level: sometimes\n")
    said = []
    for _ in range(2):
        with pytest.raises(ConfigError) as err:
            load_file(str(path))
        said.append((str(err.value), err.value.line, err.value.column))
        rule_cache.reset()
    assert kept(path)                        # the parse was clean: only its value is wrong
    assert said[0] == said[1] and said[0][1:] == (2, 13)


def test_a_refused_load_is_never_kept_and_says_the_same_each_time(fresh_rule_cache, tmp_path):
    path = write(tmp_path / ".newslint.yaml", "select: [hygiene]\nselect: [dates]\n")
    said = []
    for _ in range(2):
        with pytest.raises(ConfigError) as err:
            load_file(str(path))
        said.append(str(err.value))
        rule_cache.reset()
    assert not kept(path)
    assert said[0] == said[1] and "select" in said[0]


def test_an_edited_config_is_read_afresh(fresh_rule_cache, tmp_path):
    path = write(tmp_path / ".newslint.yaml", "select: [hygiene]\n")
    assert load_file(str(path)).select == ("hygiene",) or "hygiene" in load_file(str(path)).select
    rule_cache.reset()
    write(path, "select: [dates]\n")
    os.utime(path, (LONG_AGO + 60, LONG_AGO + 60))
    assert "dates" in load_file(str(path)).select and "hygiene" not in load_file(str(path)).select


def test_a_config_just_written_is_not_kept(fresh_rule_cache, tmp_path):
    path = tmp_path / ".newslint.yaml"
    path.write_text("select: [hygiene]\n", encoding="utf-8")     # now: within the racy window
    load_file(str(path))
    assert not kept(path)


PROBE = textwrap.dedent("""\
    import atexit, runpy, sys
    atexit.register(lambda: sys.stderr.write("YAML " + str("yaml" in sys.modules) + "\\n"))
    sys.argv = ["newslint"] + sys.argv[1:]
    runpy.run_module("lint", run_name="__main__")
    """)


def test_a_warm_run_with_a_config_imports_no_yaml_and_finds_the_same(tmp_path):
    write(tmp_path / ".newslint.yaml", "select: [hygiene]\n")
    article = tmp_path / "story.html"
    article.write_text("<html><head><title>Council backs budget</title></head><body><h1>Council backs "
                       "budget</h1><p>The the council met on Monday.</p></body></html>\n", encoding="utf-8")
    env = dict(os.environ, NEWSLINT_CACHE_DIR=str(tmp_path / "cache"), PYTHONPATH=str(ROOT), NO_COLOR="1")
    runs = []
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", PROBE, "check", "--no-progress", "--no-cache",
                               str(article)], capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=300)
        assert done.returncode in (0, 1), done.stderr
        runs.append((done.stdout, [line for line in done.stderr.splitlines() if line.startswith("YAML")]))
    (cold, cold_yaml), (warm, warm_yaml) = runs
    assert warm == cold and "hygiene.doubled-word" in warm
    assert cold_yaml == ["YAML True"] and warm_yaml == ["YAML False"]
