"""pf63: `regex` imported by the command line without inverting its property
table at import (`lint.regex_import`); every pattern, and the DEBUG printout
that reads the table, the same as after a plain `import regex`."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from lint.regex_import import PropertyNames

ROOT = Path(__file__).resolve().parents[1]

_PROBE = r"""
import sys
if sys.argv[1] == "load":
    from lint.regex_import import load
    load()
import regex, regex._regex_core as core
print(type(core.PROPERTY_NAMES).__name__, file=sys.stderr)
regex.compile(r"\p{Lu}\p{Script=Greek}[\p{Nd}\P{L}]\w\s\d\p{Blk=Basic_Latin}(?i:straße)", regex.DEBUG)
print(sorted(core.PROPERTY_NAMES.items()) == sorted(core.PROPERTY_NAMES.items()), len(core.PROPERTY_NAMES))
print(regex.findall(r"\p{Lu}\p{Ll}+|\d+", "Élan 42 Ωmega"), regex.sub(r"(\w+) (\w+)", r"\2 \1", "a b"))
print(regex._regex is sys.modules["regex._regex"], type(core.PROPERTIES) is dict)
"""


def _probe(how: str) -> tuple[str, str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSLINT_NO_CACHE": "1"}
    run = subprocess.run([sys.executable, "-c", _PROBE, how], capture_output=True, text=True, env=env, check=True)
    return run.stdout, run.stderr.strip()


def test_loaded_regex_compiles_and_prints_debug_as_a_plain_import():
    plain, plain_names = _probe("plain")
    loaded, loaded_names = _probe("load")
    assert plain_names == "dict" and loaded_names == "PropertyNames"   # the loop was skipped
    assert "PROPERTY" in plain and loaded == plain


def test_property_names_table_matches_regex_own_inversion():
    import regex._regex_core as core
    table = core._regex.get_properties()
    built = PropertyNames(table)
    some = next(iter(core.PROPERTY_NAMES))
    assert built[some] == core.PROPERTY_NAMES[some]
    assert dict(built) == dict(core.PROPERTY_NAMES)
    try:
        built[-1]
    except KeyError:
        pass
    else:
        raise AssertionError("an unknown property id must stay a KeyError")


def test_load_is_a_plain_import_when_regex_is_loaded_already():
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import regex, regex._regex_core as c; from lint.regex_import import load; load(); "
            "print(type(c.PROPERTY_NAMES).__name__)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "dict"


def test_command_line_imports_regex_through_load():
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NEWSLINT_NO_CACHE": "1"}
    code = "import lint.cli, regex._regex_core as c; print(type(c.PROPERTY_NAMES).__name__)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert out.stdout.strip() == "PropertyNames"
