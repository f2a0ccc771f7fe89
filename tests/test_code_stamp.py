"""The caches notice a change to newslint's own code (qa42 #4): `__version__`
stays 0.1.0 between sessions, so a git or editable install changed code under
a result cache and a rule-set cache keyed on the version, config and data only,
and stale findings were served until --no-cache."""
from __future__ import annotations

import importlib.util
import os
import sys

import pytest

from lint import code_stamp, rule_cache
from lint.config import Config
from lint.result_cache import ResultCache


@pytest.fixture(autouse=True)
def fresh_stamps():
    code_stamp.forget()
    yield
    code_stamp.forget()


def _edit(path, text):
    """Rewrite `path` with a later modification time (a coarse clock could keep it)."""
    before = os.stat(path).st_mtime_ns
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(before + 10**9, before + 10**9))


def test_the_package_stamp_covers_every_code_file_and_sees_an_edit(tmp_path, monkeypatch):
    st = os.stat(code_stamp.__file__)
    assert ("code_stamp.py", st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino) in code_stamp.package()
    (tmp_path / "readers").mkdir()
    (tmp_path / "readers" / "frontmatter.py").write_text("OLD = 1\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not code\n", encoding="utf-8")
    monkeypatch.setattr(code_stamp, "PACKAGE", str(tmp_path))
    code_stamp.forget()
    first = code_stamp.package()
    assert [row[0] for row in first] == [os.path.join("readers", "frontmatter.py")]
    assert code_stamp.package() is first          # once per process
    _edit(tmp_path / "readers" / "frontmatter.py", "NEW = 1\n")
    code_stamp.forget()
    assert code_stamp.package() != first


def test_a_changed_code_file_misses_the_result_cache(tmp_path, monkeypatch):
    (tmp_path / "lint").mkdir()
    (tmp_path / "lint" / "frontmatter.py").write_text("OLD = 1\n", encoding="utf-8")
    monkeypatch.setattr(code_stamp, "PACKAGE", str(tmp_path / "lint"))
    cache, config = ResultCache(str(tmp_path / "results")), Config()
    data = b"The council met.\n"
    old_key = cache.key("a.md", data, cache.salt(config))
    assert cache.key("a.md", data, ResultCache(cache.folder).salt(config)) == old_key
    _edit(tmp_path / "lint" / "frontmatter.py", "NEW = 1\n")
    code_stamp.forget()
    assert cache.key("a.md", data, ResultCache(cache.folder).salt(config)) != old_key


def _module(folder, name, body=None):
    """Import `folder/name.py` as `lint.name`, first writing `body` when given.
    Reloading an edited file passes no body: writing it again would put back a
    modification time in the same second as the first write's, and with the
    same size Python would run the first write's cached bytecode."""
    path = folder / f"{name}.py"
    if body is not None:
        path.write_text(body, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(f"lint.{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_a_changed_parser_or_helper_misses_the_rule_set_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "cache"))
    rule_cache.reset()
    monkeypatch.setattr(rule_cache, "RACY_NS", 0)
    data = tmp_path / "words.txt"
    data.write_text("mayor\n", encoding="utf-8")
    helper = _module(tmp_path, "_fx40_helper", "def shout(text):\n    return text.upper()\n")
    parser = _module(tmp_path, "_fx40_parser", "from lint._fx40_helper import shout\n\nCALLS = []\n\n"
                     "def parse(path):\n    CALLS.append(path)\n"
                     "    with open(path) as fh:\n        return shout(fh.read())\n")
    try:
        assert code_stamp.files_of(parser.parse) == tuple(sorted(
            (str(tmp_path / "_fx40_helper.py"), str(tmp_path / "_fx40_parser.py"))))
        assert rule_cache.load(data, parser.parse) == "MAYOR\n" and len(parser.CALLS) == 1
        rule_cache.reset()                         # saved; the next run reads it back
        assert rule_cache.load(data, parser.parse) == "MAYOR\n"      # unchanged code: a hit,
        assert len(parser.CALLS) == 1                                 # not parsed again (rv20 M3)
        _edit(tmp_path / "_fx40_helper.py", "def shout(text):\n    return text.title()\n")
        helper = _module(tmp_path, "_fx40_helper")
        parser.shout = helper.shout
        code_stamp.forget()
        rule_cache.reset()
        assert rule_cache.load(data, parser.parse) == "Mayor\n"      # the helper changed: a miss
        assert len(parser.CALLS) == 2
    finally:
        for name in ("lint._fx40_helper", "lint._fx40_parser"):
            sys.modules.pop(name, None)
        rule_cache.reset()


def test_a_copy_that_keeps_size_and_mtime_still_changes_the_stamp(tmp_path, monkeypatch):
    """qa43: `cp -p` or `rsync -a` of an edited file of the same size keeps its
    mtime; its change time and inode do not stay."""
    import shutil
    (tmp_path / "pkg").mkdir()
    code = tmp_path / "pkg" / "existence.py"
    code.write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(code_stamp, "PACKAGE", str(tmp_path / "pkg"))
    code_stamp.forget()
    first = code_stamp.package()
    edited = tmp_path / "existence.py"
    edited.write_text("X = 2\n", encoding="utf-8")
    st = os.stat(code)
    os.utime(edited, ns=(st.st_atime_ns, st.st_mtime_ns))
    code.unlink()
    shutil.copy2(edited, code)                  # as `cp -p` puts it in place
    assert os.stat(code).st_mtime_ns == st.st_mtime_ns and os.stat(code).st_size == st.st_size
    code_stamp.forget()
    assert code_stamp.package() != first


def test_a_rule_files_cache_entry_is_stamped_with_the_examples_check():
    # `ruleset.load_rule` caches `_parse_checked(path)`, which keeps
    # `example_shape.problem`'s verdict on the rule's examples: a change to that
    # module (a git pull, an editable install) must miss the entry, as on main
    from lint import example_shape, ruleset
    assert os.path.abspath(example_shape.__file__) in code_stamp.files_of(ruleset._parse_checked)
