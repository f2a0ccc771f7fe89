"""The `newslint` command's start: a Ctrl-C while the command line's modules
are still being imported (its first ~50 ms) ends as one in a run does, with
"newslint: interrupted" and exit 130, never a KeyboardInterrupt traceback
(qa51 #5). The SIGINT is real: the child sends it to itself from an import
hook when `lint.config` is about to be imported, so no timing is involved."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="no SIGINT to oneself there")

SCRIPT = textwrap.dedent("""
    import os, signal, sys

    class Interrupt:
        def find_spec(self, name, path=None, target=None):
            if name == {module!r}:
                os.kill(os.getpid(), signal.SIGINT)
            return None

    sys.meta_path.insert(0, Interrupt())
    sys.argv = ["newslint", "--version"]
    from lint.__main__ import main
    main()
""")


@pytest.mark.parametrize("module", ["lint.process", "lint.config", "click"])
def test_ctrl_c_while_the_command_line_is_imported_is_an_interruption(module):
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(module=module)],
                          capture_output=True, text=True)
    assert (done.returncode, done.stderr, done.stdout) == (130, "newslint: interrupted\n", "")


def test_the_entry_module_imports_nothing_of_the_command_line():
    # what `newslint` imports before main() runs: a Ctrl-C there is Python's own
    done = subprocess.run([sys.executable, "-c", "import sys, lint.__main__; "
                           "print(sorted(m for m in sys.modules if m.startswith(('lint', 'click'))))"],
                          capture_output=True, text=True)
    assert done.stdout.strip() == "['lint', 'lint.__about__', 'lint.__main__']"
