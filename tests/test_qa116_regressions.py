"""qa116: faults in pf29's start-up changes on lead39 (issue 15: the Markdown
reader's lazy HTML extractor, rule examples checked once and cached, the
regex cache's shortcut to the open rule-set cache, namedtuple code from the
rule-set cache, its reentrant lock). Every input is synthetic (tmp_path)."""
from __future__ import annotations

import os
import subprocess
import sys


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def _python(code: str, tmp_path, **env) -> subprocess.CompletedProcess:
    """`code` in a fresh interpreter on this checkout (nothing imported yet)."""
    run_env = {**os.environ, "PYTHONPATH": ROOT, "NEWSLINT_CACHE_DIR": str(tmp_path / "cache"), **env}
    return subprocess.run([sys.executable, "-c", code], cwd=str(tmp_path), env=run_env,
                          capture_output=True, text=True, timeout=120)


# fixed by the lead: markdown.preload, called by runner._preload_readers
def test_jobs_preload_still_imports_the_markdown_html_stack(tmp_path):
    (tmp_path / "a.md").write_text("# Council votes\n\nThe council met.\n\n<div>\n\nText.\n\n</div>\n",
                                   encoding="utf-8")
    got = _python("import sys\n"
                  "from lint.runner import _preload_readers\n"
                  "_preload_readers(['a.md'])\n"
                  "print('lint.readers._md_html' in sys.modules, 'html.parser' in sys.modules)\n",
                  tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout.split() == ["True", "True"]


DEADLOCK = """
import sys, threading, time
from lint import rule_cache, code_cache
assert "tempfile" not in sys.modules and "shutil" not in sys.modules
code_cache.install()
cache = rule_cache.shared()
cache.dirty = True
cache.files["x"] = ((0,), b"", "/nonexistent", ())
entered = threading.Event()
real = rule_cache.code_stamp.joined
def held(*a):                      # the save holds its lock a moment (a big cache, a slow disk)
    entered.set()
    time.sleep(0.5)
    return real(*a)
rule_cache.code_stamp.joined = held
saver = threading.Thread(target=cache.save, daemon=True)
saver.start()
entered.wait(10)
importer = threading.Thread(target=lambda: __import__("tempfile"), daemon=True)
importer.start()                   # another thread's first tempfile import (shutil's namedtuple)
saver.join(8)
importer.join(2)
print("stuck" if saver.is_alive() or importer.is_alive() else "done")
sys.stdout.flush()
import os
os._exit(0)
"""


# passes since pf29's namedtuple route through the rule-set cache was taken back (reverted)
def test_cache_save_and_another_threads_first_tempfile_import_do_not_deadlock(tmp_path):
    got = _python(DEADLOCK, tmp_path)
    assert got.returncode == 0, got.stderr
    assert got.stdout.strip() == "done"
